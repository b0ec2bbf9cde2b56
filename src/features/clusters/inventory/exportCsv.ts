import type { NormalizedCluster } from '@/api/normalize';
import type { ClusterColumn, ColumnContext } from './columns';

/** RFC 4180: quote every field, double the quotes inside. */
function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

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
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
