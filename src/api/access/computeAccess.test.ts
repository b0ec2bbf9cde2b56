import { describe, expect, it } from 'vitest';
import { allNamespaces, namespacesByRule } from '../bindings';
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '../normalize';
import {
  computeAccess,
  policyContents,
  policyUsers,
  type AccessEntry,
  type AccessFacts,
  type AccessOptions,
  type BindingSource,
  type EffectiveAccess,
  type Grant,
  type InactiveBinding,
} from './effectiveAccess';

/**
 * Effective access the plain way, straight from the rules (see effectiveAccess.ts): per cluster,
 * the bindings that apply (its fleet's if it is in one, else its own), per policy its users ×
 * its namespace scopes, in the order the bindings name them. No sharing, no shortcuts: what the
 * fast `computeAccess` must give, entry for entry and in the same order.
 */
function reference(facts: AccessFacts, options: AccessOptions = {}): EffectiveAccess {
  const entries: AccessEntry[] = [];
  const inactive: InactiveBinding[] = [];
  const ruleOf = (ruleId: string) => facts.rules.find((rule) => rule.metadata.uid === ruleId);
  for (const cluster of facts.clusters) {
    const clusterId = cluster.metadata.uid;
    if (options.clusterIds && !options.clusterIds.has(clusterId)) continue;
    const clusterName = cluster.metadata.name ?? clusterId;
    const fleetId = cluster.spec.clusterGroupID || undefined;
    const fleet = facts.fleets.find((item) => item.metadata.uid === fleetId);
    const fleetName = fleetId ? (fleet?.metadata.name ?? fleetId) : undefined;
    const source: BindingSource = fleetId
      ? { kind: 'fleet', fleetId, fleetName: fleetName ?? fleetId }
      : { kind: 'cluster' };
    const applying = fleetId ? fleet?.spec.ruleNamespaces : cluster.spec.ruleNamespaces;
    const scopes: { userId: string; namespace: string; grants: Grant[] }[] = [];
    for (const [ruleId, namespaces] of namespacesByRule(applying)) {
      const rule = ruleOf(ruleId);
      if (!rule) continue;
      const grant: Grant = {
        ruleId,
        ruleName: rule.metadata.name ?? ruleId,
        contents: policyContents(rule),
        source,
      };
      const scoped = namespaces.includes(allNamespaces) ? [allNamespaces] : namespaces;
      for (const userId of policyUsers(rule))
        for (const namespace of scoped) {
          const found = scopes.find(
            (scope) => scope.userId === userId && scope.namespace === namespace,
          );
          if (found) found.grants.push(grant);
          else scopes.push({ userId, namespace, grants: [grant] });
        }
    }
    for (const { userId, namespace, grants } of scopes)
      entries.push({
        userId,
        clusterId,
        clusterName,
        ...(fleetId ? { fleetId, fleetName } : {}),
        namespace,
        grants,
      });
    if (fleetId)
      for (const [ruleId, namespaces] of namespacesByRule(cluster.spec.ruleNamespaces))
        inactive.push({
          clusterId,
          clusterName,
          ruleId,
          ruleName: ruleOf(ruleId)?.metadata.name ?? ruleId,
          namespaces,
          fleetId,
          fleetName: fleetName ?? fleetId,
        });
  }
  return { entries, inactive };
}

/**
 * Facts from a seeded generator, with what real accounts hold at the edges: users named twice,
 * template policies without contents, unnamed policies, clusters and fleets, a policy bound in
 * several entries of one target, repeated and `*` namespaces, bindings without namespaces or
 * to deleted policies, empty policy IDs, member clusters with their own (inactive) bindings,
 * and clusters in a fleet that is not listed.
 */
