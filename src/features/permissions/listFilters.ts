import type { NormalizedRule } from '../../api/normalize';
import { isPolicyType, type PolicyType } from './policyModel';

export const pageSize = 20;

/** The list's filters and page, as they are kept in the URL so a link reproduces the view. */
export interface ListFilters {
  search: string;
  type: PolicyType | null;
  page: number;
}

export function readListFilters(params: URLSearchParams): ListFilters {
  const type = params.get('type');
  const page = Number(params.get('page'));
  return {
    search: params.get('q') ?? '',
    type: isPolicyType(type) ? type : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeListFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.type) params.set('type', filters.type);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

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
