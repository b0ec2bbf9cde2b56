import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { readRetryDelay, shouldRetryRead } from './queryClient';

const httpError = (status: number) => new ApiError({ kind: 'http', status, message: 'x' });

describe('read retries', () => {
  it('retries 5xx, 429 and unanswered requests', () => {
    expect(shouldRetryRead(0, httpError(500))).toBe(true);
    expect(shouldRetryRead(0, httpError(503))).toBe(true);
    expect(shouldRetryRead(0, httpError(429))).toBe(true);
    expect(shouldRetryRead(0, new ApiError({ kind: 'network', status: 0, message: 'x' }))).toBe(
      true,
    );
    expect(shouldRetryRead(0, new ApiError({ kind: 'timeout', status: 0, message: 'x' }))).toBe(
      true,
    );
  });

  it('does not retry client errors or errors that are not from the API', () => {
    for (const status of [400, 401, 403, 404, 409]) {
      expect(shouldRetryRead(0, httpError(status))).toBe(false);
    }
    expect(shouldRetryRead(0, new Error('render bug'))).toBe(false);
  });

  it('tries a request that timed out only once more', () => {
    const timeout = new ApiError({ kind: 'timeout', status: 0, message: 'x' });
    expect(shouldRetryRead(0, timeout)).toBe(true);
    expect(shouldRetryRead(1, timeout)).toBe(false);
  });

  it('gives up after three retries, backing off exponentially', () => {
    expect(shouldRetryRead(2, httpError(500))).toBe(true);
    expect(shouldRetryRead(3, httpError(500))).toBe(false);
    expect([0, 1, 2, 3, 4, 5].map(readRetryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});
