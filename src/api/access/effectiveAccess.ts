/**
 * Who can do what, where: effective access computed from what UCS reports (policies, clusters,
 * fleets). Pure functions, no React, no requests; the explorer, the Access tabs, the impact
 * previews and the report all read access through this module, so they always agree.
 *
 * The rules (vendor user guide, Fleets → Managing Fleets / Managing Clusters Not in the Fleet):
 * - a policy grants each of its users the verbs × resources of its contents, in the namespaces
 *   it is bound for on a cluster or a fleet; `*` namespaces means every namespace, including
 *   ones created later;
 * - a cluster in a fleet follows the fleet's policies, not its own: its own bindings stay as
 *   UCS stores them but are inactive, and apply again when it leaves the fleet;
 * - a template policy (readonly, develop, admin) that reports no contents grants its template.
 */
import type { NormalizedCluster, NormalizedClusterGroup, NormalizedRule } from '../normalize';
import type { components } from '../generated/ucs';
import { allNamespaces, namespacesByRule } from '../bindings';
import {
  policyTypes,
  templateContents,
  type PolicyType,
  type RuleContent,
} from '../reference/permissions';

type RuleNamespace = components['schemas']['RuleNamespace'];

/** What access is computed from: the account's policies, clusters and fleets, as listed. */
export interface AccessFacts {
  rules: readonly NormalizedRule[];
  clusters: readonly NormalizedCluster[];
  fleets: readonly NormalizedClusterGroup[];
}

/** Where a grant is bound: on the cluster's fleet (for every member) or on the cluster itself. */
export type BindingSource =
  { kind: 'fleet'; fleetId: string; fleetName: string } | { kind: 'cluster' };

/** One policy's part in an entry: what it grants and where it is bound. */
export interface Grant {
  ruleId: string;
  ruleName: string;
  contents: readonly RuleContent[];
  source: BindingSource;
}

/** What one IAM user may do on one cluster in one namespace scope, and the policies that say so. */
export interface AccessEntry {
  userId: string;
  clusterId: string;
  clusterName: string;
  /** The fleet the cluster is in, if any. */
  fleetId?: string;
  fleetName?: string;
  /** A namespace, or `*`: every namespace of the cluster, present and future. */
  namespace: string;
  grants: Grant[];
}

/** A cluster's own binding that does not apply, because the cluster follows its fleet's. */
export interface InactiveBinding {
  clusterId: string;
  clusterName: string;
  ruleId: string;
  ruleName: string;
  namespaces: string[];
  fleetId: string;
  fleetName: string;
}

export interface EffectiveAccess {
  entries: AccessEntry[];
  inactive: InactiveBinding[];
}

/** One verb on one resource; either may be `*`. */
export interface Permission {
  verb: string;
  resource: string;
}

interface PolicyFacts {
  id: string;
  name: string;
  users: readonly string[];
  contents: readonly RuleContent[];
}

function isPolicyType(value: unknown): value is PolicyType {
  return typeof value === 'string' && (policyTypes as readonly string[]).includes(value);
}

/** What a policy grants: its contents, or its type's template when UCS reports none. */
export function policyContents(rule: NormalizedRule): RuleContent[] {
  const contents = (rule.spec.contents ?? []).map((content) => ({
    verbs: [...(content.verbs ?? [])],
    resources: [...(content.resources ?? [])],
  }));
  if (contents.length > 0) return contents;
  return isPolicyType(rule.spec.type) ? templateContents(rule.spec.type) : [];
}

/** The IAM users of a policy, each once. */
export function policyUsers(rule: NormalizedRule): string[] {
  return [...new Set(rule.spec.iamUserIDs ?? [])];
}

function policyFacts(rules: readonly NormalizedRule[]): Map<string, PolicyFacts> {
  return new Map(
    rules.map((rule) => [
      rule.metadata.uid,
      {
        id: rule.metadata.uid,
        name: rule.metadata.name ?? rule.metadata.uid,
        users: policyUsers(rule),
        contents: policyContents(rule),
      },
    ]),
  );
}

/** One user's grants in one namespace scope, from one set of bindings (a fleet's or a cluster's). */
interface ScopedGrants {
  userId: string;
  namespace: string;
  grants: Grant[];
  /** The same user's next scope on the same target, while the grants are collected. */
  next: ScopedGrants | undefined;
}

/** The namespaces one policy is bound for on a target. */
interface RuleBinding {
  ruleId: string;
  namespaces: string[];
}

/**
 * `namespacesByRule` (../bindings) as a list, in the same order with the same namespaces: a
 * target has a few bindings, so arrays and linear search, without the intermediate request,
 * maps and sets (it runs for each of 10,000 clusters).
 */
