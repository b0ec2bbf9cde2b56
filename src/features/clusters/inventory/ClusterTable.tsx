import { useRef } from 'react';
import { Box, Checkbox, Table } from '@mantine/core';
import { useVirtualizer, observeElementRect } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import type { ClusterColumn, ColumnContext } from './columns';
import classes from './ClusterTable.module.css';

/** Rows up to this many are all in the page; above it only those on screen are rendered. */
export const virtualizeAbove = 100;
const rowHeight = 41;
/** Before layout (or where there is none, as in jsdom) assume a viewport this tall. */
const fallbackViewport = 640;

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
}

/**
 * The inventory's table. Pages of up to 100 rows are plain rows; larger pages are virtualised
 * (only the rows in the scroll box plus a few more are in the DOM), with spacer rows keeping
 * the scroll height right and aria-rowcount/rowindex telling screen readers where they are.
 */
export function ClusterTable(props: ClusterTableProps) {
  const { t } = useTranslation();
  const { rows, columns, context, selected, onToggle, onToggleAll } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > virtualizeAbove;
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height: fallbackViewport }),
      ),
  });

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual
    ? items.map((item) => ({ cluster: rows[item.index] as NormalizedCluster, index: item.index }))
    : rows.map((cluster, index) => ({ cluster, index }));
  const paddingTop = virtual ? (items[0]?.start ?? 0) : 0;
  const paddingBottom = virtual
    ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
    : 0;

  const selectedOnPage = rows.filter((cluster) => selected.has(cluster.metadata.uid)).length;
  const allChecked = rows.length > 0 && selectedOnPage === rows.length;

  return (
    <Box
      ref={scrollRef}
      className={classes.scroll}
      data-virtual={virtual || undefined}
      // A scroll box must be reachable by keyboard to be scrolled without a mouse.
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? t('clusters.table.scrollRegion') : undefined}
      aria-busy={props.busy || undefined}
    >
      <Table
        highlightOnHover
        fz="sm"
        verticalSpacing={6}
        aria-rowcount={props.totalRows + 1}
        className={classes.table}
        data-stale={props.busy || undefined}
      >
        <Table.Thead className={classes.head}>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('clusters.table.selectPage')}
                checked={allChecked}
                indeterminate={selectedOnPage > 0 && !allChecked}
                onChange={(event) => onToggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th
                key={column.id}
                aria-sort={
                  column.sortKey && column.sortKey === props.sortBy
                    ? props.order === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {column.header(context)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden>
              <td colSpan={columns.length + 1} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          )}
          {shown.map(({ cluster, index }) => {
            const uid = cluster.metadata.uid;
            const isSelected = selected.has(uid);
            return (
              <Table.Tr
                key={uid}
                aria-rowindex={props.firstRowIndex + index + 2}
                aria-selected={isSelected}
                style={virtual ? { height: rowHeight } : undefined}
              >
                <Table.Td>
                  <Checkbox
                    aria-label={t('clusters.table.selectRow', { name: cluster.metadata.name })}
                    checked={isSelected}
                    onChange={() => onToggle(cluster)}
                  />
                </Table.Td>
                {columns.map((column) => (
                  <Table.Td key={column.id} className={classes.cell}>
                    {column.cell(cluster, context)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={columns.length + 1} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
