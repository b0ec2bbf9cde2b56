/**
 * What a permission policy is, as the editor holds it, and the pure rules around it: templates
 * per type, validation of every field, the request bodies, and the equivalent ClusterRole.
 * No React here, so every rule is unit-tested on its own.
 */
import { stringify } from 'yaml';
import type { ApiError } from '@/api/errors';
import type { NormalizedRule } from '@/api/normalize';
import type { CreateRuleRequest, UpdateRuleRequest } from '@/api/types';

import { kubernetesVerbs, policyTypes, type PolicyType } from '@/api/reference/permissions';
import {
  policyDescriptionMaxLength,
  policyNameMaxLength,
  policyNamePattern,
} from '@/api/reference/names';

export { policyTypes, type PolicyType };

export function isPolicyType(value: unknown): value is PolicyType {
  return typeof value === 'string' && (policyTypes as readonly string[]).includes(value);
}

/** The verbs UCS accepts; `*` means all of them. */
export const verbs = kubernetesVerbs;
export type Verb = (typeof verbs)[number];

/** Every verb except the wildcard: what "all verbs on this resource" ticks. */
export const concreteVerbs: readonly Verb[] = verbs.filter((verb) => verb !== '*');

/** Resources offered in the picker; anything else can be typed. */
export const commonResources = [
  '*',
  'pods',
  'pods/log',
  'pods/exec',
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'jobs',
  'cronjobs',
  'services',
  'endpoints',
  'ingresses',
  'configmaps',
  'secrets',
  'persistentvolumeclaims',
  'persistentvolumes',
  'horizontalpodautoscalers',
  'events',
  'namespaces',
  'nodes',
  'serviceaccounts',
  'networkpolicies',
  'resourcequotas',
  'limitranges',
  'roles',
  'rolebindings',
  'clusterroles',
  'clusterrolebindings',
  'customresourcedefinitions',
  'storageclasses',
] as const;

/** One resource row of a grid: the verbs ticked for it. */
export interface GridRow {
  resource: string;
  verbs: Verb[];
}

/** One rule of the editor: resources (rows) × verbs (columns). */
export interface GridRule {
  rows: GridRow[];
}

export interface PolicyDraft {
  name: string;
  type: PolicyType;
  description: string;
  rules: GridRule[];
  iamUserIDs: string[];
}

// A type alias, not an interface: the contract's RuleContent allows extra keys, which only
// an alias (with its implicit index signature) satisfies.
export type RuleContent = {
  verbs: string[];
  resources: string[];
};

// ---------------------------------------------------------------------------- templates

/** Read everything: get, list and watch on every resource. */
const readonlyContents: RuleContent[] = [{ verbs: ['get', 'list', 'watch'], resources: ['*'] }];

/** Everything: every verb on every resource. */
const adminContents: RuleContent[] = [{ verbs: ['*'], resources: ['*'] }];

/**
 * The console's developer template: full control of workloads, their networking and their
 * configuration (Secrets included, since apps need them); read-only Events; nothing else —
 * so no RBAC (roles, bindings, service accounts), quotas, limit ranges, network policies,
 * namespaces or nodes. The editor states this list in words (`permissions.templates.develop`).
 */
export const developResources = [
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'jobs',
  'cronjobs',
  'pods',
  'pods/log',
  'pods/exec',
  'services',
  'endpoints',
  'ingresses',
  'configmaps',
  'secrets',
  'persistentvolumeclaims',
  'horizontalpodautoscalers',
];

const developContents: RuleContent[] = [
  { verbs: [...concreteVerbs], resources: developResources },
  { verbs: ['get', 'list', 'watch'], resources: ['events'] },
];

/** What a type grants when chosen; custom starts from one empty rule. */
export function templateContents(type: PolicyType): RuleContent[] {
  switch (type) {
    case 'readonly':
      return readonlyContents;
    case 'admin':
      return adminContents;
    case 'develop':
      return developContents;
    case 'custom':
      return [];
  }
}

export function templateRules(type: PolicyType): GridRule[] {
  return type === 'custom' ? [emptyRule()] : contentsToRules(templateContents(type));
}

export function emptyRule(): GridRule {
  return { rows: [] };
}

export function emptyDraft(): PolicyDraft {
  return { name: '', type: 'custom', description: '', rules: [emptyRule()], iamUserIDs: [] };
}

// ----------------------------------------------------------------- grid <-> UCS contents

function canonicalVerbs(list: readonly string[]): Verb[] {
  return verbs.filter((verb) => list.includes(verb));
}

/** Each UCS content entry grants all its verbs on all its resources: one grid, every row alike. */
export function contentsToRules(contents: readonly RuleContent[]): GridRule[] {
  return contents.map((content) => ({
    rows: content.resources.map((resource) => ({
      resource,
      verbs: canonicalVerbs(content.verbs),
    })),
  }));
}

/**
 * A grid as UCS contents. A content entry is a cross-product (its verbs on its resources), so
 * rows with the same verbs share one entry and a grid with different rows becomes several.
 * Rows with no verb ticked grant nothing and are left out.
 */
export function ruleToContents(rule: GridRule): RuleContent[] {
  const byVerbs = new Map<string, RuleContent>();
  for (const row of rule.rows) {
    const rowVerbs = canonicalVerbs(row.verbs);
    if (rowVerbs.length === 0) continue;
    const key = rowVerbs.join(',');
    const entry = byVerbs.get(key) ?? { verbs: rowVerbs, resources: [] };
    if (!entry.resources.includes(row.resource)) entry.resources.push(row.resource);
    byVerbs.set(key, entry);
  }
  return [...byVerbs.values()];
}

