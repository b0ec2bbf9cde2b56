import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { choose, mockReady, openWith } from './support/fixtures';

const kit = en.effectiveAccess;
const impact = kit.impact;
const m = en.permissions;

// Seed (mocks/seed.ts): develop names these two IAM users; config-editor names the second and
// is bound on fleet cluster-test (4 members) for storefront. Fleet retail-edge has no bindings
// and two members.
const developUsers = ['978ff70ec1494a5680f6218faa3567d9', '5acdb44b47ba4bd79783ad40e5346783'];
const onCall = '5acdb44b47ba4bd79783ad40e5346783';
const retailEdge = {
  id: '2b7c7e0a-6c1d-11ef-9a41-0255ac100049',
  members: ['idc-suzhou-baremetal', 'tke-shenzhen'],
};
const developVerbs =
  'get, list, watch, create, update, patch, delete on configmaps, cronjobs, daemonsets, deployments, ingresses, jobs, pods, services, statefulsets';
const configEditorVerbs = 'get, list, watch, update, patch on configmaps, secrets';

/** A locale string with its `{{name}}` placeholders filled. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The preview's section for one IAM user. */
const changesFor = (scope: Locator, userId: string) =>
  scope.getByRole('region', { name: fill(impact.userLabel, { user: userId }) });

const bodyRows = (page: Page) => page.getByRole('table').locator('tbody tr');

test('binding a policy to a fleet previews each user gaining its verbs on every member’s default, and the explorer agrees', async ({
  page,
}) => {
  await openWith(page, `/fleets/${retailEdge.id}/permissions`, 'en', 'light');
  await page.getByRole('button', { name: en.bindings.editAll }).click();
  await page.getByRole('button', { name: en.bindings.add }).click();
  await choose(
    page,
    page.getByRole('combobox', { name: en.bindings.policies }),
    'develop',
    'develop',
  );
  // A new binding starts at namespace default.
  await expect(page.getByRole('checkbox', { name: 'default', exact: true })).toBeChecked();
  await page.getByRole('button', { name: en.bindings.saveAll }).click();

  const dialog = page.getByRole('dialog', { name: en.bindings.confirmTitle });
  const preview = dialog.getByRole('region', { name: impact.title });
  await expect(preview).toContainText(
    fill(impact.users_other, { count: 2, clusters: fill(impact.clusters_other, { count: 2 }) }),
  );
  for (const userId of developUsers) {
    const changes = changesFor(preview, userId);
    await expect(changes).toContainText(
      fill(impact.where, {
        clusters: retailEdge.members.join(', '),
        scope: fill(impact.namespace, { name: 'default' }),
      }),
    );
    await expect(changes.getByText(impact.gains, { exact: true })).toBeVisible();
    await expect(changes).toContainText(developVerbs);
    await expect(changes.getByText(impact.loses, { exact: true })).toHaveCount(0);
  }
  await expect(preview.getByRole('region', { name: /^Changes for IAM user/ })).toHaveCount(2);

  await dialog.getByRole('button', { name: en.bindings.saveAll }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('table', { name: fill(en.fleets.permissions.caption, { name: 'retail-edge' }) })
      .getByRole('link', { name: 'develop' }),
  ).toBeVisible();

  // The explorer computes the same access from what UCS now holds.
  for (const userId of developUsers)
    for (const cluster of retailEdge.members) {
      await page.goto(`/access/users?user=${userId}&q=${cluster}`);
      const rows = bodyRows(page).filter({
        has: page.getByRole('link', { name: cluster, exact: true }),
      });
      await expect(rows).toHaveCount(1);
      await expect(rows.getByRole('cell', { name: 'default', exact: true })).toBeVisible();
      await expect(rows.getByRole('link', { name: 'develop' })).toBeVisible();
      await expect(rows).toContainText(`${kit.boundToFleet} retail-edge`);
      await expect(rows).toContainText(developVerbs);
    }
});

test('deleting a bound policy previews what its user loses on every member before UCS is asked', async ({
  page,
}) => {
  await openWith(page, '/permissions', 'en', 'light');
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'config-editor', exact: true }),
  });
  await expect(row).toContainText('cluster-test: storefront');
  await row.getByRole('button', { name: 'Delete config-editor' }).click();

  const dialog = page.getByRole('dialog', {
    name: fill(m.delete.title, { name: 'config-editor' }),
  });
  const preview = dialog.getByRole('region', { name: impact.title });
  await expect(preview).toContainText(
    fill(impact.users_one, { count: 1, clusters: fill(impact.clusters_other, { count: 4 }) }),
  );
  const changes = changesFor(preview, onCall);
  await expect(changes).toContainText(
    fill(impact.where, {
      clusters: fill(impact.moreClusters_one, {
        names: 'eks-us-east, prod-beijing-cce, prod-shanghai-turbo',
        count: 1,
      }),
      scope: fill(impact.namespace, { name: 'storefront' }),
    }),
  );
  await expect(changes.getByText(impact.loses, { exact: true })).toBeVisible();
  await expect(changes).toContainText(configEditorVerbs);
  await expect(changes.getByText(impact.gains, { exact: true })).toHaveCount(0);
  await expect(preview.getByRole('region', { name: /^Changes for IAM user/ })).toHaveCount(1);

  // UCS refuses to delete a bound policy; the dialog says so and nothing is lost.
  await dialog.getByRole('button', { name: m.delete.confirm }).click();
  await expect(dialog.getByText(m.delete.refused)).toBeVisible();
  await page.goto(`/access/users?user=${onCall}&q=eks-us-east`);
  await expect(bodyRows(page).getByRole('link', { name: 'config-editor' })).toBeVisible();
});

test('bulk binding a policy from the inventory previews each cluster’s new access before Bind', async ({
  page,
}) => {
  await openWith(page, '/clusters?fleet=none', 'en', 'light');
  await mockReady(page);
  const clusters = ['cmcloud-hefei', 'eks-eu-central'];
  for (const name of clusters) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page
    .getByRole('toolbar', { name: en.clusters.bulk.toolbar })
    .getByRole('button', { name: en.clusters.bulk.bind })
    .click();
  const dialog = page.getByRole('dialog');
  await choose(
    page,
    dialog.getByRole('combobox', { name: en.clusters.bulk.policy }),
    'config-editor',
  );

  const changes = changesFor(dialog.getByRole('region', { name: impact.title }), onCall);
  await expect(changes).toContainText(
    fill(impact.where, {
      clusters: clusters.join(', '),
      scope: fill(impact.namespace, { name: 'default' }),
    }),
  );
  await expect(changes).toContainText(configEditorVerbs);

  await dialog
    .getByRole('button', { name: fill(en.clusters.bulk.bindRun_other, { count: 2 }) })
    .click();
  // All went through: the selection empties and the dialog with it.
  await expect(dialog).toBeHidden();
  await page.goto(`/access/users?user=${onCall}&q=cmcloud-hefei`);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).getByRole('link', { name: 'config-editor' })).toBeVisible();
});