function bindingsOf(ruleNamespaces: readonly RuleNamespace[] | undefined): RuleBinding[] {
  const result: RuleBinding[] = [];
  if (!ruleNamespaces) return result;
  for (const entry of ruleNamespaces) {
    const namespaces = entry.namespaces;
    if (!entry.rules || !namespaces || namespaces.length === 0) continue;
    for (const rule of entry.rules) {
      const ruleId = rule.ruleID;
      if (!ruleId) continue;
      let binding: RuleBinding | undefined;
      for (const item of result) if (item.ruleId === ruleId) binding = item;
      if (binding) addNew(binding.namespaces, namespaces);
      else result.push({ ruleId, namespaces: unique(namespaces) });
    }
  }
  return result;
}

const allNamespacesOnly: readonly string[] = [allNamespaces];

/**
 * The grants a set of bindings makes, per user and namespace scope, in the order the bindings
 * name them. Computed once per fleet and shared by its members: 10,000 clusters in a few fleets
 * cost a few of these.
 */
function grantsOf(
  ruleNamespaces: readonly RuleNamespace[] | undefined,
  policies: ReadonlyMap<string, PolicyFacts>,
  source: BindingSource,
): ScopedGrants[] {
  const result: ScopedGrants[] = [];
  // Per user, their first scope; the others follow it (a user has a few on one target).
  const byUser = new Map<string, ScopedGrants>();
  for (const { ruleId, namespaces } of bindingsOf(ruleNamespaces)) {
    const policy = policies.get(ruleId);
    // A binding to a policy that no longer exists grants nothing.
    if (!policy) continue;
    const scopes = namespaces.includes(allNamespaces) ? allNamespacesOnly : namespaces;
    const grant: Grant = { ruleId, ruleName: policy.name, contents: policy.contents, source };
    for (const userId of policy.users)
      for (const namespace of scopes) {
        let scoped = byUser.get(userId);
        let last = scoped;
        while (scoped && scoped.namespace !== namespace) {
          last = scoped;
          scoped = scoped.next;
        }
        if (scoped) {
          scoped.grants.push(grant);
          continue;
        }
        const created: ScopedGrants = { userId, namespace, grants: [grant], next: undefined };
        if (last) last.next = created;
        else byUser.set(userId, created);
        result.push(created);
      }
  }
  return result;
}

export interface AccessOptions {
  /** Only these clusters (an impact preview needs only the clusters a change touches). */
  clusterIds?: ReadonlySet<string>;
}

/** Where a cluster's own bindings apply: the same for every cluster not in a fleet. */
const clusterSource: BindingSource = { kind: 'cluster' };

/** A cluster whose entries are to be made, and the grants they share. */
interface ClusterGrants {
  clusterId: string;
  clusterName: string;
  /** Its fleet, if any; the fleet's grants then. */
  fleetId: string;
  fleetName: string;
  scoped: readonly ScopedGrants[];
}

/**
 * Effective access of every IAM user named in a policy, on every cluster, per namespace scope.
 * Fast at 10,000 clusters × 50 policies (`npx tsx mocks/benchAccess.ts`): a fleet's grants are
 * computed once and their arrays shared by its members' entries, and the entries are made in
 * one array of the right size, so a cluster costs one small object per entry.
 */
export function computeAccess(facts: AccessFacts, options: AccessOptions = {}): EffectiveAccess {
  const policies = policyFacts(facts.rules);
  const fleets = new Map(facts.fleets.map((fleet) => [fleet.metadata.uid, fleet]));
  const fleetGrants = new Map<string, ScopedGrants[]>();
  const inactive: InactiveBinding[] = [];
  const only = options.clusterIds;
  const targets: ClusterGrants[] = [];
  let count = 0;

  for (const cluster of facts.clusters) {
    const clusterId = cluster.metadata.uid;
    if (only && !only.has(clusterId)) continue;
    const clusterName = cluster.metadata.name ?? clusterId;
    const fleetId = cluster.spec.clusterGroupID;
    let scoped: ScopedGrants[] | undefined;
    let fleetName = '';
    if (fleetId) {
      const fleet = fleets.get(fleetId);
      fleetName = fleet?.metadata.name ?? fleetId;
      scoped = fleetGrants.get(fleetId);
      if (!scoped) {
        // A fleet that is not in the list (deleted meanwhile) binds nothing we know of.
        const source: BindingSource = { kind: 'fleet', fleetId, fleetName };
        scoped = grantsOf(fleet?.spec.ruleNamespaces, policies, source);
        fleetGrants.set(fleetId, scoped);
      }
      const own = cluster.spec.ruleNamespaces;
      if (own && own.length > 0)
        addInactive(inactive, own, policies, clusterId, clusterName, fleetId, fleetName);
    } else {
      scoped = grantsOf(cluster.spec.ruleNamespaces, policies, clusterSource);
    }
    count += scoped.length;
    targets.push({ clusterId, clusterName, fleetId: fleetId ?? '', fleetName, scoped });
  }
  return { entries: entriesOf(targets, count), inactive };
}

