import { describe, expect, it, vi } from 'vitest';
import { routeToRegion } from './client';
import { sessionFromToken } from './signIn';
import { session, tokenLifetimeMs } from './session';

describe('the session', () => {
  it('lives in sessionStorage only', () => {
    session.startWithToken('secret-token', 'cn-north-4', 'proj');
    expect(sessionStorage.getItem('ucs:session')).toContain('secret-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token');
    expect(session.get()).toMatchObject({ token: 'secret-token', region: 'cn-north-4' });
  });

  it('gives no token once it has expired, so no request leaves with it', () => {
    session.start({
      token: 't',
      region: null,
      expiresAt: new Date(Date.now() + 1000).toISOString(),
    });
    expect(session.getToken()).toBe('t');
    expect(session.getToken(Date.now() + 2000)).toBeNull();
  });

  it('assumes a pasted token is valid for 24 hours', () => {
    const before = Date.now();
    session.startWithToken('t', null);
    const expiresAt = Date.parse(session.get()?.expiresAt ?? '');
    expect(expiresAt - before).toBeGreaterThanOrEqual(tokenLifetimeMs - 1000);
    expect(expiresAt - before).toBeLessThanOrEqual(tokenLifetimeMs + 1000);
  });

  it('notifies subscribers and keeps one snapshot per stored value', () => {
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    session.startWithToken('a', null);
    const first = session.get();
    expect(session.get()).toBe(first);
    session.setRegion('ap-southeast-3');
    expect(session.get()?.region).toBe('ap-southeast-3');
    session.clear();
    expect(session.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
  });
});

describe('region routing', () => {
  const url = 'https://console.example/ucs-api/v1/clusters?limit=10';

  it('inserts a known region after the proxy prefix', () => {
    expect(routeToRegion(url, '/ucs-api', 'cn-north-4')).toBe(
      'https://console.example/ucs-api/cn-north-4/v1/clusters?limit=10',
    );
  });

  it('leaves the URL alone for the configured endpoint or an unknown region', () => {
    expect(routeToRegion(url, '/ucs-api', null)).toBe(url);
    expect(routeToRegion(url, '/ucs-api', 'evil.example.com')).toBe(url);
  });
});

describe('an IAM token response', () => {
  const request = {
    domainName: 'acme',
    userName: 'ops',
    password: 'never-kept',
    projectName: 'cn-north-4',
    region: 'cn-north-4',
  };

  it('becomes a session with IAM’s expiry, project and user, never the password', () => {
    const info = sessionFromToken(
      'tok',
      {
        token: {
          expires_at: '2026-11-25T10:00:00.000000Z',
          project: { name: 'cn-north-4_prod' },
          user: { name: 'ops', domain: { name: 'acme' } },
        },
      },
      request,
    );
    expect(info).toEqual({
      token: 'tok',
      region: 'cn-north-4',
      expiresAt: '2026-11-25T10:00:00.000Z',
      projectName: 'cn-north-4_prod',
      userName: 'ops',
      domainName: 'acme',
    });
    expect(JSON.stringify(info)).not.toContain('never-kept');
  });

  it('falls back to 24 hours when IAM gives no expiry', () => {
    const now = Date.UTC(2026, 10, 24, 12);
    expect(sessionFromToken('tok', undefined, request, now).expiresAt).toBe(
      '2026-11-25T12:00:00.000Z',
    );
  });
});
