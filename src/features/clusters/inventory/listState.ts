import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ClusterListQuery } from '../../../api/queries/types';

/**
 * Everything that decides which clusters the inventory shows. It lives in the URL, so a copied
 * link or the Back button restores exactly the same view; defaults are left out of the URL.
 */
export interface ClusterListState {
  search: string;
  category: string;
  provider: string;
  type: string;
  /** Phases, any of which matches. */
  status: string[];
  /** A fleet ID, `none` (in no fleet) or `any` (in some fleet); empty for every cluster. */
  fleet: string;
  country: string;
  /** A Kubernetes minor version (`v1.25`), or `unknown` for clusters that report none. */
  version: string;
  /** A Kubernetes label selector, e.g. `env=prod,tier in (web,api),!legacy`. */
  labels: string;
  sortBy: 'created' | 'updated';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const pageSizes = [25, 50, 100, 500, 1000] as const;

export const defaultListState: ClusterListState = {
  search: '',
  category: '',
  provider: '',
  type: '',
  status: [],
  fleet: '',
  country: '',
  version: '',
  labels: '',
  sortBy: 'created',
  order: 'desc',
  page: 1,
  pageSize: 50,
};

/** Every filter at its default: what "Clear filters" sets (sorting and page size stay). */
export const clearedFilters: Partial<ClusterListState> = {
  search: defaultListState.search,
  category: defaultListState.category,
  provider: defaultListState.provider,
  type: defaultListState.type,
  status: defaultListState.status,
  fleet: defaultListState.fleet,
  country: defaultListState.country,
  version: defaultListState.version,
  labels: defaultListState.labels,
};

/** The URL parameter names, kept short so a shared link stays readable. */
const keys = {
  search: 'q',
  category: 'category',
  provider: 'provider',
  type: 'type',
  status: 'status',
  fleet: 'fleet',
  country: 'country',
  version: 'version',
  labels: 'labels',
  sortBy: 'sort',
  order: 'order',
  page: 'page',
  pageSize: 'size',
} as const satisfies Record<keyof ClusterListState, string>;

const ownKeys = new Set<string>(Object.values(keys));

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function parseListState(params: URLSearchParams): ClusterListState {
  const size = positiveInt(params.get(keys.pageSize), defaultListState.pageSize);
  return {
    search: params.get(keys.search) ?? '',
    category: params.get(keys.category) ?? '',
    provider: params.get(keys.provider) ?? '',
    type: params.get(keys.type) ?? '',
    status: (params.get(keys.status) ?? '').split(',').filter(Boolean),
    fleet: params.get(keys.fleet) ?? '',
    country: params.get(keys.country) ?? '',
    version: params.get(keys.version) ?? '',
    labels: params.get(keys.labels) ?? '',
    sortBy: params.get(keys.sortBy) === 'updated' ? 'updated' : 'created',
    order: params.get(keys.order) === 'asc' ? 'asc' : 'desc',
    page: positiveInt(params.get(keys.page), 1),
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : defaultListState.pageSize,
  };
}

/**
 * The state as URL parameters, defaults left out. Parameters that are not the list's own (such
 * as the demo's `mock-scale`) are carried over untouched.
 */
export function toSearchParams(state: ClusterListState, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  base?.forEach((value, key) => {
    if (!ownKeys.has(key)) params.append(key, value);
  });
  for (const name of Object.keys(keys) as (keyof ClusterListState)[]) {
    const value = state[name];
    const fallback = defaultListState[name];
    const text = Array.isArray(value) ? value.join(',') : String(value);
    const defaultText = Array.isArray(fallback) ? fallback.join(',') : String(fallback);
    if (text !== defaultText) params.set(keys[name], text);
  }
  return params;
}

/** The list's own parameters only, for saved views. */
export function listSearchString(state: ClusterListState): string {
  return toSearchParams(state).toString();
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

export type ListStateChange = Partial<ClusterListState>;

/**
 * The inventory's state from the URL and a setter. A change of anything but the page goes back
 * to page 1. Typing in the search box replaces the history entry (one Back undoes the whole
 * search); every other change pushes one, so Back restores the previous filter.
 */
export function useClusterListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);

  const update = useCallback(
    (change: ListStateChange, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const previous = parseListState(current);
          const next = { ...previous, ...change };
          if (!('page' in change)) next.page = 1;
          return toSearchParams(next, current);
        },
        { replace },
      );
    },
    [setParams],
  );

  /** Replaces the whole list state, e.g. when a saved view is recalled. */
  const apply = useCallback(
    (search: string) => {
      setParams((current) => toSearchParams(parseListState(new URLSearchParams(search)), current));
    },
    [setParams],
  );

  return { state, update, apply };
}
