/**
 * The mock backend in the browser, for the demo (`npm start`). The app imports this module
 * only through a dynamic import in demo mode, so a live build never contains it.
 *
 * - State survives reloads in localStorage (`ucs-demo:*`); `resetDemoData()` restores the seed.
 * - `?mock-scale=N` seeds N clusters over N/20 fleets (not persisted: too big for localStorage).
 * - `?mock-scenario=hostile-text` changes the seed past the rules (mocks/scenarios.ts; not persisted).
 * - Requests take 80–300 ms; jobs and agents run 10× faster than at UCS.
 * - `window.ucsMock` injects faults and moves mock time from the browser console.
 */
import { setupWorker } from 'msw/browser';
import type { MockBackend } from './backend';
import { createHandlers, operationIds } from './handlers';
import { createPersistentBackend, storagePrefix, type PersistentBackend } from './persistence';
import { DEMO_CREDENTIALS, EXPIRED_TOKEN } from './resources/iam';
import { isScenarioName, type ScenarioName } from './scenarios';

/** Shown on the demo's sign-in page; only the demo build contains it. */
export { DEMO_CREDENTIALS } from './resources/iam';

/** The browser console gets the backend's own fault controls, under the same names. */
type FaultControls = Pick<
  MockBackend,
  'fail' | 'throttle' | 'failNext' | 'failFederationStep' | 'clearFaults'
>;

export interface UcsMockControls extends FaultControls {
  /** Back to the seed (and reload the page to see it). */
  reset(): Promise<void>;
  faults(): unknown;
  clock: {
    now(): string;
    /** Move mock time forward, e.g. `ucsMock.clock.advance(60_000)`. */
    advance(ms: number): void;
    /** Finish everything pending (agents, federation jobs) now. */
    settle(): void;
    /** How many times faster than UCS jobs run (default 10). */
    speed(factor?: number): number;
  };
  operationIds: readonly string[];
  credentials: typeof DEMO_CREDENTIALS;
  expiredToken: string;
  backend: MockBackend;
}

declare global {
  interface Window {
    ucsMock?: UcsMockControls;
  }
}

let demo: PersistentBackend | undefined;

function readScale(): number | undefined {
  const raw = new URLSearchParams(window.location.search).get('mock-scale');
  const scale = raw ? Number(raw) : NaN;
  return Number.isInteger(scale) && scale > 0 ? Math.min(scale, 50_000) : undefined;
}

function readScenario(): ScenarioName | undefined {
  const name = new URLSearchParams(window.location.search).get('mock-scenario');
  return isScenarioName(name) ? name : undefined;
}

/** Where a tester may shorten the answer time, as `min-max` in ms (the e2e tests do). */
export const latencyKey = `${storagePrefix}latency`;

/**
 * Each answer takes 80–300 ms, like a real endpoint, so loading states and races show in the
 * demo as they would live. The e2e tests ask for less: they check behaviour, not patience.
 */
function readLatency(): { min: number; max: number } {
  const match = /^(\d+)-(\d+)$/.exec(window.localStorage.getItem(latencyKey) ?? '');
  return match ? { min: Number(match[1]), max: Number(match[2]) } : { min: 80, max: 300 };
}

/** Restores the seed, forgets the saved state and clears faults. */
export async function resetDemoData(): Promise<void> {
  demo?.reset();
}

function exposeControls(target: MockBackend): void {
  window.ucsMock = {
    reset: resetDemoData,
    fail: (operationId, fault) => target.fail(operationId, fault),
    throttle: (times) => target.throttle(times),
    failNext: (times, fault) => target.failNext(times, fault),
    failFederationStep: (subjob, fleetId) => target.failFederationStep(subjob, fleetId),
    clearFaults: () => target.clearFaults(),
    faults: () => target.faults.list(),
    clock: {
      now: () => new Date(target.clock.now()).toISOString(),
      advance: (ms) => target.advance(ms),
      settle: () => target.settle(),
      speed(factor) {
        if (factor !== undefined && factor > 0) target.clock.speed = factor;
        return target.clock.speed;
      },
    },
    operationIds,
    credentials: DEMO_CREDENTIALS,
    expiredToken: EXPIRED_TOKEN,
    backend: target,
  };
}

export async function startDemoBackend(): Promise<void> {
  if (demo) return;
  const scale = readScale();
  const scenario = readScenario();
  demo = createPersistentBackend(window.localStorage, {
    scale,
    scenario,
    clock: { realTime: true, speed: 10 },
    latency: readLatency(),
  });
  const current = demo;
  window.addEventListener('pagehide', () => current.flush());
  const worker = setupWorker(...createHandlers(demo.backend));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // Exposed once requests are intercepted, so `window.ucsMock` also means "ready".
  exposeControls(demo.backend);
  console.info(
    `UCS demo backend running${scale ? ` with ${scale} clusters` : ''}` +
      `${scenario ? ` in scenario ${scenario}` : ''}. ` +
      'Try window.ucsMock.throttle(3) or window.ucsMock.fail("listClusters", {status: 500, code: "UCS.00000006"}).',
  );
}
