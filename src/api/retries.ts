/**
 * When a failed read is tried again: the query client's policy, and what the waiting screens
 * say while it runs ("trying again, attempt 2 of 4").
 */
import { isApiError } from './errors';

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

/** How many tries a read gets in all after failing with `error` (the first one included). */
export function triesFor(error: unknown): number {
  return 1 + (isApiError(error) && error.kind === 'timeout' ? maxTimeoutRetries : maxReadRetries);
}
