import { memo, useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
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
  /**
   * The ids of the columns left out for want of width (`hideBelow`), whenever they change; none
   * are at first, so a table that fits says nothing.
   */
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
  // Columns are left out by width: until the frame is measured (before the first paint) it
  // holds no table, so the rows render once, with the columns that fit, not twice.
  const measuring = width === undefined;
  const hiddenKey = columns
    .filter((column) => (column.meta?.hideBelow ?? 0) > (width ?? Infinity))
    .map((column) => column.id ?? '')
    .join(' ');
  const columnVisibility = useMemo(
    () =>
      hiddenKey
        ? Object.fromEntries(hiddenKey.split(' ').map((id) => [id, false]))
        : noColumnsHidden,
    [hiddenKey],
  );
  // Told only when it changes: the page's own state starts at "none hidden", and telling it
  // "none" again after the first measure rendered the whole page once more before its rows
  // were painted.
  const reportedKey = useRef('');
  useEffect(() => {
    if (measuring || reportedKey.current === hiddenKey) return;
    reportedKey.current = hiddenKey;
    onHiddenColumnsChange?.(hiddenKey ? hiddenKey.split(' ') : []);
  }, [measuring, hiddenKey, onHiddenColumnsChange]);

  // Busy is shown on a frame around the table: it turns on and off with every keystroke of a
  // search, and the rows (memoised below) need not render again for it.
  return (
    <div
      ref={frameRef}
      className={classes.frame}
      aria-busy={busy || undefined}
      data-stale={busy || undefined}
    >
      {!measuring && <MemoTableView {...props} columnVisibility={columnVisibility} />}
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
  // A new column list makes the table rebuild its column model: only when the columns or the
  // selection change, not on every render.
  const allColumns = useMemo(
    () => (selection ? [selectionColumn(rows, rowKey, selection), ...columns] : columns),
    [rows, rowKey, selection, columns],
  );
  // TanStack Table hands out new functions each render; nothing here memoizes them, so the
  // React Compiler's warning about it does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows as Row[],
    columns: allColumns,
    getCoreRowModel: coreRowModel,
    getRowId: rowKey,
    state: { columnVisibility },
  });
  const modelRows = table.getRowModel().rows;
  const virtual = virtualize !== undefined && rows.length > virtualize.above;
  const shown = useVirtualRows(scrollRef, modelRows.length, virtualize?.rowHeight ?? 0, virtual);
  const columnCount = table.getVisibleLeafColumns().length;
  // Rows and cells are plain elements with the classes and attributes Mantine's Table.Tr and
  // Table.Td would give them (the same styles), not a Mantine component per cell: a page of rows
  // is most of what the first render of a list does.
  const striped = tableProps.striped ?? !selection;
  const rowAttributes = {
    className: Table.classes.tr,
    'data-with-row-border': (tableProps.withRowBorders ?? true) || undefined,
    'data-striped': striped === true ? 'odd' : striped || undefined,
    'data-hover': (tableProps.highlightOnHover ?? true) || undefined,
  };
  const cells = useMemo(() => cellRenderers(allColumns), [allColumns]);

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
      <tbody className={Table.classes.tbody}>
        <Spacer height={shown.paddingTop} columns={columnCount} />
        {shown.indexes.map((index) => {
          const row = modelRows[index];
          if (!row) return null;
          return (
            <tr
              key={row.id}
              {...rowAttributes}
              aria-rowindex={position ? position.firstRowIndex + index + 2 : undefined}
              aria-selected={selection ? selection.selected.has(row.id) : undefined}
              style={virtual ? { height: virtualize.rowHeight } : undefined}
            >
              {row.getVisibleCells().map((cell) => {
                const render = cells.get(cell.column.id);
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                return render ? (
                  render(cell.id, content)
                ) : (
                  <Table.Td
                    key={cell.id}
                    {...(cell.column.columnDef.meta as DataColumnMeta | undefined)?.cellProps}
                  >
                    {content}
                  </Table.Td>
                );
              })}
            </tr>
          );
        })}
        <Spacer height={shown.paddingBottom} columns={columnCount} />
      </tbody>
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

const coreRowModel = getCoreRowModel();

/**
 * Per column, a plain `<td>` with Table.Td's class, for the columns whose cell props are only a
 * class and a style; a column with Mantine style props (`maw`, `ta`…) keeps Table.Td, which
 * resolves them (none of the inventory's columns do).
 */
function cellRenderers<Row>(
  columns: readonly DataColumn<Row>[],
): Map<string, (key: string, content: ReactNode) => ReactNode> {
  const renderers = new Map<string, (key: string, content: ReactNode) => ReactNode>();
  for (const column of columns) {
    const { className, style, ...rest } = column.meta?.cellProps ?? {};
    if (column.id === undefined || Object.keys(rest).length > 0) continue;
    const classes = className ? `${Table.classes.td} ${className}` : Table.classes.td;
    renderers.set(column.id, (key, content) => (
      <td key={key} className={classes} style={style as CSSProperties | undefined}>
        {content}
      </td>
    ));
  }
  return renderers;
}

/** Stands in for the rows scrolled out of a virtualised table, keeping its height. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden>
      <td colSpan={columns} style={{ height, padding: 0 }} />
    </tr>
  );
}

const rowCheckClass = `${classes.check} ${Checkbox.classes.inner}`;
const rowCheckInputClass = `mantine-focus-auto ${Checkbox.classes.input}`;
/** Mantine's check mark (CheckboxIcon). */
const checkPath =
  'M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z';

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
    // Mantine's Checkbox as plain elements with its classes (it looks the same): one per row.
    cell: ({ row }) => (
      <div className={rowCheckClass}>
        <input
          type="checkbox"
          className={rowCheckInputClass}
          aria-label={selection.rowLabel(row.original)}
          checked={selection.selected.has(row.id)}
          onChange={() => selection.onToggle(row.original)}
        />
        <svg
          viewBox="0 0 10 7"
          fill="none"
          xmlns="http://www.w3.org/2000/svg"
          aria-hidden
          className={Checkbox.classes.icon}
        >
          <path d={checkPath} fill="currentColor" fillRule="evenodd" clipRule="evenodd" />
        </svg>
      </div>
    ),
    meta: { headerProps: { w: 40 } },
  };
}
