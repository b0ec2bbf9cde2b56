import { session } from '../api/session';

/** A token for the demo backend, which accepts any non-empty one; there is nobody to sign in. */
const demoToken = 'demo-session-token';

export async function startDemo(): Promise<void> {
  const { startDemoBackend } = await import('../../mocks/browser');
  await startDemoBackend();
  if (!session.getToken()) session.setToken(demoToken);
}

export async function resetDemoData(): Promise<void> {
  const { resetDemoData: reset } = await import('../../mocks/browser');
  await reset();
}
