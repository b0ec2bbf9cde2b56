import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { kubeconfigYaml } from '../src/test/kubeconfig';
import { choose, mockReady, openWith } from './support/fixtures';

const t = en.clusters;

/** Waits until the rows shown belong to the current URL (no placeholder from the last view). */
async function settled(page: Page) {
  await expect(page.locator('[data-stale]')).toHaveCount(0);
}

const table = (page: Page) => page.getByRole('table');

/**
 * The first view of a `?mock-scale=N` demo: the page seeds N clusters in the browser, then
 * lists them. ~3 s on a quiet day; three times that and more on one busy core.
 */
const scaleLoad = 45_000;

/** Names in the table body, in order (the first link of each row is the cluster). */
async function rowNames(page: Page): Promise<string[]> {
  const rows = table(page).locator('tbody tr[aria-rowindex]');
  return rows.evaluateAll((elements) =>
    elements.map((row) => row.querySelector('a')?.textContent?.trim() ?? ''),
  );
}

async function fillDetails(page: Page, name: string, kubeconfig: string, label = ['env', 'prod']) {
  await page.getByLabel(t.wizard.name, { exact: false }).first().fill(name);
  await page.getByRole('button', { name: t.wizard.addLabel }).click();
  await page.getByRole('textbox', { name: `${t.wizard.labelKey} 1` }).fill(label[0] ?? '');
  await page.getByRole('textbox', { name: `${t.wizard.labelValue} 1` }).fill(label[1] ?? '');
  await choose(
    page,
    page.getByRole('combobox', { name: t.wizard.country }),
    'Germany (DE)',
    'Germ',
  );
  await page.getByRole('textbox', { name: t.wizard.kubeconfig }).fill(kubeconfig);
}

async function startAttachedEks(page: Page) {
  await openWith(page, '/clusters/register', 'en', 'light');
  await page.getByRole('radio', { name: /^Attached cluster/ }).click();
  await choose(
    page,
    page.getByRole('combobox', { name: t.wizardKind.provider }),
    'AWS — EKS cluster',
  );
  await page.getByRole('button', { name: t.wizard.next }).click();
}

