declare const __UCS_DEMO__: boolean;

/** Demo runs on the in-browser mock backend; live talks to UCS through the proxy. */
export const appMode: 'demo' | 'live' = __UCS_DEMO__ ? 'demo' : 'live';

/**
 * The browser-storage key of something that belongs to one backend: the session, saved views
 * and running federations name objects (tokens, fleet IDs) that mean nothing to the other.
 * The demo and the live build may be served from the same origin, one after the other; the
 * demo's keys carry `demo:`, so neither reads what the other stored. Preferences that mean
 * the same in both (language, columns, colour scheme) share one key.
 */
export function modeStorageKey(name: string): string {
  return appMode === 'demo' ? `ucs:demo:${name}` : `ucs:${name}`;
}

/**
 * Both modes use the same paths: the live proxy forwards them to UCS and IAM (which send no
 * CORS headers), and the demo's service worker answers them.
 */
export const apiPaths = { ucs: '/ucs-api', iam: '/iam-api' } as const;
