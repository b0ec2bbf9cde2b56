import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { chooseOption } from './testing';

const t = en.clusters;

async function apiClusters(query: Record<string, string | number> = {}) {
  return unwrap(ucs.GET('/v1/clusters', { params: { query } }));
}

/** The cluster names in the table body, in order. */
function shownNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
}

describe('the cluster inventory', () => {
  it('shows the API’s clusters with location names, fleet names and the total', async () => {
    const { items = [], total } = await apiClusters();
    const { items: fleets = [] } = await unwrap(ucs.GET('/v1/clustergroups'));
    renderApp('/clusters');
    const table = await screen.findByRole('table');
    expect(shownNames()).toEqual(items.map((cluster) => cluster.metadata?.name));
    expect(screen.getByText(`1–${total} of ${total} clusters`)).toBeInTheDocument();
    // A Chinese city code is shown as its name from table 5.6, never as the code.
    const beijing = within(table).getByRole('link', { name: 'prod-beijing-cce' }).closest('tr');
    expect(beijing).toHaveTextContent('Beijing · China');
    expect(beijing).not.toHaveTextContent('110000');
    const fleetId = items.find((c) => c.metadata?.name === 'prod-beijing-cce')?.spec
      ?.clusterGroupID;
    const fleetName = fleets.find((fleet) => fleet.metadata?.uid === fleetId)?.metadata?.name;
    expect(within(beijing as HTMLElement).getByRole('link', { name: fleetName })).toHaveAttribute(
      'href',
      `/fleets/${fleetId}`,
    );
  });

  it('opens a cluster and a fleet from their links in the table, in the app', async () => {
    const user = userEvent.setup();
    const { items = [] } = await apiClusters();
    const cluster = items.find((c) => c.metadata?.name === 'prod-beijing-cce');
    const { router } = renderApp('/clusters');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('link', { name: 'prod-beijing-cce' }).closest('tr');
    // The cells' links are plain anchors: a plain click is the router's, no page load.
    await user.click(within(row as HTMLElement).getAllByRole('link')[1] as HTMLElement);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/fleets/${cluster?.spec?.clusterGroupID}`),
    );
    // As an operator does, look at the fleet's page before going back: a navigation started
    // while the previous one still renders shows that page in between (React commits each).
    const { items: fleets = [] } = await unwrap(ucs.GET('/v1/clustergroups'));
    const fleetName = fleets.find((f) => f.metadata?.uid === cluster?.spec?.clusterGroupID)
      ?.metadata?.name;
    await screen.findByRole('heading', { name: fleetName, level: 1 });
    await router.navigate('/clusters');
    // The fleet page lists the same cluster: wait for the inventory before clicking its link.
    await screen.findByRole('heading', { name: t.title, level: 1 });
    const inventory = await screen.findByRole('table');
    await user.click(within(inventory).getByRole('link', { name: 'prod-beijing-cce' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/clusters/${cluster?.metadata?.uid}`),
    );
  });

  it('filters by status and provider from the URL, on every row of the API', async () => {
    const { items = [] } = await apiClusters();
    const expected = items
      .filter((c) => c.status?.phase === 'Available' && c.spec?.provider === 'aws')
      .map((c) => c.metadata?.name);
    expect(expected.length).toBeGreaterThan(0);
    renderApp('/clusters?status=Available&provider=aws');
    await waitFor(() => expect(shownNames()).toEqual(expected));
  });

  it('searches by name as the operator types and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/clusters');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: t.filters.search }), 'eks');
    await waitFor(() => expect(shownNames()).toEqual(['eks-eu-central', 'eks-us-east']));
    // nuqs writes the address bar a moment after the list shows the change.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('eks'));
  });

  it('pages on the server when no client-side filter is set', async () => {
    const user = userEvent.setup();
    renderApp('/clusters?size=25&sort=updated&order=asc');
    await screen.findByRole('table');
    const page = await apiClusters({ limit: 25, offset: 0, order_by: 'update_at', order: 'asc' });
    expect(shownNames()).toEqual(page.items?.map((c) => c.metadata?.name));
    // The seed has fewer than 25 clusters: one page, nothing to go to.
    expect(screen.getByRole('button', { name: t.pagination.next })).toBeDisabled();
    await user.click(
      screen.getByRole('button', { name: t.pagination.page.replace('{{page}}', '1') }),
    );
    expect(window.location.search).toContain('sort=updated');
  });

  it('explains a failed load with the UCS code and what to do', async () => {
    mockBackend.fail('listClusters', { status: 403, code: 'UCS.00000004' });
    renderApp('/clusters');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('UCS.00000004');
    expect(screen.getByText(t.loadErrorHint)).toBeInTheDocument();
  });

  it('says when filters match nothing and offers to clear them', async () => {
    const user = userEvent.setup();
    renderApp('/clusters?q=no-such-cluster');
    expect(await screen.findByText(t.emptyFiltered)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: t.filters.clear })[1] as HTMLElement);
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('remembers the chosen columns', async () => {
    const user = userEvent.setup();
    const first = renderApp('/clusters');
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: t.columns.kind })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.columnsButton }));
    await user.click(await screen.findByRole('checkbox', { name: t.columns.kind }));
    await waitFor(() =>
      expect(screen.queryByRole('columnheader', { name: t.columns.kind })).toBeNull(),
    );
    first.unmount();
    renderApp('/clusters');
    await screen.findByRole('table');
    expect(screen.queryByRole('columnheader', { name: t.columns.kind })).toBeNull();
    expect(screen.getByRole('columnheader', { name: t.columns.fleet })).toBeInTheDocument();
  });

  it('adds clusters to a fleet in bulk and reports the one that failed, and why', async () => {
    const user = userEvent.setup();
    const discrete = (await apiClusters({ managetype: 'discrete' })).items ?? [];
    const { items: fleets = [] } = await unwrap(ucs.GET('/v1/clustergroups'));
    const fleet = fleets.find((candidate) => !candidate.spec?.federationId) ?? fleets[0];
    const chosen = discrete.slice(0, 4).map((c) => c.metadata?.name ?? '');
    expect(chosen).toHaveLength(4);
    mockBackend.fail('joinClusterGroup', {
      status: 400,
      code: 'UCS.01100002',
      message: 'associate cluster with clustergroup error',
      times: 1,
    });

    renderApp('/clusters?fleet=none');
    await screen.findByRole('table');
    for (const name of chosen) {
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    }
    const toolbar = screen.getByRole('toolbar', { name: t.bulk.toolbar });
    expect(toolbar).toHaveTextContent('4 selected');
    await user.click(within(toolbar).getByRole('button', { name: t.bulk.join }));
    const dialog = await screen.findByRole('dialog');
    await chooseOption(
      user,
      within(dialog).getByRole('combobox', { name: t.bulk.fleet }),
      fleet?.metadata?.name ?? '',
    );
    await user.click(within(dialog).getByRole('button', { name: /^Add 4 to/ }));

    const summary = await within(dialog).findByRole('alert');
    expect(summary).toHaveTextContent('3 succeeded, 1 failed');
    expect(summary).toHaveTextContent('UCS.01100002');
    // Which one failed depends on which request the fault met first: find it by its absence.
    const inFleet = (await apiClusters({ clustergroupid: fleet?.metadata?.uid ?? '' })).items ?? [];
    const joined = chosen.filter((name) => inFleet.some((c) => c.metadata?.name === name));
    expect(joined).toHaveLength(3);
    const failed = chosen.find((name) => !joined.includes(name)) ?? '';
    const failedHeading = within(summary).getByText(en.bulk.failedHeading);
    expect(failedHeading.nextElementSibling).toHaveTextContent(failed);
    // What failed stays selected for another try.
    // The footer's Close (the dialog's header close icon may carry the same name).
    const closeButtons = within(dialog).getAllByRole('button', { name: en.common.close });
    await user.click(closeButtons[closeButtons.length - 1] as HTMLElement);
    expect(screen.getByRole('toolbar', { name: t.bulk.toolbar })).toHaveTextContent('1 selected');
  });
});
