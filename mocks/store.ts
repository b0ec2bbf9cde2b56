/**
 * The one in-memory store of the mock UCS backend: the state shape, the mock clock, quotas and
 * the hooks persistence uses. Resource modules (mocks/resources/*) hold the rules and change
 * the state only through this store, so every host (demo, tests, HTTP server) shares them.
 */
import type { components } from '../src/api/generated/ucs';
import type { FaultInjector } from './faults';
import { timeUuid } from './random';

type Schemas = components['schemas'];

/** ObjectMeta as the mock always fills it. */
export type StoredMeta = Schemas['ObjectMeta'] & {
  uid: string;
  name: string;
  creationTimestamp: string;
};

/** A cluster exactly as the API returns it, with the parts the mock always sets made required. */
export type StoredCluster = Schemas['Cluster'] & {
  kind: 'Cluster';
  apiVersion: 'v1';
  metadata: StoredMeta;
  spec: Schemas['ClusterSpec'];
  status: Schemas['ClusterStatus'];
};

export type StoredFleet = Schemas['ClusterGroup'] & {
  kind: 'ClusterGroup';
  apiVersion: 'v1';
  metadata: StoredMeta;
  spec: Schemas['ClusterGroupSpec'];
  status: Schemas['ClusterGroupStatus'];
};

export type StoredRule = Schemas['Rule'] & {
  metadata: StoredMeta;
  spec: Schemas['RuleSpec'];
};

export type StoredJob = Schemas['Job'] & {
  metadata: StoredMeta;
  spec: Schemas['JobSpec'];
  status: Schemas['JobStatus'];
};

/** One association of permission policies with namespaces (fleet side; clusters keep theirs in spec). */
export interface RuleBinding {
  ruleIDs: string[];
  namespaces: string[];
}

export interface ClusterRecord {
  cluster: StoredCluster;
  /** Epoch ms of creation and last update, kept as numbers so sorting 10,000 is cheap. */
  createdAt: number;
  updatedAt: number;
}

export interface FleetRecord {
  fleet: StoredFleet;
  createdAt: number;
  updatedAt: number;
  /** Policy bindings by id; the API shows them, with policy names, in `spec.ruleNamespaces`. */
  bindings: RuleBinding[];
}

export interface RuleRecord {
  rule: StoredRule;
  createdAt: number;
  updatedAt: number;
}

export type SubjobType =
  'CreateCert' | 'CreateNode' | 'InstallFederationChart' | 'CreateNetworkResource';

/** When each subjob of a federation job starts and ends, in mock time; decided at enable time. */
export interface SubjobPlan {
  type: SubjobType;
  startAt: number;
  endAt: number;
  /** Injected failure: the subjob ends in `Failed` instead of `Success`. */
  fails: boolean;
  /** Why it fails, instead of the usual reason for its type (mocks/scenarios.ts). */
  reason?: string;
}

export interface FederationRecord {
  fleetId: string;
  job: StoredJob;
  plan: SubjobPlan[];
  /** Set once the job has reached Success or Failed and its effects were applied. */
  finished: boolean;
}

export interface FederationConnection {
  id: string;
  projectID: string;
  vpcID: string;
  subnetID: string;
  createdAt: number;
}

/** Something that happens by itself later in mock time, stored as data so it can be persisted. */
export type Timer =
  | { at: number; kind: 'agentConnected'; clusterId: string }
  | { at: number; kind: 'clusterFederalized'; clusterId: string };

export interface IssuedToken {
  userId: string;
  userName: string;
  domainName: string;
  expiresAt: number;
}

/** Everything the backend knows; plain JSON so the demo can persist it. */
export interface MockState {
  schemaVersion: number;
  clusters: ClusterRecord[];
  fleets: FleetRecord[];
  rules: RuleRecord[];
  /** CCE clusters of the account (registered or not), the source of `listManagedClusters`. */
  cceClusters: StoredCluster[];
  federations: Record<string, FederationRecord>;
  connections: Record<string, FederationConnection>;
  timers: Timer[];
  tokens: Record<string, IssuedToken>;
  /** Counter behind every id the mock hands out, so ids are reproducible. */
  sequence: number;
}

export const stateSchemaVersion = 1;

// --- Clock ------------------------------------------------------------------------------

export interface ClockOptions {
  /**
   * Follow the wall clock (demo, HTTP server) or stand still until advanced (tests, so every
   * timestamp is reproducible).
   */
  realTime?: boolean;
  /** Mock "now" at start when not following the wall clock. */
  start?: number;
  /**
   * How many times faster than real UCS jobs and agents progress. The demo uses 10, so a
   * federation that takes UCS ~5 minutes finishes in ~30 s.
   */
  speed?: number;
}

/** Fixed start of the test clock: 2026-03-02 08:00:00 UTC, a Monday after the seed's newest data. */
export const defaultTestStart = Date.UTC(2026, 2, 2, 8, 0, 0);

