/**
 * The impact of a change on access, before it is made: the change applied to the facts (a pure
 * copy), access computed before and after by the same module, and the difference per user.
 * Every confirmation that moves access (binding, membership, a policy's users or contents, a
 * deleted policy) shows this.
 */
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '../normalize';
import type { RuleIDNamespaces } from '../bindings';
import { namespacesByRule } from '../bindings';
import type { RuleContent } from '../reference/permissions';
import {
  computeAccess,
  covers,
  permissionsOf,
  type AccessEntry,
  type AccessFacts,
  type EffectiveAccess,
  type Permission,
} from './effectiveAccess';

/** One target's bindings as they would be sent: the whole `associatedrules` list. */
export interface TargetBindings {
  target: { kind: 'cluster' | 'fleet'; id: string };
  bindings: readonly RuleIDNamespaces[];
}

/** A change that may move access, described as the console is about to send it. */
export type AccessProposal =
  /** A cluster's or fleet's bindings replaced (the `associatedrules` body). */
  | {
      kind: 'setBindings';
      target: { kind: 'cluster' | 'fleet'; id: string };
      bindings: readonly RuleIDNamespaces[];
    }
  /** Several clusters' and fleets' bindings replaced at once (one policy bound on many targets). */
  | { kind: 'setManyBindings'; changes: readonly TargetBindings[] }
  /** Clusters moved into a fleet, or out of any (`fleetId` null). */
  | { kind: 'moveClusters'; clusterIds: readonly string[]; fleetId: string | null }
  /** A new fleet (no bindings yet) created with these members. */
  | { kind: 'createFleet'; fleetId: string; name: string; clusterIds: readonly string[] }
  /** A policy's users or contents (or type) edited. */
  | {
      kind: 'updatePolicy';
      ruleId: string;
      iamUserIDs?: readonly string[];
      contents?: readonly RuleContent[];
      type?: string;
    }
  | { kind: 'deletePolicy'; ruleId: string };

function ruleNamespacesFrom(
  bindings: readonly RuleIDNamespaces[],
  rules: readonly NormalizedRule[],
) {
  const names = new Map(rules.map((rule) => [rule.metadata.uid, rule.metadata.name]));
  return bindings.map((entry) => ({
    rules: entry.ruleIDs.map((ruleID) => ({ ruleID, ruleName: names.get(ruleID) ?? ruleID })),
    namespaces: [...entry.namespaces],
  }));
}

/** The facts with these targets' bindings replaced: one pass over the lists, however many. */
function withBindings(facts: AccessFacts, changes: readonly TargetBindings[]): AccessFacts {
  const byTarget = (kind: TargetBindings['target']['kind']) =>
    new Map(
      changes
        .filter((change) => change.target.kind === kind)
        .map((change) => [change.target.id, ruleNamespacesFrom(change.bindings, facts.rules)]),
    );
  const clusters = byTarget('cluster');
  const fleets = byTarget('fleet');
  return {
    ...facts,
    clusters: clusters.size
      ? facts.clusters.map((cluster): NormalizedCluster => {
          const ruleNamespaces = clusters.get(cluster.metadata.uid);
          return ruleNamespaces
            ? { ...cluster, spec: { ...cluster.spec, ruleNamespaces } }
            : cluster;
        })
      : facts.clusters,
    fleets: fleets.size
      ? facts.fleets.map((fleet): NormalizedClusterGroup => {
          const ruleNamespaces = fleets.get(fleet.metadata.uid);
          return ruleNamespaces ? { ...fleet, spec: { ...fleet.spec, ruleNamespaces } } : fleet;
        })
      : facts.fleets,
  };
}

