/**
 * A bundle planned against the account: what would be created or updated, field by field, in
 * the order the API needs (policies before the bindings that name them, fleets before their
 * members, members before bindings), and what a bundle asks that cannot be done (a cluster the
 * account does not have) as problems, never as a crash. Pure: the page and the command line
 * plan with the same code, on lists they read themselves.
 */
import { allNamespaces, namespacesByRule, normalizeNamespaces } from '../bindings';
import type { NormalizedCluster, NormalizedRuleNamespace } from '../normalize';
import { templateContents, type PolicyType } from '../reference/permissions';
import type { CreateRuleRequest, UpdateRuleRequest } from '../types';
import { policyNamer, type BundleFacts } from './export';
import type { BundleLocation, BundleProblem, ProblemDetails } from './parse';
import type { Bundle, BundlePermission, BundlePolicy } from './schema';

/** A field's value before and after, each as lines (a scalar is one line, none when empty). */
export interface FieldChange {
  field: 'type' | 'description' | 'users' | 'contents' | 'fleet' | 'permissions';
  before: string[];
  after: string[];
}

/**
 * A step of the plan: one request. Objects the plan creates have no id yet; later steps name
 * them, and applying resolves the name once the object exists.
 */
export type PlanStep = { changes: FieldChange[] } & (
  | { kind: 'createPolicy'; policy: string; request: CreateRuleRequest }
  | { kind: 'updatePolicy'; policy: string; ruleId: string; request: UpdateRuleRequest }
  | { kind: 'createFleet'; fleet: string; description: string }
  | { kind: 'updateFleetDescription'; fleet: string; fleetId: string; description: string }
  | { kind: 'leaveFleet'; cluster: string; clusterId: string; fleet: string }
  | { kind: 'joinFleet'; cluster: string; clusterId: string; fleet: string }
  | { kind: 'setFleetPermissions'; fleet: string; permissions: BundlePermission[] }
  | {
      kind: 'setClusterPermissions';
      cluster: string;
      clusterId: string;
      permissions: BundlePermission[];
    }
);

export type PlanStepKind = PlanStep['kind'];

export interface BundlePlan {
  steps: PlanStep[];
  /** What the bundle asks that the account cannot do; a plan with problems is not applied. */
  problems: BundleProblem[];
}

/** The order steps are applied in: each kind may depend on the kinds before it. */
export const stepOrder: readonly PlanStepKind[] = [
  'createPolicy',
  'updatePolicy',
  'createFleet',
  'updateFleetDescription',
  'leaveFleet',
  'joinFleet',
  'setFleetPermissions',
  'setClusterPermissions',
];

// ------------------------------------------------------------------------------- values

const sortedText = (items: readonly string[]) => [...items].sort((a, b) => a.localeCompare(b));

/** A content entry as one line: "get, list on pods, services". */
function contentLine(content: { verbs?: readonly string[]; resources?: readonly string[] }) {
  return `${sortedText(content.verbs ?? []).join(', ')} on ${sortedText(content.resources ?? []).join(', ')}`;
}

/** Bindings as lines, one per policy: "readers in default, dev" (order-free, as UCS reads them). */
function permissionLines(byPolicy: ReadonlyMap<string, readonly string[]>): string[] {
  return sortedText(
    [...byPolicy].map(([policy, namespaces]) => {
      const scope = normalizeNamespaces(namespaces);
      return `${policy} in ${scope.includes(allNamespaces) ? allNamespaces : sortedText(scope).join(', ')}`;
    }),
  );
}

function bundlePermissionsByPolicy(
  permissions: readonly BundlePermission[],
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of permissions)
    for (const policy of entry.policies)
      result.set(policy, [...(result.get(policy) ?? []), ...entry.namespaces]);
  return result;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

/** A change of a field, or none when both sides read the same. */
function change(
  field: FieldChange['field'],
  before: readonly string[],
  after: readonly string[],
): FieldChange[] {
  return sameLines(before, after) ? [] : [{ field, before: [...before], after: [...after] }];
}

const line = (text: string | undefined) => (text ? [text] : []);

// -------------------------------------------------------------------------------- plan

/** Problems planning finds, located in the bundle (`locate` from `parseBundle`). */
type Locate = (path: (string | number)[]) => BundleLocation;
const nowhere: Locate = (path) => ({ path, line: 0, column: 0 });

/**
 * The steps that make the account what the bundle says, and the problems that prevent it.
 * An account that already matches plans no step.
 */
