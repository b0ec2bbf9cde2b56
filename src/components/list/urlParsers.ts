/**
 * Parsers of list state in the URL shared by several lists. Route loaders read them before the
 * page exists, so this module imports nothing but nuqs (they share one small chunk: vite.config).
 */
import { createParser } from 'nuqs';

/** A page number in the URL: a positive integer; anything else reads as the first page. */
export const parseAsPage = createParser({
  parse: (raw) => {
    const value = Number(raw);
    return Number.isInteger(value) && value > 0 ? value : null;
  },
  serialize: String,
}).withDefault(1);
