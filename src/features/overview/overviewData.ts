import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import { parseUcsTime } from '@/api/normalize';
import { minorVersion } from '@/api/facts/clusterFacts';
import { federationStateOf } from '@/api/facts/federationState';
import { paths } from '@/paths';

/** UCS's documented default quotas (per account and region). */
export const defaultQuotas = { clusters: 50, fleets: 50, policies: 50 } as const;
/** From this share of a quota on, the overview warns. */
export const quotaWarningShare = 0.8;
/** A cluster still waiting for its agent after this long needs a look. */
export const pendingTooLongMs = 30 * 60_000;

export interface Bucket {
  key: string;
  count: number;
}

/** Counts per key, largest first; ties in key order so the charts do not reshuffle. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Bucket[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export const phaseOf = (cluster: NormalizedCluster) => cluster.status.phase ?? 'Unknown';

/** The minor version support is decided on; `unknown` for a cluster that reports none. */
export function minorVersionOf(cluster: NormalizedCluster): string {
  return minorVersion(cluster.status.kubernetesVersion) ?? 'unknown';
}

export function isFrozen(cluster: NormalizedCluster): boolean {
  return cluster.status.arrearFreeze === 'true' || cluster.status.policeFreeze === 'true';
}

export type AttentionKind = 'unavailable' | 'failed' | 'pending' | 'frozen' | 'federation';

export interface AttentionItem {
  kind: AttentionKind;
  id: string;
  name: string;
  detail?: string;
  to: string;
}

/** What an operator should look at first, each with the place to fix it. */
export function attentionItems(
  clusters: readonly NormalizedCluster[],
  fleets: readonly NormalizedClusterGroup[],
  now = Date.now(),
): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const cluster of clusters) {
    const { uid: id = '', name = id } = cluster.metadata;
    const to = paths.cluster({ clusterId: id });
    const detail = cluster.status.message ?? cluster.status.reason;
    const phase = cluster.status.phase;
    if (phase === 'Unavailable') items.push({ kind: 'unavailable', id, name, detail, to });
    if (phase === 'Failed') items.push({ kind: 'failed', id, name, detail, to });
    if (phase === 'Pending') {
      const since = parseUcsTime(cluster.metadata.creationTimestamp)?.getTime() ?? now;
      if (now - since >= pendingTooLongMs) items.push({ kind: 'pending', id, name, detail, to });
    }
    if (isFrozen(cluster)) items.push({ kind: 'frozen', id, name, detail, to });
  }
  for (const fleet of fleets) {
    const { kind: state, condition } = federationStateOf(fleet);
    // Running jobs too: an operator watches them until they end.
    if (state !== 'enabled' && state !== 'notEnabled') {
      const { uid: id = '', name = id } = fleet.metadata;
      items.push({
        kind: 'federation',
        id,
        name,
        detail: condition?.message ?? condition?.reason ?? state,
        to: paths.fleet({ fleetId: id }, 'federation'),
      });
    }
  }
  return items;
}
