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
}

interface Target {
  metadata: { uid?: string; name?: string };
  spec: { ruleNamespaces?: NormalizedCluster['spec']['ruleNamespaces'] };
}

function bindingsOf(kind: TargetKind, targets: readonly Target[]) {
  const result = new Map<string, PolicyBinding[]>();
  for (const target of targets) {
    const id = target.metadata.uid;
    if (!id) continue;
    for (const [ruleId, namespaces] of namespacesByRule(target.spec.ruleNamespaces)) {
      const list = result.get(ruleId) ?? [];
      list.push({ kind, id, name: target.metadata.name ?? id, namespaces });
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
  for (const source of [bindingsOf('fleet', fleets), bindingsOf('cluster', clusters)]) {
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
