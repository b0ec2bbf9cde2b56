/**
 * The one place where what UCS returns is made uniform before pages read it.
 *
 * The UCS API reference spells several response fields two ways (its tables versus its examples),
 * and the contract (`src/api/ucs.openapi.yaml`) therefore declares both spellings as optional
 * properties. The functions here fold each pair onto one canonical name — the vendor SDK's name
 * (`huaweicloud-sdk-nodejs-v3`, `services/ucs/v1/model`) — drop the variant, and give pages
 * always-present `metadata`/`spec`/`status` objects and arrays, so a page reads exactly one name.
 *
 * Canonical names:
 *   cluster spec   projectID (not projectId), isDownloadedCert (not IsDownloadedCert — the SDK's
 *                  accessor for its JSON key), enableDistMgt (not the table's enableDistMgmt)
 *   conditions     lastTransitionTime (not lasttransitiontime)
 *   rule spec      iamUserIDs (not iamuserids)
 *   job spec       federationUID, resourceID, resourceName, subJobs, extendparam
 *                  (not federationuid, resourceid, resourcename, subjobs, extendParam)
 *   job status     startTime, completionTime (not starttime, completiontime)
 *   fleet spec     ruleNamespaces as RuleNamespace objects (not the table's namespace strings)
 *
 * Timestamps stay strings on the objects; parse them with `parseUcsTime` where they are shown.
 */
import type { components } from './generated/ucs';

type Schemas = components['schemas'];

/**
 * `T` with only its declared properties, minus `Omitted`. The lenient response schemas allow
 * unknown properties (an index signature), which would otherwise swallow `Omit` and let a page
 * read any name at all.
 */
type Declared<T, Omitted extends PropertyKey = never> = {
  [
    K in keyof T as string extends K
      ? never
      : number extends K
        ? never
        : K extends Omitted
          ? never
          : K
  ]: T[K];
};

/** Every object the console handles has its id: an absent one reads as empty, never undefined. */
export type NormalizedObjectMeta = Declared<Schemas['ObjectMeta']> & { uid: string };

export type NormalizedClusterSpec = Declared<
  Schemas['ClusterSpec'],
  'projectId' | 'IsDownloadedCert' | 'enableDistMgmt'
>;

export type NormalizedCondition = Declared<Schemas['ConditionStatus'], 'lasttransitiontime'>;

export interface NormalizedNodeSummary {
  totalNum?: number;
  readyNum?: number;
}

export type NormalizedClusterStatus = Declared<
  Schemas['ClusterStatus'],
  'endpoints' | 'conditions' | 'nodeSummary'
> & {
  /** Always a list: the reference's table says one object, its examples a list. */
  endpoints: Declared<Schemas['Endpoint']>[];
  conditions: NormalizedCondition[];
  /** Counts as numbers: the table types them as strings, the SDK as numbers. */
  nodeSummary?: NormalizedNodeSummary;
};

export type NormalizedCluster = Declared<Schemas['Cluster'], 'metadata' | 'spec' | 'status'> & {
  metadata: NormalizedObjectMeta;
  spec: NormalizedClusterSpec;
  status: NormalizedClusterStatus;
};

export type NormalizedRuleNamespace = Declared<Schemas['RuleNamespace']>;

export type NormalizedClusterGroupSpec = Declared<Schemas['ClusterGroupSpec'], 'ruleNamespaces'> & {
  /**
   * Policies bound to the fleet, always in the cluster-side shape: the reference's plain
   * namespace strings are folded in by `normalizeClusterGroup`. Absent when nothing is bound,
   * as on a cluster.
   */
  ruleNamespaces?: NormalizedRuleNamespace[];
};

export type NormalizedClusterGroup = Declared<
  Schemas['ClusterGroup'],
  'metadata' | 'spec' | 'status'
> & {
  metadata: NormalizedObjectMeta;
  spec: NormalizedClusterGroupSpec;
  status: { conditions: Declared<Schemas['ClusterGroupCondition']>[] };
};

export type NormalizedRule = Declared<Schemas['Rule'], 'metadata' | 'spec'> & {
  metadata: NormalizedObjectMeta;
  spec: Declared<Schemas['RuleSpec'], 'iamuserids'>;
};

export type NormalizedJobSpec = Declared<
  Schemas['JobSpec'],
  'federationuid' | 'resourceid' | 'resourcename' | 'extendParam' | 'subjobs' | 'subJobs'
> & {
  subJobs: NormalizedJob[];
};

export type NormalizedJobStatus = Declared<Schemas['JobStatus'], 'completiontime' | 'starttime'>;

