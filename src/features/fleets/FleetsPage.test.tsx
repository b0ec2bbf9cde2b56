import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { ucs } from '@/api/client';
import { unwrap } from '@/api/http';
import { setLanguage } from '@/i18n';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { sentence } from '@/test/sentence';

const t = en.fleets;
const clusterTest = 'bffbb35b-7949-11ee-886c-0255ac100037';
const emptyFleet = '108f5981-a105-11ed-a23e-0255ac100032';

/** What the list says about a fleet's members, computed from the API's answer. */
function healthText(clusters: { status?: { phase?: string } }[]) {
  if (clusters.length === 0) return t.health.none;
  const unavailable = clusters.filter((cluster) => cluster.status?.phase !== 'Available').length;
  if (unavailable === 0 && clusters.length === 1) return '1 cluster, available';
  return unavailable === 0
    ? `${clusters.length} clusters, all available`
    : `${unavailable} of ${clusters.length} unavailable`;
}

function rowOf(name: string) {
  const link = screen.getByRole('link', { name });
  return link.closest('tr') as HTMLElement;
}

describe('the fleet list', () => {
  it('shows every fleet with real dates, member health and federation state', async () => {
    const { items = [] } = await unwrap(ucs.GET('/v1/clustergroups'));
    renderApp('/fleets');
    const table = await screen.findByRole('table');
    for (const fleet of items) {
      expect(within(table).getByRole('link', { name: fleet.metadata?.name })).toBeInTheDocument();
    }
    const row = rowOf('cluster-test');
    // The reference's Go timestamp, shown as a date (never the raw text, never year 1).
    const created = within(row).getAllByRole('time')[0];
    expect(created).toHaveAttribute('datetime', '2023-11-02T06:33:35.558Z');
    expect(within(row).getByText('Enabled · v1.7.0-t1109')).toBeInTheDocument();
    expect(await within(rowOf('test0131')).findByText(t.health.none)).toBeInTheDocument();
    expect(within(rowOf('test0131')).getByText(t.federation.notEnabled)).toBeInTheDocument();
  });

  it('counts unavailable members from the fleet’s own clusters', async () => {
    const members = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { clustergroupid: clusterTest } } }),
    );
    renderApp('/fleets');
    await screen.findByRole('table');
    expect(
      await within(rowOf('cluster-test')).findByText(healthText(members.items ?? [])),
    ).toBeInTheDocument();
  });

  it('reads every row’s member health from one cluster-list request, however many fleets', async () => {
    // More fleets than the seed's, some with a member: the rows grow, the requests do not.
    const discrete = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { managetype: 'discrete' } } }),
    );
    for (const [index, cluster] of (discrete.items ?? []).slice(0, 8).entries()) {
      await unwrap(
        ucs.POST('/v1/clustergroups', {
          body: {
            metadata: { name: `extra-${index}` },
            spec: { clusterIds: index % 2 ? [cluster.metadata?.uid ?? ''] : [] },
          },
        }),
      );
    }
    const { items: fleets = [] } = await unwrap(ucs.GET('/v1/clustergroups'));
    expect(fleets.length).toBeGreaterThan(10);
    const expected = new Map<string, string>();
    for (const fleet of fleets) {
      const members = await unwrap(
        ucs.GET('/v1/clusters', {
          params: { query: { clustergroupid: fleet.metadata?.uid ?? '' } },
        }),
      );
      expected.set(fleet.metadata?.name ?? '', healthText(members.items ?? []));
    }

    const sent: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/v1/clusters')) sent.push(`${request.method} ${url.search}`);
    };
    server.events.on('request:start', record);
    try {
      renderApp('/fleets');
      await screen.findByRole('table');
      for (const [name, text] of expected) {
        expect(await within(rowOf(name)).findByText(text)).toBeInTheDocument();
      }
    } finally {
      server.events.removeListener('request:start', record);
    }
    expect(sent).toEqual(['GET ?managetype=grouped']);
  });

  it('counts at once from the overview’s list of every cluster, without another request', async () => {
    const members = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { clustergroupid: clusterTest } } }),
    );
    const { total } = await unwrap(ucs.GET('/v1/clusters'));
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('link', { name: `${en.overview.clusters}: ${total}` });
    const sent: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/v1/clusters')) sent.push(url.search);
    };
    server.events.on('request:start', record);
    try {
      const nav = screen.getByRole('navigation', { name: en.nav.main });
      await user.click(within(nav).getByRole('link', { name: en.nav.fleets }));
      await screen.findByRole('table');
      expect(
        await within(rowOf('cluster-test')).findByText(healthText(members.items ?? [])),
      ).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', record);
    }
    expect(sent).toEqual([]);
  });

  it('says a row’s count is unknown when the cluster list fails, and still lists the fleets', async () => {
    mockBackend.fail('listClusters', { status: 403, code: 'UCS.00000004' });
    renderApp('/fleets');
    await screen.findByRole('table');
    expect(await within(rowOf('cluster-test')).findByText(t.health.unknown)).toBeInTheDocument();
    expect(within(rowOf('test0131')).getByText(t.health.unknown)).toBeInTheDocument();
  });

  it('keeps paging and ordering in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/fleets?size=10&sort=update_at&order=asc');
    await screen.findByRole('table');
    const seen = await unwrap(
      ucs.GET('/v1/clustergroups', {
        params: { query: { limit: 10, offset: 0, order_by: 'update_at', order: 'asc' } },
      }),
    );
    const links = within(screen.getByRole('table')).getAllByRole('link');
    expect(links[0]).toHaveTextContent(seen.items?.[0]?.metadata?.name ?? '');
    const updated = screen.getByRole('columnheader', { name: /Updated/ });
    expect(updated).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(updated).getByRole('button'));
    // Descending is the default order, so the URL leaves it out.
    await waitFor(() => expect(window.location.search).not.toContain('order=asc'));
    expect(window.location.search).toContain('sort=update_at');
    expect(screen.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('creates a fleet with clusters; a taken name is reported at the field, input kept', async () => {
    const user = userEvent.setup();
    const discrete = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { managetype: 'discrete' } } }),
    );
    const [first, second] = discrete.items ?? [];
    expect(second).toBeDefined();
    renderApp('/fleets');
    await user.click(await screen.findByRole('button', { name: t.create.open }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: new RegExp(t.create.name) });

    await user.type(name, 'Bad_Name');
    expect(within(dialog).getByText(/Only lowercase letters, digits and hyphens/)).toBeVisible();
    await user.clear(name);
    await user.type(name, 'cluster-test');
    await user.type(within(dialog).getByRole('textbox', { name: t.create.description }), 'abc');
    expect(within(dialog).getByText('3 / 255')).toBeInTheDocument();
    await user.click(
      await within(dialog).findByRole('checkbox', { name: `Select ${first?.metadata?.name}` }),
    );
    // With clusters chosen, whose access the new fleet moves is shown before it is created.
    await user.click(within(dialog).getByRole('button', { name: t.review.next }));
    expect(
      await within(dialog).findByRole('region', { name: en.effectiveAccess.impact.title }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: t.create.submit }));
    expect(
      await within(dialog).findByText(
        'A fleet named cluster-test already exists. Choose another name.',
      ),
    ).toBeInTheDocument();
    expect(name).toHaveValue('cluster-test');
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.clear(name);
    await user.type(name, 'new-fleet');
    await user.click(
      within(dialog).getByRole('checkbox', { name: `Select ${second?.metadata?.name}` }),
    );
    await user.click(within(dialog).getByRole('button', { name: t.review.next }));
    await user.click(within(dialog).getByRole('button', { name: t.create.submit }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const created = (await unwrap(ucs.GET('/v1/clustergroups'))).items?.find(
      (fleet) => fleet.metadata?.name === 'new-fleet',
    );
    expect(created).toBeDefined();
    const members = await unwrap(
      ucs.GET('/v1/clusters', {
        params: { query: { clustergroupid: created?.metadata?.uid ?? '' } },
      }),
    );
    expect(members.total).toBe(2);
    expect(
      await within(await findRow('new-fleet')).findByText(healthText(members.items ?? [])),
    ).toBeInTheDocument();
  });

  it('explains a failing list with the UCS code', async () => {
    mockBackend.fail('listClusterGroups', { status: 400, code: 'UCS.00000011' });
    renderApp('/fleets');
    expect(await screen.findByText('Error code UCS.00000011')).toBeInTheDocument();
  });
});

