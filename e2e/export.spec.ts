import { readFile } from 'node:fs/promises';
import { parse } from '@cdktf/hcl2json';
import { expect, test, type Page } from '@playwright/test';
import { en, zhCN } from '../src/i18n/resources';
import { expectNoSeriousA11yViolations, mockReady, openWith } from './support/fixtures';

const t = en.configuration.export;

interface Listed {
  metadata: { uid: string; name: string };
  spec?: { clusterGroupID?: string };
}

/** A list of the demo's API, asked from inside the page so it reaches the same mock. */
async function list(page: Page, path: string): Promise<Listed[]> {
  await mockReady(page);
  return page.evaluate(async (url) => {
    const token = window.sessionStorage.getItem('ucs:token') ?? 'demo';
    const response = await fetch(`/ucs-api${url}`, { headers: { 'X-Auth-Token': token } });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return ((await response.json()) as { items: Listed[] }).items;
  }, path);
}

/** The file as Terraform reads it (HashiCorp's HCL parser; JSON syntax, references `${…}`). */
async function terraform(text: string) {
  return (await parse('ucs.tf', text)) as {
    resource: Record<string, Record<string, [Record<string, unknown>]>>;
    import: { to: string; id: string }[];
  };
}

test('downloads ucs.tf with a resource and an import block per seed object, fleets referenced', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWith(page, '/settings/export', 'en', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  const preview = page.getByRole('region', { name: t.previewLabel });
  await expect(preview).toContainText('import {');

  const [policies, fleets, clusters] = await Promise.all([
    list(page, '/v1/permissions/rules'),
    list(page, '/v1/clustergroups'),
    list(page, '/v1/clusters'),
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ucs.tf');
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const hcl = await terraform(text);

  // One resource per object, each imported by its id.
  const byType = {
    huaweicloud_ucs_policy: policies,
    huaweicloud_ucs_fleet: fleets,
    huaweicloud_ucs_cluster: clusters,
  };
  const identifierOf = new Map<string, string>();
  for (const entry of hcl.import) identifierOf.set(entry.id, entry.to);
  expect(hcl.import).toHaveLength(policies.length + fleets.length + clusters.length);
  for (const [type, objects] of Object.entries(byType)) {
    const resources = hcl.resource[type] ?? {};
    expect(Object.keys(resources)).toHaveLength(objects.length);
    for (const object of objects) {
      const to = identifierOf.get(object.metadata.uid) ?? '';
      expect(to, object.metadata.name).toMatch(new RegExp(`^\\$\\{${type}\\.[a-z_][a-z0-9_]*\\}$`));
      const identifier = to.slice(type.length + 3, -1);
      const [block] = resources[identifier] ?? [];
      const name = type === 'huaweicloud_ucs_cluster' ? block?.cluster_name : block?.name;
      expect(name).toBe(object.metadata.name);
    }
  }

  // A cluster in a fleet names it by reference, never by its raw id.
  const members = clusters.filter((cluster) => cluster.spec?.clusterGroupID);
  expect(members.length).toBeGreaterThan(0);
  for (const member of members) {
    const to = identifierOf.get(member.metadata.uid) ?? '';
    const [block] =
      hcl.resource.huaweicloud_ucs_cluster?.[to.slice('${huaweicloud_ucs_cluster.'.length, -1)] ??
      [];
    const fleet = identifierOf.get(member.spec?.clusterGroupID ?? '') ?? '';
    expect(block?.fleet_id, member.metadata.name).toBe(fleet.replace(/\}$/, '.id}'));
  }
  expect(text).not.toContain('is not in this export');

  // The same text goes to the clipboard.
  await page.getByRole('button', { name: t.copy }).click();
  await expect(page.getByText(t.copied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  await expectNoSeriousA11yViolations(page);
});

test('exports the inventory’s selection with its fleets', async ({ page }) => {
  await openWith(page, '/clusters', 'en', 'light');
  const clusters = await list(page, '/v1/clusters');
  const members = clusters.filter((cluster) => cluster.spec?.clusterGroupID).slice(0, 2);
  expect(members).toHaveLength(2);
  for (const member of members)
    await page.getByRole('checkbox', { name: `Select ${member.metadata.name}` }).click();
  await page
    .getByRole('toolbar', { name: en.clusters.bulk.toolbar })
    .getByRole('link', { name: en.clusters.bulk.exportTerraform })
    .click();
  await expect(page).toHaveURL(/\/settings\/export\?/);
  const preview = page.getByRole('region', { name: t.previewLabel });
  await expect(preview).toContainText('resource "huaweicloud_ucs_cluster"');
  const text = (await preview.textContent()) ?? '';
  const hcl = await terraform(text);
  expect(Object.keys(hcl.resource.huaweicloud_ucs_cluster ?? {})).toHaveLength(2);
  const fleets = new Set(members.map((member) => member.spec?.clusterGroupID));
  expect(Object.keys(hcl.resource.huaweicloud_ucs_fleet ?? {})).toHaveLength(fleets.size);
  for (const [block] of Object.values(hcl.resource.huaweicloud_ucs_cluster ?? {}))
    expect(block.fleet_id).toMatch(/^\$\{huaweicloud_ucs_fleet\.[a-z0-9_]+\.id\}$/);
  await expect(page.getByRole('checkbox', { name: /^Every cluster/ })).not.toBeChecked();
});

test('reads in Chinese, in the dark', async ({ page }) => {
  await openWith(page, '/settings/export', 'zh-CN', 'dark');
  const m = zhCN.configuration.export;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title);
  await expect(page.getByRole('region', { name: m.previewLabel })).toContainText('import {');
  await expect(page.getByRole('button', { name: m.download })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
