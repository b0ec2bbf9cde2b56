/**
 * The account as a bundle: every policy, fleet (members by name, bindings by policy name) and
 * every cluster with bindings of its own. Deterministic (sorted by name) so two exports of the
 * same account are the same file, and a re-import plans no change.
 */
import { stringify } from 'yaml';
import { toRuleIDNamespaces } from '../bindings';
import type { AccessFacts } from '../access/effectiveAccess';
import type { NormalizedRuleNamespace } from '../normalize';
import type { PolicyType } from '../reference/permissions';
import {
  bundleApiVersion,
  bundleKind,
  type Bundle,
  type BundleCluster,
  type BundleFleet,
  type BundlePermission,
  type BundlePolicy,
} from './schema';

/** What a bundle is written from and planned against: the account's lists. */
export type BundleFacts = AccessFacts;

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** Bindings as the bundle writes them: policies by name, in the order UCS reports them. */
export function permissionsOf(
  ruleNamespaces: readonly NormalizedRuleNamespace[] | undefined,
  policyName: (id: string) => string,
): BundlePermission[] {
  return toRuleIDNamespaces(ruleNamespaces).map((entry) => ({
    policies: entry.ruleIDs.map(policyName),
    namespaces: entry.namespaces,
  }));
}

/** Which objects to write; everything when absent. */
export interface BundleSelection {
  policies?: ReadonlySet<string>;
  fleets?: ReadonlySet<string>;
  clusters?: ReadonlySet<string>;
}

/**
 * A policy's name by its id: as UCS lists it, or (for a binding to a policy UCS no longer lists)
 * the name UCS reported with the binding, or the id itself.
 */
export function policyNamer(facts: BundleFacts): (id: string) => string {
  const names = new Map<string, string>();
  for (const target of [...facts.fleets, ...facts.clusters])
    for (const entry of target.spec.ruleNamespaces ?? [])
      for (const rule of entry.rules ?? [])
        if (rule.ruleID && rule.ruleName) names.set(rule.ruleID, rule.ruleName);
  for (const rule of facts.rules) names.set(rule.metadata.uid, rule.metadata.name ?? '');
  return (id) => names.get(id) ?? id;
}

export function toBundle(facts: BundleFacts, selection: BundleSelection = {}): Bundle {
  const policyName = policyNamer(facts);
  const picked = (set: ReadonlySet<string> | undefined, id: string) => !set || set.has(id);

  const policies = facts.rules
    .filter((rule) => picked(selection.policies, rule.metadata.uid))
    .map((rule): BundlePolicy => {
      const type = (rule.spec.type ?? 'custom') as PolicyType;
      return {
        name: rule.metadata.name ?? '',
        type,
        ...(rule.spec.description ? { description: rule.spec.description } : {}),
        users: [...(rule.spec.iamUserIDs ?? [])],
        // Template policies grant their template: only custom ones carry contents.
        ...(type === 'custom'
          ? {
              contents: (rule.spec.contents ?? []).map((content) => ({
                verbs: [...(content.verbs ?? [])],
                resources: [...(content.resources ?? [])],
              })),
            }
          : {}),
      };
    })
    .sort(byName);

  const membersOf = new Map<string, string[]>();
  for (const cluster of facts.clusters) {
    const fleetId = cluster.spec.clusterGroupID;
    if (!fleetId) continue;
    const members = membersOf.get(fleetId) ?? [];
    members.push(cluster.metadata.name ?? '');
    membersOf.set(fleetId, members);
  }
  const fleets = facts.fleets
    .filter((fleet) => picked(selection.fleets, fleet.metadata.uid))
    .map((fleet): BundleFleet => ({
      name: fleet.metadata.name ?? '',
      ...(fleet.spec.description ? { description: fleet.spec.description } : {}),
      clusters: (membersOf.get(fleet.metadata.uid) ?? []).sort((a, b) => a.localeCompare(b)),
      permissions: permissionsOf(fleet.spec.ruleNamespaces, policyName),
    }))
    .sort(byName);

  const clusters = facts.clusters
    .filter((cluster) => picked(selection.clusters, cluster.metadata.uid))
    .map((cluster): BundleCluster => ({
      name: cluster.metadata.name ?? '',
      permissions: permissionsOf(cluster.spec.ruleNamespaces, policyName),
    }))
    .filter((cluster) => cluster.permissions.length > 0)
    .sort(byName);

  return {
    apiVersion: bundleApiVersion,
    kind: bundleKind,
    ...(policies.length ? { policies } : {}),
    ...(fleets.length ? { fleets } : {}),
    ...(clusters.length ? { clusters } : {}),
  };
}

/** The bundle as YAML, with a header saying what it is and how it is read. */
export function bundleYaml(bundle: Bundle): string {
  return `# UCS Fleet Console configuration bundle.
# Objects are matched by name. A fleet's clusters and permissions, and a cluster's permissions,
# are whole lists: what they do not name is removed. A field left out (a description, a fleet's
# clusters or permissions) and an object the bundle does not name are left as they are.
# Member clusters' own permissions apply only once they leave their fleet.
# Plan and apply it on /settings/import, or: npm run ucs -- plan ${'<file>'}
${stringify(bundle, { lineWidth: 0 })}`;
}
