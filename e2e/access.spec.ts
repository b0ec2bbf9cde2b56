import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { choose, mockReady, openWith } from './support/fixtures';

const t = en.access;
const kit = en.effectiveAccess;
// Seed (mocks/seed.ts): fleet cluster-test grants this user config-editor in storefront; its
// member prod-beijing-cce binds develop (which names the user too) for storefront itself.
const onCall = '5acdb44b47ba4bd79783ad40e5346783';
const viewer = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';

/** The demo's API, asked from inside the page so it reaches the same mock (and its state). */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  await mockReady(page);
  return page.evaluate(
    async ([verb, url, payload]) => {
      const token = window.sessionStorage.getItem('ucs:token') ?? 'demo';
      const response = await fetch(`/ucs-api${url}`, {
        method: verb,
        headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      if (!response.ok) throw new Error(`${verb} ${url}: ${response.status}`);
      const text = await response.text();
      return (text ? JSON.parse(text) : null) as unknown;
    },
    [method, path, body] as const,
  ) as Promise<T>;
}

async function clusterId(page: Page, name: string): Promise<string> {
  const list = await api<{ items: { metadata: { uid: string; name: string } }[] }>(
    page,
    'GET',
    '/v1/clusters',
  );
  const uid = list.items.find((item) => item.metadata.name === name)?.metadata.uid;
  if (!uid) throw new Error(`no cluster ${name}`);
  return uid;
}

/** Creates a policy and binds it on a cluster in no fleet (keeping the cluster's bindings). */
async function bindNewPolicy(
  page: Page,
  policy: { name: string; type: string; users: string[]; contents?: unknown },
  cluster: string,
  namespaces: string[],
) {
  const created = await api<{ uid: string }>(page, 'POST', '/v1/permissions/rules', {
    metadata: { name: policy.name },
    spec: {
      type: policy.type,
      iamUserIDs: policy.users,
      ...(policy.contents ? { contents: policy.contents } : {}),
    },
  });
  const id = await clusterId(page, cluster);
  const shown = await api<{
    spec: { ruleNamespaces?: { rules?: { ruleID: string }[]; namespaces?: string[] }[] };
  }>(page, 'GET', `/v1/clusters/${id}`);
  const ruleIDNamespaces = (shown.spec.ruleNamespaces ?? []).map((entry) => ({
    ruleIDs: (entry.rules ?? []).map((rule) => rule.ruleID),
    namespaces: entry.namespaces ?? [],
  }));
  await api(page, 'PUT', `/v1/clusters/${id}/associatedrules`, {
    ruleIDNamespaces: [...ruleIDNamespaces, { ruleIDs: [created.uid], namespaces }],
  });
}

/** No serious axe violation in the open dialog (the page behind it is scanned elsewhere). */
async function expectAccessibleDialog(page: Page) {
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target),
    }));
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

const table = (page: Page) => page.getByRole('table');
const bodyRows = (page: Page) => table(page).locator('tbody tr');

