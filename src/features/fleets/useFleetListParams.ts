import { parseAsNumberLiteral, parseAsStringLiteral } from 'nuqs';
import type { ClusterGroupListQuery } from '@/api/types';
import { parseAsPage, useListState } from '../../components/list/useListState';

export const pageSizes = [10, 20, 50] as const;
export type SortField = 'create_at' | 'update_at';
export type SortOrder = 'asc' | 'desc';

/** Paging and ordering of the fleet list; only the orderings UCS offers. */
const fleetListParsers = {
  page: parseAsPage,
  size: parseAsNumberLiteral(pageSizes).withDefault(20),
  sort: parseAsStringLiteral(['create_at', 'update_at']).withDefault('create_at'),
  order: parseAsStringLiteral(['asc', 'desc']).withDefault('desc'),
};

/**
 * Paging and ordering of the fleet list, kept in the URL (`?page=2&size=20&sort=update_at&order=asc`)
 * so a reload, a shared link or Back shows the same page.
 */
export function useFleetListParams() {
  const { state, update } = useListState(fleetListParsers);
  const { page, size, sort, order } = state;

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
    setSize: (next: number) => update({ size: pageSizes.find((size) => size === next) ?? null }),
    setSort: (field: SortField, direction: SortOrder) => update({ sort: field, order: direction }),
  };
}
