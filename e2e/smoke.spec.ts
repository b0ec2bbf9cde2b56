import { expect, test, type Page } from '@playwright/test';
import { en, zhCN } from '../src/i18n/resources';
import { openWith } from './support/fixtures';

async function expectHeading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
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

  // Below 1600 px the language and colour scheme are in the header's settings menu.
  await page.getByRole('button', { name: en.settings.menu }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expectHeading(page, zhCN.clusters.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('button', { name: zhCN.settings.menu }).click();
  await expect(page.getByRole('menuitem', { name: '简体中文' })).toHaveAttribute(
    'aria-current',
    'true',
  );
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
