import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Box, Checkbox, Table, VisuallyHidden, type TableProps } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualRows } from './useVirtualRows';
import { useWidthStep } from './useWidthStep';
import classes from './DataTable.module.css';

/** Per-column presentation the engine does not know about. */
export interface DataColumnMeta {
  /** A header only screen readers hear, e.g. "Actions" above a column of buttons. */
  hiddenHeader?: boolean;
  /** Props of the column's cells, e.g. a minimum width or `whiteSpace: 'nowrap'`. */
  cellProps?: React.ComponentProps<typeof Table.Td>;
  /** Props of the header cell, e.g. `aria-sort` on the column the list is ordered by. */
  headerProps?: React.ComponentProps<typeof Table.Th>;
  /**
   * Below this width of the table's box (px) the column is left out, so that the table fits
   * without scrolling sideways: give it to the columns that matter least, the least first.
   */
  hideBelow?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a column of any value type
export type DataColumn<Row> = ColumnDef<Row, any> & { meta?: DataColumnMeta };

/** Rows the operator ticks, kept by the page (a selection can outlive a page of the list). */
export interface RowSelection<Row> {
  selected: ReadonlySet<string>;
  onToggle: (row: Row) => void;
  onToggleAll: (checked: boolean) => void;
  /** The row checkbox's name, e.g. "Select web-prod". */
  rowLabel: (row: Row) => string;
  /** The header checkbox's name, e.g. "Select all clusters on this page". */
  allLabel: string;
}

interface DataTableProps<Row> extends Omit<TableProps, 'data'> {
  rows: readonly Row[];
  columns: DataColumn<Row>[];
  /** A stable key per row (the object's id), so React keeps rows apart across refetches. */
  rowKey: (row: Row) => string;
  /** Says what the table shows, and how much of it: read before the rows. */
  caption?: ReactNode;
  /** A table without a visible caption still needs a name. */
  'aria-label'?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  selection?: RowSelection<Row>;
  /**
   * Long pages render only the rows in view. The table then scrolls inside its own box, which
   * is a named, focusable region so it can be scrolled from the keyboard.
   */
  virtualize?: { above: number; rowHeight: number; regionLabel: string };
  /** The rows are one page of a longer list: aria-rowcount and aria-rowindex count the list. */
  position?: { firstRowIndex: number; totalRows: number };
  /** A refetch is running: the rows stay, dimmed, and the table says it is busy. */
  busy?: boolean;
  /** The ids of the columns left out for want of width (`hideBelow`), whenever they change. */
  onHiddenColumnsChange?: (ids: readonly string[]) => void;
}

const noColumnsHidden: VisibilityState = {};

/**
 * The one table of the console's lists: columns defined as data (TanStack Table's `ColumnDef`,
 * header and cell per column), rendered with Mantine's `Table`, scrolling sideways when narrow;
 * optionally with a selection column and, for long pages, virtualised rows.
 */
export function DataTable<Row>({
  busy = false,
  onHiddenColumnsChange,
  ...props
}: DataTableProps<Row>) {
  const frameRef = useRef<HTMLDivElement>(null);
  const { columns } = props;
  const breakpoints = useMemo(
    () => columns.flatMap((column) => column.meta?.hideBelow ?? []),
    [columns],
  );
  const width = useWidthStep(frameRef, breakpoints);
  const hiddenKey = columns
    .filter((column) => (column.meta?.hideBelow ?? 0) > width)
    .map((column) => column.id ?? '')
    .join(' ');
  const columnVisibility = useMemo(
    () =>
      hiddenKey
        ? Object.fromEntries(hiddenKey.split(' ').map((id) => [id, false]))
        : noColumnsHidden,
    [hiddenKey],
  );
  useEffect(() => {
    onHiddenColumnsChange?.(hiddenKey ? hiddenKey.split(' ') : []);
  }, [hiddenKey, onHiddenColumnsChange]);

  // Busy is shown on a frame around the table: it turns on and off with every keystroke of a
  // search, and the rows (memoised below) need not render again for it.
  return (
    <div
      ref={frameRef}
      className={classes.frame}
      aria-busy={busy || undefined}
      data-stale={busy || undefined}
    >
      <MemoTableView {...props} columnVisibility={columnVisibility} />
    </div>
  );
}

/**
 * The table itself, rendered again only when its props change: pages pass stable rows,
 * columns and callbacks (useMemo/useCallback), so typing in a filter does not re-render a
 * page of rows before the filtered rows are ready.
 */
function TableView<Row>({
  rows,
  columns,
  rowKey,
  caption,
  minWidth = 720,
  selection,
  virtualize,
  position,
  className,
  columnVisibility,
  ...tableProps
}: Omit<DataTableProps<Row>, 'busy' | 'onHiddenColumnsChange'> & {
  columnVisibility: VisibilityState;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Table hands out new functions each render; nothing here memoizes them, so the
  // React Compiler's warning about it does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows as Row[],
    columns: selection ? [selectionColumn(rows, rowKey, selection), ...columns] : columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => rowKey(row),
    state: { columnVisibility },
  });
  const modelRows = table.getRowModel().rows;
  const virtual = virtualize !== undefined && rows.length > virtualize.above;
  const shown = useVirtualRows(scrollRef, modelRows.length, virtualize?.rowHeight ?? 0, virtual);
  const columnCount = table.getVisibleLeafColumns().length;

