import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ucs } from '../client';
import { unwrap } from '../http';
import { normalizeRule } from '../normalize';
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
