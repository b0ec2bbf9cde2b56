import {
  createLoader,
  createSerializer,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
  type UrlKeys,
} from 'nuqs';
import type { NormalizedRule } from '@/api/normalize';
import { parseAsPage } from '@/components/list/urlParsers';
import { policyTypes } from './policyModel';

export const pageSize = 20;

/** The list's filters and page, as they are kept in the URL so a link reproduces the view. */
export const policyListParsers = {
  search: parseAsString.withDefault(''),
  /** A policy type, or none for every type. */
  type: parseAsStringLiteral(policyTypes),
  page: parseAsPage,
};

export const policyListUrlKeys: UrlKeys<typeof policyListParsers> = { search: 'q' };

export type ListFilters = inferParserType<typeof policyListParsers>;

export const readListFilters = createLoader(policyListParsers, { urlKeys: policyListUrlKeys });

/** The filters as a query string (`?q=ci&type=custom`), defaults left out. */
export const writeListFilters = createSerializer(policyListParsers, { urlKeys: policyListUrlKeys });

/** UCS lists have no search parameter, so the console filters the (complete) list itself. */
export function filterPolicies(rules: readonly NormalizedRule[], filters: ListFilters) {
  const needle = filters.search.trim().toLowerCase();
  return rules.filter(
    (rule) =>
      (!filters.type || rule.spec.type === filters.type) &&
      (!needle ||
        (rule.metadata.name ?? '').toLowerCase().includes(needle) ||
        (rule.spec.description ?? '').toLowerCase().includes(needle)),
  );
}
