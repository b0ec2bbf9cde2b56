import { expect, test, type Page } from '@playwright/test';
import { en, zhCN } from '../src/i18n/resources';
import type { Messages as MessagesOf } from '../src/i18n/types';
import { kubeconfigYaml } from '../src/test/kubeconfig';
import {
  choose,
  expectNoSeriousA11yViolations,
  openWith,
  type Language,
  type Scheme,
} from './support/fixtures';

// Each axe scan checks one page state once: every route in both schemes in English, every route
// once in Chinese (its fonts and lengths differ; its colours are the English ones), and tabs,
// dialogs and wizard steps once. A scan starts only when the page has settled (its heading and
// its data are on screen), so it never judges a skeleton.

// Chinese writes a plural's `_other` form only (src/i18n/types.ts).
type Messages = MessagesOf<typeof en>;
const messages: Record<Language, Messages> = { en, 'zh-CN': zhCN };

// Seed ids (mocks/seed.ts).
const clusterTest = 'bffbb35b-7949-11ee-886c-0255ac100037'; // the reference's example fleet
const stagingFleet = 'c41e9d26-d2a8-11ee-8f3b-0255ac10004e'; // openshift-frankfurt unavailable
const devFleet = '4557ad49-22bf-11ee-b0c9-0255ac10004b'; // cluster-dev: every member healthy
// prod-beijing-cce: a member of cluster-test with its own (inactive) bindings.
const prodBeijing = '4d37dfe5-e4cd-11ee-b47b-0255ac100065';
const wizard = (fleetId: string) => `/fleets/${fleetId}/federation/enable`;

async function expectHeading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** A list with its heading and a first row of data. */
async function expectList(page: Page, title: string) {
  await expectHeading(page, title);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
}

