import { useSyncExternalStore } from 'react';
import { session, type SessionInfo } from '@/api/session';

/** The current session, re-rendering when it changes (sign-in, region switch, sign-out). */
export function useSession(): SessionInfo | null {
  return useSyncExternalStore(session.subscribe, session.get, () => null);
}
