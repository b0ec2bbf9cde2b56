/**
 * Paging and sorting shared by the three list operations (clusters, fleets, policies): `limit`
 * (-1 = all), `offset`, `order_by` (create_at / update_at) and `order` (asc / desc), all
 * validated as UCS does (400 UCS.00000011 for a bad value).
 */
import { queryEnum, queryInteger } from './validate';

export interface PageQuery {
  limit: number;
  offset: number;
  orderBy: 'create_at' | 'update_at';
  order: 'asc' | 'desc';
}

export function readPageQuery(params: URLSearchParams): PageQuery {
  return {
    limit: queryInteger(params, 'limit', -1, -1),
    offset: queryInteger(params, 'offset', 0, 0),
    // Newest first unless asked otherwise: what a list page wants to show.
    orderBy: queryEnum(params, 'order_by', ['create_at', 'update_at'] as const) ?? 'create_at',
    order: queryEnum(params, 'order', ['asc', 'desc'] as const) ?? 'desc',
  };
}

interface Timed {
  createdAt: number;
  updatedAt: number;
}

/**
 * Records in the requested order. Records are kept in creation order, so create_at needs no
 * sort; update_at sorts once per store version and order and is cached, which is what keeps a
 * page of 10,000 clusters well under a millisecond.
 */
export class SortedView<T extends Timed> {
  private cache = new Map<string, T[]>();
  private cachedVersion = -1;

  /**
   * The body of a list operation: the requested page of the records `keep` lets through (all by
   * default), shown as `show` says, and how many there are before paging.
   */
  list<Item>(
    records: T[],
    version: number,
    paging: PageQuery,
    show: (record: T) => Item,
    keep?: (record: T) => boolean,
  ): { items: Item[]; total: number } {
    const ordered = this.ordered(records, version, paging.orderBy, paging.order);
    const kept = keep ? ordered.filter(keep) : ordered;
    return { items: page(kept, paging).map(show), total: kept.length };
  }

  private ordered(
    records: T[],
    version: number,
    orderBy: PageQuery['orderBy'],
    order: PageQuery['order'],
  ): T[] {
    if (version !== this.cachedVersion) {
      this.cache.clear();
      this.cachedVersion = version;
    }
    const key = `${orderBy}:${order}`;
    let sorted = this.cache.get(key);
    if (!sorted) {
      sorted =
        orderBy === 'create_at'
          ? [...records].sort((a, b) => a.createdAt - b.createdAt)
          : [...records].sort((a, b) => a.updatedAt - b.updatedAt || a.createdAt - b.createdAt);
      if (order === 'desc') sorted.reverse();
      this.cache.set(key, sorted);
    }
    return sorted;
  }
}

function page<T>(items: readonly T[], query: Pick<PageQuery, 'limit' | 'offset'>): T[] {
  const end = query.limit < 0 ? undefined : query.offset + query.limit;
  return items.slice(query.offset, end);
}
