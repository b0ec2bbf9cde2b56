import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/i18n/resources';
import { mockReady, openWith } from './support/fixtures';

const t = en.fleets;
const w = t.wizard;
// Seed ids (mocks/seed.ts).
const devFleet = '4557ad49-22bf-11ee-b0c9-0255ac10004b'; // cluster-dev: every member healthy
const stagingFleet = 'c41e9d26-d2a8-11ee-8f3b-0255ac10004e'; // openshift-frankfurt unavailable
const wizard = (fleetId: string) => `/fleets/${fleetId}/federation/enable`;

/** Moves the demo's mock time on, so the ~31 s job finishes without waiting for it. */
async function advance(page: Page, ms: number) {
  await page.evaluate((by) => window.ucsMock?.clock.advance(by), ms);
}

/** A step of the enabling job: the table row that names it. */
function stepRow(page: Page, step: string) {
  return page.getByRole('row').filter({ hasText: step });
}

/** The header's indicator of running federations, whatever their number. */
function federationTasks(page: Page) {
  return page.getByRole('button', { name: en.federationTasks.running.replace('{{count}}', '') });
}

test('a fleet with an unavailable cluster: preflight names it and Enable is off', async ({
  page,
}) => {
  await openWith(page, wizard(stagingFleet), 'en', 'light');
  const available = page.getByRole('listitem').filter({ hasText: w.preflight.checks.available });
  await expect(available).toContainText(
    `${w.preflight.checks.available} · ${w.preflight.status.fail}`,
  );
  const link = available.getByRole('link', { name: 'openshift-frankfurt' });
  await expect(link).toBeVisible();
  await expect(page.getByRole('button', { name: w.preflight.enable })).toBeDisabled();
  // The link leads to the cluster, where it can be fixed.
  await link.click();
  await expect(page).toHaveURL(/\/clusters\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('openshift-frankfurt');
});

test('a healthy fleet: enable, follow to success, connect, download a kubeconfig', async ({
  page,
}) => {
  await openWith(page, `/fleets/${devFleet}/federation`, 'en', 'light');
  await mockReady(page);
  await page.getByRole('button', { name: t.federationTab.enable }).click();
  await expect(page).toHaveURL(new RegExp(`${wizard(devFleet)}$`));
  // The tab's button has the same name, and on a slow machine the tab stays on screen for a
  // moment after the URL changed: wait for the wizard before pressing its Enable.
  await expect(page.getByRole('heading', { name: w.preflight.title })).toBeVisible();
  await page.getByRole('button', { name: w.preflight.enable }).click();

  await expect(page.getByRole('heading', { name: w.progress.title })).toBeVisible();
  await expect(stepRow(page, 'CreateNetworkResource')).toContainText(t.federationTab.phase.Pending);
  await advance(page, 40_000);
  await expect(page.getByRole('heading', { name: w.connect.title })).toBeVisible();
  await expect(page.getByText('Enabled · v1.9.0').first()).toBeVisible();

  // The finished job is on the Federation tab too, every step succeeded.
  await page.getByRole('link', { name: 'cluster-dev' }).click();
  for (const step of [
    'CreateCert',
    'CreateNode',
    'InstallFederationChart',
    'CreateNetworkResource',
  ])
    await expect(stepRow(page, step)).toContainText(t.federationTab.phase.Success);
  await page.getByRole('button', { name: t.federationTab.connect }).click();

  await page.getByRole('textbox', { name: w.connect.fields.projectID }).fill('0123');
  await page.getByRole('button', { name: w.connect.submit }).click();
  await expect(page.getByText(w.connect.invalid.projectID)).toBeVisible();
  await page
    .getByRole('textbox', { name: w.connect.fields.projectID })
    .fill('08d44be1ef00d22e2f6fc0061f54a2f1');
  await page
    .getByRole('textbox', { name: w.connect.fields.vpcID })
    .fill('11c9fe72-5a90-4295-bcfe-774726fb9066');
  await page
    .getByRole('textbox', { name: w.connect.fields.subnetID })
    .fill('0de91d89-1e06-4e24-b371-35d5d3d3779b');
  await page.getByRole('button', { name: w.connect.submit }).click();
  await expect(
    page.getByRole('alert', { name: w.connect.created }).getByText(/^[0-9a-f-]{36}$/),
  ).toBeVisible();

  await page.getByRole('radio', { name: w.kubeconfig.presets.days30 }).check();
  await expect(page.getByText(w.kubeconfig.notice)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: w.kubeconfig.download, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('cluster-dev_kubeconfig.json');
  const config = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    clusters: { cluster: { server: string } }[];
  };
  expect(config.clusters[0]?.cluster.server).toBe(
    'https://cluster-dev.fleet.ucs.cn-north-4.myhuaweicloud.com',
  );
  await expect(page.getByRole('group', { name: w.kubeconfig.use })).toContainText(
    'mv -f cluster-dev_kubeconfig.json $HOME/.kube/config',
  );
});

test('a failure in one step: the alert says why, once; Retry completes', async ({ page }) => {
  await openWith(page, wizard(devFleet), 'en', 'light');
  await mockReady(page);
  await page.evaluate(() => window.ucsMock?.failFederationStep('InstallFederationChart'));
  await page.getByRole('button', { name: w.preflight.enable }).click();
  await expect(page.getByRole('heading', { name: w.progress.title })).toBeVisible();
  await advance(page, 40_000);

  const failed = stepRow(page, 'InstallFederationChart');
  await expect(failed).toContainText(t.federationTab.phase.Failed);
  await expect(failed).toContainText(t.federationTab.reasonAbove);
  const alert = page.getByRole('alert').filter({ hasText: 'Step InstallFederationChart failed' });
  await expect(alert).toContainText('helm install karmada failed');
  // Once on the page: neither the summary line nor the step's row repeats it.
  await expect(page.getByRole('main').getByText(/helm install karmada failed/)).toHaveCount(1);
  await expect(stepRow(page, 'CreateNode')).toContainText(t.federationTab.phase.Success);

  await page.getByRole('button', { name: w.progress.retry }).click();
  await expect(failed).toContainText(t.federationTab.phase.Running);
  await advance(page, 40_000);
  await expect(page.getByRole('heading', { name: w.connect.title })).toBeVisible();
  await expect(page.getByText('Enabled · v1.9.0').first()).toBeVisible();
});

test('reload mid-progress resumes the view; the header follows the job elsewhere', async ({
  page,
}) => {
  await openWith(page, wizard(devFleet), 'en', 'light');
  await mockReady(page);
  await page.getByRole('button', { name: w.preflight.enable }).click();
  // No advance before the reload: the demo's clock offset does not survive one.
  await expect(stepRow(page, 'CreateCert')).toContainText(t.federationTab.phase.Success);

  await page.reload();
  await expect(page.getByRole('heading', { name: w.progress.title })).toBeVisible();
  await expect(stepRow(page, 'CreateCert')).toContainText(t.federationTab.phase.Success);
  await expect(stepRow(page, 'CreateNetworkResource')).toContainText(t.federationTab.phase.Pending);
  await expect(page.getByRole('button', { name: w.preflight.enable })).toHaveCount(0);

  await page.goto('/clusters');
  const tasks = federationTasks(page);
  await expect(tasks).toHaveText('Enabling federation: 1');
  await tasks.click();
  await expect(page.getByRole('link', { name: /cluster-dev · \d of 4 steps/ })).toBeVisible();

  await mockReady(page);
  await page.evaluate(() => window.ucsMock?.clock.settle());
  await expect(page.getByText('Federation is enabled on cluster-dev.')).toBeVisible();
  await expect(tasks).toHaveCount(0);
});
