import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import type { Bundle } from '../src/api/bundle/schema';
import { editSeedBundle } from '../src/api/bundle/testing';
import { en } from '../src/i18n/resources';
import { openWith } from './support/fixtures';

const t = en.configuration;
const m = en.configuration.import;

/** The export page's YAML bundle of the whole account, as downloaded. */
async function exportBundle(page: Page): Promise<string> {
  await openWith(page, '/settings/export?format=yaml', 'en', 'light');
  await expect(page.getByRole('region', { name: t.export.previewLabelBundle })).toContainText(
    'kind: Bundle',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t.export.downloadBundle }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ucs-bundle.yaml');
  return readFile((await download.path()) ?? '', 'utf8');
}

async function planBundle(page: Page, text: string) {
  await page.getByRole('tab', { name: t.tabs.import }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title);
  await page.getByLabel(m.textLabel).fill(text);
  await page.getByRole('button', { name: m.plan, exact: true }).click();
}

test('an exported bundle, edited, plans exactly the edits, applies them, and then plans no changes', async ({
  page,
}) => {
  // The edits: a new fleet with two clusters in no fleet, a policy's verbs, and that policy bound
  // to the new fleet for `default`.
  const bundle = editSeedBundle(parse(await exportBundle(page)) as Bundle);
  const edited = stringify(bundle);

  await planBundle(page, edited);
  const plan = page.getByRole('region', { name: 'Plan: 5 changes' });
  const rows = plan.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(6); // the header and one row per step, in the API's order
  await expect(rows.nth(1)).toContainText('UpdatePermission policy audit-viewer');
  const verbs = rows.nth(1).getByRole('group', { name: m.fields.contents });
  await expect(verbs).toContainText(`${m.removed} get, list on events, pods/log`);
  await expect(verbs).toContainText(`${m.added} get, list, watch on events, pods/log`);
  await expect(rows.nth(2)).toContainText('CreateFleet platform');
  await expect(rows.nth(2)).toContainText(`${m.added} Platform team`);
  await expect(rows.nth(3)).toContainText('AddCluster private-k8s-wuhan joins fleet platform');
  await expect(rows.nth(4)).toContainText('AddCluster rancher-lab-nanjing joins fleet platform');
  await expect(rows.nth(5)).toContainText('BindPermissions of fleet platform');
  await expect(rows.nth(5)).toContainText(`${m.added} audit-viewer in default`);
  // Who gains what: audit-viewer has no users in the seed, so nobody's access moves.
  await expect(plan.getByRole('region', { name: en.effectiveAccess.impact.title })).toBeVisible();

  await plan.getByRole('button', { name: 'Apply 5 changes' }).click();
  const applied = page.getByRole('status').filter({ hasText: m.appliedTitle });
  await expect(applied).toContainText('Done: 5 · failed: 0 · skipped: 0');
  // Planned again at once: nothing left to do.
  await expect(page.getByRole('status').filter({ hasText: m.noChanges })).toContainText(
    m.noChangesAfterApply,
  );

  // What was applied is on the objects' pages.
  await page.getByRole('link', { name: en.nav.fleets }).click();
  await page.getByRole('link', { name: 'platform', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('platform');
  await expect(page.getByRole('link', { name: 'private-k8s-wuhan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'rancher-lab-nanjing' })).toBeVisible();
  await page.getByRole('tab', { name: en.fleets.tabs.permissions }).click();
  const binding = page.getByRole('row').filter({ hasText: 'audit-viewer' });
  await expect(binding).toContainText('default');

  await page.getByRole('link', { name: en.nav.permissions }).click();
  await page.getByRole('link', { name: 'audit-viewer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('audit-viewer');
  await expect(page.getByRole('checkbox', { name: /watch/i }).first()).toBeChecked();

  // The same bundle again: no changes.
  await page.getByRole('link', { name: en.nav.configuration }).click();
  await planBundle(page, edited);
  await expect(page.getByRole('status').filter({ hasText: m.noChanges })).toContainText(
    m.noChangesHint,
  );
});

test('an invalid bundle names the line and the field; a missing cluster is a plan problem', async ({
  page,
}) => {
  await openWith(page, '/settings/import', 'en', 'light');
  await page.getByLabel(m.textLabel).fill(`apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: Platform
    colour: blue
`);
  await page.getByRole('button', { name: m.plan, exact: true }).click();
  const invalid = page.getByRole('alert').filter({ hasText: m.invalid });
  await expect(invalid.getByRole('listitem')).toHaveText([
    `Line 4 · fleets[0].name: ${m.problems.badName.fleet}`,
    `Line 5 · fleets[0].colour: colour is not a field here.`,
  ]);
  // Nothing was planned, so nothing can be applied.
  await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);

  await page.getByLabel(m.textLabel).fill(`apiVersion: ucs.fleet-console/v1
kind: Bundle
fleets:
  - name: platform
    clusters: [no-such-cluster]
`);
  await page.getByRole('button', { name: m.plan, exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: m.cannotPlan }).getByRole('listitem'),
  ).toHaveText([
    'Line 5 · fleets[0].clusters[0]: The account has no cluster named no-such-cluster.',
  ]);
  await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
});
