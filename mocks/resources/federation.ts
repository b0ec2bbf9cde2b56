/**
 * Karmada federation of a fleet (reference sections 3.2.9, 3.2.11–3.2.16): enabling it as a job
 * whose subjobs advance over mock time, disabling it, the clusters joining and leaving it, the
 * DNS zones, and the VPC-endpoint connection and kubeconfig of the federation API server.
 */
import type { components } from '../../src/api/generated/ucs';
import { ucsError } from '../errors';
import { federationSubjobTypes } from '../faults';
import { goTime, rfc3339 } from '../format';
import {
  omit,
  type BackendContext,
  type ClusterRecord,
  type FederationRecord,
  type FleetRecord,
  type StoredJob,
  type SubjobPlan,
} from '../store';
import { dnsDomainPattern } from '../../src/api/reference/names';
import { integerAt, type Json, optionalStringArrayAt, stringAt } from '../validate';
import { isSupportedVersion, setFederationCondition } from './clusters';
import { isFederated } from './fleets';
import { newMetadata, requireFleet, touch } from './records';

type Schemas = components['schemas'];

/** The federation version new federations get; the seed's `cluster-test` keeps the reference's. */
export const currentFederationVersion = 'v1.9.0';

/** How long each subjob takes at the real service (ms); the clock's speed shortens it. */
const subjobDurations: Record<SubjobPlan['type'], number> = {
  CreateCert: 8_000,
  CreateNode: 150_000,
  InstallFederationChart: 90_000,
  CreateNetworkResource: 60_000,
};

/** Why an injected failure fails, in the words the service would use. */
const failureMessages: Record<SubjobPlan['type'], string> = {
  CreateCert: 'failed to sign the federation certificates: certificate service timed out',
  CreateNode: 'failed to create the control-plane nodes: insufficient ECS quota (need 3, have 1)',
  InstallFederationChart: 'helm install karmada failed: component volcano-scheduler is unhealthy',
  CreateNetworkResource:
    'failed to create the load balancer of the federation API server: subnet has no free IP addresses',
};

/** Time a cluster takes to join an existing federation, at the real service. */
const clusterJoinDuration = 30_000;

// --- Fleet and cluster conditions --------------------------------------------------------

function setFleetCondition(
  fleet: FleetRecord,
  status: string,
  reason: string,
  at: number,
  message?: string,
): void {
  const others = (fleet.fleet.status.conditions ?? []).filter((item) => item.type !== 'Federation');
  const condition: Schemas['ClusterGroupCondition'] = {
    type: 'Federation',
    status,
    reason,
    lastTransitionTime: rfc3339(at),
  };
  if (message) condition.message = message;
  fleet.fleet.status.conditions = [...others, condition];
}

function clearFleetCondition(fleet: FleetRecord): void {
  const others = (fleet.fleet.status.conditions ?? []).filter((item) => item.type !== 'Federation');
  fleet.fleet.status.conditions = others;
  if (others.length === 0) delete fleet.fleet.status.conditions;
}

/** Why a cluster cannot be in a federation, or undefined when it can. */
function ineligibility(record: ClusterRecord): string | undefined {
  const { cluster } = record;
  if (cluster.status.phase !== 'Available')
    return `${cluster.metadata.name} is ${cluster.status.phase ?? 'not available'}`;
  if (!isSupportedVersion(cluster.status.kubernetesVersion)) {
    return `${cluster.metadata.name} runs Kubernetes ${cluster.status.kubernetesVersion ?? '(unknown)'}, older than v1.19`;
  }
  return undefined;
}

/** A cluster joining a federated fleet joins its federation: Federalizing, then Federalized. */
export function joinFederation(ctx: BackendContext, record: ClusterRecord): void {
  const now = ctx.clock.now();
  setFederationCondition(record.cluster, 'Federalizing', now);
  ctx.store.schedule({
    at: now + ctx.clock.scaled(clusterJoinDuration),
    kind: 'clusterFederalized',
    clusterId: record.cluster.metadata.uid,
  });
}

export function leaveFederation(ctx: BackendContext, record: ClusterRecord): void {
  const id = record.cluster.metadata.uid;
  ctx.store.cancelTimers((timer) => timer.kind === 'clusterFederalized' && timer.clusterId === id);
  setFederationCondition(record.cluster, undefined, ctx.clock.now());
}

