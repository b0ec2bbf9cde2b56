/**
 * Keeps the demo's state across page reloads: restores it from Web Storage when the backend
 * starts and saves it shortly after every change. Separate from browser.ts (which needs a
 * service worker) so tests can prove "reload keeps a new fleet, reset removes it" in jsdom.
 */
import { createBackend, type BackendOptions, type MockBackend } from './backend';
import { Store } from './store';

export const storagePrefix = 'ucs-demo:';
export const stateKey = `${storagePrefix}state`;
/** Bursts of changes (a fleet created with ten clusters) are saved once. */
export const saveDelayMs = 250;

export interface PersistentBackend {
  backend: MockBackend;
  /** Writes pending changes now (tests; page hide). */
  flush(): void;
  /** Back to the seed, and forget the saved state. */
  reset(): void;
}

/**
 * A backend whose state lives in `storage`. Scale mode is not persisted: 10,000 clusters do
 * not fit in localStorage, and a scale run is for measuring, not for keeping.
 */
export function createPersistentBackend(
  storage: Storage,
  options: BackendOptions,
): PersistentBackend {
  const backend = createBackend(options);
  // A scenario is for looking at, like a scale run: the demo's own data stays as it was.
  const persistent = !options.scale && !options.scenario;
  if (persistent) {
    const saved = Store.deserialize(storage.getItem(stateKey));
    if (saved) backend.store.replace(saved);
  }

  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(pending);
    pending = undefined;
    try {
      storage.setItem(stateKey, backend.store.serialize());
    } catch (error) {
      console.warn('Demo data could not be saved; it will reset on reload.', error);
    }
  };
  if (persistent) {
    backend.store.subscribe(() => {
      clearTimeout(pending);
      pending = setTimeout(save, saveDelayMs);
    });
  }

  return {
    backend,
    flush() {
      if (pending !== undefined) save();
    },
    reset() {
      backend.reset();
      clearTimeout(pending);
      pending = undefined;
      storage.removeItem(stateKey);
    },
  };
}
