/**
 * Which of the inventory's columns fit the table's width. Its rows are one line each (the rows
 * are virtualised at a fixed height), so a column cannot wrap to make room: the columns that
 * matter least are left out instead, until the operator turns fitting off in the column chooser.
 */

/** The width of the selection column (px). */
const selectionWidth = 40;
/** Room kept free, for data a little longer than the widths below were measured with. */
const slack = 24;

/**
 * Each column's rank (the lower, the longer it stays) and the width it takes on one line (px,
 * cell padding included; the wider of English and Chinese, measured with the demo's data).
 */
export const columnFit: Record<string, { rank: number; width: number }> = {
  name: { rank: 0, width: 200 },
  status: { rank: 1, width: 185 },
  fleet: { rank: 2, width: 135 },
  federation: { rank: 3, width: 145 },
  version: { rank: 4, width: 115 },
  nodes: { rank: 5, width: 70 },
  created: { rank: 6, width: 190 },
  kind: { rank: 7, width: 380 },
  location: { rank: 8, width: 390 },
  updated: { rank: 9, width: 190 },
  provider: { rank: 10, width: 215 },
  type: { rank: 11, width: 210 },
  category: { rank: 12, width: 170 },
};

/**
 * For each of the shown columns but the name, the table width (px) below which it is left out:
 * taken in rank order, each column needs the room of those before it and its own.
 */
export function hideBelowWidths(ids: readonly string[]): Map<string, number> {
  const ranked = [...ids].sort(
    (a, b) => (columnFit[a]?.rank ?? Infinity) - (columnFit[b]?.rank ?? Infinity),
  );
  const widths = new Map<string, number>();
  let needed = selectionWidth + slack;
  for (const id of ranked) {
    needed += columnFit[id]?.width ?? 200;
    if (id !== 'name') widths.set(id, needed);
  }
  return widths;
}
