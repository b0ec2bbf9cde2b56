import { afterEach, describe, expect, it, vi } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { theme } from '@/app/theme';
import { jsdomTheme } from '@/test/jsdomTheme';
import { DataTable, type DataColumn } from './DataTable';
import { widthStep } from './useWidthStep';

interface Row {
  id: string;
  name: string;
  created: string;
}

const rows: Row[] = [{ id: '1', name: 'web-prod', created: 'Nov 2, 2023, 6:33 AM' }];
const columns: DataColumn<Row>[] = [
  { id: 'name', header: 'Name', cell: ({ row }) => row.original.name },
  {
    id: 'created',
    header: 'Created',
    cell: ({ row }) => row.original.created,
    meta: { hideBelow: 900 },
  },
];

/** jsdom lays nothing out: the table's box gets the width a browser would give it. */
let boxWidth = 0;
/** Every ResizeObserver's callback (Mantine's scroll areas observe too). */
const observers: (() => void)[] = [];
const resized = () => observers.forEach((callback) => callback());

function renderTable(onHidden?: (ids: readonly string[]) => void, tableColumns = columns) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => boxWidth);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observers.push(callback);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return render(
    <MantineProvider theme={{ ...theme, ...jsdomTheme }}>
      <DataTable
        rows={rows}
        columns={tableColumns}
        rowKey={(row) => row.id}
        aria-label="Fleets"
        onHiddenColumnsChange={onHidden}
      />
    </MantineProvider>,
  );
}

describe('DataTable columns by width', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    observers.length = 0;
  });

  it('leaves out a column below its width, and brings it back when there is room', () => {
    boxWidth = 800;
    const hidden = vi.fn();
    renderTable(hidden);
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Created' })).toBeNull();
    expect(screen.queryByText('Nov 2, 2023, 6:33 AM')).toBeNull();
    expect(hidden).toHaveBeenLastCalledWith(['created']);

    boxWidth = 1000;
    act(resized);
    expect(screen.getByRole('columnheader', { name: 'Created' })).toBeInTheDocument();
    expect(screen.getByText('Nov 2, 2023, 6:33 AM')).toBeInTheDocument();
    expect(hidden).toHaveBeenLastCalledWith([]);
  });

  it('says nothing when every column fits: the page starts with none hidden', () => {
    boxWidth = 1000;
    const hidden = vi.fn();
    renderTable(hidden);
    expect(screen.getByRole('columnheader', { name: 'Created' })).toBeInTheDocument();
    expect(hidden).not.toHaveBeenCalled();
  });

  it('renders the rows once, with the columns that fit: a left-out column’s cells never render', () => {
    boxWidth = 800;
    const created = vi.fn((name: string) => name);
    const measured: DataColumn<Row>[] = [
      columns[0] as DataColumn<Row>,
      {
        id: 'created',
        header: 'Created',
        cell: ({ row }) => created(row.original.created),
        meta: { hideBelow: 900 },
      },
    ];
    renderTable(undefined, measured);
    expect(screen.getByRole('cell', { name: 'web-prod' })).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();
  });

  it('shows every column while its width is unknown', () => {
    boxWidth = 0;
    renderTable();
    expect(screen.getByRole('columnheader', { name: 'Created' })).toBeInTheDocument();
  });

  it('rounds a width down to the breakpoints it has reached', () => {
    expect(widthStep(950, [900, 1200])).toBe(900);
    expect(widthStep(899, [900, 1200])).toBe(0);
    expect(widthStep(1300, [1200, 900])).toBe(1200);
    expect(widthStep(0, [900])).toBe(Infinity);
  });
});
