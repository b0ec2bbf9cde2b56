import { useEffect, useState } from 'react';
import { useQueryClient, type Query } from '@tanstack/react-query';
import { readRetryDelay, triesFor } from '@/api/retries';

/** How long a load may take before the screen says it is still waiting. */
export const slowAfterMs = 3_000;

/** What a loading screen tells about the reads it waits for. */
export type Waiting =
  | { kind: 'loading' }
  | { kind: 'slow'; seconds: number }
  | {
      kind: 'retrying';
      /** The failure of the last try. */
      reason: unknown;
      /** The try coming next (2 for the first retry) and how many there are in all. */
      attempt: number;
      tries: number;
      /** Seconds until it is sent; 0 once it is on its way. */
      inSeconds: number;
    };

interface Failing {
  failureCount: number;
  reason: unknown;
  /** When this failure was seen: the retry is sent `readRetryDelay(failureCount - 1)` later. */
  since: number;
}

/** The read still waiting for its first answer that has failed most often, if any has. */
function worstFailing(queries: readonly Query[]): Omit<Failing, 'since'> | undefined {
  let worst: Omit<Failing, 'since'> | undefined;
  for (const query of queries) {
    const { status, fetchStatus, fetchFailureCount, fetchFailureReason } = query.state;
    if (status !== 'pending' || fetchStatus === 'idle' || fetchFailureCount === 0) continue;
    if (!worst || fetchFailureCount > worst.failureCount)
      worst = { failureCount: fetchFailureCount, reason: fetchFailureReason };
  }
  return worst;
}

/**
 * For a loading screen: what the reads it waits for are doing. Nothing to say at first; after
 * a few seconds "still waiting"; once a read has failed and is being tried again, why and when
 * (UCS throttling with 429, no answer in time…). Read from the query cache, so every loading
 * screen says it without each page wiring its queries in.
 */
export function useWaitingFor(): Waiting {
  const queryClient = useQueryClient();
  const [since] = useState(() => Date.now());
  const [now, setNow] = useState(since);
  const [failing, setFailing] = useState<Failing | undefined>();

  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, 1000);
    // "Still waiting" shows on time, not up to a tick later.
    const slow = window.setTimeout(tick, slowAfterMs);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(slow);
    };
  }, []);

  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const check = () => {
      const worst = worstFailing(cache.getAll());
      setFailing((current) => {
        if (!worst) return undefined;
        const same =
          current?.failureCount === worst.failureCount && current.reason === worst.reason;
        return same ? current : { ...worst, since: Date.now() };
      });
    };
    check();
    return cache.subscribe(check);
  }, [queryClient]);

  if (failing) {
    const retryAt = failing.since + readRetryDelay(failing.failureCount - 1);
    // `now` ticks once a second: never earlier than the failure itself.
    return {
      kind: 'retrying',
      reason: failing.reason,
      attempt: failing.failureCount + 1,
      tries: triesFor(failing.reason),
      inSeconds: Math.max(0, Math.ceil((retryAt - Math.max(now, failing.since)) / 1000)),
    };
  }
  if (now - since >= slowAfterMs)
    return { kind: 'slow', seconds: Math.round((now - since) / 1000) };
  return { kind: 'loading' };
}
