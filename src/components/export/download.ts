/**
 * Reports the operator downloads: CSV (RFC 4180, opened by spreadsheets) and JSON, built in the
 * browser from what a page already shows.
 */

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading tab or carriage
 * return) gets a leading apostrophe: names and descriptions come from other people, and a
 * report must not run what they typed (CSV injection).
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote every field, double the quotes inside; formulas defused. */
export function csvField(value: string): string {
  return `"${defuseFormula(value).replace(/"/g, '""')}"`;
}

/** A header and rows as CSV, CRLF-separated; a BOM keeps Excel from misreading non-ASCII names. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Saves text as a file through the browser's download. */
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
