/**
 * The query layer: every cached read is keyed `[operationId, variables]`, every write refreshes
 * what `effects` says it changes. Pages use `apiQuery` with `useQuery` (or a loader's
 * `ensureQueryData`) and `useApiMutation`; they never write a key or call `invalidateQueries`.
 */
import {
  queryOptions,
  useMutation,
  useQueryClient,
  type Query,
  type QueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { effects, type Effect, type Stale } from './effects';
import type { ApiError } from './errors';
import {
  reads,
  writes,
  type ReadData,
  type ReadId,
  type ReadVars,
  type WriteData,
  type WriteId,
  type WriteVars,
} from './operations';

/** Reads whose variables are all optional can be asked for without any. */
type OptionalVars<Id extends ReadId> =
  Record<never, never> extends ReadVars<Id> ? [vars?: ReadVars<Id>] : never;
type VarsArgs<Id extends ReadId> =
  OptionalVars<Id> extends never ? [vars: ReadVars<Id>] : OptionalVars<Id>;

/** Reads that change so rarely that a page may show an hour-old answer. */
const staleTimes: Partial<Record<ReadId, number>> = {
  listRegisteredClusterVersions: 60 * 60_000,
};

/** The query of one read with its variables; its key is `[id, vars]`. */
export function apiQuery<Id extends ReadId>(id: Id, ...[vars]: VarsArgs<Id>) {
  const variables = (vars ?? {}) as ReadVars<Id>;
  const read = reads[id] as (vars: ReadVars<Id>, signal?: AbortSignal) => Promise<ReadData<Id>>;
  const staleTime = staleTimes[id];
  return queryOptions<ReadData<Id>, ApiError, ReadData<Id>, readonly [Id, ReadVars<Id>]>({
    queryKey: [id, variables] as const,
    queryFn: ({ signal }) => read(variables, signal),
    // Only when the read has its own: a `staleTime: undefined` would override the client's
    // default and refetch on every mount, right after a loader's prefetch.
    ...(staleTime === undefined ? {} : { staleTime }),
  });
}

/** Whether a cached query is one of `stale`: same read, and every variable named is equal. */
export function isStale(query: Pick<Query, 'queryKey'>, stale: readonly Stale[]): boolean {
  const [id, vars] = query.queryKey as [string, Record<string, unknown> | undefined];
  return stale.some(
    (entry) =>
      entry.read === id &&
      Object.entries(entry.vars ?? {}).every(([name, value]) => vars?.[name] === value),
  );
}

/**
 * Marks the given reads stale (refetching the ones on screen) in one pass over the cache,
 * whatever their number: a bulk action of N clusters is one invalidation, not N.
 */
export function invalidate(queryClient: QueryClient, stale: readonly Stale[]): Promise<void> {
  if (stale.length === 0) return Promise.resolve();
  return queryClient.invalidateQueries({ predicate: (query) => isStale(query, stale) });
}

/** One write with its variables, as bulk runners plan them. */
export type Write = { [Id in WriteId]: { id: Id; vars: WriteVars<Id> } }[WriteId];

function effectOf({ id, vars }: Write): Effect {
  return (effects[id] as (vars: Write['vars']) => Effect)(vars);
}

/** Applies what the given writes changed: drops removed objects, then one invalidation. */
export function afterWrites(queryClient: QueryClient, done: readonly Write[]): Promise<void> {
  const all = done.map(effectOf);
  const removed = all.flatMap((effect) => effect.removed ?? []);
  if (removed.length > 0) {
    queryClient.removeQueries({ predicate: (query) => isStale(query, removed) });
  }
  return invalidate(
    queryClient,
    all.flatMap((effect) => effect.stale),
  );
}

/** Sends one write; `effects` decides what is refreshed afterwards. */
export function callWrite<Id extends WriteId>(id: Id, vars: WriteVars<Id>): Promise<WriteData<Id>> {
  const write = writes[id] as (vars: WriteVars<Id>) => Promise<WriteData<Id>>;
  return write(vars);
}

/**
 * A mutation whose variables are the write itself, for a component that sends one of several
 * operations (a binding editor on a cluster or a fleet).
 */
export function useWrite() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, Write>({
    mutationFn: ({ id, vars }) => callWrite(id, vars as never),
    onSuccess: (_data, write) => afterWrites(queryClient, [write]),
  });
}

/**
 * A mutation of one write. The cache work is done before the caller's `onSuccess` runs, so a
 * page that navigates there sees fresh data. Extra options (`onSuccess`, `onError`) are the
 * page's own reactions: notifications, closing a dialog.
 */
export function useApiMutation<Id extends WriteId>(
  id: Id,
  options: Omit<
    UseMutationOptions<WriteData<Id>, ApiError, WriteVars<Id>>,
    'mutationFn' | 'mutationKey'
  > = {},
) {
  const queryClient = useQueryClient();
  return useMutation<WriteData<Id>, ApiError, WriteVars<Id>>({
    ...options,
    mutationKey: [id],
    mutationFn: (vars) => callWrite(id, vars),
    onSuccess: async (data, vars, result, context) => {
      await afterWrites(queryClient, [{ id, vars } as Write]);
      await options.onSuccess?.(data, vars, result, context);
    },
  });
}