export function draftContents(draft: Pick<PolicyDraft, 'rules'>): RuleContent[] {
  return draft.rules.flatMap(ruleToContents);
}

/** True when two content lists grant the same thing in the same order. */
/** Whether switching away from the draft's type would replace verbs the operator ticked. */
export function switchLosesContents(draft: Pick<PolicyDraft, 'type' | 'rules'>): boolean {
  const contents = draftContents(draft);
  return contents.length > 0 && !sameContents(contents, templateContents(draft.type));
}

/** The change a new type makes: custom starts from what is ticked now; a template replaces it. */
export function typeChange(type: PolicyType): Pick<PolicyDraft, 'type'> & Partial<PolicyDraft> {
  return type === 'custom' ? { type } : { type, rules: templateRules(type) };
}

export function sameContents(a: readonly RuleContent[], b: readonly RuleContent[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ------------------------------------------------------------------------ validation

export type NameProblem = 'required' | 'tooLong' | 'pattern';

export function nameProblem(name: string): NameProblem | null {
  if (name.length === 0) return 'required';
  if (name.length > policyNameMaxLength) return 'tooLong';
  if (!policyNamePattern.test(name)) return 'pattern';
  return null;
}

export function descriptionTooLong(description: string): boolean {
  return description.length > policyDescriptionMaxLength;
}

/** An IAM user ID: 32 hexadecimal characters (IAM shows them in lowercase). */
const iamUserIdPattern = /^[0-9a-f]{32}$/i;

export function isValidIamUserId(id: string): boolean {
  return iamUserIdPattern.test(id);
}

/** Kubernetes resource names (plural, lowercase), optionally with a subresource, or `*`. */
const resourcePattern = /^(\*|[a-z0-9]([-a-z0-9.]*[a-z0-9])?(\/[a-z0-9]([-a-z0-9]*[a-z0-9])?)?)$/;

export function isValidResource(resource: string): boolean {
  return resource.length <= 253 && resourcePattern.test(resource);
}

export interface DraftProblems {
  name?: NameProblem;
  description?: boolean;
  /** Indexes of rules that grant nothing (no resource with a ticked verb). */
  emptyRules: number[];
  /** A custom policy must grant something. */
  noContents?: boolean;
  iamUserIDs: string[];
}

export function draftProblems(draft: PolicyDraft): DraftProblems {
  const name = nameProblem(draft.name) ?? undefined;
  const emptyRules =
    draft.type === 'custom'
      ? draft.rules.flatMap((rule, index) => (ruleToContents(rule).length === 0 ? [index] : []))
      : [];
  return {
    name,
    description: descriptionTooLong(draft.description) || undefined,
    emptyRules,
    noContents: draftContents(draft).length === 0 || undefined,
    iamUserIDs: draft.iamUserIDs.filter((id) => !isValidIamUserId(id)),
  };
}

export function hasProblems(problems: DraftProblems): boolean {
  return Boolean(
    problems.name ||
    problems.description ||
    problems.noContents ||
    problems.emptyRules.length > 0 ||
    problems.iamUserIDs.length > 0,
  );
}

// --------------------------------------------------------------------- API <-> draft

export function draftFromRule(rule: NormalizedRule): PolicyDraft {
  const type = isPolicyType(rule.spec.type) ? rule.spec.type : 'custom';
  const contents = (rule.spec.contents ?? []).map((content) => ({
    verbs: content.verbs ?? [],
    resources: content.resources ?? [],
  }));
  const rules = contentsToRules(contents);
  return {
    name: rule.metadata.name ?? '',
    type,
    description: rule.spec.description ?? '',
    rules: rules.length > 0 ? rules : templateRules(type),
    iamUserIDs: rule.spec.iamUserIDs ?? [],
  };
}

function specOf(draft: PolicyDraft) {
  return {
    type: draft.type,
    description: draft.description,
    contents: draftContents(draft),
    iamUserIDs: draft.iamUserIDs,
  };
}

export function toCreateRequest(draft: PolicyDraft): CreateRuleRequest {
  return { metadata: { name: draft.name }, spec: specOf(draft) };
}

/** The API cannot rename a policy, so an update sends the spec only. */
export function toUpdateRequest(draft: PolicyDraft): UpdateRuleRequest {
  return { spec: specOf(draft) };
}

// ------------------------------------------------------------------- server errors

export type DraftField = 'name' | 'type' | 'description' | 'contents' | 'iamUserIDs';

/**
 * The form field a failed save belongs to: 409 is the name (taken), a 400 names its field in
 * the message (`spec.description must be …`). Anything else is shown above the form.
 */
export function fieldOfServerError(error: ApiError): DraftField | null {
  if (error.status === 409) return 'name';
  if (error.status !== 400) return null;
  const text = error.serverMessage ?? error.message;
  if (/metadata\.name/.test(text)) return 'name';
  if (/spec\.type/.test(text)) return 'type';
  if (/spec\.description/.test(text)) return 'description';
  if (/spec\.contents/.test(text)) return 'contents';
  if (/spec\.iamuserids/i.test(text)) return 'iamUserIDs';
  return null;
}

// --------------------------------------------------------------------------- preview

/**
 * The Kubernetes ClusterRole the policy amounts to. UCS policies name resources without API
 * groups, so each rule applies to every group (`apiGroups: ["*"]`).
 */
export function clusterRoleOf(draft: Pick<PolicyDraft, 'name' | 'rules'>) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: draft.name || '<name>' },
    rules: draftContents(draft).map((content) => ({
      apiGroups: ['*'],
      resources: content.resources,
      verbs: content.verbs,
    })),
  };
}

export function clusterRoleYaml(draft: Pick<PolicyDraft, 'name' | 'rules'>): string {
  return stringify(clusterRoleOf(draft));
}
