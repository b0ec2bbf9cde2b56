import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { DataTable, type DataColumn } from '@/components/table/DataTable';
import { hideBelowWidths } from './columnFit';
import type { ClusterColumn, ColumnContext } from './columns';
import classes from './ClusterTable.module.css';

/** Rows up to this many are all in the page; above it only those on screen are rendered. */
export const virtualizeAbove = 100;
const rowHeight = 41;

interface ClusterTableProps {
  rows: readonly NormalizedCluster[];
  columns: readonly ClusterColumn[];
  context: ColumnContext;
  selected: ReadonlySet<string>;
  onToggle: (cluster: NormalizedCluster) => void;
  onToggleAll: (checked: boolean) => void;
  sortBy: 'created' | 'updated';
  order: 'asc' | 'desc';
  /** Row number of the first row in the whole list, for aria-rowindex. */
  firstRowIndex: number;
  totalRows: number;
  busy: boolean;
  /** Leave out the columns that do not fit the width (columnFit.ts). */
  fit: boolean;
  onHiddenColumnsChange: (ids: readonly string[]) => void;
}

const rowKey = (cluster: NormalizedCluster) => cluster.metadata.uid;

/**
 * The inventory's table: the kit's `DataTable` with a selection column, the columns the
 * operator chose, and virtualised rows for pages above 100 (up to 10,000 rows in one page).
 */
export function ClusterTable(props: ClusterTableProps) {
  const { t } = useTranslation();
  const { context, sortBy, order, selected, onToggle, onToggleAll, firstRowIndex, totalRows } =
    props;
  const { fit } = props;
  // Everything the table gets is memoised, so the table renders again only when these change.
  const columns = useMemo(() => {
    const hideBelow = fit ? hideBelowWidths(props.columns.map((column) => column.id)) : undefined;
    return props.columns.map((column): DataColumn<NormalizedCluster> => ({
      id: column.id,
      header: () => column.header(context),
      cell: ({ row }) => column.cell(row.original, context),
      meta: {
        cellProps: { className: classes.cell },
        headerProps: {
          'aria-sort':
            column.sortKey && column.sortKey === sortBy
              ? order === 'asc'
                ? 'ascending'
                : 'descending'
              : undefined,
        },
        hideBelow: hideBelow?.get(column.id),
      },
    }));
  }, [props.columns, context, sortBy, order, fit]);
  const selection = useMemo(
    () => ({
      selected,
      onToggle,
      onToggleAll,
      rowLabel: (cluster: NormalizedCluster) =>
        t('clusters.table.selectRow', { name: cluster.metadata.name }),
      allLabel: t('clusters.table.selectPage'),
    }),
    [selected, onToggle, onToggleAll, t],
  );
  const virtualize = useMemo(
    () => ({ above: virtualizeAbove, rowHeight, regionLabel: t('clusters.table.scrollRegion') }),
    [t],
  );
  const position = useMemo(() => ({ firstRowIndex, totalRows }), [firstRowIndex, totalRows]);

  return (
    <DataTable
      rows={props.rows}
      columns={columns}
      rowKey={rowKey}
      fz="sm"
      verticalSpacing={6}
      minWidth={960}
      className={classes.table}
      selection={selection}
      virtualize={virtualize}
      position={position}
      busy={props.busy}
      onHiddenColumnsChange={props.onHiddenColumnsChange}
    />
  );
}
