import {
  createLoader,
  parseAsNumberLiteral,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs';
import type { ClusterGroupListQuery, ClusterListQuery } from '@/api/types';
import { parseAsPage } from '@/components/list/urlParsers';

export const pageSizes = [10, 20, 50] as const;
export type SortField = 'create_at' | 'update_at';
export type SortOrder = 'asc' | 'desc';

/** Paging and ordering of the fleet list; only the orderings UCS offers. */
export const fleetListParsers = {
  page: parseAsPage,
  size: parseAsNumberLiteral(pageSizes).withDefault(20),
  sort: parseAsStringLiteral(['create_at', 'update_at']).withDefault('create_at'),
  order: parseAsStringLiteral(['asc', 'desc']).withDefault('desc'),
};

export type FleetListState = inferParserType<typeof fleetListParsers>;

/** The fleet list's state from a URL, for the route's loader. */
export const parseFleetListState = createLoader(fleetListParsers);

/** The one page of fleets a list state shows. */
export function fleetListQuery({ page, size, sort, order }: FleetListState): ClusterGroupListQuery {
  return { limit: size, offset: (page - 1) * size, order_by: sort, order };
}

/**
 * The one cluster list every row's member health is read from, whatever page of fleets is shown:
 * UCS filters clusters on one fleet at most (`clustergroupid`), so asking per fleet would be one
 * request per row. Clusters in any fleet, with their status (the phase is what health counts).
 */
export const fleetHealthQuery: ClusterListQuery = { managetype: 'grouped' };
