import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { i18n } from '@/i18n';
import { en, zhCN } from '@/i18n/resources';
import { paths } from '@/paths';
import { renderApp } from '@/test/renderApp';

const t = en.configuration.export;

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

/** What the mock backend holds: every object the export offers. */
async function seed() {
  const [policies, fleets, clusters] = await Promise.all([
    unwrap(ucs.GET('/v1/permissions/rules')),
    unwrap(ucs.GET('/v1/clustergroups')),
    unwrap(ucs.GET('/v1/clusters')),
  ]);
  const items = <T extends { metadata?: { uid?: string; name?: string } }>(list?: T[]) =>
    (list ?? []).map((item) => ({
      uid: item.metadata?.uid ?? '',
      name: item.metadata?.name ?? '',
    }));
  return {
    policies: items(policies.items),
    fleets: items(fleets.items),
    clusters: items(clusters.items),
    raw: { fleets: fleets.items ?? [], clusters: clusters.items ?? [] },
  };
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

async function preview() {
  return screen.findByRole('region', { name: t.previewLabel });
}

/** jsdom's Blob has no text(); FileReader it has. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('the Terraform export page', () => {
  it('exports every object by default, one resource and import block each, with references', async () => {
    const { policies, fleets, clusters, raw } = await seed();
    renderApp(paths.terraformExport());
    const code = await preview();
    const text = code.textContent ?? '';
    expect(count(text, /^resource "huaweicloud_ucs_policy" /gm)).toBe(policies.length);
    expect(count(text, /^resource "huaweicloud_ucs_fleet" /gm)).toBe(fleets.length);
    expect(count(text, /^resource "huaweicloud_ucs_cluster" /gm)).toBe(clusters.length);
    const all = [...policies, ...fleets, ...clusters];
    expect(count(text, /^import \{$/gm)).toBe(all.length);
    for (const { uid } of all) expect(text).toContain(`  id = "${uid}"`);
    // Every cluster in a fleet refers to the exported fleet, never to its raw id.
    const members = raw.clusters.filter((cluster) => cluster.spec?.clusterGroupID);
    expect(members.length).toBeGreaterThan(0);
    expect(count(text, /^ {2}fleet_id\s+= huaweicloud_ucs_fleet\.[a-z0-9_]+\.id$/gm)).toBe(
      members.length,
    );
    expect(text).toMatch(/policy_ids = \[huaweicloud_ucs_policy\.[a-z0-9_]+\.id/);
    expect(screen.getByText(t.notes.secrets)).toBeInTheDocument();
    expect(
      screen.getByText(
        t.summary
          .replace('{{policies}}', String(policies.length))
          .replace('{{fleets}}', String(fleets.length))
          .replace('{{clusters}}', String(clusters.length)),
      ),
    ).toBeInTheDocument();
  });

  it('exports only what is picked, and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { clusters } = await seed();
    const [first] = clusters;
    if (!first) throw new Error('no cluster in the seed');
    const { router } = renderApp(paths.terraformExport());
    await preview();

    await user.click(screen.getByRole('checkbox', { name: /^Every permission policy/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Every fleet/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Every cluster/ }));
    expect(await screen.findByText(t.nothingChosen)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.download })).toBeDisabled();

    const picker = screen.getByRole('combobox', { name: t.pick.clusters });
    await user.click(picker);
    await user.type(picker, first.name);
    const listbox = document.getElementById(picker.getAttribute('aria-controls') ?? '');
    if (!listbox) throw new Error('the picker did not open');
    await user.click(within(listbox).getByRole('option', { name: first.name, hidden: true }));

    const text = (await preview()).textContent ?? '';
    expect(count(text, /^resource "/gm)).toBe(1);
    expect(count(text, /^import \{$/gm)).toBe(1);
    expect(text).toMatch(new RegExp(`^ {2}cluster_name +\\= "${first.name}"$`, 'm'));
    await waitFor(() => {
      const search = new URLSearchParams(router.state.location.search);
      expect(search.get('clusters')).toBe(first.uid);
      expect(search.get('fleets')).toBe('');
      expect(search.get('policies')).toBe('');
    });
  });

  it('opens with the selection a link carries', async () => {
    const { clusters, raw } = await seed();
    // A member of a fleet that has policies bound.
    const fleet = raw.fleets.find((candidate) => candidate.spec?.ruleNamespaces?.length);
    const fleetId = fleet?.metadata?.uid ?? '';
    const member = raw.clusters.find((cluster) => cluster.spec?.clusterGroupID === fleetId);
    expect(member).toBeDefined();
    renderApp(
      paths.terraformExport({
        clusters: [member?.metadata?.uid ?? ''],
        fleets: [fleetId],
        policies: [],
      }),
    );
    const text = (await preview()).textContent ?? '';
    expect(count(text, /^resource "huaweicloud_ucs_cluster" /gm)).toBe(1);
    expect(count(text, /^resource "huaweicloud_ucs_fleet" /gm)).toBe(1);
    expect(count(text, /^resource "huaweicloud_ucs_policy" /gm)).toBe(0);
    expect(text).toContain(`name        = "${fleet?.metadata?.name ?? ''}"`);
    expect(text).toMatch(/fleet_id\s+= huaweicloud_ucs_fleet\./);
    // The fleet's policies are not exported: their ids stay, with a comment saying so.
    expect(text).toMatch(/is not in this export: its id is used as is\./);
    expect(screen.getByRole('checkbox', { name: /^Every cluster/ })).not.toBeChecked();
    expect(clusters.length).toBeGreaterThan(1);
  });

  it('downloads ucs.tf and copies it to the clipboard', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    // jsdom has no object URLs; these stand in for the browser's and record the file.
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:ucs';
      }),
      revokeObjectURL: vi.fn(),
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderApp(paths.terraformExport());
    const shown = (await preview()).textContent ?? '';
    // user-event installs its own clipboard: stub it after setup.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();

    await user.click(screen.getByRole('button', { name: t.download }));
    expect(names).toEqual(['ucs.tf']);
    const file = await readText(blobs[0] as Blob);
    expect(file).toBe(shown);

    await user.click(screen.getByRole('button', { name: t.copy }));
    expect(await screen.findByText(t.copied)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(file);
    // The notice's close button says what it does.
    expect(screen.getByRole('button', { name: en.common.close })).toBeInTheDocument();
  });

  it('says so when the browser refuses to copy', async () => {
    const user = userEvent.setup();
    renderApp(paths.terraformExport());
    await preview();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: t.copy }));
    expect(await screen.findByText(t.copyFailed)).toBeInTheDocument();
  });

  it('says when there is nothing to export', async () => {
    mockBackend.store.replace({
      ...mockBackend.store.state,
      clusters: [],
      fleets: [],
      rules: [],
    });
    renderApp(paths.terraformExport());
    expect(await screen.findByText(t.nothingToExport)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.download })).not.toBeInTheDocument();
  });

  it('explains a failing read with the UCS code', async () => {
    mockBackend.fail('listRules', { status: 403, code: 'UCS.00000004' });
    renderApp(paths.terraformExport());
    expect(await screen.findByText('Error code UCS.00000004')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: t.previewLabel })).not.toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      renderApp(paths.terraformExport());
      expect(
        await screen.findByRole('heading', { level: 1, name: zhCN.configuration.export.title }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('region', { name: zhCN.configuration.export.previewLabel }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: zhCN.configuration.export.download }),
      ).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('the inventory’s selection', () => {
  it('opens the export with the clusters picked, their fleets and those fleets’ policies', async () => {
    const user = userEvent.setup();
    const { raw } = await seed();
    const members = raw.clusters.filter((cluster) => cluster.spec?.clusterGroupID).slice(0, 2);
    expect(members).toHaveLength(2);
    const { router } = renderApp(paths.clusters());
    await screen.findByRole('table');
    for (const cluster of members)
      await user.click(
        await screen.findByRole('checkbox', { name: `Select ${cluster.metadata?.name ?? ''}` }),
      );
    const toolbar = screen.getByRole('toolbar', { name: en.clusters.bulk.toolbar });
    await user.click(within(toolbar).getByRole('link', { name: en.clusters.bulk.exportTerraform }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/export'));
    const text = (await preview()).textContent ?? '';
    expect(count(text, /^resource "huaweicloud_ucs_cluster" /gm)).toBe(2);
    const fleetIds = new Set(members.map((cluster) => cluster.spec?.clusterGroupID));
    expect(count(text, /^resource "huaweicloud_ucs_fleet" /gm)).toBe(fleetIds.size);
    // Every reference resolves: no fleet or policy id is left raw.
    expect(text).not.toMatch(/is not in this export/);
    expect(count(text, /^import \{$/gm)).toBe(count(text, /^resource "/gm));
  });
});