export type NormalizedJob = Declared<Schemas['Job'], 'metadata' | 'spec' | 'status'> & {
  metadata: NormalizedObjectMeta;
  spec: NormalizedJobSpec;
  status: NormalizedJobStatus;
};

// ------------------------------------------------------------------------------------ times

/**
 * RFC 3339 (`2023-11-27T11:05:09+08:00`, `2023-11-02T06:36:14Z`) and Go's `time.Time.String()`
 * (`2023-11-02 06:33:35.558128 +0000 UTC`, optionally followed by a monotonic-clock reading
 * `m=+0.000000001`), with any number of fraction digits. A missing offset is read as UTC, which
 * is what the reference says its timestamps are.
 */
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})))?(?:\s+(?:[A-Za-z]{1,5}|[+-]\d{2,4}))?(?:\s+m=[+-]\d+(?:\.\d+)?)?$/;

/**
 * Parses a UCS timestamp into a Date, or null when there is no time to show: empty, unparsable,
 * or Go's zero time (`0001-01-01T00:00:00Z`, `0001-01-01 00:00:00 +0000 UTC`), which UCS sends
 * for "never". Fractions beyond milliseconds (Go prints up to nanoseconds) are truncated.
 */
export function parseUcsTime(value?: string | null): Date | null {
  const text = value?.trim();
  if (!text) return null;
  const match = timestampPattern.exec(text);
  if (!match) return null;
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction,
    zulu,
    sign,
    offsetHours,
    offsetMinutes,
  ] = match;
  // Go's zero time.Time is year 1; UCS uses it for timestamps that were never set.
  if (Number(year) <= 1) return null;

  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;

  const milliseconds = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  date.setUTCFullYear(y, mo - 1, d);
  // A leap second (:60) is folded onto :59.
  date.setUTCHours(h, mi, Math.min(s, 59), milliseconds);
  // Rejects days the month does not have (2023-02-30 would otherwise roll over into March).
  if (date.getUTCDate() !== d) return null;

  if (!zulu && sign) {
    const offset = (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
    date.setTime(date.getTime() - (sign === '-' ? -offset : offset));
  }
  return date;
}

// ---------------------------------------------------------------------------------- helpers

/** The first value that is not undefined/null, so a present-but-empty canonical value wins. */
function firstDefined<T>(...values: (T | null | undefined)[]): T | undefined {
  for (const value of values) if (value !== undefined && value !== null) return value;
  return undefined;
}

/** A count the table types as string and the SDK as number; undefined when not a number. */
function toCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const count = Number(value);
    return Number.isFinite(count) ? count : undefined;
  }
  return undefined;
}

// ----------------------------------------------------------------------------- normalisers

export function normalizeObjectMeta(
  metadata: Schemas['ObjectMeta'] | undefined,
): NormalizedObjectMeta {
  return { ...metadata, uid: metadata?.uid ?? '' };
}

export function normalizeCondition(condition: Schemas['ConditionStatus']): NormalizedCondition {
  const { lastTransitionTime, lasttransitiontime, ...rest } = condition;
  const time = firstDefined(lastTransitionTime, lasttransitiontime);
  return time === undefined ? rest : { ...rest, lastTransitionTime: time };
}

function normalizeClusterSpec(spec: Schemas['ClusterSpec'] | undefined): NormalizedClusterSpec {
  const {
    projectID,
    projectId,
    isDownloadedCert,
    IsDownloadedCert,
    enableDistMgt,
    enableDistMgmt,
    ...rest
  } = spec ?? {};
  const normalized: NormalizedClusterSpec = rest;
  const project = firstDefined(projectID, projectId);
  const downloaded = firstDefined(isDownloadedCert, IsDownloadedCert);
  const distributedManagement = firstDefined(enableDistMgt, enableDistMgmt);
  if (project !== undefined) normalized.projectID = project;
  if (downloaded !== undefined) normalized.isDownloadedCert = downloaded;
  if (distributedManagement !== undefined) normalized.enableDistMgt = distributedManagement;
  return normalized;
}

/**
 * A cluster listed with `enablestatus=false` has no status at all: it reads as no endpoints, no
 * conditions and no phase. A missing phase means "not asked for" (or never reported) — pages show
 * it as unknown, never as Unavailable.
 */
function normalizeClusterStatus(
  status: Schemas['ClusterStatus'] | undefined,
): NormalizedClusterStatus {
  const { endpoints, conditions, nodeSummary, ...rest } = status ?? {};
  const normalized: NormalizedClusterStatus = {
    ...rest,
    endpoints: endpoints === undefined ? [] : Array.isArray(endpoints) ? endpoints : [endpoints],
    conditions: (conditions ?? []).map(normalizeCondition),
  };
  if (nodeSummary) {
    normalized.nodeSummary = {
      totalNum: toCount(nodeSummary.totalNum),
      readyNum: toCount(nodeSummary.readyNum),
    };
  }
  return normalized;
}

