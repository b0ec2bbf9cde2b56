import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { rememberingT } from './rememberingT';

describe('rememberingT', () => {
  it('asks i18next once per key, and every time when there are options', () => {
    const t = vi.fn((key: string, options?: { count?: number }) =>
      options ? `${key}:${options.count}` : `<${key}>`,
    );
    // Made-up keys: the typed TFunction knows only the console's.
    const remembering = rememberingT(t as unknown as TFunction) as unknown as (
      key: string,
      options?: { count: number },
    ) => string;
    expect(remembering('a')).toBe('<a>');
    expect(remembering('a')).toBe('<a>');
    expect(remembering('b')).toBe('<b>');
    expect(remembering('a', { count: 2 })).toBe('a:2');
    expect(remembering('a', { count: 3 })).toBe('a:3');
    expect(t.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'a', 'a']);
  });
});
