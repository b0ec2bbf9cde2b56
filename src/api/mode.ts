declare const __UCS_DEMO__: boolean;

/** Demo runs on the in-browser mock backend; live talks to UCS through the proxy. */
export const appMode: 'demo' | 'live' = __UCS_DEMO__ ? 'demo' : 'live';

/**
 * Both modes use the same paths: the live proxy forwards them to UCS and IAM (which send no
 * CORS headers), and the demo's service worker answers them.
 */
export const apiPaths = { ucs: '/ucs-api', iam: '/iam-api' } as const;
