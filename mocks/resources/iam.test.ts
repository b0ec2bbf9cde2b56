import { describe, expect, it } from 'vitest';
import { mockBackend } from '../node';
import { api } from '../testing/api';
import { DEMO_CREDENTIALS, EXPIRED_TOKEN } from './iam';

async function signIn(password: string = DEMO_CREDENTIALS.password) {
  return fetch('http://localhost/iam-api/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: {
            user: {
              name: DEMO_CREDENTIALS.user,
              password,
              domain: { name: DEMO_CREDENTIALS.domain },
            },
          },
        },
        scope: { domain: { name: DEMO_CREDENTIALS.domain } },
      },
    }),
  });
}

describe('tokens', () => {
  it('issues a token for the demo credentials in X-Subject-Token, which UCS accepts', async () => {
    const response = await signIn();
    expect(response.status).toBe(201);
    const token = response.headers.get('X-Subject-Token') ?? '';
    expect(token).toMatch(/^MII/);
    expect(((await response.json()) as { token: { expires_at: string } }).token.expires_at).toBe(
      '2026-03-03T08:00:00.000Z',
    );
    expect((await api('GET', '/v1/clustergroups', { token })).status).toBe(200);
  });

  it('refuses a wrong password with 401', async () => {
    const response = await signIn('guess');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error_code: 'IAM.0004',
      error_msg: 'The username or password is wrong.',
    });
  });

  it('expires an issued token after 24 hours of mock time', async () => {
    const token = (await signIn()).headers.get('X-Subject-Token') ?? '';
    mockBackend.advance(24 * 3_600_000);
    const { status, body } = await api('GET', '/v1/clusters', { token });
    expect(status).toBe(401);
    expect(body.error_code).toBe('UCS.01000003');
  });

  it.each([
    ['no token', null, 'UCS.00000018'],
    ['an empty token', '', 'UCS.00000018'],
    ['a token over 16384 characters', 'x'.repeat(16_385), 'UCS.00000018'],
    ['the expired token', EXPIRED_TOKEN, 'UCS.01000003'],
  ])('answers 401 to %s', async (_case, token, code) => {
    const { status, body } = await api('GET', '/v1/permissions/rules', { token });
    expect(status).toBe(401);
    expect(body.error_code).toBe(code);
  });

  it('accepts any other token up to 16384 characters', async () => {
    expect((await api('GET', '/v1/clusters?limit=1', { token: 'x'.repeat(16_384) })).status).toBe(
      200,
    );
  });
});