function generate(seed: number): AccessFacts {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const below = (count: number) => Math.floor(random() * count);
  const pick = <T>(items: readonly T[]) => items[below(items.length)] as T;
  const some = <T>(count: number, make: () => T) => Array.from({ length: count }, make);

  const verbs = ['get', 'list', 'watch', 'create', 'update', 'delete', '*'];
  const resources = ['pods', 'deployments', 'secrets', 'nodes', '*'];
  const namespaces = ['*', 'default', 'dev', 'prod', 'kube-system', 'web', 'api'];
  const types = ['custom', 'readonly', 'develop', 'admin'];

  const rules = some(30, () => null).map((_, index) => {
    const type = pick(types);
    const withContents = type === 'custom' || random() < 0.5;
    return {
      metadata: { uid: `rule-${index}`, ...(random() < 0.9 ? { name: `policy ${index}` } : {}) },
      spec: {
        type,
        iamUserIDs: some(below(6), () => `user-${below(25)}`),
        contents: withContents
          ? some(below(3) + (type === 'custom' ? 1 : 0), () => ({
              verbs: some(1 + below(3), () => pick(verbs)),
              resources: some(1 + below(2), () => pick(resources)),
            }))
          : [],
      },
    } as NormalizedRule;
  });
  const ruleIds = [...rules.map((rule) => rule.metadata.uid), 'deleted-rule', ''];
  const bindings = (count: number) =>
    some(count, () => ({
      rules: some(1 + below(2), () => {
        const ruleID = pick(ruleIds);
        return { ruleID, ruleName: ruleID };
      }),
      namespaces: some(below(4), () => pick(namespaces)),
    }));

  const fleets = some(25, () => null).map(
    (_, index) =>
      ({
        metadata: { uid: `fleet-${index}`, ...(random() < 0.9 ? { name: `fleet ${index}` } : {}) },
        spec: random() < 0.9 ? { ruleNamespaces: bindings(below(7)) } : {},
        status: { conditions: [] },
      }) as NormalizedClusterGroup,
  );
  const fleetIds = [...fleets.map((fleet) => fleet.metadata.uid), 'unlisted-fleet'];
  const clusters = some(400, () => null).map(
    (_, index) =>
      ({
        metadata: {
          uid: `cluster-${index}`,
          ...(random() < 0.9 ? { name: `cluster ${index}` } : {}),
        },
        spec: {
          clusterGroupID: random() < 0.6 ? pick(fleetIds) : '',
          ...(random() < 0.8 ? { ruleNamespaces: bindings(below(5)) } : {}),
        },
        status: { conditions: [], endpoints: [] },
      }) as unknown as NormalizedCluster,
  );
  return { rules, fleets, clusters };
}

describe('computeAccess, fast, gives the plain computation’s result', () => {
  it.each([1, 7, 42, 2024])('on generated facts (seed %i)', (seed) => {
    const facts = generate(seed);
    const access = computeAccess(facts);
    // Non-trivial: members and clusters on their own, inactive bindings, several grants.
    expect(access.entries.filter((entry) => entry.fleetId).length).toBeGreaterThan(500);
    expect(access.entries.filter((entry) => !entry.fleetId).length).toBeGreaterThan(500);
    expect(access.entries.some((entry) => entry.grants.length > 2)).toBe(true);
    expect(access.inactive.length).toBeGreaterThan(100);
    // Strict: the same keys (no `fleetId: undefined`), values and order.
    expect(access).toStrictEqual(reference(facts));
  });

  it('for only some clusters', () => {
    const facts = generate(5);
    const clusterIds = new Set(
      facts.clusters.filter((_, index) => index % 7 === 0).map((cluster) => cluster.metadata.uid),
    );
    const access = computeAccess(facts, { clusterIds });
    expect(new Set(access.entries.map((entry) => entry.clusterId)).size).toBeGreaterThan(20);
    expect(access).toStrictEqual(reference(facts, { clusterIds }));
  });

  it("shares a fleet's grants among its members instead of copying them per cluster", () => {
    const facts = generate(42);
    const byScope = new Map<string, Grant[]>();
    let shared = 0;
    for (const entry of computeAccess(facts).entries) {
      if (!entry.fleetId) continue;
      const key = `${entry.fleetId} ${entry.userId} ${entry.namespace}`;
      const grants = byScope.get(key);
      if (!grants) byScope.set(key, entry.grants);
      else {
        expect(entry.grants).toBe(grants);
        shared += 1;
      }
    }
    expect(shared).toBeGreaterThan(100);
  });
});
