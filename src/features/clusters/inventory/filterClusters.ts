import { minorVersion } from '@/api/facts/clusterFacts';
import type { NormalizedCluster } from '@/api/normalize';
import type { ClusterListState } from './listState';

/** One requirement of a Kubernetes label selector. */
export type LabelRequirement =
  | { key: string; op: 'exists' | 'notExists' }
  | { key: string; op: 'in' | 'notIn'; values: string[] };

export type SelectorParse =
  { ok: true; requirements: LabelRequirement[] } | { ok: false; at: string };

/** Splits on commas that are not inside `( … )`. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

const keyPattern = '[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?';
const valuePattern = '[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?';
const equality = new RegExp(`^(${keyPattern})\\s*(==|!=|=)\\s*(${valuePattern})?$`);
const setBased = new RegExp(`^(${keyPattern})\\s+(in|notin)\\s*\\(([^)]*)\\)$`);
const exists = new RegExp(`^(!)?\\s*(${keyPattern})$`);

/**
 * Parses the selector syntax of `kubectl get -l`: `k=v`, `k==v`, `k!=v`, `k in (a,b)`,
 * `k notin (a,b)`, `k`, `!k`, comma-separated (all must hold). On a syntax error, `at` is the
 * requirement that could not be read, so the form can say which part is wrong.
 */
export function parseLabelSelector(text: string): SelectorParse {
  const requirements: LabelRequirement[] = [];
  for (const part of splitTopLevel(text)) {
    const set = setBased.exec(part);
    if (set) {
      const values = (set[4] ?? '')
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      requirements.push({ key: set[1] ?? '', op: set[3] === 'in' ? 'in' : 'notIn', values });
      continue;
    }
    const eq = equality.exec(part);
    if (eq) {
      const op = eq[3] === '!=' ? 'notIn' : 'in';
      requirements.push({ key: eq[1] ?? '', op, values: [eq[4] ?? ''] });
      continue;
    }
    const has = exists.exec(part);
    if (has) {
      requirements.push({ key: has[2] ?? '', op: has[1] ? 'notExists' : 'exists' });
      continue;
    }
    return { ok: false, at: part };
  }
  return { ok: true, requirements };
}

export function matchesLabels(
  labels: Readonly<Record<string, string>> | undefined,
  requirements: readonly LabelRequirement[],
): boolean {
  const own = labels ?? {};
  return requirements.every((requirement) => {
    const present = Object.hasOwn(own, requirement.key);
    const value = own[requirement.key];
    switch (requirement.op) {
      case 'exists':
        return present;
      case 'notExists':
        return !present;
      case 'in':
        return present && requirement.values.includes(value ?? '');
      case 'notIn':
        return !present || !requirement.values.includes(value ?? '');
    }
  });
}

/**
 * Each list's names in lower case, worked out once per list rather than once per keystroke: a
 * search at 10,000 clusters then compares strings and allocates nothing. Keyed by the list the
 * query returned, so a refetch (a new array) is read afresh and an old one is let go.
 */
const lowerCaseNames = new WeakMap<readonly NormalizedCluster[], readonly string[]>();

function namesOf(clusters: readonly NormalizedCluster[]): readonly string[] {
  let names = lowerCaseNames.get(clusters);
  if (!names) {
    names = clusters.map((cluster) => (cluster.metadata.name ?? '').toLowerCase());
    lowerCaseNames.set(clusters, names);
  }
  return names;
}

/**
 * The filters UCS's list API has no parameter for: name search, provider, type, status (phase),
 * country, Kubernetes version and label selector. They run here, on a list that holds every cluster the server-side
 * filters (category, fleet) let through — never on one page of it, which would miss matches on
 * the other pages. An unreadable label selector filters nothing; the form shows why.
 */
export function filterClusters(
  clusters: readonly NormalizedCluster[],
  state: Pick<
    ClusterListState,
    | 'search'
    | 'provider'
    | 'type'
    | 'status'
    | 'country'
    | 'version'
    | 'labels'
    | 'category'
    | 'fleet'
  >,
): NormalizedCluster[] {
  const search = state.search.trim().toLowerCase();
  const selector = parseLabelSelector(state.labels);
  const requirements = selector.ok ? selector.requirements : [];
  const phases = new Set(state.status);
  const names = search ? namesOf(clusters) : undefined;
  return clusters.filter((cluster, index) => {
    const { metadata, spec, status } = cluster;
    if (names && !names[index]?.includes(search)) return false;
    if (state.provider && spec.provider !== state.provider) return false;
    if (state.type && spec.type !== state.type) return false;
    if (phases.size && !phases.has(status.phase ?? 'Unknown')) return false;
    if (state.country && spec.country !== state.country) return false;
    if (state.version && (minorVersion(status.kubernetesVersion) ?? 'unknown') !== state.version)
      return false;
    if (requirements.length && !matchesLabels(metadata.labels, requirements)) return false;
    return true;
  });
}
