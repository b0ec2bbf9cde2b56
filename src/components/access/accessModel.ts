/**
 * What the access explorer, the "Who has access" tabs and the access report show, derived from
 * the access module (`@/api/access/effectiveAccess`): rows, a target's slice, the users ×
 * namespace scopes matrix and the report's rows. Pure: no React, no strings of a language.
 */
import { allNamespaces } from '@/api/bindings';
import type { NormalizedCluster } from '@/api/normalize';
import {
  computeAccess,
  isAdminEquivalent,
  permissionsOf,
  type AccessEntry,
  type AccessFacts,
  type Grant,
  type InactiveBinding,
} from '@/api/access/effectiveAccess';

/** A cluster or a fleet whose access is shown. */
export interface AccessTarget {
  kind: 'cluster' | 'fleet';
  id: string;
}

/** Verbs allowed on a set of resources: "get, list, watch on *". */
export interface PermissionGroup {
  verbs: string[];
  resources: string[];
}

const byText = (a: string, b: string) => a.localeCompare(b);
/** `*` first (the widest), then by name. */
const starFirst = (a: string, b: string) =>
  a === allNamespaces ? -1 : b === allNamespaces ? 1 : byText(a, b);

/**
 * What grants allow, grouped: resources allowed exactly the same verbs share one group. Verbs
 * keep the order the policies list them in (get, list, watch … reads better than sorted).
 */
export function permissionGroups(grants: readonly Grant[]): PermissionGroup[] {
  const verbsByResource = new Map<string, string[]>();
  for (const { verb, resource } of permissionsOf(grants)) {
    const verbs = verbsByResource.get(resource) ?? [];
    if (!verbs.includes(verb)) verbs.push(verb);
    verbsByResource.set(resource, verbs);
  }
  const groups = new Map<string, PermissionGroup>();
  for (const [resource, verbs] of verbsByResource) {
    const key = [...verbs].sort().join(',');
    const group = groups.get(key);
    if (group) group.resources.push(resource);
    else groups.set(key, { verbs, resources: [resource] });
  }
  return [...groups.values()]
    .map((group) => ({ verbs: group.verbs, resources: group.resources.sort(starFirst) }))
    .sort((a, b) => starFirst(a.resources[0] ?? '', b.resources[0] ?? ''));
}

/** Every verb and every resource the grants name, each once (the report's columns). */
export function verbsAndResources(grants: readonly Grant[]) {
  const permissions = permissionsOf(grants);
  return {
    verbs: [...new Set(permissions.map((permission) => permission.verb))],
    resources: [...new Set(permissions.map((permission) => permission.resource))].sort(starFirst),
  };
}

/** Entries in a stable order: user, cluster name, then namespace scope (`*` first). */
export function sortEntries(entries: readonly AccessEntry[]): AccessEntry[] {
  return [...entries].sort(
    (a, b) =>
      byText(a.userId, b.userId) ||
      byText(a.clusterName, b.clusterName) ||
      byText(a.clusterId, b.clusterId) ||
      starFirst(a.namespace, b.namespace),
  );
}

export interface EntryFilter {
  /** Only this IAM user's entries. */
  userId?: string;
  /** Only clusters whose name contains this text (any case). */
  clusterText?: string;
}

/** The entries a filter keeps: the explorer's table and the report "for the current filter". */
export function filterEntries(entries: readonly AccessEntry[], filter: EntryFilter): AccessEntry[] {
  const text = filter.clusterText?.trim().toLowerCase() ?? '';
  return entries.filter(
    (entry) =>
      (!filter.userId || entry.userId === filter.userId) &&
      (!text || entry.clusterName.toLowerCase().includes(text)),
  );
}

/** What a cluster or a fleet grants, and to whom. */
export interface AccessSlice {
  /** The target is not among the listed clusters or fleets. */
  missing: boolean;
  name: string;
  /** The fleet whose policies apply, for a cluster in a fleet. */
  fleet?: { id: string; name: string };
  /**
   * Grants per user and namespace scope, the same on every cluster they apply to: a fleet's
   * apply alike to each member (and to clusters that join later).
   */
  grants: AccessEntry[];
  /** Every entry on the target's clusters: the cluster's, or each member's of the fleet. */
  entries: AccessEntry[];
  /** The cluster's own bindings that do not apply while it follows its fleet's. */
  inactive: InactiveBinding[];
}

/** A stand-in member: a fleet's grants are computed even when it has no member yet. */
function memberOf(fleetId: string): NormalizedCluster {
  return {
    metadata: { uid: '', name: '' },
    spec: { clusterGroupID: fleetId },
    status: { conditions: [], endpoints: [] },
  } as unknown as NormalizedCluster;
}

