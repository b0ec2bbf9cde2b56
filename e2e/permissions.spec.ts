import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { en } from '../src/i18n/resources';
import { expectNoSeriousA11yViolations, openWith } from './support/fixtures';

const m = en.permissions;
const userA = '978ff70ec1494a5680f6218faa3567d9';
const userB = '5acdb44b47ba4bd79783ad40e5346783';

/** Bindings of a cluster or fleet as the mock backend holds them: policy name → namespaces. */
async function bindingsOf(page: Page, kind: 'cluster' | 'fleet', name: string) {
  await page.waitForFunction(() => Boolean(window.ucsMock));
  return page.evaluate(
    ([targetKind, targetName]) => {
      const controls = window.ucsMock;
      if (!controls) throw new Error('The demo backend is not running');
      const { state } = controls.backend.store;
      const spec =
        targetKind === 'cluster'
          ? state.clusters.find((record) => record.cluster.metadata.name === targetName)?.cluster
              .spec
          : state.fleets.find((record) => record.fleet.metadata.name === targetName)?.fleet.spec;
      const result: Record<string, string[]> = {};
      for (const entry of spec?.ruleNamespaces ?? []) {
        // The contract also allows the reference's plain namespace strings; the mock never sends them.
        if (typeof entry === 'string') continue;
        for (const rule of entry.rules ?? []) {
          const name = rule.ruleName ?? '';
          result[name] = [...(result[name] ?? []), ...(entry.namespaces ?? [])];
        }
      }
      return result;
    },
    [kind, name] as const,
  );
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Confirms binding once the preview lists what each of these users gains (none: no change). */
async function confirmBind(page: Page, users: string[]) {
  const dialog = page.getByRole('dialog', { name: m.bindings.confirmTitle });
  for (const user of users)
    await expect(
      dialog.getByRole('region', { name: `Changes for IAM user ${user}` }),
    ).toContainText('get, list on deployments, pods');
  if (users.length === 0)
    await expect(dialog.getByText(en.effectiveAccess.impact.noChange)).toBeVisible();
  await dialog.getByRole('button', { name: 'Bind to 1 target' }).click();
  await expect(dialog).toBeHidden();
}

async function yamlPreview(page: Page) {
  const yaml = page.getByRole('region', { name: m.preview.label, exact: true });
  return parse((await yaml.textContent()) ?? '');
}

test('create a custom policy, bind it to a fleet and a cluster, and see it everywhere', async ({
  page,
}) => {
  await openWith(page, '/permissions', 'en', 'light');
  await page.getByRole('link', { name: m.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.new.title);

  await page.getByRole('textbox', { name: /^Name/ }).fill('pod-reader');
  await page.getByLabel(m.form.description).fill('Reads pods and deployments.');
  const resources = page.getByRole('combobox', { name: 'Resources of rule 1' });
  await resources.fill('pods');
  await resources.press('Enter');
  await resources.fill('deployments');
  await resources.press('Enter');
  for (const resource of ['pods', 'deployments'])
    for (const verb of ['get', 'list'])
      await page.getByRole('checkbox', { name: `${verb} on ${resource}`, exact: true }).check();
  const users = page.getByRole('combobox', { name: m.users.label });
  await users.fill(userA);
  await users.press('Enter');
  await users.fill(userB);
  await users.press('Enter');

  // The preview shows exactly the ticked verbs on exactly the chosen resources.
  expect(await yamlPreview(page)).toEqual({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'pod-reader' },
    rules: [{ apiGroups: ['*'], resources: ['pods', 'deployments'], verbs: ['get', 'list'] }],
  });

  await page.getByRole('button', { name: m.form.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy pod-reader');
  await expect(page).toHaveURL(/\/permissions\/[0-9a-f-]{36}$/);
  await expect(page.getByText(m.bindings.empty)).toBeVisible();

  // Bind: fleet cluster-test for default, cluster test-cluster for all namespaces.
  await pickOption(page, m.bindings.fleets, 'cluster-test');
  await page.getByRole('button', { name: m.bindings.bind, exact: true }).click();
  await confirmBind(page, [userA, userB]);
  await expect(page.getByRole('status').filter({ hasText: /1 succeeded$/ })).toBeVisible();
  await pickOption(page, m.bindings.clusters, 'test-cluster');
  await page.getByRole('radio', { name: en.bindings.allNamespaces }).check();
  await page.getByRole('button', { name: m.bindings.bind, exact: true }).click();
  // test-cluster follows its fleet cluster-test: its own binding moves nobody's access.
  await confirmBind(page, []);

  const bound = page.getByRole('table', { name: m.bindings.title });
  await expect(bound.getByRole('row')).toHaveCount(3);
  // Rows by their target's name (test-cluster's row names its fleet cluster-test: its own
  // binding is inactive while it follows the fleet).
  const boundRow = (target: string) => bound.getByRole('row', { name: new RegExp(`^${target} `) });
  await expect(boundRow('cluster-test')).toContainText(`${m.binding.fleet}default`);
  await expect(boundRow('test-cluster')).toContainText(
    `${m.binding.cluster}${m.binding.allNamespaces}`,
  );
  await expect(boundRow('test-cluster')).toContainText(
    en.effectiveAccess.slice.inactiveReason.replace('{{fleet}}', 'cluster-test'),
  );

  // The targets' existing bindings are still there, next to the new one.
  expect(await bindingsOf(page, 'fleet', 'cluster-test')).toEqual({
    readonly: ['default', 'storefront'],
    'config-editor': ['storefront'],
    'pod-reader': ['default'],
  });
  expect(await bindingsOf(page, 'cluster', 'test-cluster')).toEqual({
    admin: ['default', 'kube-system'],
    readonly: ['monitoring'],
    'pod-reader': ['*'],
  });
  // The targets' own pages show the new binding next to their existing ones.
  const fleetPath = await bound.getByRole('link', { name: 'cluster-test' }).getAttribute('href');
  const clusterPath = await bound.getByRole('link', { name: 'test-cluster' }).getAttribute('href');
  await page.goto(`${fleetPath}/permissions`);
  await expect(page.getByRole('row').filter({ hasText: 'pod-reader' })).toContainText('default');
  await expect(page.getByRole('row').filter({ hasText: 'config-editor' })).toContainText(
    'storefront',
  );
  await page.goto(`${clusterPath}/membership`);
  await expect(page.getByRole('row').filter({ hasText: 'pod-reader' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'admin' })).toContainText('kube-system');
  await expect(page.getByRole('row').filter({ hasText: 'readonly' })).toContainText('monitoring');

  // …and the list still shows the other policies' bindings.
  await page.goto('/permissions');
  const readonlyRow = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'readonly', exact: true }),
  });
  await expect(readonlyRow).toContainText('cluster-test: default, storefront');
  await expect(readonlyRow).toContainText('test-cluster: monitoring');

  // Listed, with its type, users and bindings.
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'pod-reader', exact: true }),
  });
  await expect(row).toContainText(m.types.custom);
  await expect(row).toContainText('Reads pods and deployments.');
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await expect(row).toContainText('cluster-test: default');
  await expect(row).toContainText(`test-cluster: ${m.binding.allNamespaces}`);

  // Saved as the preview said.
  await page.reload();
  await row.getByRole('link', { name: 'pod-reader' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'list on deployments', exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'watch on pods', exact: true }),
  ).not.toBeChecked();
});

