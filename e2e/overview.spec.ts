import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { openWith } from './support/fixtures';

/** The number a list shows: the inventory table's row count (header row excluded). */
async function inventoryRowCount(page: Page): Promise<number> {
  const table = page.getByRole('table').first();
  await expect(table).toHaveAttribute('aria-rowcount', /\d+/);
  return Number(await table.getAttribute('aria-rowcount')) - 1;
}

function overviewCount(page: Page, label: string) {
  return page.getByRole('link', { name: new RegExp(`^${label}: \\d+$`) });
}

async function countOn(page: Page, label: string): Promise<number> {
  const link = overviewCount(page, label);
  await expect(link).toBeVisible();
  const name = (await link.getAttribute('aria-label')) ?? '';
  return Number(name.split(': ')[1]);
}

test('the overview counts equal what the lists show', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  const clusters = await countOn(page, en.overview.clusters);
  const fleets = await countOn(page, en.overview.fleets);
  const policies = await countOn(page, en.overview.policies);

  await overviewCount(page, en.overview.clusters).click();
  await expect(page).toHaveURL(/\/clusters$/);
  expect(await inventoryRowCount(page)).toBe(clusters);

  await page.goto('/fleets');
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(fleets + 1);
  await page.goto('/permissions');
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(policies + 1);
});

test('clicking "Unavailable" opens the inventory filtered to exactly those clusters', async ({
  page,
}) => {
  await openWith(page, '/', 'en', 'light');
  const statusCard = page.getByRole('heading', { name: en.overview.charts.byStatus }).locator('..');
  const unavailable = statusCard.getByRole('listitem').filter({ hasText: 'Unavailable' });
  const expected = Number(await unavailable.locator('p').last().textContent());
  expect(expected).toBeGreaterThan(0);

  await unavailable.getByRole('link', { name: 'Unavailable' }).click();
  await expect(page).toHaveURL(/\/clusters\?status=Unavailable$/);
  expect(await inventoryRowCount(page)).toBe(expected);
  const rows = page.getByRole('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(expected);
  for (const row of await rows.all()) await expect(row).toContainText('Unavailable');
});

test('a Kubernetes version opens the inventory filtered to that version', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  const versionCard = page
    .getByRole('heading', { name: en.overview.charts.byVersion })
    .locator('..');
  const flagged = versionCard.getByRole('listitem').filter({ hasText: 'v1.2' }).first();
  const version = (await flagged.getByRole('link').textContent()) ?? '';
  const expected = Number(await flagged.locator('p').last().textContent());
  await flagged.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/clusters\\?version=${version.replace('.', '\\.')}$`));
  expect(await inventoryRowCount(page)).toBe(expected);
});

test('needs attention links each item to the page where it is fixed', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  const attention = page.getByRole('heading', { name: /^Needs attention/ }).locator('..');
  const first = attention.getByRole('listitem').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});

test('Ctrl+K, part of a fleet name, Enter opens that fleet', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.overview.title);
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: en.palette.open });
  await expect(search).toBeFocused();
  await search.fill('retail-ed');
  await expect(page.getByRole('button', { name: /retail-edge/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fleets\/[^/]+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('retail-edge');
});

test('? lists the keyboard shortcuts', async ({ page }) => {
  await openWith(page, '/', 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.overview.title);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: en.shortcuts.title });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(en.shortcuts.search);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('the command palette starts a new fleet', async ({ page }) => {
  await openWith(page, '/clusters', 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.clusters.title);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: en.palette.open }).fill('create fl');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fleets\?create=1$/);
  await expect(page.getByRole('dialog', { name: en.fleets.create.title })).toBeVisible();
});

test('/ focuses the search box of the list on screen', async ({ page }) => {
  await openWith(page, '/permissions', 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.permissions.title);
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: en.permissions.list.search })).toBeFocused();
});
