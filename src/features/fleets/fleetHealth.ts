import type { NormalizedCluster } from '@/api/normalize';

/**
 * How many member clusters are not Available. Trouble is counted per cluster — the fleet shows
 * "2 of 7 unavailable", never "fleet failed".
 */
export function fleetHealth(clusters: readonly NormalizedCluster[]) {
  const unavailable = clusters.filter((cluster) => cluster.status.phase !== 'Available').length;
  return { total: clusters.length, unavailable };
}