test('an invalid name, an over-long description and a malformed IAM user ID are refused at their fields', async ({
  page,
}) => {
  await openWith(page, '/permissions/new', 'en', 'light');
  const name = page.getByRole('textbox', { name: /^Name/ });
  await name.fill('Pod_Reader');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(new RegExp(m.form.nameErrors.pattern));

  const description = page.getByLabel(m.form.description);
  await description.fill('x'.repeat(256));
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(description).toHaveAccessibleDescription(/256 characters long; shorten it to 255/);

  const users = page.getByRole('combobox', { name: m.users.label });
  await users.fill('12345');
  await users.press('Enter');
  await expect(users).toHaveAttribute('aria-invalid', 'true');
  await expect(users).toHaveAccessibleDescription(/“12345” is not an IAM user ID/);
  await expect(users).toHaveValue('12345');

  let created = false;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/permissions/rules')) created = true;
  });
  await page.getByRole('button', { name: m.form.create }).click();
  await expect(page.getByText(m.form.fixProblems)).toBeVisible();
  await expect(page).toHaveURL(/\/permissions\/new$/);
  expect(created).toBe(false);

  // A name UCS already has comes back as 409 and is shown at the name, with the rest kept.
  await name.fill('admin');
  await description.fill('Kept');
  await users.fill('');
  await page.getByRole('radio', { name: m.types.readonly }).check();
  await page.getByRole('button', { name: m.form.create }).click();
  await expect(name).toHaveAccessibleDescription(/A permission policy named admin already exists/);
  await expect(description).toHaveValue('Kept');
});

