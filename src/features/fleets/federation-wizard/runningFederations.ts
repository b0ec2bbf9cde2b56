import { useSyncExternalStore } from 'react';
import { modeStorageKey } from '@/api/mode';

/**
 * The fleets whose federation this browser tab started or saw running, so the header can follow
 * them from any page and a reload keeps following them. Kept in sessionStorage: it is per tab,
 * like the session itself, and the fleets list would need polling on every page to derive it.
 */
const storageKey = modeStorageKey('running-federations');
const changeEvent = 'ucs:running-federations-changed';
const empty: readonly string[] = [];

let cachedText: string | null = null;
let cachedIds: readonly string[] = empty;

function storage(): Storage | undefined {
  return globalThis.sessionStorage;
}

function read(): readonly string[] {
  const text = storage()?.getItem(storageKey) ?? null;
  // Same text, same array: useSyncExternalStore needs a stable snapshot.
  if (text === cachedText) return cachedIds;
  cachedText = text;
  try {
    const parsed: unknown = text ? JSON.parse(text) : [];
    cachedIds = Array.isArray(parsed)
      ? parsed.filter((id): id is string => typeof id === 'string')
      : empty;
  } catch {
    cachedIds = empty;
  }
  return cachedIds;
}

function write(ids: readonly string[]): void {
  if (ids.length) storage()?.setItem(storageKey, JSON.stringify(ids));
  else storage()?.removeItem(storageKey);
  window.dispatchEvent(new Event(changeEvent));
}

export function trackFederation(fleetId: string): void {
  const ids = read();
  if (fleetId && !ids.includes(fleetId)) write([...ids, fleetId]);
}

export function untrackFederation(fleetId: string): void {
  const ids = read();
  if (ids.includes(fleetId)) write(ids.filter((id) => id !== fleetId));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** Fleet ids whose enabling job is being followed, oldest first. */
export function useRunningFederations(): readonly string[] {
  return useSyncExternalStore(subscribe, read, () => empty);
}