test('the explorer shows the fleet’s grant on a member cluster, its own as inactive, and its own once it leaves through the UI, previewed', async ({
  page,
}) => {
  await openWith(page, `/access/users?user=${onCall}&q=prod-beijing`, 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  await expect(bodyRows(page)).toHaveCount(1);
  const row = bodyRows(page).first();
  await expect(row.getByRole('link', { name: 'prod-beijing-cce' })).toBeVisible();
  await expect(row.getByRole('link', { name: 'config-editor' })).toBeVisible();
  await expect(row).toContainText(`${kit.boundToFleet} cluster-test`);
  await expect(row).toContainText('get, list, watch, update, patch on configmaps, secrets');
  await expect(row.getByRole('link', { name: 'develop' })).toHaveCount(0);

  // The cluster's view: it follows its fleet; its own bindings are listed as inactive.
  await page.getByRole('tab', { name: t.views.targets }).click();
  await choose(
    page,
    page.getByRole('combobox', { name: t.targets.pickCluster }),
    'prod-beijing-cce',
    'beijing',
  );
  await expect(
    page.getByText(kit.slice.followsFleet.replace('{{fleet}}', 'cluster-test'), { exact: true }),
  ).toBeVisible();
  const inactive = page.getByRole('listitem').filter({ hasText: kit.slice.inactive });
  await expect(inactive.filter({ has: page.getByRole('link', { name: 'develop' }) })).toContainText(
    kit.slice.inactiveReason.replace('{{fleet}}', 'cluster-test'),
  );
  await expect(table(page).getByRole('link', { name: 'develop' })).toHaveCount(0);

  // It leaves the fleet from its page. Before confirming, the preview shows the user swapping
  // the fleet's config-editor for the cluster's own develop, in storefront on this cluster only.
  const id = await clusterId(page, 'prod-beijing-cce');
  await page.goto(`/clusters/${id}/membership`);
  await page.getByRole('button', { name: en.clusters.fleet.leave }).click();
  const dialog = page.getByRole('dialog');
  const preview = dialog.getByRole('region', { name: kit.impact.title });
  const mine = preview.getByRole('region', {
    name: kit.impact.userLabel.replace('{{user}}', onCall),
  });
  await expect(mine).toBeVisible();
  await expect(mine.getByText(/ · /)).toHaveText([
    kit.impact.where
      .replace('{{clusters}}', 'prod-beijing-cce')
      .replace('{{scope}}', kit.impact.namespace.replace('{{name}}', 'storefront')),
  ]);
  const after = (word: string) => mine.getByRole('group', { name: word }).getByRole('listitem');
  // develop's verbs on workloads beyond what config-editor allowed …
  await expect(after(kit.impact.gains)).toHaveText([
    'create, delete on configmaps',
    'create, update, patch, delete on cronjobs, daemonsets, deployments, ingresses, jobs, pods, services, statefulsets',
  ]);
  // … and config-editor's reading of everything and its editing of secrets.
  await expect(after(kit.impact.loses)).toHaveText([
    'get, list, watch on *',
    'get, list, watch, update, patch on secrets',
  ]);
  await expectAccessibleDialog(page);
  // Nothing has been sent yet.
  expect(
    (await api<{ spec: { clusterGroupID?: string } }>(page, 'GET', `/v1/clusters/${id}`)).spec
      .clusterGroupID,
  ).toBeTruthy();
  await dialog.getByRole('button', { name: en.clusters.fleet.leave }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(en.clusters.fleet.none)).toBeVisible();

  // Out of the fleet, its own binding applies and the fleet's no longer does.
  await page.goto(`/access/users?user=${onCall}&q=prod-beijing`);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first().getByRole('link', { name: 'develop' })).toBeVisible();
  await expect(bodyRows(page).first()).toContainText(`${kit.boundToCluster} prod-beijing-cce`);
  await expect(bodyRows(page).first().getByRole('link', { name: 'config-editor' })).toHaveCount(0);
});

test('bulk add to a fleet previews each user gaining the fleet’s policies on every cluster chosen', async ({
  page,
}) => {
  const developer = '978ff70ec1494a5680f6218faa3567d9';
  const chosen = ['cmcloud-hefei', 'gke-london-analytics'];
  await openWith(page, '/clusters?fleet=none', 'en', 'light');
  for (const name of chosen) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page
    .getByRole('toolbar', { name: en.clusters.bulk.toolbar })
    .getByRole('button', { name: en.clusters.bulk.join })
    .click();
  const dialog = page.getByRole('dialog');
  const preview = dialog.getByRole('region', { name: kit.impact.title });
  // Nothing to preview until a fleet is chosen.
  await expect(preview).toHaveCount(0);
  await choose(page, dialog.getByRole('combobox', { name: en.clusters.bulk.fleet }), 'cluster-dev');

  // cluster-dev binds develop (naming both users) for dev and sandbox: one line naming both
  // clusters and both namespaces, gains only; gke-london-analytics's own binding stops applying.
  await expect(preview).toContainText(
    kit.impact.users_other
      .replace('{{count}}', '2')
      .replace('{{clusters}}', kit.impact.clusters_other.replace('{{count}}', '2')),
  );
  await expect(preview).toContainText(kit.impact.deactivated_one.replace('{{count}}', '1'));
  for (const user of [developer, onCall]) {
    const changes = preview.getByRole('region', {
      name: kit.impact.userLabel.replace('{{user}}', user),
    });
    await expect(changes.getByText(/ · /)).toHaveText([
      kit.impact.where
        .replace('{{clusters}}', chosen.join(', '))
        .replace('{{scope}}', kit.impact.namespaces.replace('{{names}}', 'dev, sandbox')),
    ]);
    await expect(changes.getByRole('group', { name: kit.impact.gains })).toHaveCount(1);
    await expect(changes.getByRole('group', { name: kit.impact.loses })).toHaveCount(0);
  }

  await expectAccessibleDialog(page);
  await dialog.getByRole('button', { name: /cluster-dev/ }).click();
  // Both succeed: they leave the "not in any fleet" list, and the selection with them.
  for (const name of chosen) await expect(table(page).getByRole('link', { name })).toHaveCount(0);

  // The explorer agrees: develop from fleet cluster-dev on the London cluster, in dev.
  await page.goto(`/access/users?user=${developer}&q=gke-london`);
  const rows = bodyRows(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'sandbox' })).toContainText(
    `${kit.boundToFleet} cluster-dev`,
  );
  await expect(
    rows.filter({ hasText: 'dev' }).first().getByRole('link', { name: 'develop' }),
  ).toBeVisible();
});

