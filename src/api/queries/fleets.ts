import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ucs } from '../client';
import { unwrap } from '../http';
import { normalizeClusterGroup } from '../normalize';
import { clusterKeys } from './clusters';
import type {
  AssociatedRulesRequest,
  ClusterGroupListQuery,
  RegisterClusterGroupRequest,
} from './types';

// "Fleet" in the console is a "cluster group" in the API; keys follow the endpoint.
export const fleetKeys = {
  all: ['clustergroups'] as const,
  lists: () => [...fleetKeys.all, 'list'] as const,
  list: (query: ClusterGroupListQuery) => [...fleetKeys.lists(), query] as const,
  details: () => [...fleetKeys.all, 'detail'] as const,
  detail: (fleetId: string) => [...fleetKeys.details(), fleetId] as const,
};

export const fleetQueries = {
  list: (query: ClusterGroupListQuery = {}) =>
    queryOptions({
      queryKey: fleetKeys.list(query),
      queryFn: async ({ signal }) => {
        const page = await unwrap(ucs.GET('/v1/clustergroups', { params: { query }, signal }));
        return { items: (page.items ?? []).map(normalizeClusterGroup), total: page.total ?? 0 };
      },
    }),
  detail: (fleetId: string) =>
    queryOptions({
      queryKey: fleetKeys.detail(fleetId),
      queryFn: async ({ signal }) =>
        normalizeClusterGroup(
          await unwrap(
            ucs.GET('/v1/clustergroups/{clustergroupid}', {
              params: { path: { clustergroupid: fleetId } },
              signal,
            }),
          ),
        ),
    }),
};

/** A fleet change can move clusters, so cluster lists and details are refreshed with it. */
export function useInvalidateFleet() {
  const queryClient = useQueryClient();
  return (fleetId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: fleetKeys.lists() }),
      fleetId
        ? queryClient.invalidateQueries({ queryKey: fleetKeys.detail(fleetId) })
        : Promise.resolve(),
      queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
    ]);
}

export function useCreateFleet() {
  const invalidate = useInvalidateFleet();
  return useMutation({
    mutationFn: (body: RegisterClusterGroupRequest) =>
      unwrap(ucs.POST('/v1/clustergroups', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteFleet() {
  const invalidate = useInvalidateFleet();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fleetId: string) =>
      unwrap(
        ucs.DELETE('/v1/clustergroups/{clustergroupid}', {
          params: { path: { clustergroupid: fleetId } },
        }),
      ),
    onSuccess: async (_data, fleetId) => {
      queryClient.removeQueries({ queryKey: fleetKeys.detail(fleetId) });
      await invalidate();
    },
  });
}

export function useAddClustersToFleet(fleetId: string) {
  const invalidate = useInvalidateFleet();
  return useMutation({
    mutationFn: (clusterIds: string[]) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedclusters', {
          params: { path: { clustergroupid: fleetId } },
          body: { clusterIds },
        }),
      ),
    onSuccess: () => invalidate(fleetId),
  });
}

export function useUpdateFleetDescription(fleetId: string) {
  const invalidate = useInvalidateFleet();
  return useMutation({
    mutationFn: (description: string) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/description', {
          params: { path: { clustergroupid: fleetId } },
          body: { description },
        }),
      ),
    onSuccess: () => invalidate(fleetId),
  });
}

export function useUpdateFleetRules(fleetId: string) {
  const invalidate = useInvalidateFleet();
  return useMutation({
    mutationFn: (body: AssociatedRulesRequest) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedrules', {
          params: { path: { clustergroupid: fleetId } },
          body,
        }),
      ),
    onSuccess: () => invalidate(fleetId),
  });
}

export function useUpdateFleetZones(fleetId: string) {
  const invalidate = useInvalidateFleet();
  return useMutation({
    mutationFn: (dnsSuffix: string[]) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedzones', {
          params: { path: { clustergroupid: fleetId } },
          body: { dnsSuffix },
        }),
      ),
    onSuccess: () => invalidate(fleetId),
  });
}
