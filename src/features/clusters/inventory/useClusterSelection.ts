import { useCallback, useState } from 'react';
import type { BulkResult } from '@/api/bulk';
import type { NormalizedCluster } from '@/api/normalize';

/**
 * The clusters ticked in the inventory, by id. The selection outlives paging and filtering, so
 * a bulk action can span pages.
 */
export function useClusterSelection(rows: readonly NormalizedCluster[] | undefined) {
  const [selected, setSelected] = useState<ReadonlyMap<string, NormalizedCluster>>(new Map());

  // Stable callbacks: the table re-renders its rows only when they (or the rows) change.
  const toggle = useCallback(
    (cluster: NormalizedCluster) =>
      setSelected((current) => {
        const next = new Map(current);
        const uid = cluster.metadata.uid;
        if (next.has(uid)) next.delete(uid);
        else next.set(uid, cluster);
        return next;
      }),
    [],
  );
  /** Ticks or unticks every row shown. */
  const toggleAll = useCallback(
    (checked: boolean) =>
      setSelected((current) => {
        const next = new Map(current);
        for (const cluster of rows ?? []) {
          if (checked) next.set(cluster.metadata.uid, cluster);
          else next.delete(cluster.metadata.uid);
        }
        return next;
      }),
    [rows],
  );
  // What failed stays selected, ready for another try; what succeeded leaves the selection.
  const keepFailed = (result: BulkResult<NormalizedCluster>) =>
    setSelected(new Map(result.failed.map(({ item }) => [item.metadata.uid, item])));

  return { selected, toggle, toggleAll, keepFailed, clear: () => setSelected(new Map()) };
}