/** The entries of these clusters, in order: `count` of them. */
function entriesOf(targets: readonly ClusterGrants[], count: number): AccessEntry[] {
  // Sized once: a few hundred thousand entries, without growing the array on the way.
  const entries = new Array<AccessEntry>(count);
  let at = 0;
  for (const { clusterId, clusterName, fleetId, fleetName, scoped } of targets) {
    // One literal per shape, so the engine makes each kind of entry the same fast way.
    if (fleetId)
      for (let index = 0; index < scoped.length; index += 1) {
        const { userId, namespace, grants } = scoped[index] as ScopedGrants;
        entries[at++] = { userId, clusterId, clusterName, fleetId, fleetName, namespace, grants };
      }
    else
      for (let index = 0; index < scoped.length; index += 1) {
        const { userId, namespace, grants } = scoped[index] as ScopedGrants;
        entries[at++] = { userId, clusterId, clusterName, namespace, grants };
      }
  }
  return entries;
}

/** A member cluster's own bindings, which do not apply while it is in the fleet. */
function addInactive(
  inactive: InactiveBinding[],
  ruleNamespaces: readonly RuleNamespace[],
  policies: ReadonlyMap<string, PolicyFacts>,
  clusterId: string,
  clusterName: string,
  fleetId: string,
  fleetName: string,
): void {
  for (const { ruleId, namespaces } of bindingsOf(ruleNamespaces))
    inactive.push({
      clusterId,
      clusterName,
      ruleId,
      ruleName: policies.get(ruleId)?.name ?? ruleId,
      namespaces,
      fleetId,
      fleetName,
    });
}

/** The items, each once, in the order they first appear (a copy, of the size it needs). */
function unique(items: readonly string[]): string[] {
  if (items.length > 32) return addNew([], items);
  for (let index = 1; index < items.length; index += 1)
    if (items.lastIndexOf(items[index] as string, index - 1) >= 0) return addNew([], items);
  return items.slice();
}

/** Adds the items not yet in `into`, each once, in the order they first appear. */
function addNew(into: string[], items: readonly string[]): string[] {
  if (into.length + items.length > 32) {
    // Many namespaces: a set, rather than a search per namespace.
    const seen = new Set(into);
    for (const item of items)
      if (!seen.has(item)) {
        seen.add(item);
        into.push(item);
      }
  } else for (const item of items) if (!into.includes(item)) into.push(item);
  return into;
}

// ------------------------------------------------------------------------------ questions

/** Whether a policy's contents allow `verb` on `resource` (`*` in the policy matches anything). */
export function contentsAllow(
  contents: readonly RuleContent[],
  { verb, resource }: Permission,
): boolean {
  return contents.some(
    (content) =>
      (content.verbs.includes('*') || content.verbs.includes(verb)) &&
      (content.resources.includes('*') || content.resources.includes(resource)),
  );
}

/** Whether one permission covers another: the same, or `*` where the other is specific. */
export function covers(held: Permission, wanted: Permission): boolean {
  return (
    (held.verb === '*' || held.verb === wanted.verb) &&
    (held.resource === '*' || held.resource === wanted.resource)
  );
}

/** Every verb × resource pair the grants give, each once. */
export function permissionsOf(grants: readonly Grant[]): Permission[] {
  const seen = new Map<string, Permission>();
  for (const grant of grants)
    for (const content of grant.contents)
      for (const verb of content.verbs)
        for (const resource of content.resources)
          seen.set(`${verb} ${resource}`, { verb, resource });
  return [...seen.values()];
}

/** Whether a grant makes a user an administrator where it applies: `*` verbs on `*` resources. */
export function isAdminEquivalent(grants: readonly Grant[]): boolean {
  return grants.some((grant) => contentsAllow(grant.contents, { verb: '*', resource: '*' }));
}

/** The entries of one user on one cluster that apply in `namespace` (its own and `*`). */
export function entriesFor(
  access: EffectiveAccess,
  userId: string,
  clusterId: string,
  namespace: string,
): AccessEntry[] {
  return access.entries.filter(
    (entry) =>
      entry.userId === userId &&
      entry.clusterId === clusterId &&
      (entry.namespace === allNamespaces || entry.namespace === namespace),
  );
}