test('deleting a bound policy warns and lists its bindings; UCS refuses and says so', async ({
  page,
}) => {
  await openWith(page, '/permissions', 'en', 'light');
  // Bindings come from the cluster and fleet lists; wait until they are shown.
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'readonly', exact: true }),
  });
  await expect(row).toContainText('test-cluster: monitoring');
  await row.getByRole('button', { name: 'Delete readonly' }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete policy readonly?' });
  const warning = dialog.getByRole('alert', { name: m.delete.boundList });
  await expect(warning).toContainText(m.delete.boundList);
  await expect(warning).toContainText('cluster-test: default, storefront');
  await expect(warning).toContainText('test-cluster: monitoring');
  await expect(warning).toContainText(`gke-london-analytics: ${m.binding.allNamespaces}`);
  await expect(warning).toContainText(m.delete.stillBound);
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('button', { name: m.delete.confirm }).click();
  await expect(dialog.getByText(m.delete.refused)).toBeVisible();
  await expect(dialog).toContainText('UCS.01120002');
  await dialog.getByRole('button', { name: en.common.cancel }).click();
  await expect(row).toBeVisible();

  // An unbound policy goes after confirmation.
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'audit-viewer', exact: true }) })
    .getByRole('button', { name: 'Delete audit-viewer' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete policy audit-viewer?' });
  await expect(confirm).toContainText(m.delete.notBound);
  await confirm.getByRole('button', { name: m.delete.confirm }).click();
  await expect(page.getByRole('link', { name: 'audit-viewer', exact: true })).toHaveCount(0);
});

test('the list keeps search, type and page in the URL', async ({ page }) => {
  await openWith(page, '/permissions?type=custom', 'en', 'light');
  await expect(page.getByRole('link', { name: 'ci-deployer', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'admin', exact: true })).toHaveCount(0);
  await page.getByLabel(m.list.search).fill('audit');
  await expect(page).toHaveURL(/q=audit/);
  await expect(page.getByRole('link', { name: 'ci-deployer', exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(m.list.search)).toHaveValue('audit');
  await expect(page.getByRole('link', { name: 'audit-viewer', exact: true })).toBeVisible();
});

test('unsaved changes ask before leaving', async ({ page }) => {
  await openWith(page, '/permissions/new', 'en', 'light');
  await page.getByRole('textbox', { name: /^Name/ }).fill('draft');
  await page
    .getByRole('navigation', { name: en.nav.main })
    .getByRole('link', { name: en.nav.fleets })
    .click();
  const dialog = page.getByRole('dialog', { name: m.guard.title });
  await dialog.getByRole('button', { name: m.guard.stay }).click();
  await expect(page).toHaveURL(/\/permissions\/new$/);
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('draft');
});
