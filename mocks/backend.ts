/**
 * The mock backend as one object: store, clock and faults, plus the controls every host needs
 * (reset, fault injection, moving mock time). `createHandlers(backend)` serves it over MSW.
 */
import {
  FaultInjector,
  type FaultSpec,
  type FaultTarget,
  type FederationSubjobType,
} from './faults';
import { onAgentConnected } from './resources/clusters';
import { advanceFederationJobs, onClusterFederalized } from './resources/federation';
import { scenarios, type ScenarioName } from './scenarios';
import { scaleSeed, seedState } from './seed';
import {
  type BackendContext,
  type ClockOptions,
  defaultQuota,
  MockClock,
  Store,
  type Timer,
} from './store';

export interface BackendOptions {
  /** Seed `scale` generated clusters (over scale/20 fleets) instead of the demo seed. */
  scale?: number;
  /** Changes the seed past what the rules accept (mocks/scenarios.ts), e.g. 'hostile-text'. */
  scenario?: ScenarioName;
  /** Per-resource quota; defaults to 50, or to what the scale seed needs plus 50. */
  quota?: number;
  clock?: ClockOptions;
  /** Random latency in ms per request; none when left out. */
  latency?: { min: number; max: number };
}

export interface MockBackend extends BackendContext {
  readonly options: BackendOptions;
  /** Back to the seed: state, clock and faults. */
  reset(): void;
  /** Fires the timers that are due and moves federation jobs on; runs before every request. */
  tick(): void;
  /** Moves mock time forward by `ms` and applies what happened meanwhile. */
  advance(ms: number): void;
  /** Moves mock time until nothing is pending any more (agents connected, jobs finished). */
  settle(maxMs?: number): void;
  /** Make an operation (by OpenAPI operationId, or '*') fail, `times` times or until cleared. */
  fail(operationId: FaultTarget, fault: FaultSpec): void;
  /** The next `times` calls answer 429 UCS.01000002. */
  throttle(times?: number): void;
  /** The next `times` calls of any operation fail (500 UCS.00000006 unless told otherwise). */
  failNext(times: number, fault?: Partial<FaultSpec>): void;
  /** The next federation job (of `fleetId`, or any) fails at this subjob. */
  failFederationStep(subjob: FederationSubjobType, fleetId?: string): void;
  clearFaults(): void;
  /** Latency to wait before answering, in ms. */
  latencyMs(): number;
}

function initialState(options: BackendOptions) {
  const state = options.scale ? scaleSeed(options.scale) : seedState();
  if (options.scenario) scenarios[options.scenario](state);
  return state;
}

function quotaFor(options: BackendOptions): number {
  if (options.quota !== undefined) return options.quota;
  return options.scale ? options.scale + defaultQuota : defaultQuota;
}

function runTimer(ctx: BackendContext, timer: Timer): void {
  switch (timer.kind) {
    case 'agentConnected':
      onAgentConnected(ctx, timer.clusterId, timer.at);
      break;
    case 'clusterFederalized':
      onClusterFederalized(ctx, timer.clusterId, timer.at);
      break;
  }
}

export function createBackend(options: BackendOptions = {}): MockBackend {
  const clock = new MockClock(options.clock);
  const store = new Store(initialState(options), quotaFor(options));
  const faults = new FaultInjector();

  const backend: MockBackend = {
    options,
    store,
    clock,
    faults,
    reset() {
      store.replace(initialState(options));
      store.quota = quotaFor(options);
      clock.reset();
      faults.clear();
    },
    tick() {
      const now = clock.now();
      const due = store.takeDueTimers(now);
      for (const timer of due) runTimer(backend, timer);
      if (due.length) store.changed();
      advanceFederationJobs(backend, now);
    },
    advance(ms) {
      clock.advance(ms);
      backend.tick();
    },
    settle(maxMs = 24 * 3_600_000) {
      const limit = clock.now() + maxMs;
      for (;;) {
        backend.tick();
        const jobEnds = Object.values(store.state.federations)
          .filter((record) => !record.finished)
          .map((record) => Math.max(...record.plan.map((item) => item.endAt)));
        const next = Math.min(store.state.timers[0]?.at ?? Infinity, ...jobEnds);
        if (!Number.isFinite(next) || next > limit) return;
        clock.advance(Math.max(0, next - clock.now()));
      }
    },
    fail: (operationId, fault) => faults.fail(operationId, fault),
    throttle: (times) => faults.throttle(times),
    failNext: (times, fault) => faults.failNext(times, fault),
    failFederationStep: (subjob, fleetId) => faults.failFederationStep(subjob, fleetId),
    clearFaults: () => faults.clear(),
    latencyMs() {
      const range = options.latency;
      if (!range) return 0;
      // Latency only shapes timing, never state, so Math.random is fine here.
      return Math.round(range.min + Math.random() * (range.max - range.min));
    },
  };
  return backend;
}
