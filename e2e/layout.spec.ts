import { expect, test, type Locator, type Page } from '@playwright/test';
import { en, zhCN } from '../src/i18n/resources';
import { mockReady, openWith, type Language } from './support/fixtures';

// The header and the lists at the two smallest desktop sizes the console is designed for, in
// both languages, with a federation running (its indicator is the header's widest control).

const devFleet = '4557ad49-22bf-11ee-b0c9-0255ac10004b'; // cluster-dev (mocks/seed.ts)
const messages = { en, 'zh-CN': zhCN };
const sizes = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** Starts enabling federation on cluster-dev through the wizard, slowed to last the test. */
async function startFederation(page: Page, language: Language) {
  const m = messages[language];
  await openWith(page, `/fleets/${devFleet}/federation/enable`, language, 'light');
  await mockReady(page);
  // The job takes ~30 s at the demo's speed; the pages below are reached by links, not loads,
  // so this backend (and its slow clock) stays for the whole test.
  await page.evaluate(() => window.ucsMock?.clock.speed(0.001));
  await page.getByRole('button', { name: m.fleets.wizard.preflight.enable }).click();
  await expect(page.getByRole('heading', { name: m.fleets.wizard.progress.title })).toBeVisible();
  const running = m.federationTasks.running.replace('{{count}}', '1');
  await expect(page.getByRole('banner').getByRole('button', { name: running })).toBeVisible();
}

/**
 * Every control of the header inside the window and whole (no label cut inside its box), and the
 * console's name on one line.
 */
async function expectHeaderFits(page: Page, language: Language) {
  const banner = page.getByRole('banner');
  const name = banner.getByText(messages[language].app.name, { exact: true });
  const lines = await name.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getClientRects().length;
  });
  expect(lines, 'lines of the console name').toBe(1);

  const problems = await banner.evaluate((header) => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    const controls = header.querySelectorAll<HTMLElement>(
      'a, button, [tabindex="0"], .mantine-Badge-root',
    );
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown at this width
      const label = control.getAttribute('aria-label') ?? control.textContent ?? '';
      if (box.left < 0 || box.right > width + 0.5)
        found.push(`${label}: ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
      for (const part of [control, ...control.querySelectorAll<HTMLElement>('*')])
        if (
          part.scrollWidth > part.clientWidth + 1 &&
          getComputedStyle(part).overflow !== 'visible'
        )
          found.push(`${label}: cut (${part.scrollWidth} > ${part.clientWidth})`);
    }
    if (header.scrollWidth > header.clientWidth + 1) found.push('the header scrolls sideways');
    return found;
  });
  expect(problems).toEqual([]);
}

/** Neither the page nor any box holding a table is wider than its room: no sideways scroll. */
async function expectNoSidewaysScroll(page: Page, tables: Locator) {
  await expect(tables.first()).toBeVisible();
  const overflowing = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth}`);
    for (const table of document.querySelectorAll('main table')) {
      for (let box = table.parentElement; box && box.tagName !== 'MAIN'; box = box.parentElement)
        if (box.scrollWidth > box.clientWidth + 1)
          found.push(
            `${table.getAttribute('aria-label') ?? table.querySelector('th')?.textContent}: ${box.className} ${box.scrollWidth} > ${box.clientWidth}`,
          );
    }
    return found;
  });
  expect(overflowing).toEqual([]);
}

/** The element lies within the window's width (whether scrolled to or not vertically). */
async function expectWithinWidth(page: Page, element: Locator) {
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width, `${String(box?.x)} in ${width}`).toBe(
    true,
  );
}

