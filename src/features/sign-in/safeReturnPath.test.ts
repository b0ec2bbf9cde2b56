import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './SignInPage';

const origin = 'https://console.example.com';

describe('where sign-in returns to', () => {
  it.each([
    ['/clusters?q=web', '/clusters?q=web'],
    ['/fleets/f-1/permissions#bindings', '/fleets/f-1/permissions#bindings'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example/x', '/'],
    ['/\t/evil.example/x', '/'],
    ['/\n/evil.example', '/'],
    ['javascript:alert(1)', '/'],
  ])('%j → %j', (value, expected) => {
    expect(safeReturnPath(value, origin)).toBe(expected);
  });
});
