import type { ReactNode } from 'react';
import { Table, VisuallyHidden, type TableProps } from '@mantine/core';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';

/** Per-column presentation the engine does not know about. */
export interface DataColumnMeta {
  /** A header only screen readers hear, e.g. "Actions" above a column of buttons. */
  hiddenHeader?: boolean;
  /** Props of the column's cells, e.g. a minimum width or `whiteSpace: 'nowrap'`. */
  cellProps?: React.ComponentProps<typeof Table.Td>;
  /** Props of the header cell, e.g. `aria-sort` on the column the list is ordered by. */
  headerProps?: React.ComponentProps<typeof Table.Th>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a column of any value type
export type DataColumn<Row> = ColumnDef<Row, any> & { meta?: DataColumnMeta };

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
}

/**
 * The one table of the console's lists: columns defined as data (TanStack Table's `ColumnDef`,
 * header and cell per column), rendered with Mantine's `Table`, scrolling sideways when narrow.
 */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  caption,
  minWidth = 720,
  ...tableProps
}: DataTableProps<Row>) {
  // TanStack Table hands out new functions each render; nothing here memoizes them, so the
  // React Compiler's warning about it does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows as Row[],
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => rowKey(row),
  });
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="xs" {...tableProps}>
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
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
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <Table.Td
                  key={cell.id}
                  {...(cell.column.columnDef.meta as DataColumnMeta | undefined)?.cellProps}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
