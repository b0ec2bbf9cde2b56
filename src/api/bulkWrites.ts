/**
 * Bulk flows on the query layer: one write per item through `runBulk` (per-item results, a few
 * at a time), then one refresh of everything those writes changed.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { withRuleBinding } from './bindings';
import { runBulk, type BulkResult } from './bulk';
import { afterWrites, apiQuery, callWrite, type Write } from './query';
import type { AssociatedRulesRequest } from './types';

export interface BulkWrites<T> {
  items: readonly T[];
  /** The write for one item; it may read first (a binding starts from the target's current list). */
  plan: (item: T, queryClient: QueryClient) => Write | Promise<Write>;
}

/**
 * Runs one write per item and reports per item. The mutation itself never fails: failures are in
 * the result. Caches are refreshed once at the end, for every write that was sent.
 */
export function useBulkWrites<T>() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ items, plan }: BulkWrites<T>): Promise<BulkResult<T>> => {
      const sent: Write[] = [];
      try {
        return await runBulk(items, async (item) => {
          const write = await plan(item, queryClient);
          sent.push(write);
          await callWrite(write.id, write.vars as never);
        });
      } finally {
        await afterWrites(queryClient, sent);
      }
    },
  });
}

/** A cluster or fleet a policy can be bound to. */
export interface RuleBindingTarget {
  kind: 'cluster' | 'fleet';
  id: string;
  name: string;
}

/**
 * The `associatedrules` write that binds one policy on a target for `namespaces` (or unbinds it,
 * with none). That call replaces the target's whole list, so the target is read fresh first (not
 * from a list that may be a minute old) and every other policy's binding is sent back unchanged.
 */
export function ruleBindingPlan(ruleId: string, namespaces: readonly string[]) {
  return (target: Pick<RuleBindingTarget, 'kind' | 'id'>, queryClient: QueryClient) =>
    ruleBindingWrite(queryClient, target, ruleId, namespaces);
}

async function ruleBindingWrite(
  queryClient: QueryClient,
  target: Pick<RuleBindingTarget, 'kind' | 'id'>,
  ruleId: string,
  namespaces: readonly string[],
): Promise<Write> {
  const read =
    target.kind === 'cluster'
      ? queryClient.fetchQuery({
          ...apiQuery('showCluster', { clusterid: target.id }),
          staleTime: 0,
        })
      : queryClient.fetchQuery({
          ...apiQuery('showClusterGroup', { clustergroupid: target.id }),
          staleTime: 0,
        });
  const current = await read;
  const ruleIDNamespaces = withRuleBinding(current.spec.ruleNamespaces, ruleId, namespaces);
  return associatedRulesWrite(target, { ruleIDNamespaces });
}

/** The `associatedrules` write of a cluster or a fleet: the whole list of its bindings. */
export function associatedRulesWrite(
  target: Pick<RuleBindingTarget, 'kind' | 'id'>,
  body: AssociatedRulesRequest,
): Write {
  return target.kind === 'cluster'
    ? { id: 'updateClusterAssociatedRules', vars: { clusterid: target.id, body } }
    : { id: 'updateClusterGroupAssociatedRules', vars: { clustergroupid: target.id, body } };
}
