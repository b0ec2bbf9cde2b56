import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '@/api/query';
import { bindingsByRule } from './policyBindings';

/**
 * Every policy's bindings, read off the cluster and fleet lists (UCS keeps bindings on the
 * targets). `bindings` is undefined until both lists have loaded.
 */
export function usePolicyBindings() {
  // Bindings, names and IDs only: no status asked for (less than half the bytes at scale).
  const clusters = useQuery(apiQuery('listClusters', { enablestatus: false }));
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const bindings = useMemo(
    () =>
      clusters.data && fleets.data
        ? bindingsByRule(clusters.data.items, fleets.data.items)
        : undefined,
    [clusters.data, fleets.data],
  );
  return {
    bindings,
    clusters: clusters.data?.items,
    fleets: fleets.data?.items,
    isPending: clusters.isPending || fleets.isPending,
    error: clusters.error ?? fleets.error,
    refetch: () => Promise.all([clusters.refetch(), fleets.refetch()]),
  };
}
