import { apiErrorFromFailure, type ApiError } from './errors';

export interface BulkFailure<T> {
  item: T;
  error: ApiError;
}

/** What a bulk action did to each item: the CBR pattern of success and failure lists. */
export interface BulkResult<T> {
  succeeded: T[];
  failed: BulkFailure<T>[];
}

/**
 * Runs `action` for every item, a few at a time, and reports per item. One item's failure never
 * stops the others or hides their success.
 */
export async function runBulk<T>(
  items: readonly T[],
  action: (item: T) => Promise<unknown>,
  { concurrency = 4 }: { concurrency?: number } = {},
): Promise<BulkResult<T>> {
  const outcomes: ({ ok: true } | { ok: false; error: ApiError })[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        await action(items[index] as T);
        outcomes[index] = { ok: true };
      } catch (error) {
        outcomes[index] = { ok: false, error: apiErrorFromFailure(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));

  const result: BulkResult<T> = { succeeded: [], failed: [] };
  outcomes.forEach((outcome, index) => {
    const item = items[index] as T;
    if (outcome.ok) result.succeeded.push(item);
    else result.failed.push({ item, error: outcome.error });
  });
  return result;
}
