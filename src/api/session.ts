/**
 * The operator's session: token, its expiry, region and who signed in. Kept in sessionStorage
 * only, so it dies with the tab and never reaches localStorage, the URL or logs.
 */
import { modeStorageKey } from './mode';

export interface SessionInfo {
  token: string;
  /** ISO time after which the token no longer works (IAM tokens last 24 hours). */
  expiresAt: string;
  /** A region of table 1-1, or null for the endpoint the proxy was started with. */
  region: string | null;
  projectName?: string;
  userName?: string;
  domainName?: string;
}

/** Tokens are valid for 24 hours (reference 2.2); a pasted token is assumed fresh. */
export const tokenLifetimeMs = 24 * 3_600_000;

const storageKey = modeStorageKey('session');

type Listener = () => void;
const changeListeners = new Set<Listener>();
const unauthorizedListeners = new Set<Listener>();
/** A 401 that came before the app subscribed (the first route's requests start before it renders). */
let unheardUnauthorized = false;

let cache: { raw: string | null; info: SessionInfo | null } = { raw: null, info: null };

function storage(): Storage | undefined {
  return globalThis.sessionStorage;
}

function read(): SessionInfo | null {
  const raw = storage()?.getItem(storageKey) ?? null;
  // Same string, same object: React's useSyncExternalStore needs a stable snapshot.
  if (raw !== cache.raw) {
    let info: SessionInfo | null = null;
    try {
      info = raw ? (JSON.parse(raw) as SessionInfo) : null;
    } catch {
      info = null;
    }
    cache = { raw, info };
  }
  return cache.info;
}

function write(info: SessionInfo | null): void {
  // A new session (or none) makes a 401 nobody heard yet moot.
  unheardUnauthorized = false;
  if (info) storage()?.setItem(storageKey, JSON.stringify(info));
  else storage()?.removeItem(storageKey);
  for (const listener of changeListeners) listener();
}

export const session = {
  get: read,
  /** The token, or null when there is none or it has expired: such a request never leaves. */
  getToken(now = Date.now()): string | null {
    const info = read();
    if (!info) return null;
    return Date.parse(info.expiresAt) > now ? info.token : null;
  },
  start(info: SessionInfo): void {
    write(info);
  },
  /** For a token pasted by hand: nothing says when it expires, so assume a fresh one. */
  startWithToken(token: string, region: string | null, projectName?: string): void {
    write({
      token,
      region,
      projectName,
      expiresAt: new Date(Date.now() + tokenLifetimeMs).toISOString(),
    });
  },
  /** Shorthand for a pasted token on the proxy's own endpoint (tests, the demo). */
  setToken(token: string): void {
    session.startWithToken(token, null);
  },
  setRegion(region: string | null): void {
    const info = read();
    if (info) write({ ...info, region });
  },
  clear(): void {
    write(null);
  },
  subscribe(listener: Listener): () => void {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
  /** The app subscribes to send the operator to sign-in; the HTTP layer only announces. */
  onUnauthorized(listener: Listener): () => void {
    unauthorizedListeners.add(listener);
    if (unheardUnauthorized) {
      unheardUnauthorized = false;
      listener();
    }
    return () => unauthorizedListeners.delete(listener);
  },
  announceUnauthorized(): void {
    unheardUnauthorized = unauthorizedListeners.size === 0;
    for (const listener of unauthorizedListeners) listener();
  },
};
