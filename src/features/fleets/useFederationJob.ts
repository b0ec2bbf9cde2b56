import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';
import { federationResult } from '@/api/effects';
import { apiQuery, invalidate } from '@/api/query';
import { isJobRunning } from '@/api/facts/federationState';

/** UCS answers "no federation job" this way for a fleet that never had federation. */
export function isNoFederationJob(error: unknown): boolean {
  return isApiError(error) && (error.code === 'UCS.01080006' || error.status === 404);
}

/** Polls every 2 s at first, backing off to 15 s, while the job runs. */
function pollInterval(updates: number): number {
  return Math.min(2_000 * 1.3 ** Math.max(updates - 1, 0), 15_000);
}

/**
 * The fleet's last enabling job. While it runs it is polled with a backing-off interval; the
 * query pauses while the tab is hidden (TanStack's default). When the job ends, the fleet is
 * refetched, since enabling sets its federation id, version and condition.
 */
export function useFederationJob(fleetId: string, enabled = true) {
  const queryClient = useQueryClient();
  // The backoff starts again with each run: a retried job is polled as quickly as a new one.
  const updatesBeforeRun = useRef(0);
  const job = useQuery({
    ...apiQuery('showFederationProgress', { clustergroupid: fleetId }),
    enabled,
    retry: (count, error) => !isNoFederationJob(error) && count < 2,
    refetchInterval: ({ state }) => {
      if (isJobRunning(state.data))
        return pollInterval(state.dataUpdateCount - updatesBeforeRun.current);
      updatesBeforeRun.current = state.dataUpdateCount;
      return false;
    },
    // Said explicitly: a hidden tab does not poll; it catches up when shown again.
    refetchIntervalInBackground: false,
  });
  const running = isJobRunning(job.data);
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) void invalidate(queryClient, federationResult(fleetId));
    wasRunning.current = running;
  }, [running, fleetId, queryClient]);
  return job;
}
