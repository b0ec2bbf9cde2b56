import { useListState } from '@/components/list/useListState';
import {
  fleetListParsers,
  fleetListQuery,
  pageSizes,
  type SortField,
  type SortOrder,
} from './fleetListState';

export { pageSizes, type SortField, type SortOrder };

/**
 * Paging and ordering of the fleet list, kept in the URL (`?page=2&size=20&sort=update_at&order=asc`)
 * so a reload, a shared link or Back shows the same page.
 */
export function useFleetListParams() {
  const { state, update } = useListState(fleetListParsers);
  const { page, size, sort, order } = state;

  const query = fleetListQuery(state);
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
