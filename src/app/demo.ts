import { session, tokenLifetimeMs } from '@/api/session';

/** The demo backend accepts any non-empty token; there is nobody to sign in. */
const demoSession = () => ({
  token: 'demo-session-token',
  region: null,
  projectName: 'demo',
  userName: 'demo',
  domainName: 'demo',
  expiresAt: new Date(Date.now() + tokenLifetimeMs).toISOString(),
});

export async function startDemo(): Promise<void> {
  const { startDemoBackend } = await import('../../mocks/browser');
  await startDemoBackend();
  if (!session.getToken()) session.start(demoSession());
}

export async function resetDemoData(): Promise<void> {
  const { resetDemoData: reset } = await import('../../mocks/browser');
  await reset();
}

/** The demo IAM user, for the sign-in page's hint (the live build has none). */
export async function loadDemoCredentials() {
  const { DEMO_CREDENTIALS } = await import('../../mocks/browser');
  return DEMO_CREDENTIALS;
}