/** The facts as they would be after the change. The input is not modified. */
export function applyProposal(facts: AccessFacts, proposal: AccessProposal): AccessFacts {
  switch (proposal.kind) {
    case 'setBindings':
      return withBindings(facts, [proposal]);
    case 'setManyBindings':
      return withBindings(facts, proposal.changes);
    case 'moveClusters':
    case 'createFleet': {
      const moved = new Set(proposal.clusterIds);
      const fleetId = proposal.fleetId ?? '';
      const fleets =
        proposal.kind === 'createFleet'
          ? [
              ...facts.fleets,
              {
                metadata: { uid: proposal.fleetId, name: proposal.name },
                spec: {},
                status: { conditions: [] },
              } as NormalizedClusterGroup,
            ]
          : facts.fleets;
      return {
        ...facts,
        fleets,
        clusters: facts.clusters.map((cluster): NormalizedCluster =>
          moved.has(cluster.metadata.uid)
            ? { ...cluster, spec: { ...cluster.spec, clusterGroupID: fleetId } }
            : cluster,
        ),
      };
    }
    case 'updatePolicy':
      return {
        ...facts,
        rules: facts.rules.map((rule): NormalizedRule =>
          rule.metadata.uid === proposal.ruleId
            ? {
                ...rule,
                spec: {
                  ...rule.spec,
                  ...(proposal.iamUserIDs ? { iamUserIDs: [...proposal.iamUserIDs] } : {}),
                  ...(proposal.contents
                    ? { contents: proposal.contents.map((content) => ({ ...content })) }
                    : {}),
                  ...(proposal.type ? { type: proposal.type } : {}),
                },
              }
            : rule,
        ),
      };
    case 'deletePolicy':
      return {
        ...facts,
        rules: facts.rules.filter((rule) => rule.metadata.uid !== proposal.ruleId),
      };
  }
}

/** The clusters whose access a change can move: only these are computed for a preview. */
export function clustersTouched(facts: AccessFacts, proposal: AccessProposal): Set<string> {
  switch (proposal.kind) {
    case 'setBindings':
    case 'setManyBindings': {
      const changes = proposal.kind === 'setBindings' ? [proposal] : proposal.changes;
      const fleetIds = new Set(
        changes
          .filter((change) => change.target.kind === 'fleet')
          .map((change) => change.target.id),
      );
      const touched = new Set(
        changes
          .filter((change) => change.target.kind === 'cluster')
          .map((change) => change.target.id),
      );
      // One pass over the clusters for every fleet named.
      if (fleetIds.size > 0)
        for (const cluster of facts.clusters)
          if (fleetIds.has(cluster.spec.clusterGroupID ?? '')) touched.add(cluster.metadata.uid);
      return touched;
    }
    case 'moveClusters':
    case 'createFleet':
      return new Set(proposal.clusterIds);
    case 'updatePolicy':
    case 'deletePolicy': {
      const touched = new Set<string>();
      const boundFleets = new Set(
        facts.fleets
          .filter((fleet) => namespacesByRule(fleet.spec.ruleNamespaces).has(proposal.ruleId))
          .map((fleet) => fleet.metadata.uid),
      );
      for (const cluster of facts.clusters)
        if (
          boundFleets.has(cluster.spec.clusterGroupID ?? '') ||
          namespacesByRule(cluster.spec.ruleNamespaces).has(proposal.ruleId)
        )
          touched.add(cluster.metadata.uid);
      return touched;
    }
  }
}

/** What one user gains and loses on one cluster in one namespace scope. */
export interface AccessDelta {
  userId: string;
  clusterId: string;
  clusterName: string;
  namespace: string;
  gained: Permission[];
  lost: Permission[];
}

/** A change's impact, per user; empty when no one's access changes. */
export interface AccessImpact {
  users: { userId: string; deltas: AccessDelta[] }[];
  /** Inactive own bindings that become active (a cluster leaving its fleet), and the reverse. */
  activated: number;
  deactivated: number;
}

/** Permissions of one user on one cluster per namespace scope, with `*` scope folded into each. */
function permissionsByScope(access: EffectiveAccess): Map<string, Map<string, Permission[]>> {
  const byUserCluster = new Map<string, AccessEntry[]>();
  for (const entry of access.entries) {
    const key = `${entry.userId}\u0000${entry.clusterId}`;
    const list = byUserCluster.get(key);
    if (list) list.push(entry);
    else byUserCluster.set(key, [entry]);
  }
  const result = new Map<string, Map<string, Permission[]>>();
  for (const [key, entries] of byUserCluster) {
    const everywhere = entries.find((entry) => entry.namespace === '*');
    const scopes = new Map<string, Permission[]>();
    for (const entry of entries) {
      const grants =
        everywhere && entry !== everywhere ? [...entry.grants, ...everywhere.grants] : entry.grants;
      scopes.set(entry.namespace, permissionsOf(grants));
    }
    result.set(key, scopes);
  }
  return result;
}