for (const size of sizes) {
  for (const language of ['en', 'zh-CN'] as const) {
    test(`${size.width}×${size.height}, ${language}: the header and the lists fit`, async ({
      page,
    }) => {
      const m = messages[language];
      await page.setViewportSize(size);
      await startFederation(page, language);
      await expectHeaderFits(page, language);
      const nav = page.getByRole('navigation', { name: m.nav.main });
      const main = page.getByRole('main');

      await nav.getByRole('link', { name: m.nav.clusters }).click();
      await expect(page.getByRole('heading', { level: 1, name: m.clusters.title })).toBeVisible();
      await expect(main.getByRole('link', { name: 'edge-gateway-xiamen' })).toBeVisible();
      await expectHeaderFits(page, language);
      await expectNoSidewaysScroll(page, main.getByRole('table'));

      await nav.getByRole('link', { name: m.nav.fleets }).click();
      await expect(page.getByRole('heading', { level: 1, name: m.fleets.title })).toBeVisible();
      const fleets = main.getByRole('table');
      await expect(fleets.getByRole('link', { name: 'cluster-test', exact: true })).toBeVisible();
      await expectNoSidewaysScroll(page, fleets);
      // A date and time never breaks over two lines.
      const dates = fleets.locator('time');
      await expect(dates.first()).toBeVisible();
      for (const date of await dates.all())
        expect(await date.evaluate((element) => element.getClientRects().length)).toBe(1);

      await fleets.getByRole('link', { name: 'cluster-dev', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'cluster-dev' })).toBeVisible();
      await expect(main.getByRole('table').getByRole('link').first()).toBeVisible();
      await expectHeaderFits(page, language);
      await expectNoSidewaysScroll(page, main.getByRole('table'));

      await nav.getByRole('link', { name: m.nav.permissions }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: m.permissions.title }),
      ).toBeVisible();
      await expect(main.getByRole('link', { name: 'ci-deployer', exact: true })).toBeVisible();
      await expectNoSidewaysScroll(page, main.getByRole('table'));
      // A policy's verbs × resources grid: every verb, `*` and the remove buttons in view.
      await main.getByRole('link', { name: 'ci-deployer', exact: true }).click();
      const cell = m.permissions.contents.cell
        .replace('{{verb}}', '*')
        .replace('{{resource}}', 'horizontalpodautoscalers');
      await expectWithinWidth(page, main.getByRole('checkbox', { name: cell }));
      const remove = m.permissions.contents.removeResource.replace(
        '{{resource}}',
        'horizontalpodautoscalers',
      );
      await expectWithinWidth(page, main.getByRole('button', { name: remove }));
      await expectNoSidewaysScroll(page, main.getByRole('table'));
      await expectHeaderFits(page, language);
    });
  }
}

test('1280 px: the column chooser says which columns are left out, and can show them', async ({
  page,
}) => {
  const c = en.clusters;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openWith(page, '/clusters', 'en', 'light');
  const table = page.getByRole('main').getByRole('table');
  await expect(table.getByRole('link', { name: 'edge-gateway-xiamen' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: c.columns.location })).toHaveCount(0);

  await page.getByRole('button', { name: c.columnsButton }).click();
  const location = page.getByRole('checkbox', { name: c.columns.location });
  await expect(location).toBeChecked();
  await expect(location).toHaveAccessibleDescription(c.columnsLeftOut);
  await page.getByRole('switch', { name: c.columnsFit }).click();
  await expect(table.getByRole('columnheader', { name: c.columns.location })).toBeVisible();
  // Every ticked column now shows; the table scrolls sideways in its own box, not the page.
  const scrolls = await table.evaluate((element) => {
    const box = element.parentElement as HTMLElement;
    return box.scrollWidth > box.clientWidth;
  });
  expect(scrolls).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('1680 px shows the language and colour scheme; 1280 folds them into a keyboard menu', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1680, height: 1000 });
  await openWith(page, '/', 'en', 'light');
  const banner = page.getByRole('banner');
  await expect(
    banner.getByRole('button', { name: `${en.settings.language}: English` }),
  ).toBeVisible();
  await expect(banner.getByRole('button', { name: en.settings.resetDemo })).toBeVisible();
  await expect(banner.getByRole('button', { name: en.settings.menu })).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  const settings = banner.getByRole('button', { name: en.settings.menu });
  await expect(settings).toBeVisible();
  await expect(
    banner.getByRole('button', { name: `${en.settings.language}: English` }),
  ).toBeHidden();

  // The folded controls work from the keyboard: open, arrow to a language, choose it.
  await settings.focus();
  await page.keyboard.press('Enter');
  const chinese = page.getByRole('menuitem', { name: '简体中文' });
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(async () => {
    await page.keyboard.press('ArrowDown');
    await expect(chinese).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(banner.getByRole('button', { name: zhCN.settings.menu })).toBeFocused();
});
