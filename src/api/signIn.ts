import { useMutation } from '@tanstack/react-query';
import { iamFor } from './client';
import { requestPasswordToken, type TokenResponse } from './iamToken';
import { session, tokenLifetimeMs, type SessionInfo } from './session';

export interface PasswordSignIn {
  domainName: string;
  userName: string;
  password: string;
  /** Project to scope the token to; a region's default project has the region's name. */
  projectName?: string;
  region: string | null;
}

/** What the console keeps of an issued token (never the password). */
export function sessionFromToken(
  token: string,
  body: TokenResponse | undefined,
  request: PasswordSignIn,
  now = Date.now(),
): SessionInfo {
  const expiresAt = Date.parse(body?.token?.expires_at ?? '');
  return {
    token,
    region: request.region,
    expiresAt: new Date(Number.isNaN(expiresAt) ? now + tokenLifetimeMs : expiresAt).toISOString(),
    projectName: body?.token?.project?.name ?? request.projectName,
    userName: body?.token?.user?.name ?? request.userName,
    domainName: body?.token?.user?.domain?.name ?? request.domainName,
  };
}

/** Signs in as an IAM user (reference 2.1): the token comes back in X-Subject-Token. */
export function useSignInWithPassword() {
  return useMutation({
    mutationFn: async (request: PasswordSignIn) => {
      const projectName = request.projectName?.trim() || request.region || undefined;
      const { token, body } = await requestPasswordToken(iamFor(request.region), {
        ...request,
        projectName,
      });
      return sessionFromToken(token, body, { ...request, projectName });
    },
    onSuccess: (info) => session.start(info),
  });
}
