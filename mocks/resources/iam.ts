/**
 * IAM, as far as the console needs it: `POST /v3/auth/tokens` with a password (section 2.1)
 * returns a token in `X-Subject-Token`, and every UCS operation but the federation progress
 * checks `X-Auth-Token`. Any non-empty token up to 16384 characters is accepted so tests and
 * curl need no sign-in, except tokens that have expired: `EXPIRED_TOKEN`, and IAM tokens past
 * their 24 hours of mock time.
 */
import { UcsError, ucsError } from '../errors';
import type { BackendContext } from '../store';
import { isObject } from '../validate';

/** The credentials the demo and the mock server accept (named in the README). */
export const DEMO_CREDENTIALS = {
  domain: 'demo',
  user: 'demo',
  password: 'demo-password',
} as const;

/** A token the mock treats as expired: 401 UCS.01000003, to test the console's sign-out. */
export const EXPIRED_TOKEN = 'expired-token';

/** IAM tokens are valid for 24 hours (section 2.2). */
export const tokenLifetimeMs = 24 * 3_600_000;
export const maxTokenLength = 16_384;

const demoUserId = '873395a21c8d4d8ba9e37d6d32debc41';
const demoDomainId = '65382450e8f64ac0870cd180d14e684b';
const demoProjectId = 'b6315dd3d0ff4be5b31a963256794989';

/** Throws the 401 UCS answers when the token is missing, too long or expired. */
export function authenticate(ctx: BackendContext, token: string | null): void {
  if (!token) throw ucsError('UCS.00000018', 'The X-Auth-Token header is missing.');
  if (token.length > maxTokenLength) {
    throw ucsError(
      'UCS.00000018',
      `The X-Auth-Token header is longer than ${maxTokenLength} characters.`,
    );
  }
  if (token === EXPIRED_TOKEN) throw ucsError('UCS.01000003', 'The token has expired.');
  const issued = ctx.store.state.tokens[token];
  if (issued && issued.expiresAt <= ctx.clock.now())
    throw ucsError('UCS.01000003', 'The token has expired.');
}

function iamError(status: number, code: string, message: string): UcsError {
  return new UcsError(code, message, status);
}

interface PasswordAuth {
  user: string;
  password: string;
  domain: string;
  scope: { project?: string; domain?: string };
}

/** Reads the password-method body of section 2.1. */
function readPasswordAuth(body: unknown): PasswordAuth {
  const invalid = (what: string) =>
    iamError(400, 'IAM.0003', `The request body is invalid: ${what}.`);
  const auth = isObject(body) && isObject(body.auth) ? body.auth : undefined;
  const identity = auth && isObject(auth.identity) ? auth.identity : undefined;
  if (!identity) throw invalid('auth.identity is required');
  if (!Array.isArray(identity.methods) || !identity.methods.includes('password')) {
    throw invalid('auth.identity.methods must include "password"');
  }
  const user =
    isObject(identity.password) && isObject(identity.password.user)
      ? identity.password.user
      : undefined;
  const domain = user && isObject(user.domain) ? user.domain : undefined;
  if (!user || typeof user.name !== 'string' || typeof user.password !== 'string') {
    throw invalid('auth.identity.password.user needs name and password');
  }
  if (!domain || typeof domain.name !== 'string')
    throw invalid('auth.identity.password.user.domain.name is required');
  const scope = isObject(auth?.scope) ? auth.scope : {};
  const project =
    isObject(scope.project) && typeof scope.project.name === 'string'
      ? scope.project.name
      : undefined;
  const scopeDomain =
    isObject(scope.domain) && typeof scope.domain.name === 'string' ? scope.domain.name : undefined;
  return {
    user: user.name,
    password: user.password,
    domain: domain.name,
    scope: { project, domain: scopeDomain },
  };
}

export interface IssuedTokenResponse {
  token: string;
  body: Record<string, unknown>;
}

/** `POST /v3/auth/tokens`: the demo credentials get a token valid for 24 h of mock time. */
export function issueToken(ctx: BackendContext, body: unknown): IssuedTokenResponse {
  const auth = readPasswordAuth(body);
  const matches =
    auth.user === DEMO_CREDENTIALS.user &&
    auth.password === DEMO_CREDENTIALS.password &&
    auth.domain === DEMO_CREDENTIALS.domain;
  if (!matches) throw iamError(401, 'IAM.0004', 'The username or password is wrong.');

  const now = ctx.clock.now();
  const expiresAt = now + tokenLifetimeMs;
  const serial = ctx.store.nextId(now).replaceAll('-', '');
  const token = `MIIDemo${btoa(`${auth.user}@${auth.domain}:${serial}`).replace(/=+$/, '')}`;
  ctx.store.state.tokens[token] = {
    userId: demoUserId,
    userName: auth.user,
    domainName: auth.domain,
    expiresAt,
  };
  ctx.store.changed();

  const domain = { id: demoDomainId, name: auth.domain };
  return {
    token,
    body: {
      token: {
        methods: ['password'],
        expires_at: new Date(expiresAt).toISOString(),
        issued_at: new Date(now).toISOString(),
        user: { id: demoUserId, name: auth.user, domain, password_expires_at: '' },
        ...(auth.scope.project
          ? { project: { id: demoProjectId, name: auth.scope.project, domain } }
          : { domain }),
        roles: [{ id: '0', name: 'te_admin' }],
        catalog: [],
      },
    },
  };
}