/** Timer: a cluster finished joining the federation of its fleet. */
export function onClusterFederalized(ctx: BackendContext, clusterId: string, at: number): void {
  const record = ctx.store.clusterRecord(clusterId);
  const fleet = record && ctx.store.fleetRecord(record.cluster.spec.clusterGroupID ?? '');
  if (!record || !fleet || !isFederated(fleet)) return;
  const problem = ineligibility(record);
  setFederationCondition(record.cluster, problem ? 'FederalizeFailed' : 'Federalized', at, problem);
  touch(record, at);
}

// --- The job ----------------------------------------------------------------------------

function subjob(
  ctx: BackendContext,
  plan: SubjobPlan,
  federationUID: string,
  created: number,
): StoredJob {
  return {
    kind: 'Job',
    apiVersion: 'v3',
    metadata: newMetadata(ctx, plan.type, created),
    spec: { type: plan.type, federationUID },
    status: { phase: 'Pending' },
  };
}

/** Lays the subjobs end to end from `start`, keeping those that already succeeded. */
function planFrom(
  ctx: BackendContext,
  start: number,
  keep: SubjobPlan[],
  failing?: SubjobPlan['type'],
): SubjobPlan[] {
  let at = start;
  return federationSubjobTypes.map((type) => {
    const kept = keep.find((item) => item.type === type);
    if (kept) return kept;
    const item: SubjobPlan = {
      type,
      startAt: at,
      endAt: at + ctx.clock.scaled(subjobDurations[type]),
      fails: type === failing,
    };
    at = item.endAt;
    return item;
  });
}

function newJob(
  ctx: BackendContext,
  fleet: FleetRecord,
  now: number,
  plan: SubjobPlan[],
): StoredJob {
  const federationUID = ctx.store.nextId(now);
  return {
    kind: 'Job',
    apiVersion: 'v3',
    metadata: {
      ...newMetadata(ctx, `federation-${fleet.fleet.metadata.name}`, now),
      annotations: { currentTimestamp: goTime(now) },
    },
    spec: {
      type: 'CreateFederationContainer',
      federationUID,
      resourceID: fleet.fleet.metadata.uid,
      resourceName: fleet.fleet.metadata.name,
      subJobs: plan.map((item) => subjob(ctx, item, federationUID, now)),
    },
    status: { phase: 'Running', startTime: goTime(now) },
  };
}

/** Brings the job's phases and times up to `now` from its plan; finishing applies the effects. */
function advanceJob(ctx: BackendContext, record: FederationRecord, now: number): void {
  const { job, plan } = record;
  const subJobs = job.spec.subJobs ?? [];
  let failed: SubjobPlan | undefined;
  let runningType: string | undefined;
  plan.forEach((item, index) => {
    const sub = subJobs[index] as StoredJob | undefined;
    if (!sub) return;
    if (failed || now < item.startAt) {
      sub.status = { phase: 'Pending' };
      return;
    }
    if (now < item.endAt) {
      sub.status = { phase: 'Running', startTime: goTime(item.startAt) };
      runningType = item.type;
      return;
    }
    sub.status = {
      phase: item.fails ? 'Failed' : 'Success',
      startTime: goTime(item.startAt),
      completionTime: goTime(item.endAt),
      ...(item.fails ? { reason: item.reason ?? failureMessages[item.type] } : {}),
    };
    sub.metadata.updateTimestamp = goTime(item.endAt);
    if (item.fails) failed = item;
  });
  job.metadata.annotations = { currentTimestamp: goTime(now) };
  const last = plan[plan.length - 1];
  const fleet = ctx.store.fleetRecord(record.fleetId);

  if (failed) {
    job.status = {
      ...job.status,
      phase: 'Failed',
      completionTime: goTime(failed.endAt),
      reason: `${failed.type}: ${failed.reason ?? failureMessages[failed.type]}`,
    };
    job.metadata.updateTimestamp = goTime(failed.endAt);
    if (!record.finished && fleet) finishFailed(ctx, fleet, failed, failed.endAt);
  } else if (last && now >= last.endAt) {
    job.status = { ...job.status, phase: 'Success', completionTime: goTime(last.endAt) };
    delete job.status.reason;
    job.metadata.updateTimestamp = goTime(last.endAt);
    if (!record.finished && fleet) finishSucceeded(ctx, fleet, job, last.endAt);
  } else {
    job.status = { phase: 'Running', startTime: job.status.startTime };
    if (fleet)
      setFleetCondition(
        fleet,
        'Installing',
        'FederationInstalling',
        plan[0]?.startAt ?? now,
        `Enabling federation: ${runningType ?? 'waiting'}`,
      );
    return;
  }
  record.finished = true;
  ctx.store.changed();
}

