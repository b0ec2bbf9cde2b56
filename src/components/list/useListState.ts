import { useCallback } from 'react';
import {
  useQueryStates,
  type Nullable,
  type UrlKeys,
  type UseQueryStatesKeysMap,
  type Values,
} from 'nuqs';

/** A change to a list's state; `null` puts a value back to its default. */
export type ListStateChange<Parsers extends UseQueryStatesKeysMap> = Partial<
  Nullable<Values<Parsers>>
>;

export interface ListStateUpdateOptions {
  /**
   * Replace the history entry instead of adding one: for typing, so that one Back undoes the
   * whole search rather than a letter.
   */
  replace?: boolean;
}

/**
 * A list's state (filters, sorting, paging) kept in the URL, so a reload, a shared link or Back
 * shows the same view. The one way lists keep their state; built on nuqs.
 *
 * Every change is composed with the latest state, not with the URL of the last render: two
 * changes made before the router has rendered the first (a status picked while 10,000 rows are
 * still rendering, keys typed faster than the list updates) both stay. React Router's own
 * `setSearchParams` hands each call the params of the last render, so the later call would undo
 * the earlier. Parameters that are not the list's own (such as the demo's `mock-scale`) are
 * kept; values at their default are left out of the URL.
 *
 * Any change that does not set `page` goes back to the first page. Each change adds a history
 * entry unless `replace` is set.
 */
export function useListState<Parsers extends UseQueryStatesKeysMap>(
  parsers: Parsers,
  urlKeys?: UrlKeys<Parsers>,
) {
  const [state, setState] = useQueryStates(parsers, {
    urlKeys,
    history: 'push',
    // The URL changes without a router navigation: a keystroke in a search renders the list,
    // not the whole app (every link, the navigation, the header's menus) as a navigation does.
    // The router's own location then lags the list's parameters: read them through nuqs (or
    // `window.location`), never through the router's `useSearchParams`/`useLocation`.
    shallow: true,
  });

  const update = useCallback(
    (change: ListStateChange<Parsers>, { replace = false }: ListStateUpdateOptions = {}) => {
      const backToFirstPage = 'page' in parsers && !('page' in change);
      const next = backToFirstPage ? ({ ...change, page: null } as typeof change) : change;
      void setState(next, {
        history: replace ? 'replace' : 'push',
      });
    },
    [parsers, setState],
  );

  return { state, update };
}