export class MockClock {
  readonly realTime: boolean;
  speed: number;
  private readonly start: number;
  private offset = 0;

  constructor(options: ClockOptions = {}) {
    this.realTime = options.realTime ?? false;
    this.start = options.start ?? defaultTestStart;
    this.speed = options.speed ?? 10;
  }

  now(): number {
    return (this.realTime ? Date.now() : this.start) + this.offset;
  }

  /** Moves mock time forward; scheduled timers fire on the next request (or `backend.tick()`). */
  advance(ms: number): void {
    this.offset += ms;
  }

  /** Mock milliseconds something takes that takes `ucsMs` at the real service. */
  scaled(ucsMs: number): number {
    return Math.max(1, Math.round(ucsMs / this.speed));
  }

  reset(): void {
    this.offset = 0;
  }
}

// --- Store ------------------------------------------------------------------------------

export const defaultQuota = 50;

export class Store {
  state: MockState;
  /** Per-resource quota (clusters, fleets, policies); UCS's default is 50 of each. */
  quota: number;
  /** Bumped on every change: list caches and persistence watch it. */
  version = 0;
  private readonly clusterIndex = new Map<string, ClusterRecord>();
  private readonly listeners = new Set<() => void>();

  constructor(state: MockState, quota = defaultQuota) {
    this.state = state;
    this.quota = quota;
    this.reindex();
  }

  /** Swaps in a whole state (reset, restore from storage). */
  replace(state: MockState): void {
    this.state = state;
    this.reindex();
    this.changed();
  }

  private reindex(): void {
    this.clusterIndex.clear();
    for (const record of this.state.clusters)
      this.clusterIndex.set(record.cluster.metadata.uid, record);
  }

  /** Persistence hook: called after every change. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every mutation ends here. */
  changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  /** A new time-based id, unique within this store. */
  nextId(now: number): string {
    this.state.sequence += 1;
    return timeUuid(now, this.state.sequence);
  }

  // Clusters -----------------------------------------------------------------------------

  clusterRecord(id: string): ClusterRecord | undefined {
    return this.clusterIndex.get(id);
  }

  addCluster(record: ClusterRecord): void {
    this.state.clusters.push(record);
    this.clusterIndex.set(record.cluster.metadata.uid, record);
  }

  removeCluster(id: string): void {
    this.state.clusters = this.state.clusters.filter(
      (record) => record.cluster.metadata.uid !== id,
    );
    this.clusterIndex.delete(id);
  }

  clusterNamed(name: string): ClusterRecord | undefined {
    return this.state.clusters.find((record) => record.cluster.metadata.name === name);
  }

  /** Members of a fleet, in creation order. The cluster's `clusterGroupID` is the only truth. */
  fleetMembers(fleetId: string): ClusterRecord[] {
    return this.state.clusters.filter((record) => record.cluster.spec.clusterGroupID === fleetId);
  }

  // Fleets and rules ---------------------------------------------------------------------

  fleetRecord(id: string): FleetRecord | undefined {
    return this.state.fleets.find((record) => record.fleet.metadata.uid === id);
  }

  ruleRecord(id: string): RuleRecord | undefined {
    return this.state.rules.find((record) => record.rule.metadata.uid === id);
  }

  // Timers -------------------------------------------------------------------------------

  schedule(timer: Timer): void {
    this.state.timers.push(timer);
    this.state.timers.sort((a, b) => a.at - b.at);
  }

  /** Removes and returns the timers due at `now`, earliest first. */
  takeDueTimers(now: number): Timer[] {
    const due: Timer[] = [];
    while (this.state.timers.length > 0 && (this.state.timers[0]?.at ?? Infinity) <= now) {
      const timer = this.state.timers.shift();
      if (timer) due.push(timer);
    }
    return due;
  }

  cancelTimers(match: (timer: Timer) => boolean): void {
    this.state.timers = this.state.timers.filter((timer) => !match(timer));
  }

  counts(): { clusters: number; fleets: number; rules: number } {
    return {
      clusters: this.state.clusters.length,
      fleets: this.state.fleets.length,
      rules: this.state.rules.length,
    };
  }

  /** The state as JSON text, for persistence. */
  serialize(): string {
    return JSON.stringify(this.state);
  }

  /** Parses persisted state; undefined when it is missing, corrupt or from another version. */
  static deserialize(text: string | null): MockState | undefined {
    if (!text) return undefined;
    try {
      const state = JSON.parse(text) as MockState;
      return state.schemaVersion === stateSchemaVersion && Array.isArray(state.clusters)
        ? state
        : undefined;
    } catch {
      return undefined;
    }
  }
}

/** What resource rules get to work with. `MockBackend` is one; tests may build their own. */
export interface BackendContext {
  store: Store;
  clock: MockClock;
  faults: FaultInjector;
}

/** A copy of a record without one key (state records are plain JSON, not Maps). */
export function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}