function finishSucceeded(
  ctx: BackendContext,
  fleet: FleetRecord,
  job: StoredJob,
  at: number,
): void {
  fleet.fleet.spec.federationId = job.spec.federationUID;
  fleet.fleet.spec.federationVersion = currentFederationVersion;
  fleet.fleet.spec.dnsSuffix ??= ['cluster.local'];
  setFleetCondition(fleet, 'Available', 'FederationAvailable', at);
  touch(fleet, at);
  for (const member of ctx.store.fleetMembers(fleet.fleet.metadata.uid)) {
    const problem = ineligibility(member);
    setFederationCondition(
      member.cluster,
      problem ? 'FederalizeFailed' : 'Federalized',
      at,
      problem,
    );
    touch(member, at);
  }
}

function finishFailed(
  ctx: BackendContext,
  fleet: FleetRecord,
  failed: SubjobPlan,
  at: number,
): void {
  setFleetCondition(
    fleet,
    'Failed',
    'FederationFailed',
    at,
    `${failed.type} failed: ${failureMessages[failed.type]}`,
  );
  touch(fleet, at);
  for (const member of ctx.store.fleetMembers(fleet.fleet.metadata.uid)) {
    setFederationCondition(member.cluster, undefined, at);
  }
}

/** Runs on every request: jobs move on as mock time passes, whether or not anyone polls. */
export function advanceFederationJobs(ctx: BackendContext, now: number): void {
  for (const record of Object.values(ctx.store.state.federations)) {
    if (!record.finished) advanceJob(ctx, record, now);
  }
}

// --- Operations -------------------------------------------------------------------------

/**
 * Enable (3.2.11). Checks the fleet (clusters, all Available, all ≥ v1.19) and starts the job.
 * `retryjoinall=true` re-runs a failed job from its failed subjob, or re-joins every cluster of
 * a federated fleet.
 */
export function enableFederation(
  ctx: BackendContext,
  fleetId: string,
  retryJoinAll: boolean,
): void {
  const fleet = requireFleet(ctx, fleetId);
  const existing = ctx.store.state.federations[fleetId];
  const name = fleet.fleet.metadata.name;
  const now = ctx.clock.now();
  const running = existing && !existing.finished;
  if (retryJoinAll) {
    if (!existing)
      throw ucsError(
        'UCS.01080005',
        `Fleet ${name} has no federation to retry; enable federation first.`,
      );
    if (running)
      throw ucsError('UCS.01080005', `Federation of fleet ${name} is still being enabled.`);
    if (existing.job.status.phase === 'Success') {
      for (const member of ctx.store.fleetMembers(fleetId)) joinFederation(ctx, member);
      ctx.store.changed();
      return;
    }
    checkFederable(ctx, fleet);
    restartJob(ctx, fleet, existing, now);
    return;
  }
  if (isFederated(fleet))
    throw ucsError('UCS.01080002', `Fleet ${name} already has federation enabled.`);
  if (running)
    throw ucsError('UCS.01080002', `Federation of fleet ${name} is already being enabled.`);
  checkFederable(ctx, fleet);
  const plan = planFrom(ctx, now, [], ctx.faults.takeFederationFailure(fleetId));
  ctx.store.state.federations[fleetId] = {
    fleetId,
    job: newJob(ctx, fleet, now, plan),
    plan,
    finished: false,
  };
  for (const member of ctx.store.fleetMembers(fleetId))
    setFederationCondition(member.cluster, 'Federalizing', now);
  advanceJob(ctx, ctx.store.state.federations[fleetId], now);
  touch(fleet, now);
  ctx.store.changed();
}

