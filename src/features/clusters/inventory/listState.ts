import {
  createLoader,
  createSerializer,
  parseAsArrayOf,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
  type UrlKeys,
} from 'nuqs';
import type { ClusterListQuery } from '@/api/types';
import type { ListStateChange } from '@/components/list/useListState';
import { parseAsPage } from '@/components/list/urlParsers';

/** Page sizes the inventory offers. */
export const pageSizes = [25, 50, 100, 500, 1000] as const;

/*
 * Route loaders read this module before the page exists: it imports nothing but nuqs (types
 * aside), so the inventory's first request waits for one small chunk. The hook is in
 * useClusterListState.ts.
 */

/**
 * Everything that decides which clusters the inventory shows, as URL parameters with their
 * defaults. It lives in the URL, so a copied link or the Back button restores exactly the same
 * view; defaults are left out of the URL.
 */
export const clusterListParsers = {
  search: parseAsString.withDefault(''),
  category: parseAsString.withDefault(''),
  provider: parseAsString.withDefault(''),
  type: parseAsString.withDefault(''),
  /** Phases, any of which matches. */
  status: parseAsArrayOf(parseAsString, ',').withDefault([]),
  /** A fleet ID, `none` (in no fleet) or `any` (in some fleet); empty for every cluster. */
  fleet: parseAsString.withDefault(''),
  country: parseAsString.withDefault(''),
  /** A Kubernetes minor version (`v1.25`), or `unknown` for clusters that report none. */
  version: parseAsString.withDefault(''),
  /** A Kubernetes label selector, e.g. `env=prod,tier in (web,api),!legacy`. */
  labels: parseAsString.withDefault(''),
  sortBy: parseAsStringLiteral(['created', 'updated']).withDefault('created'),
  order: parseAsStringLiteral(['asc', 'desc']).withDefault('desc'),
  page: parseAsPage,
  pageSize: parseAsNumberLiteral(pageSizes).withDefault(50),
};

/** The URL parameter names, kept short so a shared link stays readable. */
export const urlKeys: UrlKeys<typeof clusterListParsers> = {
  search: 'q',
  sortBy: 'sort',
  pageSize: 'size',
};

export type ClusterListState = inferParserType<typeof clusterListParsers>;
export type ClusterListChange = ListStateChange<typeof clusterListParsers>;

/** The state a URL's parameters describe; what is missing or unknown reads as its default. */
export const parseListState = createLoader(clusterListParsers, { urlKeys });
const serializeListState = createSerializer(clusterListParsers, { urlKeys });

export const defaultListState: ClusterListState = parseListState(new URLSearchParams());

/** Every filter at its default: what "Clear filters" sets (sorting and page size stay). */
export const clearedFilters: ClusterListChange = {
  search: null,
  category: null,
  provider: null,
  type: null,
  status: null,
  fleet: null,
  country: null,
  version: null,
  labels: null,
};

/** The list's own parameters only (defaults left out), for saved views. */
export function listSearchString(state: ClusterListState): string {
  return serializeListState(state).replace(/^\?/, '');
}

/** Filters the UCS list API cannot apply; with any of them set the page must hold every row. */
export function clientFiltersActive(state: ClusterListState): boolean {
  return Boolean(
    state.search.trim() ||
    state.provider ||
    state.type ||
    state.status.length ||
    state.country ||
    state.version ||
    state.labels.trim(),
  );
}

export function anyFilterActive(state: ClusterListState): boolean {
  return clientFiltersActive(state) || Boolean(state.category || state.fleet);
}

/**
 * The part of the state the API does itself (section 3.1.1): category, fleet (`clustergroupid`,
 * or `managetype` for "in no fleet" / "in some fleet") and the sort order. Paging is added by
 * the caller, and only when no client-side filter is active.
 */
export function serverQueryOf(state: ClusterListState): ClusterListQuery {
  const query: ClusterListQuery = {
    order_by: state.sortBy === 'updated' ? 'update_at' : 'create_at',
    order: state.order,
  };
  if (state.category) query.category = state.category as ClusterListQuery['category'];
  if (state.fleet === 'none') query.managetype = 'discrete';
  else if (state.fleet === 'any') query.managetype = 'grouped';
  else if (state.fleet) query.clustergroupid = state.fleet;
  return query;
}

/**
 * The one request the inventory needs for a state: one page when the server can filter and
 * page, every row the server-side filters let through when the browser must filter (search,
 * provider, status…): filtering one server page would silently miss matches on other pages.
 */
export function inventoryQuery(state: ClusterListState): ClusterListQuery {
  const serverQuery = serverQueryOf(state);
  if (clientFiltersActive(state)) return serverQuery;
  return { ...serverQuery, limit: state.pageSize, offset: (state.page - 1) * state.pageSize };
}
