/**
 * What a permission policy is, as the editor holds it: templates per type, the verbs ×
 * resources grid and UCS's contents, and the request bodies. Validation is in
 * `policyValidation.ts`, the equivalent ClusterRole in `clusterRole.ts`. No React here, so
 * every rule is unit-tested on its own.
 */
import type { NormalizedRule } from '@/api/normalize';
import type { CreateRuleRequest, UpdateRuleRequest } from '@/api/types';

import {
  commonResources,
  developResources,
  kubernetesVerbs,
  policyTypes,
  templateContents,
  type PolicyType,
  type RuleContent,
} from '@/api/reference/permissions';

export { commonResources, policyTypes, type PolicyType };

export function isPolicyType(value: unknown): value is PolicyType {
  return typeof value === 'string' && (policyTypes as readonly string[]).includes(value);
}

/** The verbs UCS accepts; `*` means all of them. */
export const verbs = kubernetesVerbs;
export type Verb = (typeof verbs)[number];

/** Every verb except the wildcard: what "all verbs on this resource" ticks. */
export const concreteVerbs: readonly Verb[] = verbs.filter((verb) => verb !== '*');

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

// ---------------------------------------------------------------------------- templates

export { developResources, templateContents, type RuleContent };

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
