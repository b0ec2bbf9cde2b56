/**
 * Where policies are bound. UCS keeps bindings on the targets (each cluster's and fleet's
 * `spec.ruleNamespaces`), not on the policy, so "where is this policy bound" is read off the
 * cluster and fleet lists.
 */
import { namespacesByRule } from '@/api/bindings';
import type { NormalizedCluster, NormalizedClusterGroup } from '@/api/normalize';
import type { RuleBindingTarget } from '@/api/bulkWrites';
import { paths } from '@/paths';

export type TargetKind = RuleBindingTarget['kind'];
export type BindingTarget = RuleBindingTarget;

export interface PolicyBinding extends BindingTarget {
  namespaces: string[];
  /**
   * A cluster's own binding while the cluster is in a fleet: it does not apply (the fleet's
   * policies do) until the cluster leaves. The fleet's name.
   */
  inactiveFollowing?: string;
}

interface Target {
  metadata: { uid?: string; name?: string };
  spec: {
    ruleNamespaces?: NormalizedCluster['spec']['ruleNamespaces'];
    clusterGroupID?: string;
  };
}

function bindingsOf(
  kind: TargetKind,
  targets: readonly Target[],
  fleetNames: ReadonlyMap<string, string> = new Map(),
) {
  const result = new Map<string, PolicyBinding[]>();
  for (const target of targets) {
    const id = target.metadata.uid;
    if (!id) continue;
    for (const [ruleId, namespaces] of namespacesByRule(target.spec.ruleNamespaces)) {
      const list = result.get(ruleId) ?? [];
      const fleetId = kind === 'cluster' ? target.spec.clusterGroupID : undefined;
      list.push({
        kind,
        id,
        name: target.metadata.name ?? id,
        namespaces,
        ...(fleetId ? { inactiveFollowing: fleetNames.get(fleetId) ?? fleetId } : {}),
      });
      result.set(ruleId, list);
    }
  }
  return result;
}

/** Every policy's bindings by policy ID: fleets first, then clusters, each by name. */
export function bindingsByRule(
  clusters: readonly NormalizedCluster[],
  fleets: readonly NormalizedClusterGroup[],
): Map<string, PolicyBinding[]> {
  const result = new Map<string, PolicyBinding[]>();
  const fleetNames = new Map(
    fleets.map((fleet) => [fleet.metadata.uid, fleet.metadata.name ?? '']),
  );
  for (const source of [bindingsOf('fleet', fleets), bindingsOf('cluster', clusters, fleetNames)]) {
    for (const [ruleId, list] of source) {
      const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name));
      result.set(ruleId, [...(result.get(ruleId) ?? []), ...sorted]);
    }
  }
  return result;
}

export function targetKey(target: BindingTarget): string {
  return `${target.kind}:${target.id}`;
}

export function targetPath(target: BindingTarget): string {
  return target.kind === 'cluster'
    ? paths.cluster({ clusterId: target.id })
    : paths.fleet({ fleetId: target.id });
}