function notCovered(permissions: readonly Permission[], by: readonly Permission[]): Permission[] {
  return permissions.filter((wanted) => !by.some((held) => covers(held, wanted)));
}

/** The difference between two computed accesses, per user, cluster and namespace scope. */
export function diffAccess(before: EffectiveAccess, after: EffectiveAccess): AccessImpact {
  const was = permissionsByScope(before);
  const will = permissionsByScope(after);
  const names = new Map<string, string>();
  for (const entry of [...before.entries, ...after.entries])
    names.set(entry.clusterId, entry.clusterName);
  const deltasByUser = new Map<string, AccessDelta[]>();
  for (const key of new Set([...was.keys(), ...will.keys()])) {
    const [userId = '', clusterId = ''] = key.split('\u0000');
    const scopesBefore = was.get(key) ?? new Map<string, Permission[]>();
    const scopesAfter = will.get(key) ?? new Map<string, Permission[]>();
    const everywhereBefore = scopesBefore.get('*') ?? [];
    const everywhereAfter = scopesAfter.get('*') ?? [];
    for (const namespace of new Set([...scopesBefore.keys(), ...scopesAfter.keys()])) {
      // A named namespace keeps what `*` gives it on either side.
      const held = scopesBefore.get(namespace) ?? everywhereBefore;
      const next = scopesAfter.get(namespace) ?? everywhereAfter;
      const gained = notCovered(next, held);
      const lost = notCovered(held, next);
      if (gained.length === 0 && lost.length === 0) continue;
      const delta = {
        userId,
        clusterId,
        clusterName: names.get(clusterId) ?? clusterId,
        namespace,
        gained,
        lost,
      };
      const list = deltasByUser.get(userId);
      if (list) list.push(delta);
      else deltasByUser.set(userId, [delta]);
    }
  }
  const inactiveKey = (binding: EffectiveAccess['inactive'][number]) =>
    `${binding.clusterId}\u0000${binding.ruleId}`;
  const inactiveBefore = new Set(before.inactive.map(inactiveKey));
  const inactiveAfter = new Set(after.inactive.map(inactiveKey));
  return {
    users: [...deltasByUser]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([userId, deltas]) => ({
        userId,
        deltas: deltas.sort(
          (a, b) =>
            a.clusterName.localeCompare(b.clusterName) || a.namespace.localeCompare(b.namespace),
        ),
      })),
    activated: [...inactiveBefore].filter((key) => !inactiveAfter.has(key)).length,
    deactivated: [...inactiveAfter].filter((key) => !inactiveBefore.has(key)).length,
  };
}

/** The impact of a change: access before and after it, on the clusters it touches. */
export function impactOf(facts: AccessFacts, proposal: AccessProposal): AccessImpact {
  const clusterIds = clustersTouched(facts, proposal);
  const next = applyProposal(facts, proposal);
  const before = computeAccess(facts, { clusterIds });
  const after = computeAccess(next, { clusterIds });
  const impact = diffAccess(before, after);
  // An own binding applies again (or stops applying) only if it is there on both sides: one
  // removed from a member cluster, or added to it, never applied at all.
  const ownBefore = ownBindings(facts, clusterIds);
  const ownAfter = ownBindings(next, clusterIds);
  const key = (binding: EffectiveAccess['inactive'][number]) =>
    `${binding.clusterId}\u0000${binding.ruleId}`;
  const inactiveBefore = new Set(before.inactive.map(key));
  const inactiveAfter = new Set(after.inactive.map(key));
  return {
    ...impact,
    activated: [...inactiveBefore].filter((k) => !inactiveAfter.has(k) && ownAfter.has(k)).length,
    deactivated: [...inactiveAfter].filter((k) => !inactiveBefore.has(k) && ownBefore.has(k))
      .length,
  };
}

/** Every `cluster\u0000policy` pair bound on these clusters themselves. */
function ownBindings(facts: AccessFacts, clusterIds: ReadonlySet<string>): Set<string> {
  const pairs = new Set<string>();
  for (const cluster of facts.clusters)
    if (clusterIds.has(cluster.metadata.uid))
      for (const ruleId of namespacesByRule(cluster.spec.ruleNamespaces).keys())
        pairs.add(`${cluster.metadata.uid}\u0000${ruleId}`);
  return pairs;
}

/** Whether a change moves no one's access. */
export function noChange(impact: AccessImpact): boolean {
  return impact.users.length === 0;
}
