import type { components } from './generated/ucs';

type RuleNamespace = components['schemas']['RuleNamespace'];
/** The `associatedrules` entry with both lists present, as the console always sends it. */
export type RuleIDNamespaces = Required<components['schemas']['RuleIDNamespaces']>;

/** The namespace UCS reads as "every namespace of the target". */
export const allNamespaces = '*';

/** Namespaces a console offers before the operator types their own. */
export const commonNamespaces = ['default', 'kube-system', 'kube-public'] as const;

/**
 * A target's (cluster's or fleet's) bindings as UCS reports them, turned into the request that
 * would set exactly the same bindings again. `associatedrules` replaces the whole list, so every
 * change starts from this.
 */
export function toRuleIDNamespaces(
  ruleNamespaces: readonly RuleNamespace[] = [],
): RuleIDNamespaces[] {
  return ruleNamespaces
    .map((entry) => ({
      ruleIDs: (entry.rules ?? []).flatMap((rule) => (rule.ruleID ? [rule.ruleID] : [])),
      namespaces: [...(entry.namespaces ?? [])],
    }))
    .filter((entry) => entry.ruleIDs.length > 0 && entry.namespaces.length > 0);
}

/** Which namespaces each policy is bound for on a target (a policy may appear in several entries). */
export function namespacesByRule(
  ruleNamespaces: readonly RuleNamespace[] = [],
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of toRuleIDNamespaces(ruleNamespaces)) {
    for (const ruleId of entry.ruleIDs) {
      const known = result.get(ruleId) ?? [];
      result.set(ruleId, [...new Set([...known, ...entry.namespaces])]);
    }
  }
  return result;
}

/**
 * The request that binds one policy for `namespaces` on a target (or unbinds it, with no
 * namespaces) while leaving every other policy's binding exactly as it was.
 */
export function withRuleBinding(
  ruleNamespaces: readonly RuleNamespace[] | undefined,
  ruleId: string,
  namespaces: readonly string[],
): RuleIDNamespaces[] {
  const others = toRuleIDNamespaces(ruleNamespaces)
    .map((entry) => ({ ...entry, ruleIDs: entry.ruleIDs.filter((id) => id !== ruleId) }))
    .filter((entry) => entry.ruleIDs.length > 0);
  const wanted = normalizeNamespaces(namespaces);
  return wanted.length > 0 ? [...others, { ruleIDs: [ruleId], namespaces: wanted }] : others;
}

/** Trimmed, unique, and "all namespaces" alone when it is among them. */
export function normalizeNamespaces(namespaces: readonly string[]): string[] {
  const unique = [...new Set(namespaces.map((namespace) => namespace.trim()).filter(Boolean))];
  return unique.includes(allNamespaces) ? [allNamespaces] : unique;
}