async function findRow(name: string) {
  return (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;
}

describe('deleting a fleet', () => {
  it('says why a non-empty fleet cannot go, empties it, then deletes it', async () => {
    const user = userEvent.setup();
    // cluster-dev: members, no federation.
    const devId = '4557ad49-22bf-11ee-b0c9-0255ac10004b';
    const members = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { clustergroupid: devId } } }),
    );
    const count = members.items?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    renderApp('/fleets');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Delete fleet cluster-dev' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(t.delete.blocked)).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', { name: t.delete.submit });
    expect(submit).toBeDisabled();

    await user.click(
      within(dialog).getByRole('button', { name: `Remove the ${count} clusters from the fleet` }),
    );
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'cluster-dev' })).not.toBeInTheDocument(),
    );
    const after = await unwrap(ucs.GET('/v1/clustergroups'));
    expect(after.items?.some((fleet) => fleet.metadata?.uid === devId)).toBe(false);
  });

  it('counts a fleet of one cluster in the singular, in both languages', async () => {
    const user = userEvent.setup();
    const discrete = await unwrap(
      ucs.GET('/v1/clusters', { params: { query: { managetype: 'discrete' } } }),
    );
    const member = discrete.items?.find((cluster) => cluster.status?.phase === 'Available');
    const name = member?.metadata?.name ?? '';
    await unwrap(
      ucs.POST('/v1/clustergroups', {
        body: { metadata: { name: 'solo' }, spec: { clusterIds: [member?.metadata?.uid ?? ''] } },
      }),
    );
    renderApp('/fleets');
    const row = await findRow('solo');
    expect(await within(row).findByText('1 cluster, available')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Delete fleet solo' }));
    const dialog = await screen.findByRole('dialog');
    // The name is API text, in an element of its own (ApiText).
    expect(await within(dialog).findByText(/^It still contains 1 cluster:/)).toHaveTextContent(
      `It still contains 1 cluster: ${name}.`,
    );
    expect(
      within(dialog).getByRole('button', { name: 'Remove the cluster from the fleet' }),
    ).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await act(() => setLanguage('zh-CN'));
    try {
      expect(await within(row).findByText('1 个集群，全部可用')).toBeInTheDocument();
    } finally {
      await act(() => setLanguage('en'));
    }
  });

  it('offers the way out of federation for a federated fleet', async () => {
    const user = userEvent.setup();
    renderApp(`/fleets/${clusterTest}`);
    await screen.findByRole('heading', { level: 1, name: 'cluster-test' });
    await user.click(screen.getByRole('button', { name: t.delete.submit }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(t.delete.hasFederation)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: t.delete.disableFederation })).toHaveAttribute(
      'href',
      `/fleets/${clusterTest}/federation`,
    );
  });

  it('deletes an empty fleet after confirmation', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/fleets/${emptyFleet}`);
    await screen.findByRole('heading', { level: 1, name: 'test0131' });
    await user.click(screen.getByRole('button', { name: t.delete.submit }));
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        sentence('Delete the fleet test0131? This cannot be undone.'),
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: t.delete.submit }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/fleets'));
  });
});
