/**
 * Where the console keeps the operator's token: sessionStorage only, so it dies with the tab
 * and never reaches localStorage, the URL or logs.
 */
const tokenKey = 'ucs:token';

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

export const session = {
  getToken(): string | null {
    return globalThis.sessionStorage?.getItem(tokenKey) ?? null;
  },
  setToken(token: string): void {
    globalThis.sessionStorage?.setItem(tokenKey, token);
  },
  clear(): void {
    globalThis.sessionStorage?.removeItem(tokenKey);
  },
  /** The app subscribes to send the operator to sign-in; the HTTP layer only announces. */
  onUnauthorized(listener: Listener): () => void {
    unauthorizedListeners.add(listener);
    return () => unauthorizedListeners.delete(listener);
  },
  announceUnauthorized(): void {
    for (const listener of unauthorizedListeners) listener();
  },
};
