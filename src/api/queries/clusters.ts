import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ucs } from '../client';
import { unwrap } from '../http';
import { runBulk, type BulkResult } from '../bulk';
import { normalizeCluster, type NormalizedCluster } from '../normalize';
import { fleetKeys } from './fleets';
import type {
  AccessInfoQuery,
  AssociatedRulesRequest,
  ClusterListQuery,
  RegisterClusterRequest,
  UpdateClusterRequest,
} from './types';

/** Keys start with the endpoint's resource, so one prefix invalidates everything about it. */
export const clusterKeys = {
  all: ['clusters'] as const,
  lists: () => [...clusterKeys.all, 'list'] as const,
  list: (query: ClusterListQuery) => [...clusterKeys.lists(), query] as const,
  details: () => [...clusterKeys.all, 'detail'] as const,
  detail: (clusterId: string) => [...clusterKeys.details(), clusterId] as const,
  managed: () => ['managedclusters'] as const,
  versions: () => ['config', 'registeredclusterversions'] as const,
};

export const clusterQueries = {
  list: (query: ClusterListQuery = {}) =>
    queryOptions({
      queryKey: clusterKeys.list(query),
      queryFn: async ({ signal }) => {
        const page = await unwrap(ucs.GET('/v1/clusters', { params: { query }, signal }));
        return { items: (page.items ?? []).map(normalizeCluster), total: page.total ?? 0 };
      },
    }),
  detail: (clusterId: string) =>
    queryOptions({
      queryKey: clusterKeys.detail(clusterId),
      queryFn: async ({ signal }) =>
        normalizeCluster(
          await unwrap(
            ucs.GET('/v1/clusters/{clusterid}', {
              params: { path: { clusterid: clusterId } },
              signal,
            }),
          ),
        ),
    }),
  /** CCE clusters of the account that are not registered with UCS yet (import candidates). */
  unregisteredManaged: () =>
    queryOptions({
      queryKey: clusterKeys.managed(),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            ucs.GET('/v1/managedclusters', { params: { query: { unregister: true } }, signal }),
          )
        ).map(normalizeCluster),
    }),
  registeredVersions: () =>
    queryOptions({
      queryKey: clusterKeys.versions(),
      queryFn: async ({ signal }) =>
        (await unwrap(ucs.GET('/v1/config/registeredclusterversions', { signal }))).versions ?? [],
      staleTime: 60 * 60_000,
    }),
};

/** Cluster changes show in lists, the cluster itself, and fleets' member counts. */
function useInvalidateClusters() {
  const queryClient = useQueryClient();
  return (clusterId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clusterKeys.lists() }),
      clusterId
        ? queryClient.invalidateQueries({ queryKey: clusterKeys.detail(clusterId) })
        : Promise.resolve(),
      queryClient.invalidateQueries({ queryKey: fleetKeys.all }),
    ]);
}

export function useRegisterCluster() {
  const invalidate = useInvalidateClusters();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterClusterRequest) => unwrap(ucs.POST('/v1/clusters', { body })),
    onSuccess: async () => {
      await invalidate();
      await queryClient.invalidateQueries({ queryKey: clusterKeys.managed() });
    },
  });
}

export function useUpdateCluster(clusterId: string) {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (body: UpdateClusterRequest) =>
      unwrap(
        ucs.PUT('/v1/clusters/{clusterid}', { params: { path: { clusterid: clusterId } }, body }),
      ),
    onSuccess: () => invalidate(clusterId),
  });
}

export function useDeregisterCluster() {
  const invalidate = useInvalidateClusters();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clusterId: string) =>
      unwrap(
        ucs.DELETE('/v1/clusters/{clusterid}', { params: { path: { clusterid: clusterId } } }),
      ),
    onSuccess: async (_data, clusterId) => {
      queryClient.removeQueries({ queryKey: clusterKeys.detail(clusterId) });
      await invalidate();
    },
  });
}

export function useActivateCluster(clusterId: string) {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: () =>
      unwrap(
        ucs.PUT('/v1/clusters/{clusterid}/activation', {
          params: { path: { clusterid: clusterId } },
        }),
      ),
    onSuccess: () => invalidate(clusterId),
  });
}

/**
 * The agent manifest can be fetched once; later calls answer "Downloaded". That makes it a
 * mutation, not a query: it must never be refetched behind the operator's back.
 */
export function useFetchAccessInfo(clusterId: string) {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (query: AccessInfoQuery = {}) =>
      unwrap(
        ucs.GET('/v1/clusters/{clusterid}/accessinfo', {
          params: { path: { clusterid: clusterId }, query },
        }),
      ),
    onSuccess: () => invalidate(clusterId),
  });
}

export function useUpdateClusterRules(clusterId: string) {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (body: AssociatedRulesRequest) =>
      unwrap(
        ucs.PUT('/v1/clusters/{clusterid}/associatedrules', {
          params: { path: { clusterid: clusterId } },
          body,
        }),
      ),
    onSuccess: () => invalidate(clusterId),
  });
}

export function useJoinFleet() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: ({ clusterId, fleetId }: { clusterId: string; fleetId: string }) =>
      unwrap(
        ucs.POST('/v1/clusters/{clusterid}/join', {
          params: { path: { clusterid: clusterId } },
          body: { clusterGroupID: fleetId },
        }),
      ),
    onSuccess: (_data, { clusterId }) => invalidate(clusterId),
  });
}

export function useLeaveFleet() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (clusterId: string) =>
      unwrap(
        ucs.POST('/v1/clusters/{clusterid}/unjoin', {
          params: { path: { clusterid: clusterId } },
        }),
      ),
    onSuccess: (_data, clusterId) => invalidate(clusterId),
  });
}

/**
 * The single-cluster calls, without cache work, for bulk actions: `runBulk` calls one per
 * cluster and `useBulkClusterAction` refreshes the caches once at the end, not once per cluster.
 */
export const clusterRequests = {
  join: (clusterId: string, fleetId: string) =>
    unwrap(
      ucs.POST('/v1/clusters/{clusterid}/join', {
        params: { path: { clusterid: clusterId } },
        body: { clusterGroupID: fleetId },
      }),
    ),
  leave: (clusterId: string) =>
    unwrap(
      ucs.POST('/v1/clusters/{clusterid}/unjoin', { params: { path: { clusterid: clusterId } } }),
    ),
  deregister: (clusterId: string) =>
    unwrap(ucs.DELETE('/v1/clusters/{clusterid}', { params: { path: { clusterid: clusterId } } })),
  updateRules: (clusterId: string, body: AssociatedRulesRequest) =>
    unwrap(
      ucs.PUT('/v1/clusters/{clusterid}/associatedrules', {
        params: { path: { clusterid: clusterId } },
        body,
      }),
    ),
};

export interface BulkClusterAction {
  clusters: readonly NormalizedCluster[];
  action: (cluster: NormalizedCluster) => Promise<unknown>;
}

/**
 * Runs an action on several clusters and reports per cluster (`runBulk`). The mutation itself
 * never fails: failures are in the result. Lists, details and fleets refresh once afterwards;
 * deregistered clusters' details are dropped.
 */
export function useBulkClusterAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clusters, action }: BulkClusterAction): Promise<BulkResult<NormalizedCluster>> =>
      runBulk(clusters, action),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
        queryClient.invalidateQueries({ queryKey: fleetKeys.all }),
      ]),
  });
}
