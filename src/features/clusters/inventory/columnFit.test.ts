import { describe, expect, it } from 'vitest';
import { widthStep } from '@/components/table/useWidthStep';
import { columnFit, hideBelowWidths } from './columnFit';
import { clusterColumns } from './columns';

const defaults = clusterColumns.filter((column) => column.defaultVisible).map((c) => c.id);

/** The columns a table box this wide shows (the DataTable's rule: hidden below its width). */
function shownAt(width: number, ids: readonly string[]) {
  const below = hideBelowWidths(ids);
  const step = widthStep(width, [...below.values()]);
  return ids.filter((id) => (below.get(id) ?? 0) <= step);
}

describe('the inventory’s columns by width', () => {
  it('ranks every column the chooser offers', () => {
    for (const column of clusterColumns) expect(columnFit[column.id], column.id).toBeDefined();
  });

  it('keeps name, status, fleet, federation, version and nodes in a 1280 px window', () => {
    // 1280 − the 240 px navigation − the page's padding: a 998 px table box.
    expect(shownAt(998, defaults)).toEqual([
      'name',
      'status',
      'fleet',
      'version',
      'nodes',
      'federation',
    ]);
    expect(shownAt(1158, defaults)).toContain('created');
    expect(shownAt(1158, defaults)).not.toContain('location');
  });

  it('shows every chosen column where there is room, and never leaves out the name', () => {
    expect(shownAt(4000, defaults)).toEqual(defaults);
    expect(shownAt(300, defaults)).toEqual(['name']);
  });

  it('gives a column left out of the choice’s room to the next one', () => {
    const withoutFleet = defaults.filter((id) => id !== 'fleet');
    expect(shownAt(998, withoutFleet)).toContain('created');
  });
});
