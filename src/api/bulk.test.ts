import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { runBulk } from './bulk';

describe('bulk actions', () => {
  it('report each item, keeping successes when one fails', async () => {
    const result = await runBulk(['a', 'b', 'c', 'd'], async (item) => {
      if (item === 'c') {
        throw new ApiError({ kind: 'http', status: 400, code: 'UCS.01100002', message: 'no' });
      }
    });
    expect(result.succeeded).toEqual(['a', 'b', 'd']);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.item).toBe('c');
    expect(result.failed[0]?.error.code).toBe('UCS.01100002');
  });

  it('never run more than the concurrency limit at once', async () => {
    let running = 0;
    let peak = 0;
    await runBulk(
      [1, 2, 3, 4, 5, 6, 7],
      async () => {
        running++;
        peak = Math.max(peak, running);
        await Promise.resolve();
        running--;
      },
      { concurrency: 3 },
    );
    expect(peak).toBe(3);
  });

  it('turn a non-API failure into an ApiError', async () => {
    const result = await runBulk(['x'], async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.failed[0]?.error.kind).toBe('network');
  });
});
