import { createUcsClient } from './http';
import { session } from './session';
import { apiPaths } from './mode';

/** The one UCS client of the app. Query factories use it; pages never call it directly. */
export const ucs = createUcsClient({
  baseUrl: new URL(apiPaths.ucs, globalThis.location.origin).href,
  getToken: () => session.getToken(),
  onUnauthorized: () => session.announceUnauthorized(),
});