  const tableElement = (
    <Table
      striped={!selection}
      highlightOnHover
      verticalSpacing="xs"
      miw={virtualize ? minWidth : undefined}
      aria-rowcount={position ? position.totalRows + 1 : undefined}
      {...tableProps}
      className={className ? `${classes.table} ${className}` : classes.table}
    >
      {caption && <Table.Caption>{caption}</Table.Caption>}
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id} aria-rowindex={position ? 1 : undefined}>
            {group.headers.map((header) => {
              const meta = header.column.columnDef.meta as DataColumnMeta | undefined;
              const content = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <Table.Th key={header.id} {...meta?.headerProps}>
                  {meta?.hiddenHeader ? <VisuallyHidden>{content}</VisuallyHidden> : content}
                </Table.Th>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        <Spacer height={shown.paddingTop} columns={columnCount} />
        {shown.indexes.map((index) => {
          const row = modelRows[index];
          if (!row) return null;
          return (
            <Table.Tr
              key={row.id}
              aria-rowindex={position ? position.firstRowIndex + index + 2 : undefined}
              aria-selected={selection ? selection.selected.has(row.id) : undefined}
              style={virtual ? { height: virtualize.rowHeight } : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <Table.Td
                  key={cell.id}
                  {...(cell.column.columnDef.meta as DataColumnMeta | undefined)?.cellProps}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          );
        })}
        <Spacer height={shown.paddingBottom} columns={columnCount} />
      </Table.Tbody>
    </Table>
  );

  if (!virtualize)
    return <Table.ScrollContainer minWidth={minWidth}>{tableElement}</Table.ScrollContainer>;
  return (
    <Box
      ref={scrollRef}
      className={classes.scroll}
      data-virtual={virtual || undefined}
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? virtualize.regionLabel : undefined}
    >
      {tableElement}
    </Box>
  );
}

const MemoTableView = memo(TableView) as typeof TableView;

/** Stands in for the rows scrolled out of a virtualised table, keeping its height. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden>
      <td colSpan={columns} style={{ height, padding: 0 }} />
    </tr>
  );
}

function selectionColumn<Row>(
  rows: readonly Row[],
  rowKey: (row: Row) => string,
  selection: RowSelection<Row>,
): DataColumn<Row> {
  const selectedOnPage = rows.filter((row) => selection.selected.has(rowKey(row))).length;
  const allChecked = rows.length > 0 && selectedOnPage === rows.length;
  return {
    id: 'select',
    header: () => (
      <Checkbox
        aria-label={selection.allLabel}
        checked={allChecked}
        indeterminate={selectedOnPage > 0 && !allChecked}
        onChange={(event) => selection.onToggleAll(event.currentTarget.checked)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={selection.rowLabel(row.original)}
        checked={selection.selected.has(row.id)}
        onChange={() => selection.onToggle(row.original)}
      />
    ),
    meta: { headerProps: { w: 40 } },
  };
}
