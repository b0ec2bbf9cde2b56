import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

const maxReadRetries = 3;

/**
 * Reads are retried only when another try can help (5xx, 429, no answer); a 4xx would fail
 * the same way again. Mutations are never retried: they may not be idempotent.
 */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < maxReadRetries && isApiError(error) && error.isTransient;
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
      mutations: { retry: false },
    },
  });
}
