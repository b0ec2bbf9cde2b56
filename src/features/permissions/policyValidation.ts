/**
 * The rules a policy draft must follow before it is sent, and where UCS's own refusal belongs
 * in the form. Pure functions: each rule is unit-tested on its own.
 */
import type { ApiError } from '@/api/errors';
import {
  policyDescriptionMaxLength,
  policyNameMaxLength,
  policyNamePattern,
} from '@/api/reference/names';
import { draftContents, ruleToContents, type PolicyDraft } from './policyModel';

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

/** What the contents lack: they depend on the type and the rules only. */
export function contentsProblems(
  draft: Pick<PolicyDraft, 'type' | 'rules'>,
): Pick<DraftProblems, 'emptyRules' | 'noContents'> {
  const emptyRules =
    draft.type === 'custom'
      ? draft.rules.flatMap((rule, index) => (ruleToContents(rule).length === 0 ? [index] : []))
      : [];
  return { emptyRules, noContents: draftContents(draft).length === 0 || undefined };
}

export function draftProblems(draft: PolicyDraft): DraftProblems {
  return {
    name: nameProblem(draft.name) ?? undefined,
    description: descriptionTooLong(draft.description) || undefined,
    ...contentsProblems(draft),
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
