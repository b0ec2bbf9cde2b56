import { useDeferredValue, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery } from '@/api/query';
import type { ClusterListQuery } from '@/api/types';
import { filterClusters } from './filterClusters';
import {
  clientFiltersActive,
  inventoryQuery,
  serverQueryOf,
  type ClusterListState,
} from './listState';

/** How often the inventory refreshes itself while auto-refresh is on. */
export const autoRefreshMs = 30_000;

/** Whether a list query asks for one page (server-side paging) rather than every row. */
function isPaged(query: ClusterListQuery | undefined): boolean {
  return query?.limit !== undefined && query.limit >= 0;
}

/**
 * The rows of the inventory for a list state, fetched the cheapest way that is still correct:
 *
 * - Only filters the API has (category, fleet) and a sort: the server pages (`limit`/`offset`)
 *   and says `total`; the browser holds one page.
 * - Any filter the API lacks (search, provider, type, status, country, labels): the browser
 *   fetches every row the server-side filters let through (`limit` left out = all), filters and
 *   pages them itself. Filtering one server page would silently miss matches on other pages.
 *   Typing in the search box then never waits for the network.
 */
export function useClusterInventory(state: ClusterListState, autoRefresh: boolean) {
  const queryClient = useQueryClient();
  // Filtering 10,000 rows is fast, but rendering is not free: the input stays responsive while
  // React renders the filtered rows at a lower priority.
  const deferred = useDeferredValue(state);
  const clientSide = clientFiltersActive(deferred);
  const serverQuery = serverQueryOf(deferred);
  const offset = (deferred.page - 1) * deferred.pageSize;
  const query = inventoryQuery(deferred);

  const list = useQuery({
    ...apiQuery('listClusters', query),
    // While the next page loads the current one stays, but a page is never shown as if it were
    // the whole list (or the other way round): that would filter the wrong rows.
    placeholderData: (previous, previousQuery) => {
      const previousKey = previousQuery?.queryKey[1];
      return previous && isPaged(previousKey) === isPaged(query) ? previous : undefined;
    },
    refetchInterval: autoRefresh ? autoRefreshMs : false,
  });

  const filtered = useMemo(
    () => (clientSide && list.data ? filterClusters(list.data.items, deferred) : undefined),
    [clientSide, list.data, deferred],
  );

  const pageSize = deferred.pageSize;
  // The same array while the view is the same, so the table need not render again.
  const rows = useMemo(
    () => (filtered ? filtered.slice(offset, offset + pageSize) : list.data?.items),
    [filtered, offset, pageSize, list.data],
  );
  const total = filtered ? filtered.length : list.data?.total;

  /** Loads every row before the operator needs it, e.g. when they focus the search box. */
  const prefetchAll = () => void queryClient.prefetchQuery(apiQuery('listClusters', serverQuery));

  return {
    list,
    rows,
    total,
    /** All rows matching the view (client side), or undefined when the server pages. */
    allMatching: filtered,
    serverQuery,
    clientSide,
    /** The state the rows shown belong to (lags `state` by a render while typing). */
    shownState: deferred,
    stale: deferred !== state || list.isPlaceholderData,
    prefetchAll,
  };
}