function checkFederable(ctx: BackendContext, fleet: FleetRecord): void {
  const members = ctx.store.fleetMembers(fleet.fleet.metadata.uid);
  const name = fleet.fleet.metadata.name;
  if (members.length === 0)
    throw ucsError(
      'UCS.01080004',
      `Fleet ${name} has no clusters; add clusters before enabling federation.`,
    );
  const problems = members
    .map(ineligibility)
    .filter((problem): problem is string => Boolean(problem));
  if (problems.length) {
    throw ucsError(
      'UCS.01080004',
      `Every cluster of fleet ${name} must be Available and run Kubernetes v1.19 or later: ${problems.join('; ')}.`,
    );
  }
}

function restartJob(
  ctx: BackendContext,
  fleet: FleetRecord,
  record: FederationRecord,
  now: number,
): void {
  // Subjobs run in order: keep those before the first one that failed or never finished.
  const stop = record.plan.findIndex((item) => item.fails || item.endAt > now);
  const succeeded = stop < 0 ? record.plan : record.plan.slice(0, stop);
  record.plan = planFrom(ctx, now, succeeded, ctx.faults.takeFederationFailure(record.fleetId));
  record.finished = false;
  record.job.status = { phase: 'Running', startTime: record.job.status.startTime ?? goTime(now) };
  for (const member of ctx.store.fleetMembers(record.fleetId))
    setFederationCondition(member.cluster, 'Federalizing', now);
  advanceJob(ctx, record, now);
  touch(fleet, now);
  ctx.store.changed();
}

/** Disable (3.2.12): stops any job and removes the federation from the fleet and its clusters. */
export function disableFederation(ctx: BackendContext, fleetId: string): void {
  const fleet = requireFleet(ctx, fleetId);
  if (!isFederated(fleet) && !ctx.store.state.federations[fleetId]) {
    throw ucsError(
      'UCS.01080006',
      `Fleet ${fleet.fleet.metadata.name} does not have federation enabled.`,
    );
  }
  const now = ctx.clock.now();
  ctx.store.state.federations = omit(ctx.store.state.federations, fleetId);
  ctx.store.state.connections = omit(ctx.store.state.connections, fleetId);
  const {
    federationId: _id,
    federationVersion: _version,
    dnsSuffix: _dns,
    federationExpirationTimestamp: _expiry,
    ...spec
  } = fleet.fleet.spec;
  fleet.fleet.spec = spec;
  clearFleetCondition(fleet);
  for (const member of ctx.store.fleetMembers(fleetId)) leaveFederation(ctx, member);
  touch(fleet, now);
  ctx.store.changed();
}

/** Progress (3.2.13): the job, brought up to the mock's present. */
export function showFederationProgress(ctx: BackendContext, fleetId: string): StoredJob {
  const fleet = requireFleet(ctx, fleetId);
  const record = ctx.store.state.federations[fleetId];
  if (!record)
    throw ucsError(
      'UCS.01080006',
      `Federation has never been enabled for fleet ${fleet.fleet.metadata.name}.`,
    );
  advanceJob(ctx, record, ctx.clock.now());
  return record.job;
}

function requireFederated(ctx: BackendContext, fleetId: string): FleetRecord {
  const fleet = requireFleet(ctx, fleetId);
  if (!isFederated(fleet)) {
    const running =
      ctx.store.state.federations[fleetId] && !ctx.store.state.federations[fleetId].finished;
    throw ucsError(
      'UCS.01080006',
      running
        ? `Federation of fleet ${fleet.fleet.metadata.name} is still being enabled; wait for the job to finish.`
        : `Fleet ${fleet.fleet.metadata.name} does not have federation enabled.`,
    );
  }
  return fleet;
}

/** Zones (3.2.9): the DNS suffixes of a federated fleet. */
export function updateAssociatedZones(ctx: BackendContext, fleetId: string, body: Json): void {
  const fleet = requireFleet(ctx, fleetId);
  const suffixes = optionalStringArrayAt(body.dnsSuffix, 'dnsSuffix', {
    min: 1,
    max: 253,
    pattern: dnsDomainPattern,
    patternHint: 'must be a DNS domain name such as example.com',
  });
  if (!isFederated(fleet)) {
    throw ucsError(
      'UCS.01080006',
      `Zones can only be set on a fleet with federation; ${fleet.fleet.metadata.name} has none.`,
    );
  }
  fleet.fleet.spec.dnsSuffix = suffixes ?? [];
  touch(fleet, ctx.clock.now());
  ctx.store.changed();
}

