import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ucs } from '../client';
import { unwrap } from '../http';
import { normalizeJob } from '../normalize';
import { useInvalidateFleet } from './fleets';
import type { CreateFederationCertRequest, CreateFederationConnectionRequest } from './types';

export const federationKeys = {
  all: ['federations'] as const,
  progress: (fleetId: string) => [...federationKeys.all, 'progress', fleetId] as const,
};

export const federationQueries = {
  /** The enabling job; the caller decides how often to poll (it backs off, pauses when hidden). */
  progress: (fleetId: string) =>
    queryOptions({
      queryKey: federationKeys.progress(fleetId),
      queryFn: async ({ signal }) =>
        normalizeJob(
          await unwrap(
            ucs.GET('/v1/clustergroups/{clustergroupid}/federations/progress', {
              params: { path: { clustergroupid: fleetId } },
              signal,
            }),
          ),
        ),
    }),
};

/** Enabling or disabling changes the job too: its view must not wait for a poll that is off. */
function useInvalidateFederation() {
  const invalidateFleet = useInvalidateFleet();
  const queryClient = useQueryClient();
  return (fleetId: string) =>
    Promise.all([
      invalidateFleet(fleetId),
      queryClient.invalidateQueries({ queryKey: federationKeys.progress(fleetId) }),
    ]);
}

function fleetPath(fleetId: string) {
  return { params: { path: { clustergroupid: fleetId } } };
}

export function useEnableFederation(fleetId: string) {
  const invalidate = useInvalidateFederation();
  return useMutation({
    mutationFn: ({ retryJoinAll = false }: { retryJoinAll?: boolean } = {}) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/federations', {
          params: {
            path: { clustergroupid: fleetId },
            query: retryJoinAll ? { retryjoinall: true } : {},
          },
        }),
      ),
    onSuccess: () => invalidate(fleetId),
  });
}

export function useDisableFederation(fleetId: string) {
  const invalidate = useInvalidateFederation();
  return useMutation({
    mutationFn: () =>
      unwrap(ucs.DELETE('/v1/clustergroups/{clustergroupid}/federations', fleetPath(fleetId))),
    onSuccess: () => invalidate(fleetId),
  });
}

export function useCreateFederationConnection(fleetId: string) {
  const invalidate = useInvalidateFleet();
  return useMutation({
    mutationFn: (body: CreateFederationConnectionRequest) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/connection', { ...fleetPath(fleetId), body }),
      ),
    onSuccess: () => invalidate(fleetId),
  });
}

/** Connection and kubeconfig in one call. */
export function useCreateFederationCert(fleetId: string) {
  return useMutation({
    mutationFn: (body: CreateFederationCertRequest) =>
      unwrap(ucs.POST('/v1/clustergroups/{clustergroupid}/cert', { ...fleetPath(fleetId), body })),
  });
}

export function useDownloadFederationKubeconfig(fleetId: string) {
  return useMutation({
    mutationFn: (durationDays: number) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/kubeconfig', {
          ...fleetPath(fleetId),
          body: { duration: durationDays },
        }),
      ),
  });
}