export interface AccessQuestion extends Permission {
  userId: string;
  clusterId: string;
  namespace: string;
}

/** A change that would let the user do it. */
export type Suggestion =
  /** The policy allows it and names the user: bind it where it applies, for the namespace. */
  | { kind: 'bind'; ruleId: string; ruleName: string; target: BindTarget; namespace: string }
  /** The policy allows it and is bound there: add the user to it. */
  | { kind: 'addUser'; ruleId: string; ruleName: string }
  /** The policy allows it: add the user to it and bind it. */
  | {
      kind: 'addUserAndBind';
      ruleId: string;
      ruleName: string;
      target: BindTarget;
      namespace: string;
    }
  /** No policy allows it: one must be created. */
  | { kind: 'createPolicy' };

/** Where bindings apply for a cluster: its fleet's when it is in one, else its own. */
export type BindTarget =
  { kind: 'fleet'; id: string; name: string } | { kind: 'cluster'; id: string; name: string };

export interface AccessAnswer {
  allowed: boolean;
  /** The grants that allow it (policy, where bound, namespace scope). */
  grantedBy: { grant: Grant; namespace: string }[];
  /** For a "no": what would change it. */
  suggestions: Suggestion[];
}

/** "Can user U do VERB on RESOURCE in NAMESPACE of CLUSTER?" with the why, or what would grant it. */
export function answer(facts: AccessFacts, question: AccessQuestion): AccessAnswer {
  const access = computeAccess(facts, { clusterIds: new Set([question.clusterId]) });
  const grantedBy = entriesFor(access, question.userId, question.clusterId, question.namespace)
    .flatMap((entry) => entry.grants.map((grant) => ({ grant, namespace: entry.namespace })))
    .filter(({ grant }) => contentsAllow(grant.contents, question));
  if (grantedBy.length > 0) return { allowed: true, grantedBy, suggestions: [] };
  return { allowed: false, grantedBy, suggestions: suggestionsFor(facts, question) };
}

/** Where a cluster's bindings must be made to apply. */
export function bindTargetOf(facts: AccessFacts, clusterId: string): BindTarget | undefined {
  const cluster = facts.clusters.find((item) => item.metadata.uid === clusterId);
  if (!cluster) return undefined;
  const fleetId = cluster.spec.clusterGroupID;
  if (fleetId) {
    const fleet = facts.fleets.find((item) => item.metadata.uid === fleetId);
    return { kind: 'fleet', id: fleetId, name: fleet?.metadata.name ?? fleetId };
  }
  return { kind: 'cluster', id: clusterId, name: cluster.metadata.name ?? clusterId };
}

function suggestionsFor(facts: AccessFacts, question: AccessQuestion): Suggestion[] {
  const target = bindTargetOf(facts, question.clusterId);
  if (!target) return [];
  const targetBindings =
    target.kind === 'fleet'
      ? facts.fleets.find((fleet) => fleet.metadata.uid === target.id)?.spec.ruleNamespaces
      : facts.clusters.find((cluster) => cluster.metadata.uid === target.id)?.spec.ruleNamespaces;
  const bound = namespacesByRule(targetBindings);
  const suggestions: Suggestion[] = [];
  for (const rule of facts.rules) {
    if (!contentsAllow(policyContents(rule), question)) continue;
    const ruleId = rule.metadata.uid;
    const ruleName = rule.metadata.name ?? ruleId;
    const namespaces = bound.get(ruleId) ?? [];
    const boundHere = namespaces.includes(allNamespaces) || namespaces.includes(question.namespace);
    const named = policyUsers(rule).includes(question.userId);
    if (named && !boundHere)
      suggestions.push({ kind: 'bind', ruleId, ruleName, target, namespace: question.namespace });
    else if (!named && boundHere) suggestions.push({ kind: 'addUser', ruleId, ruleName });
    else if (!named)
      suggestions.push({
        kind: 'addUserAndBind',
        ruleId,
        ruleName,
        target,
        namespace: question.namespace,
      });
  }
  // The least change first: a bind or an added user before both.
  const order: Record<Suggestion['kind'], number> = {
    bind: 0,
    addUser: 1,
    addUserAndBind: 2,
    createPolicy: 3,
  };
  suggestions.sort((a, b) => order[a.kind] - order[b.kind]);
  return suggestions.length > 0 ? suggestions : [{ kind: 'createPolicy' }];
}

/** Every IAM user ID named in any policy, sorted. */
export function knownUsers(rules: readonly NormalizedRule[]): string[] {
  return [...new Set(rules.flatMap(policyUsers))].sort();
}