export function planBundle(
  bundle: Bundle,
  facts: BundleFacts,
  locate: Locate = nowhere,
): BundlePlan {
  const problems: BundleProblem[] = [];
  const problem = (path: (string | number)[], details: ProblemDetails) =>
    problems.push({ ...details, ...locate(path) } as BundleProblem);

  const policies = bundle.policies ?? [];
  const fleets = bundle.fleets ?? [];
  const clusterEntries = bundle.clusters ?? [];

  // Names are how a bundle refers to objects: each once per kind.
  const once = (names: readonly string[], section: string) => {
    const seen = new Set<string>();
    names.forEach((name, index) => {
      if (seen.has(name)) problem([section, index, 'name'], { code: 'duplicateName', name });
      seen.add(name);
    });
  };
  once(
    policies.map((policy) => policy.name),
    'policies',
  );
  once(
    fleets.map((fleet) => fleet.name),
    'fleets',
  );
  once(
    clusterEntries.map((cluster) => cluster.name),
    'clusters',
  );

  const ruleByName = new Map(facts.rules.map((rule) => [rule.metadata.name ?? '', rule]));
  const fleetByName = new Map(facts.fleets.map((fleet) => [fleet.metadata.name ?? '', fleet]));
  const fleetName = new Map(
    facts.fleets.map((fleet) => [fleet.metadata.uid, fleet.metadata.name ?? '']),
  );
  const clustersNamed = new Map<string, NormalizedCluster[]>();
  for (const cluster of facts.clusters) {
    const name = cluster.metadata.name ?? '';
    clustersNamed.set(name, [...(clustersNamed.get(name) ?? []), cluster]);
  }
  const clusterNamed = (name: string, path: (string | number)[]) => {
    const found = clustersNamed.get(name) ?? [];
    if (found.length === 1) return found[0];
    problem(path, { code: found.length ? 'ambiguousCluster' : 'unknownCluster', name });
    return undefined;
  };
  const policyNames = new Set([...ruleByName.keys(), ...policies.map((policy) => policy.name)]);
  const checkPolicies = (permissions: readonly BundlePermission[], path: (string | number)[]) =>
    permissions.forEach((entry, index) =>
      entry.policies.forEach((name, at) => {
        if (!policyNames.has(name))
          problem([...path, index, 'policies', at], { code: 'unknownPolicy', name });
      }),
    );
  // Bindings UCS reports, by policy name.
  const policyName = policyNamer(facts);
  const currentPermissions = (ruleNamespaces: readonly NormalizedRuleNamespace[] | undefined) =>
    new Map(
      [...namespacesByRule(ruleNamespaces)].map(([id, namespaces]) => [policyName(id), namespaces]),
    );

  /** A target's bindings as UCS reports them against the bundle's, as lines per policy. */
  const permissionsChange = (
    ruleNamespaces: readonly NormalizedRuleNamespace[] | undefined,
    permissions: readonly BundlePermission[],
  ) =>
    change(
      'permissions',
      permissionLines(currentPermissions(ruleNamespaces)),
      permissionLines(bundlePermissionsByPolicy(permissions)),
    );

  const steps: PlanStep[] = [];

  // Policies.
  for (const policy of policies) {
    const current = ruleByName.get(policy.name);
    const spec = policySpec(policy, current?.spec.description);
    if (!current) {
      steps.push({
        kind: 'createPolicy',
        policy: policy.name,
        request: { metadata: { name: policy.name }, spec },
        changes: policyChanges(undefined, policy),
      });
      continue;
    }
    const changes = policyChanges(current, policy);
    if (changes.length)
      steps.push({
        kind: 'updatePolicy',
        policy: policy.name,
        ruleId: current.metadata.uid,
        request: { spec },
        changes,
      });
  }

  // Fleets and their descriptions.
  for (const fleet of fleets) {
    const current = fleetByName.get(fleet.name);
    const description = fleet.description ?? '';
    if (!current) {
      steps.push({
        kind: 'createFleet',
        fleet: fleet.name,
        description,
        changes: change('description', [], line(description)),
      });
      continue;
    }
    // No description in the bundle leaves the fleet's as it is.
    const changes =
      fleet.description === undefined
        ? []
        : change('description', line(current.spec.description), line(description));
    if (changes.length)
      steps.push({
        kind: 'updateFleetDescription',
        fleet: fleet.name,
        fleetId: current.metadata.uid,
        description,
        changes,
      });
  }

  // Membership: where the bundle wants each cluster, for fleets that list their clusters.
  const wantedFleet = new Map<string, string>();
  const firstFleetOf = new Map<string, string>();
  fleets.forEach((fleet, fleetIndex) =>
    fleet.clusters?.forEach((name, index) => {
      const path = ['fleets', fleetIndex, 'clusters', index];
      const first = firstFleetOf.get(name);
      if (first !== undefined && first !== fleet.name) {
        problem(path, { code: 'clusterInTwoFleets', name, fleets: [first, fleet.name] });
        return;
      }
      firstFleetOf.set(name, fleet.name);
      const cluster = clusterNamed(name, path);
      if (cluster) wantedFleet.set(cluster.metadata.uid, fleet.name);
    }),
  );
  const managedFleets = new Set(
    fleets.filter((fleet) => fleet.clusters).map((fleet) => fleet.name),
  );
  const leaves: PlanStep[] = [];
  const joins: PlanStep[] = [];
  for (const cluster of facts.clusters) {
    const clusterId = cluster.metadata.uid;
    const name = cluster.metadata.name ?? '';
    const currentFleet = cluster.spec.clusterGroupID
      ? (fleetName.get(cluster.spec.clusterGroupID) ?? cluster.spec.clusterGroupID)
      : undefined;
    const wanted = wantedFleet.get(clusterId);
    const leaving =
      currentFleet !== undefined &&
      currentFleet !== wanted &&
      (managedFleets.has(currentFleet) || wanted !== undefined);
    if (leaving)
      leaves.push({
        kind: 'leaveFleet',
        cluster: name,
        clusterId,
        fleet: currentFleet,
        changes: change('fleet', [currentFleet], line(wanted)),
      });
    if (wanted !== undefined && wanted !== currentFleet)
      joins.push({
        kind: 'joinFleet',
        cluster: name,
        clusterId,
        fleet: wanted,
        // A move reads as one change on the leave; the join names the fleet joined.
        changes: leaving ? [] : change('fleet', [], [wanted]),
      });
  }
  const byCluster = (a: PlanStep, b: PlanStep) =>
    ('cluster' in a ? a.cluster : '').localeCompare('cluster' in b ? b.cluster : '');
  steps.push(...leaves.sort(byCluster), ...joins.sort(byCluster));

  // Bindings: fleets', then clusters' own.
  fleets.forEach((fleet, index) => {
    if (!fleet.permissions) return;
    checkPolicies(fleet.permissions, ['fleets', index, 'permissions']);
    const changes = permissionsChange(
      fleetByName.get(fleet.name)?.spec.ruleNamespaces,
      fleet.permissions,
    );
    if (changes.length)
      steps.push({
        kind: 'setFleetPermissions',
        fleet: fleet.name,
        permissions: fleet.permissions,
        changes,
      });
  });
  clusterEntries.forEach((entry, index) => {
    checkPolicies(entry.permissions, ['clusters', index, 'permissions']);
    const cluster = clusterNamed(entry.name, ['clusters', index, 'name']);
    if (!cluster) return;
    const changes = permissionsChange(cluster.spec.ruleNamespaces, entry.permissions);
    if (changes.length)
      steps.push({
        kind: 'setClusterPermissions',
        cluster: entry.name,
        clusterId: cluster.metadata.uid,
        permissions: entry.permissions,
        changes,
      });
  });

  return {
    steps,
    problems: problems.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/**
 * The spec a policy is sent with (an update replaces the whole spec): a template policy sends its
 * template's contents, as the editor does; no description in the bundle keeps the current one.
 */
function policySpec(
  policy: BundlePolicy,
  currentDescription = '',
): NonNullable<UpdateRuleRequest['spec']> {
  return {
    type: policy.type,
    description: policy.description ?? currentDescription,
    contents:
      policy.type === 'custom'
        ? (policy.contents ?? []).map((content) => ({
            verbs: [...content.verbs],
            resources: [...content.resources],
          }))
        : templateContents(policy.type as PolicyType),
    iamUserIDs: [...policy.users],
  };
}

function policyChanges(
  current: BundleFacts['rules'][number] | undefined,
  policy: BundlePolicy,
): FieldChange[] {
  const wantsContents = policy.type === 'custom';
  const hadContents = current?.spec.type === 'custom';
  return [
    ...change('type', line(current?.spec.type), [policy.type]),
    ...(policy.description === undefined
      ? []
      : change('description', line(current?.spec.description), line(policy.description))),
    ...change('users', sortedText(current?.spec.iamUserIDs ?? []), sortedText(policy.users)),
    ...change(
      'contents',
      hadContents ? sortedText((current?.spec.contents ?? []).map(contentLine)) : [],
      wantsContents ? sortedText((policy.contents ?? []).map(contentLine)) : [],
    ),
  ];
}

/** How many steps of each kind: the plan's summary line. */
export function planCounts(plan: BundlePlan): Record<PlanStepKind, number> {
  const counts = Object.fromEntries(stepOrder.map((kind) => [kind, 0])) as Record<
    PlanStepKind,
    number
  >;
  for (const step of plan.steps) counts[step.kind] += 1;
  return counts;
}
