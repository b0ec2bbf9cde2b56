/**
 * Where `npm run ucs` sends its requests and with which token, from the environment:
 * `UCS_ENDPOINT` and either `UCS_TOKEN` or an IAM user (`UCS_DOMAIN`, `UCS_USERNAME`,
 * `UCS_PASSWORD`, optionally `UCS_PROJECT` and `UCS_IAM_ENDPOINT`), signed in through IAM's
 * `POST /v3/auth/tokens` exactly as the sign-in page does. Messages name variables, never the
 * values of secrets.
 */
import { createIamClient, createUcsClient } from '@/api/http';
import { requestPasswordToken, type PasswordCredentials } from '@/api/iamToken';

export type Environment = Readonly<Record<string, string | undefined>>;

export type Credentials =
  | { kind: 'token'; token: string }
  | { kind: 'password'; iamEndpoint: string; user: PasswordCredentials };

export interface Connection {
  endpoint: string;
  credentials: Credentials;
}

/** An http(s) URL without its trailing slash, or undefined. */
function apiRoot(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** IAM beside UCS: `ucs.<region>.myhuaweicloud.com` → `iam.<region>.myhuaweicloud.com`. */
export function iamEndpointBeside(endpoint: string): string | undefined {
  const url = new URL(endpoint);
  if (!url.hostname.startsWith('ucs.')) return undefined;
  url.hostname = `iam.${url.hostname.slice('ucs.'.length)}`;
  return url.origin;
}

const value = (env: Environment, name: string) => env[name]?.trim() || undefined;

/** The connection the environment describes, or every problem with it (each naming variables). */
export function connectionFrom(
  env: Environment,
): { connection: Connection } | { problems: string[] } {
  const problems: string[] = [];
  const rawEndpoint = value(env, 'UCS_ENDPOINT');
  const endpoint = rawEndpoint ? apiRoot(rawEndpoint) : undefined;
  if (!rawEndpoint)
    problems.push(
      'UCS_ENDPOINT is not set: set it to the UCS API root, e.g. https://ucs.myhuaweicloud.com (or http://127.0.0.1:4010 for npm run mock-server).',
    );
  else if (!endpoint)
    problems.push(`UCS_ENDPOINT must be an http or https URL, not ${rawEndpoint}.`);

  const token = value(env, 'UCS_TOKEN');
  const userVariables = ['UCS_DOMAIN', 'UCS_USERNAME', 'UCS_PASSWORD'] as const;
  const [domainName, userName] = [value(env, 'UCS_DOMAIN'), value(env, 'UCS_USERNAME')];
  // A password is used as given: spaces may be part of it.
  const password = env.UCS_PASSWORD || undefined;
  let credentials: Credentials | undefined;
  if (token) {
    credentials = { kind: 'token', token };
  } else if (!domainName && !userName && !password) {
    problems.push(
      'No credentials: set UCS_TOKEN to an IAM token, or UCS_DOMAIN, UCS_USERNAME and UCS_PASSWORD to sign in as an IAM user.',
    );
  } else if (!domainName || !userName || !password) {
    const missing = userVariables.filter((name) =>
      name === 'UCS_PASSWORD' ? !password : !value(env, name),
    );
    problems.push(`To sign in as an IAM user, also set ${missing.join(' and ')}.`);
  } else {
    const rawIam = value(env, 'UCS_IAM_ENDPOINT');
    const iamEndpoint = rawIam ? apiRoot(rawIam) : endpoint && iamEndpointBeside(endpoint);
    if (rawIam && !iamEndpoint)
      problems.push(`UCS_IAM_ENDPOINT must be an http or https URL, not ${rawIam}.`);
    else if (!iamEndpoint && endpoint)
      problems.push(
        `UCS_IAM_ENDPOINT is not set and cannot be derived from UCS_ENDPOINT (its host does not start with "ucs."): set it to the IAM root, e.g. https://iam.myhuaweicloud.com.`,
      );
    const projectName = value(env, 'UCS_PROJECT');
    if (iamEndpoint)
      credentials = {
        kind: 'password',
        iamEndpoint,
        user: { domainName, userName, password, ...(projectName ? { projectName } : {}) },
      };
  }
  if (problems.length || !endpoint || !credentials) return { problems };
  return { connection: { endpoint, credentials } };
}

/** The token to send: the one given, or one IAM issues for the user (ApiError on failure). */
export async function tokenOf(credentials: Credentials): Promise<string> {
  if (credentials.kind === 'token') return credentials.token;
  const iam = createIamClient({ baseUrl: credentials.iamEndpoint });
  return (await requestPasswordToken(iam, credentials.user)).token;
}

/** The UCS client of a connection, with its token. */
export async function clientOf(connection: Connection) {
  const token = await tokenOf(connection.credentials);
  return createUcsClient({
    baseUrl: connection.endpoint,
    getToken: () => token,
    // A 401 rejects with its ApiError, which the command prints; there is no page to return to.
    onUnauthorized: () => undefined,
  });
}
