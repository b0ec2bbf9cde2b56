import { expect, test, type Page } from '@playwright/test';
import { en, zhCN } from '../src/i18n/resources';
import {
  expectNoSeriousA11yViolations,
  openWith,
  type Language,
  type Scheme,
} from './support/fixtures';

const messages = { en, 'zh-CN': zhCN } as const;

async function expectHeading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** Opens a list, follows its first row's link, and checks the detail page names that row. */
async function visitFirstDetail(page: Page, listPath: string, detailPrefix: string) {
  await page.goto(listPath);
  const firstLink = page.getByRole('table').getByRole('link').first();
  const name = (await firstLink.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await firstLink.click();
  await expect(page).toHaveURL(new RegExp(`${detailPrefix}/[^/]+`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

for (const language of ['en', 'zh-CN'] as Language[]) {
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    test(`every route renders and is accessible (${language}, ${scheme})`, async ({ page }) => {
      // Nine pages, each scanned by axe: longer than one interaction test.
      test.setTimeout(300_000);
      const t = messages[language];
      await openWith(page, '/', language, scheme);
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      await expectHeading(page, t.overview.title);
      await expect(
        page.getByRole('link', { name: new RegExp(`^${t.overview.clusters}: \\d+$`) }),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      const lists = [
        { path: '/clusters', title: t.clusters.title, detail: '/clusters' },
        { path: '/fleets', title: t.fleets.title, detail: '/fleets' },
        { path: '/permissions', title: t.permissions.title, detail: '/permissions' },
      ];
      for (const list of lists) {
        await page.goto(list.path);
        await expectHeading(page, list.title);
        await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
        await expectNoSeriousA11yViolations(page);

        await visitFirstDetail(page, list.path, list.detail);
        await expectNoSeriousA11yViolations(page);
      }

      await page.goto('/no-such-page');
      await expectHeading(page, t.notFound.title);
      await expect(page.getByText('/no-such-page')).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.goto('/sign-in');
      await expectHeading(page, t.signIn.title);
      await expect(page.getByLabel(t.signIn.domainName)).toBeVisible();
      // The demo names its IAM user (the live build does not contain it).
      await expect(page.getByText(/demo-password/)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
}

test('the navigation, language and colour-scheme switches work', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  const nav = page.getByRole('navigation', { name: en.nav.main });

  await nav.getByRole('link', { name: en.nav.fleets }).click();
  await expect(page).toHaveURL(/\/fleets$/);
  await expectHeading(page, en.fleets.title);
  await expect(nav.getByRole('link', { name: en.nav.fleets })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await nav.getByRole('link', { name: en.nav.clusters }).click();
  await expectHeading(page, en.clusters.title);

  await page.getByRole('button', { name: `${en.settings.language}: English` }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expectHeading(page, zhCN.clusters.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('button', { name: new RegExp(`^${zhCN.settings.colorScheme}`) }).click();
  await page.getByRole('menuitem', { name: zhCN.settings.dark }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  // Both choices survive a reload.
  await page.reload();
  await expectHeading(page, zhCN.clusters.title);
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.goBack();
  await expectHeading(page, zhCN.fleets.title);
});

test('the header says the console runs in demo mode', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  await expect(page.getByRole('banner').getByText(en.app.mode.demo, { exact: true })).toBeVisible();
});