/** A cluster of `listClusters`, `showCluster` or `listManagedClusters`, with one name per field. */
export function normalizeCluster(cluster: Schemas['Cluster']): NormalizedCluster {
  return {
    ...cluster,
    metadata: normalizeObjectMeta(cluster.metadata),
    spec: normalizeClusterSpec(cluster.spec),
    status: normalizeClusterStatus(cluster.status),
  };
}

/**
 * A fleet's `spec.ruleNamespaces` as `RuleNamespace[]`. The reference's table and SDK type the
 * items as namespace strings, which name no policy; the contract also accepts the cluster-side
 * `RuleNamespace` objects, which the mock sends. Objects are kept as they are. The plain strings
 * are grouped into one entry with empty `rules` — "some policy is bound in these namespaces" —
 * rather than one entry per namespace, since nothing distinguishes them; it takes the place of
 * the first string, duplicates dropped, so a page shows one row for the unattributed namespaces.
 */
function normalizeFleetRuleNamespaces(
  items: NonNullable<Schemas['ClusterGroupSpec']['ruleNamespaces']>,
): NormalizedRuleNamespace[] {
  const folded: NormalizedRuleNamespace[] = [];
  let unattributed: string[] | undefined;
  for (const item of items) {
    if (typeof item !== 'string') {
      folded.push(item);
    } else if (unattributed) {
      if (!unattributed.includes(item)) unattributed.push(item);
    } else {
      unattributed = [item];
      folded.push({ rules: [], namespaces: unattributed });
    }
  }
  return folded;
}

/** A fleet of `listClusterGroups` or `showClusterGroup`. */
export function normalizeClusterGroup(group: Schemas['ClusterGroup']): NormalizedClusterGroup {
  const conditions = group.status?.conditions ?? [];
  const { ruleNamespaces, ...specRest } = group.spec ?? {};
  const spec: NormalizedClusterGroupSpec = specRest;
  if (ruleNamespaces) spec.ruleNamespaces = normalizeFleetRuleNamespaces(ruleNamespaces);
  return {
    ...group,
    metadata: normalizeObjectMeta(group.metadata),
    spec,
    // Fleet conditions are only ever shown with `lastTransitionTime`, but they pass through the
    // same folding as cluster conditions so a table-spelled reply would read the same.
    status: { ...group.status, conditions: conditions.map(normalizeCondition) },
  };
}

/** A permission policy of `listRules`. */
export function normalizeRule(rule: Schemas['Rule']): NormalizedRule {
  const { iamUserIDs, iamuserids, ...rest } = rule.spec ?? {};
  const spec: NormalizedRule['spec'] = rest;
  const users = firstDefined(iamUserIDs, iamuserids);
  if (users !== undefined) spec.iamUserIDs = users;
  return { ...rule, metadata: normalizeObjectMeta(rule.metadata), spec };
}

/** The federation job of `showFederationProgress`, sub-jobs included. */
export function normalizeJob(job: Schemas['Job']): NormalizedJob {
  const {
    federationUID,
    federationuid,
    resourceID,
    resourceid,
    resourceName,
    resourcename,
    extendparam,
    extendParam,
    subJobs,
    subjobs,
    ...specRest
  } = job.spec ?? {};
  const spec: NormalizedJobSpec = {
    ...specRest,
    subJobs: (firstDefined(subJobs, subjobs) ?? []).map(normalizeJob),
  };
  const federation = firstDefined(federationUID, federationuid);
  const resource = firstDefined(resourceID, resourceid);
  const resourceLabel = firstDefined(resourceName, resourcename);
  const extension = firstDefined(extendparam, extendParam);
  if (federation !== undefined) spec.federationUID = federation;
  if (resource !== undefined) spec.resourceID = resource;
  if (resourceLabel !== undefined) spec.resourceName = resourceLabel;
  if (extension !== undefined) spec.extendparam = extension;

  const { startTime, starttime, completionTime, completiontime, ...statusRest } = job.status ?? {};
  const status: NormalizedJobStatus = statusRest;
  const started = firstDefined(startTime, starttime);
  const completed = firstDefined(completionTime, completiontime);
  if (started !== undefined) status.startTime = started;
  if (completed !== undefined) status.completionTime = completed;

  return { ...job, metadata: normalizeObjectMeta(job.metadata), spec, status };
}
