import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { openWith } from './support/fixtures';

const t = en.fleets;
// Seed ids (mocks/seed.ts).
const clusterTest = 'bffbb35b-7949-11ee-886c-0255ac100037';
const clusterDev = '4557ad49-22bf-11ee-b0c9-0255ac10004b';
const emptyFleet = '108f5981-a105-11ed-a23e-0255ac100032';
const readonlyPolicy = '3dcd9a12-65bb-11ee-bdf2-0255ac100033';

interface ClusterItem {
  metadata: { uid: string; name: string };
  status?: { phase?: string };
  spec?: { clusterGroupID?: string };
}

/** The demo's API, asked from inside the page so it reaches the same mock (and its state). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const token = window.sessionStorage.getItem('ucs:token') ?? 'demo';
    const response = await fetch(`/ucs-api${url}`, { headers: { 'X-Auth-Token': token } });
    return (await response.json()) as unknown;
  }, path) as Promise<T>;
}

async function discreteClusters(page: Page) {
  const list = await api<{ items: ClusterItem[] }>(page, '/v1/clusters?managetype=discrete');
  return list.items;
}

/** What the fleet's cluster count says when every member is available. */
function health(total: number) {
  return t.health.allAvailable_other.replace('{{count}}', String(total));
}

function fleetRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

test('create a fleet with two clusters; the same name again is refused at the field', async ({
  page,
}) => {
  await openWith(page, '/fleets', 'en', 'light');
  await expect(page.getByRole('table')).toBeVisible();
  const [first, second] = await discreteClusters(page);
  expect(second).toBeDefined();

  await page.getByRole('button', { name: t.create.open }).click();
  const dialog = page.getByRole('dialog');
  const name = dialog.getByRole('textbox', { name: t.create.name, exact: true });
  await name.fill('Shop_EU');
  await expect(dialog.getByText(/Only lowercase letters, digits and hyphens/)).toBeVisible();
  await name.fill('shop-eu');
  await dialog.getByRole('textbox', { name: t.create.description }).fill('EU storefront');
  await expect(dialog.getByText('13 / 255')).toBeVisible();
  await dialog.getByRole('checkbox', { name: `Select ${first?.metadata.name}` }).check();
  await dialog.getByRole('checkbox', { name: `Select ${second?.metadata.name}` }).check();
  await expect(dialog.getByText('2 selected')).toBeVisible();
  // With clusters chosen, whose access the new fleet moves is shown before it is created.
  await dialog.getByRole('button', { name: t.review.next }).click();
  await expect(dialog.getByRole('region', { name: en.effectiveAccess.impact.title })).toBeVisible();
  await dialog.getByRole('button', { name: t.create.submit }).click();
  await expect(dialog).toBeHidden();

  const row = fleetRow(page, 'shop-eu');
  await expect(row).toContainText(/2 clusters, all available|of 2 unavailable/);
  await expect(row).toContainText('EU storefront');

  // The same name again: the 409 shows at the name field and what was typed stays.
  await page.getByRole('button', { name: t.create.open }).click();
  await name.fill('shop-eu');
  await dialog.getByRole('textbox', { name: t.create.description }).fill('second try');
  await dialog.getByRole('button', { name: t.create.submit }).click();
  await expect(
    dialog.getByText('A fleet named shop-eu already exists. Choose another name.'),
  ).toBeVisible();
  await expect(name).toHaveValue('shop-eu');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('textbox', { name: t.create.description })).toHaveValue(
    'second try',
  );
});

test('edit the description in place; it is still there after a reload', async ({ page }) => {
  await openWith(page, `/fleets/${emptyFleet}`, 'en', 'light');
  await page.getByRole('button', { name: t.page.editDescription }).click();
  const field = page.getByRole('textbox', { name: t.page.description });
  await expect(field).toBeFocused();
  await field.fill('Scratch fleet for the January test');
  await field.press('Control+Enter');
  await expect(page.getByRole('group', { name: t.page.description, exact: true })).toHaveText(
    'Scratch fleet for the January test',
  );
  await page.reload();
  await expect(page.getByRole('group', { name: t.page.description, exact: true })).toHaveText(
    'Scratch fleet for the January test',
  );
});

