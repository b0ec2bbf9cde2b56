import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

export const maxReadRetries = 3;
/** A request that hung for the whole timeout is tried once more, not three times (2 minutes). */
export const maxTimeoutRetries = 1;

/**
 * Reads are retried only when another try can help (5xx, 429, no answer); a 4xx would fail
 * the same way again. Mutations are never retried: they may not be idempotent.
 */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (!isApiError(error) || !error.isTransient) return false;
  return failureCount < (error.kind === 'timeout' ? maxTimeoutRetries : maxReadRetries);
}

/** 0.5 s, 1 s, 2 s … capped at 8 s. */
export function readRetryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
      },
      // A write is sent now or not at all: offline, it fails at once with "you are offline"
      // (the form keeps what was typed) instead of waiting, busy, to be sent by itself later.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
