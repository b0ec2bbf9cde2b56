/**
 * IAM's password sign-in (reference 2.1): the request body and the token that comes back in
 * X-Subject-Token. Without React or the browser, so the sign-in page (`./signIn`) and the command
 * line (`src/cli`) send the same request.
 */
import { ApiError } from './errors';
import type { components } from './generated/iam';
import type { createIamClient } from './http';

export interface PasswordCredentials {
  domainName: string;
  userName: string;
  password: string;
  /** Scope the token to this project; without one, to the account (domain). */
  projectName?: string;
}

export type TokenRequest = components['schemas']['CreateUserTokenRequest'];
export type TokenResponse = components['schemas']['CreateUserTokenResponse'];

export function passwordTokenRequest(credentials: PasswordCredentials): TokenRequest {
  const { domainName, userName, password, projectName } = credentials;
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: userName, password, domain: { name: domainName } } },
      },
      scope: projectName ? { project: { name: projectName } } : { domain: { name: domainName } },
    },
  };
}

/** Asks IAM for a token; an answer without X-Subject-Token is an ApiError like any failure. */
export async function requestPasswordToken(
  iam: ReturnType<typeof createIamClient>,
  credentials: PasswordCredentials,
): Promise<{ token: string; body: TokenResponse | undefined }> {
  const { data, response } = await iam.POST('/v3/auth/tokens', {
    body: passwordTokenRequest(credentials),
  });
  const token = response.headers.get('X-Subject-Token');
  if (!token) {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      message: 'IAM answered without an X-Subject-Token header',
    });
  }
  return { token, body: data };
}
