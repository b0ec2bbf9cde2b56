import { useSearchParams } from 'react-router';
import type { ClusterGroupListQuery } from '../../api/queries/types';

export const pageSizes = [10, 20, 50] as const;
export type SortField = 'create_at' | 'update_at';
export type SortOrder = 'asc' | 'desc';

/**
 * Paging and ordering of the fleet list, kept in the URL (`?page=2&size=20&sort=update_at&order=asc`)
 * so a reload, a shared link or Back shows the same page. Only the orderings UCS offers.
 */
export function useFleetListParams() {
  const [params, setParams] = useSearchParams();
  const sizeParam = Number(params.get('size'));
  const size = (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : 20;
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const sort: SortField = params.get('sort') === 'update_at' ? 'update_at' : 'create_at';
  const order: SortOrder = params.get('order') === 'asc' ? 'asc' : 'desc';

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  const query: ClusterGroupListQuery = {
    limit: size,
    offset: (page - 1) * size,
    order_by: sort,
    order,
  };
  return {
    page,
    size,
    sort,
    order,
    query,
    setPage: (next: number) => update({ page: next }),
    setSize: (next: number) => update({ size: next, page: undefined }),
    setSort: (field: SortField, direction: SortOrder) =>
      update({ sort: field, order: direction, page: undefined }),
  };
}