test('the check view answers for a *-verb policy, a read-only template and an all-namespaces binding', async ({
  page,
}) => {
  await openWith(page, '/access/check', 'en', 'light');
  await bindNewPolicy(
    page,
    {
      name: 'pod-operator',
      type: 'custom',
      users: [viewer],
      contents: [{ verbs: ['*'], resources: ['pods'] }],
    },
    'gke-london-analytics',
    ['default'],
  );
  await bindNewPolicy(
    page,
    { name: 'viewers', type: 'readonly', users: [viewer] },
    'gke-london-analytics',
    ['*'],
  );
  // The policies were made after the page loaded its lists: load them again.
  await page.reload();

  const form = {
    user: page.getByRole('combobox', { name: t.check.user }),
    verb: page.getByRole('combobox', { name: t.check.verb }),
    resource: page.getByRole('combobox', { name: t.check.resource }),
    namespace: page.getByRole('combobox', { name: t.check.namespace }),
    cluster: page.getByRole('combobox', { name: t.check.cluster }),
  };
  await form.user.fill(viewer);
  await choose(page, form.verb, 'delete');
  await form.resource.fill('pods');
  await form.namespace.fill('default');
  await choose(page, form.cluster, 'gke-london-analytics', 'london');
  await page.getByRole('button', { name: t.check.ask }).click();
  await expect(page).toHaveURL(/verb=delete/);

  // `*` verbs on pods: yes, by pod-operator bound on the cluster.
  const yes = page.getByRole('region', {
    name: `Can ${viewer} delete pods in namespace default of gke-london-analytics?`,
  });
  await expect(yes.getByText(t.check.yes, { exact: true })).toBeVisible();
  await expect(yes.getByRole('link', { name: 'pod-operator' })).toBeVisible();

  // The read-only template does not allow create: no, with what would.
  await choose(page, form.verb, 'create');
  await form.resource.fill('deployments');
  await page.getByRole('button', { name: t.check.ask }).click();
  const no = page.getByRole('region', { name: /create deployments in namespace default/ });
  await expect(no.getByText(t.check.no, { exact: true })).toBeVisible();
  await expect(no.getByRole('heading', { name: t.check.wouldAllow })).toBeVisible();
  await expect(
    no.getByText(
      'Add the user to policy develop and bind it to cluster gke-london-analytics for namespace default.',
    ),
  ).toBeVisible();

  // Read in a namespace no binding names: yes, through the all-namespaces binding.
  await choose(page, form.verb, 'list');
  await form.resource.fill('secrets');
  await form.namespace.fill('payments');
  await page.getByRole('button', { name: t.check.ask }).click();
  const anywhere = page.getByRole('region', { name: /list secrets in namespace payments/ });
  await expect(anywhere.getByText(t.check.yes, { exact: true })).toBeVisible();
  await expect(anywhere.getByRole('link', { name: 'viewers' })).toBeVisible();
  await expect(anywhere).toContainText(t.check.grantScope.replace('{{scope}}', kit.allNamespaces));
});

/** The data lines of a CSV whose cells hold no line breaks (the report's). */
function csvLines(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.slice(1, -1).split('","'));
}

test('the CSV report has as many rows as the table for the same filter', async ({ page }) => {
  await openWith(page, '/access/users?q=prod', 'en', 'light');
  await expect(table(page)).toBeVisible();
  const caption = (await table(page).locator('caption').textContent()) ?? '';
  const count = Number(/of (\d+) rows/.exec(caption)?.[1]);
  expect(count).toBeGreaterThan(1);
  await expect(bodyRows(page)).toHaveCount(count);

  await page.getByRole('button', { name: kit.export.csv }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('menuitem', { name: kit.export.shown.replace('{{count}}', String(count)) })
      .click(),
  ]);
  const lines = csvLines(await readFile((await download.path()) ?? '', 'utf8'));
  expect(lines[0]).toEqual(Object.values(kit.columns).filter((c) => c !== kit.columns.allowed));
  expect(lines.slice(1)).toHaveLength(count);
  for (const line of lines.slice(1)) expect(line[1]).toContain('prod');

  // Everything: more rows than the filter keeps, and the JSON report agrees.
  await page.getByRole('button', { name: kit.export.json }).click();
  const everything = page.getByRole('menuitem', { name: /^Everything/ });
  const total = Number(/\((\d+)\)/.exec((await everything.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(count);
  const [json] = await Promise.all([page.waitForEvent('download'), everything.click()]);
  const report = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as unknown[];
  expect(report).toHaveLength(total);
});
