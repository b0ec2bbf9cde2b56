import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { sentence } from '@/test/sentence';

const t = en.access;
const kit = en.effectiveAccess;
// Seed (mocks/seed.ts): granted config-editor in storefront by fleet cluster-test, and named in
// develop, which prod-beijing-cce (a member of cluster-test) binds itself for storefront.
const onCall = '5acdb44b47ba4bd79783ad40e5346783';
const adminUser = '873395a21c8d4d8ba9e37d6d32debc41';
const adminPolicy = '3dcdef78-65bb-11ee-bdf2-0255ac100033';

async function clusterId(name: string) {
  const { items = [] } = await unwrap(ucs.GET('/v1/clusters'));
  const uid = items.find((item) => item.metadata?.name === name)?.metadata?.uid;
  if (!uid) throw new Error(`no cluster ${name} in the seed`);
  return uid;
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the access explorer', () => {
  it('shows a member cluster’s access from its fleet, not from its own bindings', async () => {
    renderApp(`/access/users?user=${onCall}&q=beijing`);
    const table = await screen.findByRole('table');
    const rows = rowsOf(table);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error('no row');
    expect(within(row).getByRole('link', { name: 'prod-beijing-cce' })).toBeInTheDocument();
    expect(within(row).getByText('storefront')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'config-editor' })).toBeInTheDocument();
    expect(within(row).getByText(kit.boundToFleet)).toBeInTheDocument();
    expect(
      within(row).getByText('get, list, watch, update, patch on configmaps, secrets'),
    ).toBeInTheDocument();
    expect(within(row).queryByRole('link', { name: 'develop' })).not.toBeInTheDocument();
    expect(table).toHaveTextContent('1–1 of 1 row: one per user');
  });

  it('offers every user named in a policy and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/access');
    await waitFor(() => expect(router.state.location.pathname).toBe('/access/users'));
    const picker = await screen.findByRole('combobox', { name: t.users.user });
    await user.click(picker);
    for (const id of [
      onCall,
      '978ff70ec1494a5680f6218faa3567d9',
      '1f0e6b9c2d3a4e5f8a7b6c5d4e3f2a1b',
      '873395a21c8d4d8ba9e37d6d32debc41',
    ])
      expect(await screen.findByRole('option', { name: id })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: '873395a21c8d4d8ba9e37d6d32debc41' }));
    await waitFor(() =>
      expect(window.location.search).toContain('user=873395a21c8d4d8ba9e37d6d32debc41'),
    );
    // admin on test-cluster's own bindings, which its fleet overrides: no access at all.
    expect(await screen.findByText(t.users.noMatch)).toBeInTheDocument();
    // Another way in asks about the same user.
    await user.click(screen.getByRole('tab', { name: t.views.check }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/access/check'));
    expect(window.location.search).toBe('?user=873395a21c8d4d8ba9e37d6d32debc41');
  });

  it('shows a cluster’s users × namespace scopes, its fleet and its inactive bindings', async () => {
    const id = await clusterId('prod-beijing-cce');
    renderApp(`/access/targets?cluster=${id}`);
    expect(
      await screen.findByText(
        sentence(kit.slice.followsFleet.replace('{{fleet}}', 'cluster-test')),
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'storefront' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: onCall })).toBeInTheDocument();
    const inactive = screen.getAllByText(
      sentence(kit.slice.inactiveReason.replace('{{fleet}}', 'cluster-test')),
    );
    expect(inactive).toHaveLength(2); // ci-deployer and develop
    expect(screen.getByRole('button', { name: kit.export.csv })).toBeInTheDocument();
  });

  it('marks an admin-equivalent grant in words', async () => {
    const id = await clusterId('gke-london-analytics');
    // The admin policy (* on *) bound on a cluster in no fleet.
    await unwrap(
      ucs.PUT('/v1/clusters/{clusterid}/associatedrules', {
        params: { path: { clusterid: id } },
        body: { ruleIDNamespaces: [{ ruleIDs: [adminPolicy], namespaces: ['*'] }] },
      }),
    );
    renderApp(`/access/targets?cluster=${id}`);
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: new RegExp(adminUser) });
    expect(within(row).getByText(kit.admin)).toBeInTheDocument();
    expect(within(row).getByText('* on *')).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: kit.allNamespaces }),
    ).toBeInTheDocument();
  });

  it('answers yes with the granting policy, and no with what would allow it', async () => {
    const id = await clusterId('prod-beijing-cce');
    const ask = (verb: string, resource: string) =>
      `/access/check?user=${onCall}&verb=${verb}&resource=${resource}&namespace=storefront&cluster=${id}`;
    const first = renderApp(ask('update', 'configmaps'));
    const yes = await screen.findByRole('region', {
      name: `Can ${onCall} update configmaps in namespace storefront of prod-beijing-cce?`,
    });
    expect(within(yes).getByText(t.check.yes)).toBeInTheDocument();
    expect(within(yes).getByRole('link', { name: 'config-editor' })).toBeInTheDocument();
    expect(within(yes).getByRole('link', { name: 'cluster-test' })).toBeInTheDocument();
    first.unmount();

    renderApp(ask('create', 'deployments'));
    const no = await screen.findByRole('region', { name: /Can .* create deployments/ });
    expect(within(no).getByText(t.check.no)).toBeInTheDocument();
    expect(
      within(no).getByText(
        sentence('Bind policy develop to fleet cluster-test for namespace storefront.'),
      ),
    ).toBeInTheDocument();
  });
});

describe('the Who has access tabs', () => {
  it('shows the fleet’s slice on the fleet page', async () => {
    const user = userEvent.setup();
    renderApp('/fleets/bffbb35b-7949-11ee-886c-0255ac100037');
    await user.click(await screen.findByRole('tab', { name: en.fleets.tabs['who-has-access'] }));
    const table = await screen.findByRole('table', { name: /^IAM users: 1/ });
    expect(within(table).getByRole('link', { name: onCall })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'config-editor' })).toBeInTheDocument();
  });

  it('lists a member cluster’s own bindings as inactive on its page', async () => {
    const user = userEvent.setup();
    const id = await clusterId('prod-beijing-cce');
    renderApp(`/clusters/${id}/membership`);
    const reason = kit.slice.inactiveReason.replace('{{fleet}}', 'cluster-test');
    expect(await screen.findAllByText(sentence(reason))).toHaveLength(2);
    await user.click(screen.getByRole('tab', { name: en.clusters.tabs['who-has-access'] }));
    expect(
      await screen.findByText(
        sentence(kit.slice.followsFleet.replace('{{fleet}}', 'cluster-test')),
      ),
    ).toBeInTheDocument();
  });
});