/** Follows the first row's link of the list on screen; the detail page names that row. */
async function openFirstDetail(page: Page, detailPrefix: string) {
  const firstLink = page.getByRole('table').getByRole('link').first();
  const name = (await firstLink.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await firstLink.click();
  await expect(page).toHaveURL(new RegExp(`${detailPrefix}/[^/]+`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

/** The routes of one area, each brought to a settled state and scanned; from its first path. */
const areas: Record<string, [string, (page: Page, m: Messages) => Promise<void>]> = {
  'overview, not found and sign-in': [
    '/',
    async (page, m) => {
      await expectHeading(page, m.overview.title);
      await expect(
        page.getByRole('link', { name: new RegExp(`^${m.overview.clusters}: \\d+$`) }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: m.overview.charts.byStatus })).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.goto('/no-such-page');
      await expectHeading(page, m.notFound.title);
      await expect(page.getByText('/no-such-page')).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.goto('/sign-in');
      await expectHeading(page, m.signIn.title);
      await expect(page.getByLabel(m.signIn.domainName)).toBeVisible();
      // The demo names its IAM user (the live build does not contain it).
      await expect(page.getByText(/demo-password/)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    },
  ],
  clusters: [
    '/clusters',
    async (page, m) => {
      await expectList(page, m.clusters.title);
      await expectNoSeriousA11yViolations(page);

      await openFirstDetail(page, '/clusters');
      await expectNoSeriousA11yViolations(page);

      await page.goto('/clusters/register');
      await expect(
        page.getByRole('radio', { name: new RegExp(`^${m.clusters.wizardKind.attachedcluster}`) }),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    },
  ],
  fleets: [
    '/fleets',
    async (page, m) => {
      await expectList(page, m.fleets.title);
      await expectNoSeriousA11yViolations(page);

      await openFirstDetail(page, '/fleets');
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.goto(wizard(stagingFleet));
      const preflight = m.fleets.wizard.preflight;
      await expect(
        page.getByRole('listitem').filter({ hasText: preflight.checks.available }),
      ).toContainText(`${preflight.checks.available} · ${preflight.status.fail}`);
      await expectNoSeriousA11yViolations(page);
    },
  ],
  'permission policies': [
    '/permissions',
    async (page, m) => {
      await expectList(page, m.permissions.title);
      await expectNoSeriousA11yViolations(page);

      await openFirstDetail(page, '/permissions');
      await expectNoSeriousA11yViolations(page);

      await page.goto('/permissions/new');
      await expectHeading(page, m.permissions.new.title);
      await expectNoSeriousA11yViolations(page);
    },
  ],
  'access explorer': [
    '/access/users',
    async (page, m) => {
      await expectList(page, m.access.title);
      await expectNoSeriousA11yViolations(page);

      // A member cluster: its fleet's grants, its own bindings inactive.
      await page.getByRole('tab', { name: m.access.views.targets }).click();
      await choose(
        page,
        page.getByRole('combobox', { name: m.access.targets.pickCluster }),
        'prod-beijing-cce',
        'beijing',
      );
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.goto(
        `/access/check?user=5acdb44b47ba4bd79783ad40e5346783&verb=create&resource=deployments&namespace=storefront&cluster=${prodBeijing}`,
      );
      await expect(page.getByRole('heading', { name: m.access.check.wouldAllow })).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.goto(`/fleets/${clusterTest}/who-has-access`);
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    },
  ],
  'configuration as code': [
    '/settings/export',
    async (page, m) => {
      const c = m.configuration;
      await expectHeading(page, c.export.title);
      await expect(page.getByRole('region', { name: c.export.previewLabel })).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      // A bundle planned: the steps, their fields, the access they move, the apply controls.
      await page.goto('/settings/export?format=yaml');
      const preview = page.getByRole('region', { name: c.export.previewLabelBundle });
      await expect(preview).toContainText('kind: Bundle');
      const bundle = (await preview.textContent()) ?? '';
      await page.getByRole('tab', { name: c.tabs.import }).click();
      await page
        .getByLabel(c.import.textLabel)
        .fill(bundle.replace('clusters:\n', 'clusters:\n      - private-k8s-wuhan\n'));
      await page.getByRole('button', { name: c.import.plan, exact: true }).click();
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      // Problems, each with its line and field.
      await page.getByLabel(c.import.textLabel).fill('apiVersion: v2\nkind: Bundle\n');
      await page.getByRole('button', { name: c.import.plan, exact: true }).click();
      await expect(page.getByRole('alert').getByRole('listitem')).toHaveCount(1);
      await expectNoSeriousA11yViolations(page);
    },
  ],
};

const combinations: [Language, Scheme][] = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-CN', 'light'],
];

for (const [language, scheme] of combinations) {
  for (const [area, [firstPath, visit]] of Object.entries(areas)) {
    test(`${area}: every route is accessible (${language}, ${scheme})`, async ({ page }) => {
      await openWith(page, firstPath, language, scheme);
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await visit(page, messages[language]);
    });
  }
}

test.describe('tabs, dialogs and wizard steps are accessible (en, light)', () => {
  const t = en;

  test('clusters: bulk toolbar, the cluster tabs, the registration wizard', async ({ page }) => {
    await openWith(page, '/clusters', 'en', 'light');
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select eks-us-east' }).check();
    await expect(page.getByRole('toolbar', { name: t.clusters.bulk.toolbar })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('table').getByRole('link', { name: 'prod-beijing-cce' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('prod-beijing-cce');
    for (const tab of [
      t.clusters.tabs.status,
      t.clusters.tabs.membership,
      t.clusters.tabs.access,
      t.clusters.tabs['who-has-access'],
    ]) {
      // Exact: "Access" is also part of "Who has access".
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expectNoSeriousA11yViolations(page);
    }

    await page.goto('/clusters/register');
    await page.getByRole('radio', { name: /^Attached cluster/ }).click();
    await choose(
      page,
      page.getByRole('combobox', { name: t.clusters.wizardKind.provider }),
      'AWS — EKS cluster',
    );
    await page.getByRole('button', { name: t.clusters.wizard.next }).click();
    await page.getByRole('textbox', { name: t.clusters.wizard.kubeconfig }).fill(kubeconfigYaml);
    await expect(
      page.getByRole('group', { name: t.clusters.wizard.server, exact: true }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('fleets: the fleet tabs, the create dialog, the federation steps', async ({ page }) => {
    await openWith(page, `/fleets/${clusterTest}/clusters`, 'en', 'light');
    for (const tab of ['clusters', 'permissions', 'federation']) {
      await page.goto(`/fleets/${clusterTest}/${tab}`);
      await expectHeading(page, 'cluster-test');
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }

    await page.goto('/fleets');
    await page.getByRole('button', { name: t.fleets.create.open }).click();
    await expect(page.getByRole('dialog').getByRole('table')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A federated fleet: the connect and kubeconfig step.
    await page.goto(`/fleets/${clusterTest}/federation/connect`);
    await expect(page.getByRole('heading', { name: t.fleets.wizard.connect.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A running job.
    await page.goto(wizard(devFleet));
    await page.getByRole('button', { name: t.fleets.wizard.preflight.enable }).click();
    await expect(page.getByRole('heading', { name: t.fleets.wizard.progress.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('permission policies: a form with errors, a policy with bindings', async ({ page }) => {
    const m = t.permissions;
    await openWith(page, '/permissions/new', 'en', 'light');
    await expectHeading(page, m.new.title);
    await page.getByRole('textbox', { name: new RegExp(`^${m.form.name}`) }).fill('Bad Name');
    const resources = page.getByRole('combobox', {
      name: m.contents.resources.replace('{{index}}', '1'),
    });
    await resources.fill('pods');
    await resources.press('Enter');
    // Close the suggestions: Mantine's open dropdown is not what is being checked here.
    await resources.press('Escape');
    await expectNoSeriousA11yViolations(page);

    await page.goto('/permissions');
    await page.getByRole('link', { name: 'config-editor', exact: true }).click();
    await expect(page.getByRole('table', { name: m.bindings.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
