/**
 * The page's way to plan and apply a bundle, on the query layer: the account is read fresh for
 * a plan (a plan from minute-old lists could undo someone else's change), and one refresh of
 * everything the writes changed follows an apply, as bulk actions do.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { afterWrites, apiQuery, callWrite, type Write } from '../query';
import { applyPlan, type ApplyOptions, type BundleApi, type StepResult } from './apply';
import type { BundleFacts } from './export';
import { parseBundle, type ParsedBundle } from './parse';
import { planBundle, type BundlePlan } from './plan';
import { readBundleFacts } from './remote';

function freshReads(queryClient: QueryClient): Pick<BundleApi, 'read'> {
  return {
    read: (id, vars) =>
      queryClient.fetchQuery({
        ...(apiQuery as (id: unknown, vars: unknown) => ReturnType<typeof apiQuery>)(id, vars),
        staleTime: 0,
      }) as never,
  };
}

export interface PlannedBundle {
  parsed: ParsedBundle;
  /** Absent when the text has problems of its own: nothing was read or planned. */
  plan?: BundlePlan;
  facts?: BundleFacts;
}

/** Parses the text, then (if it reads) plans it against the account as it is now. */
export function usePlanBundle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string): Promise<PlannedBundle> => {
      const parsed = parseBundle(text);
      if (!parsed.bundle) return { parsed };
      const facts = await readBundleFacts(freshReads(queryClient));
      return { parsed, facts, plan: planBundle(parsed.bundle, facts, parsed.locate) };
    },
  });
}

/** Applies a plan step by step; never rejects (each step's outcome is in the result). */
export function useApplyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      plan,
      facts,
      ...options
    }: { plan: BundlePlan; facts: BundleFacts } & ApplyOptions): Promise<StepResult[]> => {
      const sent: Write[] = [];
      const api: BundleApi = {
        ...freshReads(queryClient),
        write: (write) => {
          sent.push(write);
          return callWrite(write.id, write.vars as never);
        },
      };
      try {
        return await applyPlan(plan, facts, api, options);
      } finally {
        await afterWrites(queryClient, sent);
      }
    },
  });
}
