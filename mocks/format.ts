/**
 * The timestamp formats UCS really returns. They differ per resource, and the console must
 * cope with each, so the mock reproduces them instead of using one tidy format everywhere.
 */

/** Clusters: RFC 3339 in UTC without fractions, e.g. `2023-11-02T06:36:14Z`. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Cluster conditions: RFC 3339 in China Standard Time with microseconds, e.g.
 * `2023-11-14T14:31:58.744215+08:00`.
 */
export function rfc3339China(ms: number): string {
  const shifted = new Date(ms + 8 * 3_600_000).toISOString(); // 2023-11-14T06:31:58.744Z
  return `${shifted.slice(0, 23)}${microsOf(ms)}+08:00`;
}

/**
 * Fleets, permission policies and jobs: Go's `time.Time.String()` in UTC, e.g.
 * `2023-11-02 06:33:35.558128 +0000 UTC` (trailing zeros of the fraction dropped, as Go does).
 */
export function goTime(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2023-11-02T06:33:35.558Z
  const fraction = `${iso.slice(20, 23)}${microsOf(ms)}`.replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''} +0000 UTC`;
}

/** Three stable extra digits so timestamps look like Go's microsecond clock. */
function microsOf(ms: number): string {
  return String(Math.abs(Math.floor(ms * 7.31)) % 1000).padStart(3, '0');
}

/** Parses any of the formats above back to epoch milliseconds. */
export function parseTimestamp(value: string | undefined): number {
  if (!value) return 0;
  const go = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)? \+0000 UTC$/.exec(value);
  if (go) return Date.parse(`${go[1]}T${go[2]}${(go[3] ?? '').slice(0, 4)}Z`);
  return Date.parse(value) || 0;
}
