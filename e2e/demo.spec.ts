import { expect, test } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { openWith } from './support/fixtures';

// The demo's mock backend keeps its state in the browser: a reload keeps what was created, and
// "Reset demo data" goes back to the seed.
test('a new fleet survives a reload; "Reset demo data" removes it', async ({ page }) => {
  await openWith(page, '/fleets', 'en', 'light');
  await page.getByRole('button', { name: en.fleets.create.open }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('textbox', { name: en.fleets.create.name, exact: true })
    .fill('kept-fleet');
  await dialog.getByRole('button', { name: en.fleets.create.submit }).click();
  await expect(dialog).toBeHidden();
  const created = page.getByRole('link', { name: 'kept-fleet', exact: true });
  await expect(created).toBeVisible();

  await page.reload();
  await expect(created).toBeVisible();

  await page.getByRole('button', { name: en.settings.menu }).click();
  await page.getByRole('menuitem', { name: en.settings.resetDemo }).click();
  await expect(page.getByText(en.settings.resetDemoDone)).toBeVisible();
  await expect(page.getByRole('link', { name: 'cluster-test', exact: true })).toBeVisible();
  await expect(created).toBeHidden();
  await page.reload();
  await expect(page.getByRole('link', { name: 'cluster-test', exact: true })).toBeVisible();
  await expect(created).toBeHidden();
});