test('add a cluster and remove it: the fleet counts and the cluster’s own page agree', async ({
  page,
}) => {
  await openWith(page, `/fleets/${clusterDev}/clusters`, 'en', 'light');
  const members = page.getByRole('table');
  await expect(members.getByRole('row')).not.toHaveCount(0);
  const before = await api<{ items: ClusterItem[] }>(
    page,
    `/v1/clusters?clustergroupid=${clusterDev}`,
  );
  const count = before.items.length;
  const candidate = (await discreteClusters(page)).find(
    (cluster) => cluster.status?.phase === 'Available',
  );
  expect(candidate).toBeDefined();
  const clusterName = candidate?.metadata.name ?? '';

  await page.getByRole('button', { name: t.members.add }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: t.picker.search }).fill(clusterName);
  await dialog.getByRole('checkbox', { name: `Select ${clusterName}` }).check();
  await dialog.getByRole('button', { name: t.review.next }).click();
  await expect(dialog.getByRole('region', { name: en.effectiveAccess.impact.title })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add 1 cluster' }).click();
  await expect(dialog).toBeHidden();
  await expect(members.getByRole('link', { name: clusterName })).toBeVisible();
  await expect(page.getByText(health(count + 1), { exact: true }).first()).toBeVisible();

  // The cluster's own page names the fleet it is now in.
  await page.goto(`/clusters/${candidate?.metadata.uid}/membership`);
  await expect(page.locator(`a[href="/fleets/${clusterDev}"]`).first()).toBeVisible();

  await page.goto(`/fleets/${clusterDev}/clusters`);
  await page.getByRole('button', { name: `Remove ${clusterName} from the fleet` }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(t.members.removeBody);
  await confirm.getByRole('button', { name: t.members.removeSubmit }).click();
  await expect(members.getByRole('link', { name: clusterName })).toHaveCount(0);
  await expect(page.getByText(health(count), { exact: true }).first()).toBeVisible();

  await page.goto(`/clusters/${candidate?.metadata.uid}/membership`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(clusterName);
  await expect(page.locator(`a[href="/fleets/${clusterDev}"]`)).toHaveCount(0);
  const after = await api<ClusterItem>(page, `/v1/clusters/${candidate?.metadata.uid}`);
  expect(after.spec?.clusterGroupID ?? '').toBe('');
});

test('deleting a non-empty fleet says why and offers the way out; emptied, it is deleted', async ({
  page,
}) => {
  await openWith(page, '/fleets', 'en', 'light');
  await expect(page.getByRole('table')).toBeVisible();
  const members = await api<{ items: ClusterItem[] }>(
    page,
    `/v1/clusters?clustergroupid=${clusterDev}`,
  );
  const count = members.items.length;
  await page.getByRole('button', { name: 'Delete fleet cluster-dev' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(t.delete.blocked)).toBeVisible();
  await expect(dialog).toContainText(`It still contains ${count} clusters`);
  await expect(dialog.getByRole('button', { name: t.delete.submit })).toBeDisabled();

  await dialog.getByRole('button', { name: `Remove the ${count} clusters from the fleet` }).click();
  await expect(
    dialog.getByText('Delete the fleet cluster-dev? This cannot be undone.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: t.delete.submit }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'cluster-dev', exact: true })).toHaveCount(0);
  for (const cluster of members.items) {
    const now = await api<ClusterItem>(page, `/v1/clusters/${cluster.metadata.uid}`);
    expect(now.spec?.clusterGroupID ?? '').toBe('');
  }
});

test('a federated fleet: the delete dialog leads to disabling federation', async ({ page }) => {
  await openWith(page, `/fleets/${clusterTest}`, 'en', 'light');
  await page.getByRole('button', { name: t.delete.submit }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(t.delete.hasFederation)).toBeVisible();
  await dialog.getByRole('link', { name: t.delete.disableFederation }).click();
  await expect(page).toHaveURL(new RegExp(`/fleets/${clusterTest}/federation$`));
  await page.getByRole('button', { name: t.federationTab.disable }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(t.federationTab.disableApi);
  await confirm.getByRole('button', { name: t.federationTab.disableSubmit }).click();
  await expect(page.getByRole('button', { name: t.federationTab.enable })).toBeVisible();
});

test('bind a policy for default and kube-system: shown on the tab and on the policy page', async ({
  page,
}) => {
  await openWith(page, `/fleets/${emptyFleet}/permissions`, 'en', 'light');
  await page.getByRole('button', { name: en.bindings.editAll }).click();
  await page.getByRole('button', { name: en.bindings.add }).click();
  const policies = page.getByRole('combobox', { name: en.bindings.policies });
  await policies.click();
  await policies.fill('readonly');
  await page.getByRole('option', { name: 'readonly', exact: true }).click();
  await page.getByRole('checkbox', { name: 'kube-system' }).check();
  await page.getByRole('button', { name: en.bindings.saveAll }).click();
  // Saving asks first; readonly names no IAM user, so nobody's access moves.
  const confirm = page.getByRole('dialog', { name: en.bindings.confirmTitle });
  await expect(confirm.getByText(en.effectiveAccess.impact.noChange)).toBeVisible();
  await confirm.getByRole('button', { name: en.bindings.saveAll }).click();

  const bound = page.getByRole('table', { name: 'Permission policies bound to test0131' });
  const row = bound.getByRole('row').filter({ has: page.getByRole('link', { name: 'readonly' }) });
  await expect(row).toContainText('default');
  await expect(row).toContainText('kube-system');

  const fleet = await api<{ spec: { ruleNamespaces?: unknown } }>(
    page,
    `/v1/clustergroups/${emptyFleet}`,
  );
  expect(fleet.spec.ruleNamespaces).toEqual([
    {
      rules: [{ ruleID: readonlyPolicy, ruleName: 'readonly' }],
      namespaces: ['default', 'kube-system'],
    },
  ]);

  await row.getByRole('link', { name: 'readonly' }).click();
  await expect(page).toHaveURL(new RegExp(`/permissions/${readonlyPolicy}$`));
  const onPolicy = page
    .getByRole('table', { name: en.permissions.bindings.title })
    .getByRole('row')
    .filter({ hasText: 'test0131' });
  await expect(onPolicy).toContainText('default');
  await expect(onPolicy).toContainText('kube-system');
});

test('the example fleet shows its Go timestamp as a date and a zero time as "—"', async ({
  page,
}) => {
  await openWith(page, `/fleets/${clusterTest}/federation`, 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('cluster-test');
  // The seed keeps the reference's example verbatim: a Go timestamp and Go's zero time.
  const created = page
    .locator('dd')
    .filter({ has: page.locator('time[datetime="2023-11-02T06:33:35.558Z"]') });
  await expect(created).toHaveText('Nov 2, 2023, 6:33 AM');
  const since = page
    .locator('dt', { hasText: t.federationTab.since })
    .locator('xpath=following-sibling::dd[1]');
  await expect(since).toHaveText('—');
  // Never shown as the year 1.
  await expect(page.locator('time[datetime^="0001"]')).toHaveCount(0);
});
