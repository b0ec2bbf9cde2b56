/**
 * Each flow that moves access, described as the `AccessProposal` its confirmation previews:
 * built from the same values the flow is about to send, so the preview and the request agree.
 */
import { withRuleBinding, type RuleIDNamespaces } from '../bindings';
import type { NormalizedRuleNamespace } from '../normalize';
import type { UpdateRuleRequest } from '../types';
import type { AccessProposal } from './impact';

/** A cluster or fleet and the bindings UCS reports for it now. */
export interface BindingTargetNow {
  kind: 'cluster' | 'fleet';
  id: string;
  ruleNamespaces?: readonly NormalizedRuleNamespace[];
}

/** A cluster's or fleet's bindings edited as a whole: the list `associatedrules` will replace. */
export function bindingsProposal(
  target: { kind: 'cluster' | 'fleet'; id: string },
  bindings: readonly RuleIDNamespaces[],
): AccessProposal {
  return { kind: 'setBindings', target: { kind: target.kind, id: target.id }, bindings };
}

/**
 * One policy bound for `namespaces` on every target (unbound, with none), each target's other
 * bindings kept: what `ruleBindingPlan` sends for each of them (the policy page, bulk bind).
 */
export function ruleBindingProposal(
  targets: readonly BindingTargetNow[],
  ruleId: string,
  namespaces: readonly string[],
): AccessProposal {
  return {
    kind: 'setManyBindings',
    changes: targets.map((target) => ({
      target: { kind: target.kind, id: target.id },
      bindings: withRuleBinding(target.ruleNamespaces, ruleId, namespaces),
    })),
  };
}

/** A policy's users, contents and type as the update request sends them. */
export function policyUpdateProposal(ruleId: string, request: UpdateRuleRequest): AccessProposal {
  const { iamUserIDs, contents, type } = request.spec ?? {};
  return {
    kind: 'updatePolicy',
    ruleId,
    ...(iamUserIDs ? { iamUserIDs } : {}),
    ...(contents
      ? {
          contents: contents.map((content) => ({
            verbs: [...(content.verbs ?? [])],
            resources: [...(content.resources ?? [])],
          })),
        }
      : {}),
    ...(type ? { type } : {}),
  };
}

/** A policy deleted: every grant it made goes. */
export function deletePolicyProposal(ruleId: string): AccessProposal {
  return { kind: 'deletePolicy', ruleId };
}
