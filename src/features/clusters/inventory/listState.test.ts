import { describe, expect, it } from 'vitest';
import {
  clientFiltersActive,
  defaultListState,
  listSearchString,
  parseListState,
  serverQueryOf,
} from './listState';

describe('inventory list state in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const state = {
      ...defaultListState,
      provider: 'aws',
      status: ['Available', 'Pending'],
      sortBy: 'updated' as const,
      order: 'asc' as const,
      page: 2,
      pageSize: 25 as const,
    };
    const search = listSearchString(state);
    expect(search).toBe(
      'provider=aws&status=Available,Pending&sort=updated&order=asc&page=2&size=25',
    );
    expect(parseListState(new URLSearchParams(search))).toEqual(state);
    expect(listSearchString(defaultListState)).toBe('');
  });

  it('falls back to defaults for values it does not know', () => {
    const state = parseListState(new URLSearchParams('page=-3&size=7&sort=name&order=sideways'));
    expect(state).toEqual(defaultListState);
  });

  it('asks the API for what it can do and leaves the rest to the browser', () => {
    const state = { ...defaultListState, category: 'attachedcluster', fleet: 'none' };
    expect(serverQueryOf(state)).toEqual({
      order_by: 'create_at',
      order: 'desc',
      category: 'attachedcluster',
      managetype: 'discrete',
    });
    expect(clientFiltersActive(state)).toBe(false);
    expect(clientFiltersActive({ ...state, country: 'CN' })).toBe(true);
    expect(serverQueryOf({ ...defaultListState, fleet: 'f-1' }).clustergroupid).toBe('f-1');
  });
});