function readConnectionBody(body: Json) {
  return {
    projectID: stringAt(body.projectID, 'projectID', { min: 1, max: 64 }),
    vpcID: stringAt(body.vpcID, 'vpcID', { min: 1, max: 64 }),
    subnetID: stringAt(body.subnetID, 'subnetID', { min: 1, max: 64 }),
  };
}

function readDuration(body: Json): number {
  return integerAt(body.duration, 'duration', { min: 1, max: 10950 });
}

function connect(
  ctx: BackendContext,
  fleetId: string,
  target: ReturnType<typeof readConnectionBody>,
): string {
  const now = ctx.clock.now();
  const id = ctx.store.nextId(now);
  ctx.store.state.connections[fleetId] = { id, ...target, createdAt: now };
  ctx.store.changed();
  return id;
}

/** Connection (3.2.15): a VPC endpoint to the federation API server. */
export function createFederationConnection(
  ctx: BackendContext,
  fleetId: string,
  body: Json,
): Schemas['CreateFederationConnectionResponse'] {
  const target = readConnectionBody(body);
  requireFederated(ctx, fleetId);
  return { id: connect(ctx, fleetId, target) };
}

/** Cert (3.2.14): connection and kubeconfig in one call; the kubeconfig as a JSON string. */
export function createFederationCert(ctx: BackendContext, fleetId: string, body: Json): string[] {
  const target = readConnectionBody(body);
  const days = readDuration(body);
  const fleet = requireFederated(ctx, fleetId);
  connect(ctx, fleetId, target);
  return [JSON.stringify(kubeconfigFor(ctx, fleet, days))];
}

/** Kubeconfig (3.2.16): needs federation and a connection. */
export function downloadFederationKubeconfig(
  ctx: BackendContext,
  fleetId: string,
  body: Json,
): Schemas['Kubeconfig'] {
  const days = readDuration(body);
  const fleet = requireFederated(ctx, fleetId);
  if (!ctx.store.state.connections[fleetId]) {
    throw ucsError(
      'UCS.01080001',
      `Create the federation connection of fleet ${fleet.fleet.metadata.name} first.`,
    );
  }
  return kubeconfigFor(ctx, fleet, days);
}

/** A certificate-shaped blob that records who it is for and until when. */
function fakeCertificate(subject: string, notAfter: number): string {
  const body = btoa(
    JSON.stringify({ subject, notAfter: rfc3339(notAfter), issuer: 'ucs-federation-ca' }),
  );
  return btoa(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`);
}

/** A real kubeconfig document for the fleet's federation API server. */
export function kubeconfigFor(
  ctx: BackendContext,
  fleet: FleetRecord,
  days: number,
): Schemas['Kubeconfig'] {
  const name = fleet.fleet.metadata.name;
  const notAfter = ctx.clock.now() + days * 86_400_000;
  const connection = ctx.store.state.connections[fleet.fleet.metadata.uid];
  const user = `${name}-admin`;
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: {},
    clusters: [
      {
        name: `${name}-federation`,
        cluster: {
          server: `https://${name}.fleet.ucs.cn-north-4.myhuaweicloud.com`,
          'certificate-authority-data': fakeCertificate(
            'ucs-federation-ca',
            notAfter + 3650 * 86_400_000,
          ),
        },
      },
    ],
    users: [
      {
        name: user,
        user: {
          'client-certificate-data': fakeCertificate(`system:federation:${user}`, notAfter),
          'client-key-data': btoa(
            `-----BEGIN EC PRIVATE KEY-----\n${btoa(`${fleet.fleet.metadata.uid}:${days}`)}\n-----END EC PRIVATE KEY-----\n`,
          ),
        },
      },
    ],
    contexts: [
      {
        name,
        context: {
          cluster: `${name}-federation`,
          user,
          ...(connection
            ? { extensions: [{ name: 'vpc-endpoint', extension: { id: connection.id } }] }
            : {}),
        },
      },
    ],
    'current-context': name,
  };
}
