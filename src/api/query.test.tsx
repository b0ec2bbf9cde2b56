import type { ReactNode } from 'react';
import { QueryClientProvider, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { seedIds } from '../../mocks/testing/api';
import { createQueryClient } from '@/app/queryClient';
import { useBulkWrites } from './bulkWrites';
import { effects } from './effects';
import { apiQuery, isStale, useApiMutation } from './query';

/** Every request the console sends while a test runs, as `METHOD /v1/path?query`. */
function recordRequests() {
  const sent: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    sent.push(`${request.method} ${url.pathname.replace('/ucs-api', '')}${url.search}`);
  };
  server.events.on('request:start', listener);
  return { sent, stop: () => server.events.removeListener('request:start', listener) };
}

/** Queries kept on screen, as pages would: an invalidation refetches exactly these. */
async function observe(queryClient: QueryClient, queries: ReturnType<typeof apiQuery>[]) {
  const observers = queries.map((query) => new QueryObserver(queryClient, query));
  const unsubscribe = observers.map((observer) => observer.subscribe(() => undefined));
  await waitFor(() =>
    expect(observers.every((observer) => observer.getCurrentResult().isSuccess)).toBe(true),
  );
  return () => unsubscribe.forEach((stop) => stop());
}

function wrapperFor(queryClient: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('query keys', () => {
  it('are the operationId and its variables', () => {
    expect(apiQuery('listClusters', { clustergroupid: 'f1' }).queryKey).toEqual([
      'listClusters',
      { clustergroupid: 'f1' },
    ]);
    expect(apiQuery('listRules').queryKey).toEqual(['listRules', {}]);
  });

  it('keep the client’s default freshness unless the read has its own', () => {
    const queryClient = createQueryClient();
    const defaults = queryClient.getDefaultOptions().queries?.staleTime;
    expect(queryClient.defaultQueryOptions(apiQuery('listRules')).staleTime).toBe(defaults);
    expect(
      queryClient.defaultQueryOptions(apiQuery('listRegisteredClusterVersions')).staleTime,
    ).toBe(60 * 60_000);
  });

  it('match a stale entry on the read and every variable it names', () => {
    const list = { queryKey: ['listClusters', { clustergroupid: 'f1', limit: 25 }] };
    expect(isStale(list, [{ read: 'listClusters' }])).toBe(true);
    expect(isStale(list, [{ read: 'listClusters', vars: { clustergroupid: 'f1' } }])).toBe(true);
    expect(isStale(list, [{ read: 'listClusters', vars: { clustergroupid: 'f2' } }])).toBe(false);
    expect(isStale(list, [{ read: 'showCluster' }])).toBe(false);
  });
});

describe('what a write refreshes', () => {
  it('a fleet description touches the fleet, never a cluster read', () => {
    const { stale } = effects.updateClusterGroupDescription({
      clustergroupid: 'f1',
      description: 'x',
    });
    expect(stale.map((entry) => entry.read).sort()).toEqual([
      'listClusterGroups',
      'showClusterGroup',
    ]);
  });

  it('editing a fleet description sends no cluster-list request', async () => {
    const queryClient = createQueryClient();
    cleanups.push(
      await observe(queryClient, [
        apiQuery('listClusters'),
        apiQuery('listClusterGroups'),
        apiQuery('showClusterGroup', { clustergroupid: seedIds.fleetDev }),
      ]),
    );
    const requests = recordRequests();
    cleanups.push(requests.stop);
    const { result } = renderHook(() => useApiMutation('updateClusterGroupDescription'), {
      wrapper: wrapperFor(queryClient),
    });

    await result.current.mutateAsync({ clustergroupid: seedIds.fleetDev, description: 'Edited' });

    await waitFor(() =>
      expect(requests.sent).toContain(`GET /v1/clustergroups/${seedIds.fleetDev}`),
    );
    expect(requests.sent).toContain('GET /v1/clustergroups');
    expect(requests.sent.filter((request) => request.includes('/v1/clusters'))).toEqual([]);
  });

  it('a bulk join of several clusters is one invalidation, and one refetch of the list', async () => {
    const queryClient = createQueryClient();
    cleanups.push(await observe(queryClient, [apiQuery('listClusters')]));
    const free = (queryClient.getQueryData(apiQuery('listClusters').queryKey)?.items ?? [])
      .filter((cluster) => !cluster.spec.clusterGroupID)
      .slice(0, 3);
    expect(free).toHaveLength(3);
    const invalidations = vi.spyOn(queryClient, 'invalidateQueries');
    const requests = recordRequests();
    cleanups.push(requests.stop);
    const { result } = renderHook(() => useBulkWrites<(typeof free)[number]>(), {
      wrapper: wrapperFor(queryClient),
    });

    const outcome = await result.current.mutateAsync({
      items: free,
      plan: (cluster) => ({
        id: 'joinClusterGroup',
        vars: { clusterid: cluster.metadata.uid, clustergroupid: seedIds.fleetEmpty },
      }),
    });

    expect(outcome.failed).toEqual([]);
    expect(outcome.succeeded).toHaveLength(3);
    expect(invalidations).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(requests.sent).toContain('GET /v1/clusters'));
    expect(requests.sent.filter((request) => request === 'GET /v1/clusters')).toHaveLength(1);
    expect(requests.sent.filter((request) => request.endsWith('/join'))).toHaveLength(3);
  });
});
