import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ucs } from '../client';
import { unwrap } from '../http';
import { withRuleBinding } from '../bindings';
import { runBulk } from '../bulk';
import { normalizeRule } from '../normalize';
import { clusterKeys, clusterQueries } from './clusters';
import { fleetKeys, fleetQueries } from './fleets';
import type { CreateRuleRequest, RuleListQuery, UpdateRuleRequest } from './types';

export const ruleKeys = {
  all: ['permissions', 'rules'] as const,
  lists: () => [...ruleKeys.all, 'list'] as const,
  list: (query: RuleListQuery) => [...ruleKeys.lists(), query] as const,
};

export const ruleQueries = {
  list: (query: RuleListQuery = {}) =>
    queryOptions({
      queryKey: ruleKeys.list(query),
      queryFn: async ({ signal }) => {
        const page = await unwrap(ucs.GET('/v1/permissions/rules', { params: { query }, signal }));
        return { items: (page.items ?? []).map(normalizeRule), total: page.total ?? 0 };
      },
    }),
};

/** UCS has no "get one policy" call, so a policy page reads it out of the full list. */
export function findRule(list: { items: ReturnType<typeof normalizeRule>[] }, ruleId: string) {
  return list.items.find((rule) => rule.metadata.uid === ruleId);
}

function useInvalidateRules() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ruleKeys.all });
}

export function useCreateRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (body: CreateRuleRequest) => unwrap(ucs.POST('/v1/permissions/rules', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateRule(ruleId: string) {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (body: UpdateRuleRequest) =>
      unwrap(
        ucs.PUT('/v1/permissions/rules/{ruleid}', { params: { path: { ruleid: ruleId } }, body }),
      ),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (ruleId: string) =>
      unwrap(
        ucs.DELETE('/v1/permissions/rules/{ruleid}', { params: { path: { ruleid: ruleId } } }),
      ),
    onSuccess: () => invalidate(),
  });
}

// ------------------------------------------------------------------ bindings of one policy

/** A cluster or fleet a policy can be bound to. */
export interface RuleBindingTarget {
  kind: 'cluster' | 'fleet';
  id: string;
  name: string;
}

/**
 * Binds one policy on many targets for `namespaces` (or unbinds it, with none), one
 * `associatedrules` call per target. That call replaces a target's whole binding list, so each
 * target is read fresh first and every other policy's binding is sent back unchanged. Never
 * rejects: the result says per target what happened.
 */
export function useApplyRuleBinding(ruleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      targets,
      namespaces,
    }: {
      targets: readonly RuleBindingTarget[];
      namespaces: readonly string[];
    }) =>
      runBulk(targets, async (target) => {
        if (target.kind === 'cluster') {
          const cluster = await queryClient.fetchQuery({
            ...clusterQueries.detail(target.id),
            staleTime: 0,
          });
          const ruleIDNamespaces = withRuleBinding(cluster.spec.ruleNamespaces, ruleId, namespaces);
          await unwrap(
            ucs.PUT('/v1/clusters/{clusterid}/associatedrules', {
              params: { path: { clusterid: target.id } },
              body: { ruleIDNamespaces },
            }),
          );
        } else {
          const fleet = await queryClient.fetchQuery({
            ...fleetQueries.detail(target.id),
            staleTime: 0,
          });
          const ruleIDNamespaces = withRuleBinding(fleet.spec.ruleNamespaces, ruleId, namespaces);
          await unwrap(
            ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedrules', {
              params: { path: { clustergroupid: target.id } },
              body: { ruleIDNamespaces },
            }),
          );
        }
      }),
    // Bindings live on the targets: refresh clusters and fleets whether or not all succeeded.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
        queryClient.invalidateQueries({ queryKey: fleetKeys.all }),
      ]),
  });
}
