import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../query';
import type { AccessFacts } from './effectiveAccess';

/**
 * What effective access is computed from: every policy, cluster and fleet. The cluster list is
 * asked for without status (bindings, names and fleets are all access needs; less than half
 * the bytes at scale) and is the same cached query the policy pages use. `facts` is undefined
 * until all three have loaded.
 */
export function useAccessFacts() {
  const rules = useQuery(apiQuery('listRules'));
  const clusters = useQuery(apiQuery('listClusters', { enablestatus: false }));
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const facts = useMemo<AccessFacts | undefined>(
    () =>
      rules.data && clusters.data && fleets.data
        ? { rules: rules.data.items, clusters: clusters.data.items, fleets: fleets.data.items }
        : undefined,
    [rules.data, clusters.data, fleets.data],
  );
  return {
    facts,
    isPending: rules.isPending || clusters.isPending || fleets.isPending,
    error: rules.error ?? clusters.error ?? fleets.error,
    refetch: () => Promise.all([rules.refetch(), clusters.refetch(), fleets.refetch()]),
  };
}
