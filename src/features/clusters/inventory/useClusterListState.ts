import { useCallback } from 'react';
import { useListState } from '@/components/list/useListState';
import { clusterListParsers, parseListState, urlKeys } from './listState';

/**
 * The inventory's state from the URL and a setter. A change of anything but the page goes back
 * to page 1. Typing in the search box replaces the history entry (one Back undoes the whole
 * search); every other change pushes one, so Back restores the previous filter.
 */
export function useClusterListState() {
  const { state, update } = useListState(clusterListParsers, urlKeys);

  /** Replaces the whole list state, e.g. when a saved view is recalled. */
  const apply = useCallback(
    (search: string) => update(parseListState(new URLSearchParams(search))),
    [update],
  );

  return { state, update, apply };
}
