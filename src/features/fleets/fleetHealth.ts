import type { NormalizedCluster } from '@/api/normalize';

/** What a fleet's summary says about its members. */
export interface FleetHealth {
  total: number;
  /** Members whose phase is known and is not Available. */
  unavailable: number;
  /**
   * Members without a phase: their status was not sent (`enablestatus=false`), so nothing is
   * claimed about them — neither available nor unavailable.
   */
  unknown: number;
}

export const noMembers: FleetHealth = { total: 0, unavailable: 0, unknown: 0 };

function count(health: FleetHealth, cluster: NormalizedCluster): FleetHealth {
  const { phase } = cluster.status;
  return {
    total: health.total + 1,
    unavailable: health.unavailable + (phase !== undefined && phase !== 'Available' ? 1 : 0),
    unknown: health.unknown + (phase === undefined ? 1 : 0),
  };
}

/**
 * How many member clusters are not Available. Trouble is counted per cluster — the fleet shows
 * "2 of 7 unavailable", never "fleet failed".
 */
export function fleetHealth(clusters: readonly NormalizedCluster[]): FleetHealth {
  return clusters.reduce(count, noMembers);
}

/**
 * Every fleet's health from one list of clusters in any fleet, by the fleet each cluster names
 * (`spec.clusterGroupID`). A fleet without members has no entry.
 */
export function healthByFleet(clusters: readonly NormalizedCluster[]): Map<string, FleetHealth> {
  const byFleet = new Map<string, FleetHealth>();
  for (const cluster of clusters) {
    const fleetId = cluster.spec.clusterGroupID;
    if (fleetId) byFleet.set(fleetId, count(byFleet.get(fleetId) ?? noMembers, cluster));
  }
  return byFleet;
}

const grouped = new WeakMap<readonly NormalizedCluster[], Map<string, FleetHealth>>();

/**
 * One fleet's health out of a list of clusters in any fleet. Every row of the fleet list asks
 * the same answer, so it is grouped once per answer, not once per row.
 */
export function healthOfFleet(
  clusters: readonly NormalizedCluster[],
  fleetId: string,
): FleetHealth {
  let byFleet = grouped.get(clusters);
  if (!byFleet) {
    byFleet = healthByFleet(clusters);
    grouped.set(clusters, byFleet);
  }
  return byFleet.get(fleetId) ?? noMembers;
}
