import { createIamClient, createUcsClient } from './http';
import { apiPaths, appMode } from './mode';
import { findRegion } from './reference/regions';
import { session } from './session';

/**
 * In live mode a chosen region is a path segment the proxy routes on (`/ucs-api/cn-north-4/…`);
 * without one, requests go to the endpoint the proxy was started with.
 */
export function routeToRegion(url: string, prefix: string, region: string | null): string {
  if (!region || !findRegion(region)) return url;
  const marker = `${prefix}/`;
  const at = url.indexOf(marker);
  return at < 0 ? url : `${url.slice(0, at)}${marker}${region}/${url.slice(at + marker.length)}`;
}

function regionRoute(prefix: string) {
  return appMode === 'live'
    ? (url: string) => routeToRegion(url, prefix, session.get()?.region ?? null)
    : undefined;
}

const origin = globalThis.location.origin;

/** The one UCS client of the app. Query factories use it; pages never call it directly. */
export const ucs = createUcsClient({
  baseUrl: new URL(apiPaths.ucs, origin).href,
  getToken: () => session.getToken(),
  onUnauthorized: () => session.announceUnauthorized(),
  route: regionRoute(apiPaths.ucs),
});

/** IAM of a region (or of the proxy's own endpoint), for signing in with a password. */
export function iamFor(region: string | null) {
  const base = new URL(apiPaths.iam, origin).href;
  return createIamClient({
    baseUrl:
      appMode === 'live'
        ? routeToRegion(`${base}/`, apiPaths.iam, region).replace(/\/$/, '')
        : base,
  });
}