/** A cluster's or a fleet's slice of effective access. */
export function sliceOf(facts: AccessFacts, target: AccessTarget): AccessSlice {
  if (target.kind === 'cluster') {
    const cluster = facts.clusters.find((item) => item.metadata.uid === target.id);
    if (!cluster) return { missing: true, name: target.id, grants: [], entries: [], inactive: [] };
    const access = computeAccess(facts, { clusterIds: new Set([target.id]) });
    const fleetId = cluster.spec.clusterGroupID || undefined;
    const fleetName = fleetId
      ? (facts.fleets.find((fleet) => fleet.metadata.uid === fleetId)?.metadata.name ?? fleetId)
      : undefined;
    const entries = sortEntries(access.entries);
    return {
      missing: false,
      name: cluster.metadata.name ?? target.id,
      ...(fleetId && fleetName ? { fleet: { id: fleetId, name: fleetName } } : {}),
      grants: entries,
      entries,
      inactive: access.inactive,
    };
  }
  const fleet = facts.fleets.find((item) => item.metadata.uid === target.id);
  if (!fleet) return { missing: true, name: target.id, grants: [], entries: [], inactive: [] };
  const members = facts.clusters.filter((cluster) => cluster.spec.clusterGroupID === target.id);
  const grants = computeAccess({ ...facts, clusters: [memberOf(target.id)] }).entries;
  const entries = computeAccess(facts, {
    clusterIds: new Set(members.map((cluster) => cluster.metadata.uid)),
  }).entries;
  return {
    missing: false,
    name: fleet.metadata.name ?? target.id,
    grants: sortEntries(grants),
    entries: sortEntries(entries),
    inactive: [],
  };
}

/** One user's row of the matrix: their grants per namespace scope. */
export interface MatrixRow {
  userId: string;
  cells: Map<string, Grant[]>;
  admin: boolean;
}

/** Users × namespace scopes (`*` first); a user's admin-equivalent grants mark their row. */
export function matrixOf(grants: readonly AccessEntry[]): { scopes: string[]; rows: MatrixRow[] } {
  const scopes = [...new Set(grants.map((entry) => entry.namespace))].sort(starFirst);
  const rows = new Map<string, MatrixRow>();
  for (const entry of grants) {
    const row = rows.get(entry.userId) ?? { userId: entry.userId, cells: new Map(), admin: false };
    row.cells.set(entry.namespace, [...(row.cells.get(entry.namespace) ?? []), ...entry.grants]);
    row.admin ||= isAdminEquivalent(entry.grants);
    rows.set(entry.userId, row);
  }
  return { scopes, rows: [...rows.values()].sort((a, b) => byText(a.userId, b.userId)) };
}

// ------------------------------------------------------------------------------ the report

/** How the report names things in the operator's language. */
export interface ReportLabels {
  columns: {
    user: string;
    cluster: string;
    fleet: string;
    namespace: string;
    verbs: string;
    resources: string;
    grantedBy: string;
  };
  allNamespaces: string;
  /** "config-editor (fleet cluster-test)"; a grant bound on the cluster names the cluster. */
  grant: (grant: Grant, clusterName: string) => string;
}

/** The report's columns, one row per table row: user, cluster, fleet, scope, verbs, resources, why. */
export function reportCsvRows(entries: readonly AccessEntry[], labels: ReportLabels) {
  const { columns } = labels;
  const header = [
    columns.user,
    columns.cluster,
    columns.fleet,
    columns.namespace,
    columns.verbs,
    columns.resources,
    columns.grantedBy,
  ];
  const rows = entries.map((entry) => {
    const { verbs, resources } = verbsAndResources(entry.grants);
    return [
      entry.userId,
      entry.clusterName,
      entry.fleetName ?? '',
      entry.namespace === allNamespaces ? labels.allNamespaces : entry.namespace,
      verbs.join(' '),
      resources.join(' '),
      entry.grants.map((grant) => labels.grant(grant, entry.clusterName)).join('; '),
    ];
  });
  return { header, rows };
}

/** The report as JSON: the same rows, with ids, for scripts. */
export function reportJson(entries: readonly AccessEntry[]): string {
  return `${JSON.stringify(
    entries.map((entry) => ({
      user: entry.userId,
      cluster: { id: entry.clusterId, name: entry.clusterName },
      fleet: entry.fleetId ? { id: entry.fleetId, name: entry.fleetName } : null,
      namespaceScope: entry.namespace,
      ...verbsAndResources(entry.grants),
      permissions: permissionsOf(entry.grants),
      adminEquivalent: isAdminEquivalent(entry.grants),
      grantedBy: entry.grants.map((grant) => ({
        policy: { id: grant.ruleId, name: grant.ruleName },
        boundTo:
          grant.source.kind === 'fleet'
            ? { kind: 'fleet', id: grant.source.fleetId, name: grant.source.fleetName }
            : { kind: 'cluster', id: entry.clusterId, name: entry.clusterName },
      })),
    })),
    null,
    2,
  )}\n`;
}
