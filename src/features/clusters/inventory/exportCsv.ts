import type { NormalizedCluster } from '@/api/normalize';
import { toCsv } from '@/components/export/download';
import type { ClusterColumn, ColumnContext } from './columns';

/**
 * The rows as CSV with the given columns plus the cluster ID and labels, which a spreadsheet
 * needs to join on and filter by. A BOM keeps Excel from misreading non-ASCII names.
 */
export function clustersToCsv(
  rows: readonly NormalizedCluster[],
  columns: readonly ClusterColumn[],
  context: ColumnContext,
): string {
  const header = ['ID', ...columns.map((column) => column.header(context)), 'Labels'];
  const lines = rows.map((cluster) => [
    cluster.metadata.uid,
    ...columns.map((column) => column.text(cluster, context)),
    Object.entries(cluster.metadata.labels ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join(';'),
  ]);
  return toCsv(header, lines);
}
