/**
 * Which objects a Terraform export of some clusters starts with (paths.terraformExport). Apart
 * from the writer (./terraform.ts) so that the inventory, which only links to the export, does
 * not carry the writer in its chunk.
 */
import { toRuleIDNamespaces } from '../bindings';
import type { NormalizedCluster, NormalizedClusterGroup } from '../normalize';

/** Plain code-unit order: the same in every browser and locale (as the export's). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What exporting some clusters takes so that their references resolve: the clusters, the fleets
 * they are in, and the policies bound to those fleets (listed in the fleets' permissions).
 */
export function clusterExportSelection(
  clusters: readonly NormalizedCluster[],
  fleets: readonly NormalizedClusterGroup[],
): { policies: string[]; fleets: string[]; clusters: string[] } {
  const fleetIds = new Set(
    clusters.flatMap((cluster) =>
      cluster.spec.clusterGroupID ? [cluster.spec.clusterGroupID] : [],
    ),
  );
  const policyIds = new Set(
    fleets
      .filter((fleet) => fleetIds.has(fleet.metadata.uid))
      .flatMap((fleet) =>
        toRuleIDNamespaces(fleet.spec.ruleNamespaces).flatMap((entry) => entry.ruleIDs),
      ),
  );
  return {
    policies: [...policyIds].sort(compareText),
    fleets: [...fleetIds].sort(compareText),
    clusters: clusters.map((cluster) => cluster.metadata.uid).sort(compareText),
  };
}