test('register an attached cluster from pasted YAML: pending, access info once, then Available', async ({
  page,
}) => {
  await startAttachedEks(page);
  await fillDetails(page, 'edge-berlin', kubeconfigYaml);
  await expect(
    page
      .getByRole('group', { name: t.wizard.server, exact: true })
      .getByText('https://203.0.113.10:6443', { exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: t.wizard.next }).click();
  await expect(page.getByRole('region', { name: t.wizard.request })).toContainText(
    '"name": "edge-berlin"',
  );
  await page.getByRole('button', { name: t.wizard.registerButton }).click();
  await expect(page.getByText('edge-berlin is registered.')).toBeVisible();

  // It appears in the inventory as pending.
  await page.goto('/clusters?q=edge-berlin');
  const row = table(page).getByRole('row').filter({ hasText: 'edge-berlin' });
  await expect(row.getByText(t.phase.Pending)).toBeVisible();

  // The cluster page opens on the access tab; the manifest comes once, with a download.
  await row.getByRole('link', { name: 'edge-berlin' }).click();
  await expect(page.getByRole('tab', { name: t.tabs.access, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText(t.access.onceWarning)).toBeVisible();
  await page.getByRole('button', { name: t.access.fetch }).click();
  await expect(page.getByText('kubectl apply -f ucs-agent.yaml')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.access.download }).click();
  expect((await download).suggestedFilename()).toBe('ucs-agent.yaml');

  // A second look: UCS says it was downloaded, and the console says so.
  await page.reload();
  await expect(page.getByText(t.access.downloadedTitle)).toBeVisible();
  await expect(page.getByRole('button', { name: t.access.fetch })).toHaveCount(0);

  // The agent connects (mock time moved on); the page polls and shows it Available.
  await page.evaluate(() => window.ucsMock?.clock.settle());
  await expect(page.getByText(t.access.connected)).toBeVisible();
  await page.goto('/clusters?q=edge-berlin');
  await expect(table(page).getByRole('row').filter({ hasText: 'edge-berlin' })).toContainText(
    t.phase.Available,
  );
});

test('a non-kubeconfig, an invalid label and a duplicate name are refused at the field, input kept', async ({
  page,
}) => {
  await startAttachedEks(page);
  await fillDetails(page, 'eks-us-east', 'apiVersion: apps/v1\nkind: Deployment\n', ['-bad', 'x']);
  const kubeconfig = page.getByRole('textbox', { name: t.wizard.kubeconfig });
  await expect(kubeconfig).toHaveAccessibleDescription(/not a kubeconfig \(kind: Config\)/);
  const labelKey = page.getByRole('textbox', { name: `${t.wizard.labelKey} 1` });
  await expect(labelKey).toHaveAccessibleDescription(t.wizard.labelKeyInvalid);
  await page.getByRole('button', { name: t.wizard.next }).click();
  await expect(page.getByRole('region', { name: t.wizard.request })).toHaveCount(0);

  // Fix both; the name is taken, which only UCS knows: its 409 lands at the name field.
  await labelKey.fill('env');
  await kubeconfig.fill(kubeconfigYaml);
  await page.getByRole('button', { name: t.wizard.next }).click();
  await page.getByRole('button', { name: t.wizard.registerButton }).click();
  const name = page.getByRole('textbox', { name: t.wizard.name });
  await expect(name).toHaveAccessibleDescription(/UCS\.01030003/);
  await expect(name).toHaveValue('eks-us-east');
  await expect(labelKey).toHaveValue('env');
  await expect(page.getByRole('textbox', { name: `${t.wizard.labelValue} 1` })).toHaveValue('x');
  await expect(kubeconfig).toHaveValue(kubeconfigYaml);
  await expect(page.getByRole('combobox', { name: t.wizard.country })).toHaveValue('Germany (DE)');
});

test('filter by provider and status, sort, page 2: the URL reproduces the view and Back restores', async ({
  page,
  context,
}) => {
  // Wide enough for the Type · provider column, which a 1280 px window leaves out (columnFit.ts).
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWith(page, '/clusters?mock-scale=1000', 'en', 'light');
  await expect(page.getByText(/of 1,000 clusters/)).toBeVisible({ timeout: scaleLoad });
  await choose(page, page.getByRole('combobox', { name: t.filters.provider }), 'AWS');
  await expect(page).toHaveURL(/provider=aws/);
  await page.getByRole('combobox', { name: t.filters.status }).click();
  await page.getByRole('option', { name: t.phase.Available, exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=Available/);
  await choose(page, page.getByRole('combobox', { name: t.filters.sort }), t.sort.createdAsc);
  await settled(page);
  await choose(page, page.getByRole('combobox', { name: t.pageSize }), '25');
  await expect(page.getByText(/^1–25 of \d+ clusters$/)).toBeVisible();
  await settled(page);
  const firstPage = await rowNames(page);
  await page.getByRole('button', { name: t.pagination.page.replace('{{page}}', '2') }).click();
  await expect(page.getByText(/^26–50 of \d+ clusters$/)).toBeVisible();
  await settled(page);
  const secondPage = await rowNames(page);
  expect(secondPage).toHaveLength(25);
  expect(secondPage).not.toEqual(firstPage);
  // Every row shown is an AWS cluster that is Available.
  await expect(
    table(page).locator('tbody tr[aria-rowindex]').filter({ hasNotText: 'AWS' }),
  ).toHaveCount(0);
  await expect(
    table(page).locator('tbody tr[aria-rowindex]').filter({ hasNotText: t.phase.Available }),
  ).toHaveCount(0);

  // The address bar follows the list a moment later (nuqs writes it without a navigation).
  await expect(page).toHaveURL(/page=2/);
  const url = page.url();
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.getByText(/^26–50 of \d+ clusters$/)).toBeVisible();
  await settled(fresh);
  expect(await rowNames(fresh)).toEqual(secondPage);
  await fresh.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page.getByText(/^1–25 of \d+ clusters$/)).toBeVisible();
  await settled(page);
  expect(await rowNames(page)).toEqual(firstPage);
  await page.goBack();
  await expect(page).not.toHaveURL(/size=25/);
  await expect(page).toHaveURL(/provider=aws&status=Available&order=asc$/);
});

test('bulk add four clusters to a fleet with one failing: the summary names it and why', async ({
  page,
}) => {
  await openWith(page, '/clusters?fleet=none', 'en', 'light');
  await mockReady(page);
  await expect(table(page)).toBeVisible();
  const names = (await rowNames(page)).slice(0, 4);
  expect(names).toHaveLength(4);
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.evaluate(() =>
    window.ucsMock?.fail('joinClusterGroup', { status: 400, code: 'UCS.01100002', times: 1 }),
  );
  await page
    .getByRole('toolbar', { name: t.bulk.toolbar })
    .getByRole('button', { name: t.bulk.join })
    .click();
  const dialog = page.getByRole('dialog');
  await choose(page, dialog.getByRole('combobox', { name: t.bulk.fleet }), 'retail-edge');
  await dialog.getByRole('button', { name: 'Add 4 to retail-edge' }).click();

  const summary = dialog.getByRole('alert');
  await expect(summary).toContainText('3 succeeded, 1 failed');
  const failedItem = summary.getByRole('listitem').filter({ hasText: 'UCS.01100002' });
  await expect(failedItem).toHaveCount(1);
  await expect(failedItem).toContainText('associate cluster with clustergroup error');
  const failedText = (await failedItem.textContent()) ?? '';
  const failedName = names.find((name) => failedText.startsWith(`${name}:`)) ?? '';
  expect(names).toContain(failedName);
  // The footer's Close (the header's close icon has the same name).
  await dialog.getByRole('button', { name: en.common.close, exact: true }).last().click();

  // The other three are in the fleet, the failed one is not.
  const fleetFilter = page.getByRole('combobox', { name: t.filters.fleet });
  await choose(page, fleetFilter, 'retail-edge', 'retail');
  await expect(fleetFilter).toHaveValue('retail-edge');
  // The view asked for: a fleet ID in the URL, not the `fleet=none` the test started from.
  await expect(page).toHaveURL(/[?&]fleet=(?!none(&|$))[^&]+/);
  await settled(page);
  for (const name of names.filter((name) => name !== failedName)) {
    await expect(table(page).getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(table(page).getByRole('link', { name: failedName, exact: true })).toHaveCount(0);
  // Every row shown is a member of retail-edge (its fleet column names it).
  await expect(
    table(page).locator('tbody tr[aria-rowindex]').filter({ hasNotText: 'retail-edge' }),
  ).toHaveCount(0);
});

test('deregister with the typed name: gone from the list, with the cleanup command', async ({
  page,
}) => {
  await openWith(page, '/clusters', 'en', 'light');
  await table(page).getByRole('link', { name: 'aks-west-europe' }).click();
  await page.getByRole('button', { name: t.deregister.button }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: t.deregister.run });
  await dialog.getByRole('textbox').fill('aks-west');
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox').fill('aks-west-europe');
  await confirm.click();
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(page.getByText('aks-west-europe was deregistered.')).toBeVisible();
  await expect(page.getByText('kubectl delete namespace ucs-agent')).toBeVisible();
  await expect(table(page).getByRole('link', { name: 'aks-west-europe' })).toHaveCount(0);
  await page.reload();
  await expect(table(page).getByRole('link', { name: 'eks-us-east' })).toBeVisible();
  await expect(table(page).getByRole('link', { name: 'aks-west-europe' })).toHaveCount(0);
});

test('10,000 clusters: renders, filters, and only the rows on screen are in the page', async ({
  page,
}) => {
  // Wide enough for the Type · provider column, which a 1280 px window leaves out (columnFit.ts).
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWith(page, '/clusters?mock-scale=10000&size=1000', 'en', 'light');
  await expect(page.getByText('1–1,000 of 10,000 clusters')).toBeVisible({ timeout: scaleLoad });
  // A page of 1,000 is virtualised: far fewer rows are rendered than the page holds.
  const rendered = await table(page).locator('tbody tr[aria-rowindex]').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(100);

  await page.getByRole('searchbox', { name: t.filters.search }).fill('-00042');
  await expect(page.getByText('1–1 of 1 cluster')).toBeVisible();
  expect(await rowNames(page)).toEqual([expect.stringMatching(/-00042$/)]);
  await page.getByRole('searchbox', { name: t.filters.search }).fill('');
  await choose(page, page.getByRole('combobox', { name: t.filters.provider }), 'Azure');
  await expect(page.getByText(/^1–\d+ of \d+ clusters$/)).toBeVisible();
  await expect(
    table(page).locator('tbody tr[aria-rowindex]').filter({ hasNotText: 'Azure' }),
  ).toHaveCount(0);
});

test('typing fast at 10,000 clusters keeps every key, in the box and in the URL', async ({
  page,
}) => {
  await openWith(page, '/clusters?mock-scale=10000', 'en', 'light');
  await expect(page.getByText(/of 10,000 clusters/)).toBeVisible({ timeout: scaleLoad });
  const search = page.getByRole('searchbox', { name: t.filters.search });
  // ~150 ms a key, while each key filters 10,000 rows: no key may be lost or undone.
  await search.pressSequentially('eks-fra', { delay: 150 });
  await expect(search).toHaveValue('eks-fra');
  await expect(page).toHaveURL(/[?&]q=eks-fra(&|$)/);
  await expect(page).toHaveURL(/[?&]mock-scale=10000(&|$)/);
  await settled(page);
  await expect(page.getByText(/^1–\d+ of [\d,]+ clusters?$/)).toBeVisible();
  const names = await rowNames(page);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toContain('eks-fra');
});
