/**
 * UCS clusters (reference section 3.1): listing, registration, update, deregistration, access
 * information, activation, the CCE catalogue and supported versions, plus the agent lifecycle
 * of a registered third-party cluster (Pending → Available after its access info is used).
 */
import {
  cidrPattern,
  clusterNameMaxLength,
  clusterNamePattern,
} from '../../src/api/reference/names';
import { parse as parseYaml } from 'yaml';
import type { components } from '../../src/api/generated/ucs';
import { isValidClusterKind } from '../../src/api/reference/clusterKinds';
import { ucsCityNames, ucsCountries } from '../../src/api/reference/locations';
import { ucsError } from '../errors';
import { rfc3339, rfc3339China } from '../format';
import { readPageQuery, SortedView } from '../listing';
import type { BackendContext, ClusterRecord, StoredCluster } from '../store';
import { checkQuota, requireCluster, requireFleet, touch } from './records';
import {
  invalidBody,
  invalidQuery,
  isObject,
  type Json,
  type NameRule,
  labelProblem,
  objectAt,
  optionalIntegerAt,
  optionalObjectAt,
  optionalStringAt,
  optionalStringMapAt,
  queryBoolean,
  queryEnum,
  readName,
  stringAt,
} from '../validate';

type Schemas = components['schemas'];
type ClusterStatus = Schemas['ClusterStatus'];
type Condition = Schemas['ConditionStatus'];

/** Kubernetes versions UCS accepts for registration and federation (3.1.10). */
export const supportedVersions = [
  'v1.19',
  'v1.20',
  'v1.21',
  'v1.22',
  'v1.23',
  'v1.24',
  'v1.25',
  'v1.26',
  'v1.27',
  'v1.28',
  'v1.29',
] as const;

export function isSupportedVersion(version: string | undefined): boolean {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return major > 1 || (major === 1 && minor >= 19);
}

/** UCS's own clusters: imported from CCE, never need an agent and have no access info. */
export function isHuaweiCloudCluster(cluster: StoredCluster): boolean {
  return cluster.spec.category === 'self';
}

/** A third-party (non-CCE) cluster answers through the proxy agent. */
function needsAgent(cluster: StoredCluster): boolean {
  return !isHuaweiCloudCluster(cluster);
}

// --- Status building (also used by the seed) ---------------------------------------------

export interface HealthyShape {
  version: string;
  nodes: number;
  readyNodes?: number;
  /** vCPUs and GiB per node. */
  cpuPerNode: number;
  memoryPerNode: number;
  /** Share of allocatable CPU/memory requested by pods, 0–1. */
  usage: number;
  endpoint: string;
  endpointType?: string;
}

function condition(
  type: string,
  status: string,
  at: number,
  reason?: string,
  message?: string,
): Condition {
  const result: Condition = { type, status, lastTransitionTime: rfc3339China(at) };
  if (reason) result.reason = reason;
  if (message) result.message = message;
  return result;
}

/** Resource figures as Kubernetes quantities, like UCS's resourceSummary. */
export function resourceSummary(shape: HealthyShape): Schemas['ResourceSummary'] {
  const cpu = shape.nodes * shape.cpuPerNode;
  const memory = shape.nodes * shape.memoryPerNode;
  const pods = shape.nodes * 110;
  const allocatableCpu = cpu - shape.nodes * 0.4;
  const allocatableMemory = memory - shape.nodes * 2;
  const round = (value: number) => String(Math.round(value * 100) / 100);
  return {
    capacity: { cpu: String(cpu), memory: `${memory}Gi`, pods: String(pods) },
    allocatable: {
      cpu: round(allocatableCpu),
      memory: `${allocatableMemory}Gi`,
      pods: String(pods),
    },
    allocated: {
      cpu: round(allocatableCpu * shape.usage),
      memory: `${Math.round(allocatableMemory * shape.usage)}Gi`,
      pods: String(Math.round(pods * shape.usage * 0.6)),
    },
    allocating: { cpu: '0', memory: '0Gi', pods: '0' },
  };
}

const defaultApiEnablements: Schemas['APIEnablement'][] = [
  {
    groupVersion: 'apps/v1',
    resources: [
      { name: 'deployments', kind: 'Deployment' },
      { name: 'statefulsets', kind: 'StatefulSet' },
      { name: 'daemonsets', kind: 'DaemonSet' },
    ],
  },
  {
    groupVersion: 'batch/v1',
    resources: [
      { name: 'jobs', kind: 'Job' },
      { name: 'cronjobs', kind: 'CronJob' },
    ],
  },
  {
    groupVersion: 'v1',
    resources: [
      { name: 'services', kind: 'Service' },
      { name: 'configmaps', kind: 'ConfigMap' },
      { name: 'secrets', kind: 'Secret' },
    ],
  },
];

export function availableStatus(shape: HealthyShape, at: number, withApis = true): ClusterStatus {
  const readyNodes = shape.readyNodes ?? shape.nodes;
  const status: ClusterStatus = {
    kubernetesVersion: shape.version,
    conditions: [
      condition('Ready', 'True', at, 'ClusterAvailable'),
      condition('Cluster', 'Available', at, 'ClusterAvailable'),
    ],
    nodeSummary: { totalNum: String(shape.nodes), readyNum: String(readyNodes) },
    resourceSummary: resourceSummary(shape),
    endpoints: [
      { url: shape.endpoint, type: shape.endpointType ?? 'Internal', status: 'Available' },
    ],
    phase: 'Available',
    arrearFreeze: 'false',
    policeFreeze: 'false',
  };
  if (withApis) status.apiEnablements = defaultApiEnablements;
  return status;
}

export function pendingStatus(at: number, message = pendingMessage): ClusterStatus {
  return {
    conditions: [
      condition('Ready', 'Unknown', at, 'WaitingForAgent', message),
      condition('Cluster', 'Pending', at, 'WaitingForAgent', message),
    ],
    phase: 'Pending',
    reason: 'WaitingForAgent',
    message,
    arrearFreeze: 'false',
    policeFreeze: 'false',
  };
}

const pendingMessage =
  'The proxy agent has not connected yet. Download the access information and deploy the agent in the cluster.';

export function unavailableStatus(
  shape: HealthyShape,
  at: number,
  reason: string,
  message: string,
  freeze: { arrear?: boolean; police?: boolean } = {},
): ClusterStatus {
  return {
    kubernetesVersion: shape.version,
    conditions: [
      condition('Ready', 'False', at, reason, message),
      condition('Cluster', 'Unavailable', at, reason, message),
    ],
    nodeSummary: { totalNum: String(shape.nodes), readyNum: '0' },
    endpoints: [
      { url: shape.endpoint, type: shape.endpointType ?? 'Internal', status: 'Unavailable' },
    ],
    phase: 'Unavailable',
    reason,
    message,
    arrearFreeze: String(freeze.arrear ?? false),
    policeFreeze: String(freeze.police ?? false),
  };
}

export function failedStatus(at: number, reason: string, message: string): ClusterStatus {
  return {
    conditions: [
      condition('Ready', 'False', at, reason, message),
      condition('Cluster', 'Failed', at, reason, message),
    ],
    phase: 'Failed',
    reason,
    message,
    arrearFreeze: 'false',
    policeFreeze: 'false',
  };
}

/** Sets (or with `status` undefined, removes) the cluster's Federation condition. */
export function setFederationCondition(
  cluster: StoredCluster,
  status: 'Federalized' | 'Federalizing' | 'FederalizeFailed' | undefined,
  at: number,
  message?: string,
): void {
  const others = (cluster.status.conditions ?? []).filter((item) => item.type !== 'Federation');
  if (status) {
    const reason = {
      Federalized: 'ClusterFederalized',
      Federalizing: 'JoiningFederation',
      FederalizeFailed: 'JoinFederationFailed',
    }[status];
    others.push(condition('Federation', status, at, reason, message));
  }
  cluster.status.conditions = others;
}

export function federationStatusOf(cluster: StoredCluster): string | undefined {
  return cluster.status.conditions?.find((item) => item.type === 'Federation')?.status;
}

// --- List and show ----------------------------------------------------------------------

const clusterOrder = new SortedView<ClusterRecord>();
const categories = ['self', 'onpremises', 'multicloud', 'attachedcluster', 'partnercloud'] as const;

/** The cluster without its status, for `enablestatus=false`. */
function withoutStatus(cluster: StoredCluster): Schemas['Cluster'] {
  return {
    kind: cluster.kind,
    apiVersion: cluster.apiVersion,
    metadata: cluster.metadata,
    spec: cluster.spec,
  };
}

export function listClusters(ctx: BackendContext, params: URLSearchParams): Schemas['ClusterList'] {
  const paging = readPageQuery(params);
  const category = queryEnum(params, 'category', categories);
  const manageType =
    queryEnum(params, 'managetype', ['all', 'grouped', 'discrete'] as const) ?? 'all';
  const withStatus = queryBoolean(params, 'enablestatus', true);
  const fleetId = params.get('clustergroupid') || undefined;
  const idsParam = params.get('clusterids');
  const ids = idsParam
    ? new Set(
        idsParam
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
    : undefined;
  if (idsParam !== null && idsParam !== '' && ids?.size === 0) {
    throw invalidQuery('clusterids', 'must list cluster IDs separated by commas');
  }

  const show = ({ cluster }: ClusterRecord) => (withStatus ? cluster : withoutStatus(cluster));
  const keep = ({ cluster }: ClusterRecord) => {
    if (category && cluster.spec.category !== category) return false;
    if (fleetId && cluster.spec.clusterGroupID !== fleetId) return false;
    const grouped = Boolean(cluster.spec.clusterGroupID);
    if (manageType === 'grouped' && !grouped) return false;
    if (manageType === 'discrete' && grouped) return false;
    if (ids && !ids.has(cluster.metadata.uid)) return false;
    return true;
  };
  return clusterOrder.list(ctx.store.state.clusters, ctx.store.version, paging, show, keep);
}

export function showCluster(ctx: BackendContext, id: string): StoredCluster {
  return requireCluster(ctx, id).cluster;
}

export function listRegisteredClusterVersions(): Schemas['RegisteredClusterVersions'] {
  return { versions: [...supportedVersions] };
}

/**
 * CCE clusters of the account (3.1.9); `unregister=true` keeps those not yet in UCS. The
 * example response spells `projectId` and `IsDownloadedCert`, and so does the mock.
 */
export function listManagedClusters(
  ctx: BackendContext,
  params: URLSearchParams,
): Schemas['Cluster'][] {
  const onlyUnregistered = queryBoolean(params, 'unregister', false);
  return ctx.store.state.cceClusters.filter(
    (cluster) => !onlyUnregistered || !ctx.store.clusterRecord(cluster.metadata.uid),
  );
}

// --- Register ---------------------------------------------------------------------------

interface ParsedKubeconfig {
  server: string;
  context: string;
}

/**
 * The kubeconfig an attached cluster is registered with (JSON, as the reference's example, or
 * YAML, as kubectl writes it). It must name at least one cluster with an https server, a user
 * and a context; otherwise UCS answers UCS.01030008.
 */
export function parseKubeconfig(text: string): ParsedKubeconfig {
  const fail = (why: string) => ucsError('UCS.01030008', why);
  let document: unknown;
  try {
    document = text.trim().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw fail(
      `The kubeconfig is neither valid JSON nor YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (!isObject(document))
    throw fail('The kubeconfig must be a document with clusters, users and contexts.');
  const clusters = document.clusters;
  if (!Array.isArray(clusters) || clusters.length === 0)
    throw fail('The kubeconfig has no clusters.');
  const first: unknown = clusters[0];
  const server = isObject(first) && isObject(first.cluster) ? first.cluster.server : undefined;
  if (typeof server !== 'string' || !/^https?:\/\/\S+$/.test(server)) {
    throw fail('clusters[0].cluster.server must be the URL of the API server.');
  }
  if (!Array.isArray(document.users) || document.users.length === 0)
    throw fail('The kubeconfig has no users.');
  if (!Array.isArray(document.contexts) || document.contexts.length === 0) {
    throw fail('The kubeconfig has no contexts.');
  }
  const context =
    typeof document['current-context'] === 'string' ? document['current-context'] : '';
  return { server, context };
}

function checkLabels(labels: Record<string, string> | undefined): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    const problem = labelProblem(key, value);
    if (problem) throw invalidBody('metadata.labels', problem);
  }
}

/** Country from 5.5; for China a city from 5.6 (other countries have no city codes). */
export function checkLocation(country: string, city: string | undefined, prefix = 'spec'): void {
  if (!Object.hasOwn(ucsCountries, country)) {
    throw invalidBody(
      `${prefix}.country`,
      `"${country}" is not a country code of the reference (e.g. CN, DE, US)`,
    );
  }
  if (country === 'CN') {
    if (!city) throw invalidBody(`${prefix}.city`, 'is required for clusters in China');
    if (!Object.hasOwn(ucsCityNames, city)) {
      throw invalidBody(
        `${prefix}.city`,
        `"${city}" is not a city code of the reference (e.g. 110000 Beijing)`,
      );
    }
  }
}

function checkClusterQuota(ctx: BackendContext): void {
  checkQuota(ctx, ctx.store.state.clusters.length, 'clusters');
}

/** Fleet to register into, when the request names one (3.1.3 `clusterGroupID`). */
function fleetForRegistration(ctx: BackendContext, spec: Json): string | undefined {
  const manageType = stringAt(spec.manageType, 'spec.manageType', {
    oneOf: ['grouped', 'discrete'],
  });
  const fleetId = optionalStringAt(spec.clusterGroupID, 'spec.clusterGroupID') ?? '';
  if (manageType === 'discrete') {
    if (fleetId)
      throw invalidBody('spec.clusterGroupID', 'must be empty when spec.manageType is discrete');
    return undefined;
  }
  if (!fleetId)
    throw invalidBody('spec.clusterGroupID', 'is required when spec.manageType is grouped');
  requireFleet(ctx, fleetId);
  return fleetId;
}

const clusterName: NameRule = {
  maxLength: clusterNameMaxLength,
  pattern: clusterNamePattern,
  hint: 'must be 2-64 lowercase letters, digits and hyphens, start with a letter and end with a letter or digit',
};

/**
 * Register a cluster (3.1.3). Two paths: importing a CCE cluster by `metadata.uid` (the rest
 * is taken from the CCE cluster), or registering a third-party cluster, which then waits for
 * its agent. Validation first (400), then name conflict (409), then quota.
 */
export function registerCluster(
  ctx: BackendContext,
  body: Json,
  joinFleet: (record: ClusterRecord, fleetId: string) => void,
): Schemas['UidResponse'] {
  const metadata = objectAt(body.metadata, 'metadata');
  const spec = objectAt(body.spec, 'spec');
  const category = stringAt(spec.category, 'spec.category', { min: 1 });
  const importUid = optionalStringAt(metadata.uid, 'metadata.uid', { min: 1 });
  if (category === 'self') return importCceCluster(ctx, metadata, spec, importUid, joinFleet);

  stringAt(body.kind, 'kind', { oneOf: ['Cluster'] });
  stringAt(body.apiVersion, 'apiVersion', { oneOf: ['v1'] });
  const name = readName(body, clusterName);
  const type = stringAt(spec.type, 'spec.type', { min: 1 });
  const provider = stringAt(spec.provider, 'spec.provider', { min: 1 });
  if (!isValidClusterKind(category, type, provider)) {
    throw ucsError(
      'UCS.01030011',
      `category "${category}", type "${type}" and provider "${provider}" are not a combination of table 5.7.`,
    );
  }
  const labels = optionalStringMapAt(metadata.labels, 'metadata.labels');
  checkLabels(labels);
  const annotations = optionalStringMapAt(metadata.annotations, 'metadata.annotations') ?? {};
  const country = stringAt(spec.country, 'spec.country', { min: 1 });
  const city = optionalStringAt(spec.city, 'spec.city');
  checkLocation(country, city);
  const network = optionalObjectAt(spec.network, 'spec.network');
  if (network && category !== 'multicloud')
    throw invalidBody('spec.network', 'is only for multi-cloud clusters');
  for (const key of ['podCIDR', 'serviceCIDR'] as const) {
    const cidr = optionalStringAt(network?.[key], `spec.network.${key}`);
    if (cidr !== undefined && !cidrPattern.test(cidr))
      throw invalidBody(`spec.network.${key}`, 'must be a CIDR block such as 10.0.0.0/16');
  }
  let kubeconfig: ParsedKubeconfig | undefined;
  if (category === 'attachedcluster') {
    const text = annotations.kubeconfig;
    if (!text)
      throw ucsError(
        'UCS.01030008',
        'An attached cluster needs its kubeconfig in metadata.annotations.kubeconfig.',
      );
    kubeconfig = parseKubeconfig(text);
  }
  const fleetId = fleetForRegistration(ctx, spec);
  if (ctx.store.clusterNamed(name))
    throw ucsError('UCS.01030003', `A cluster named ${name} is already registered.`);
  checkClusterQuota(ctx);

  const now = ctx.clock.now();
  const uid = ctx.store.nextId(now);
  // The kubeconfig holds credentials: UCS keeps it, but never returns it.
  const { kubeconfig: _secret, ...shownAnnotations } = annotations;
  const cluster: StoredCluster = {
    kind: 'Cluster',
    apiVersion: 'v1',
    metadata: {
      uid,
      name,
      creationTimestamp: rfc3339(now),
      updateTimestamp: rfc3339(now),
      ...(labels ? { labels } : {}),
      ...(Object.keys(shownAnnotations).length ? { annotations: shownAnnotations } : {}),
    },
    spec: {
      syncMode: '',
      clusterGroupID: '',
      manageType: 'discrete',
      provider,
      type,
      category,
      country,
      city: city ?? '',
      isDownloadedCert: false,
      ...(kubeconfig ? { apiEndpoint: kubeconfig.server } : {}),
      ...(network ? { network } : {}),
    },
    status: pendingStatus(now),
  };
  return addRegistered(ctx, cluster, now, fleetId, joinFleet);
}

/** Where both ways of registering end: the cluster is stored, in its fleet if it names one. */
function addRegistered(
  ctx: BackendContext,
  cluster: StoredCluster,
  now: number,
  fleetId: string | undefined,
  joinFleet: (record: ClusterRecord, fleetId: string) => void,
): Schemas['UidResponse'] {
  const record: ClusterRecord = { cluster, createdAt: now, updatedAt: now };
  ctx.store.addCluster(record);
  if (fleetId) joinFleet(record, fleetId);
  ctx.store.changed();
  return { uid: cluster.metadata.uid };
}

function importCceCluster(
  ctx: BackendContext,
  metadata: Json,
  spec: Json,
  uid: string | undefined,
  joinFleet: (record: ClusterRecord, fleetId: string) => void,
): Schemas['UidResponse'] {
  if (!uid) {
    throw ucsError(
      'UCS.01030012',
      'A Huawei Cloud cluster is registered by importing it: set metadata.uid to a cluster from GET /v1/managedclusters?unregister=true.',
    );
  }
  const source = ctx.store.state.cceClusters.find((cluster) => cluster.metadata.uid === uid);
  if (!source) throw ucsError('UCS.01030001', `There is no CCE cluster ${uid} in this account.`);
  const type = optionalStringAt(spec.type, 'spec.type');
  if (type && type !== source.spec.type) {
    throw ucsError(
      'UCS.01030011',
      `CCE cluster ${source.metadata.name} is of type "${source.spec.type}", not "${type}".`,
    );
  }
  const region = optionalStringAt(spec.region, 'spec.region');
  if (region && region !== source.spec.region) {
    throw invalidBody(
      'spec.region',
      `must be ${source.spec.region}, the region of CCE cluster ${source.metadata.name}`,
    );
  }
  const labels = optionalStringMapAt(metadata.labels, 'metadata.labels');
  checkLabels(labels);
  const fleetId = fleetForRegistration(ctx, { manageType: 'discrete', ...spec });
  if (ctx.store.clusterRecord(uid) || ctx.store.clusterNamed(source.metadata.name)) {
    throw ucsError('UCS.01030003', `CCE cluster ${source.metadata.name} is already registered.`);
  }
  checkClusterQuota(ctx);

  const now = ctx.clock.now();
  const cluster = structuredClone(source);
  const { projectId, IsDownloadedCert: _unused, ...cceSpec } = cluster.spec;
  cluster.spec = {
    ...cceSpec,
    projectID: projectId,
    clusterGroupID: '',
    manageType: 'discrete',
    isDownloadedCert: false,
  };
  cluster.metadata = {
    ...cluster.metadata,
    labels: { ...cluster.metadata.labels, ...labels },
    updateTimestamp: rfc3339(now),
  };
  return addRegistered(ctx, cluster, now, fleetId, joinFleet);
}

// --- Update and deregister --------------------------------------------------------------

/**
 * Update (3.1.4): country/city of attached and on-premises clusters (and an attached cluster's
 * kubeconfig), worker nodes of multi-cloud clusters. Anything else is refused, naming the field.
 */
export function updateCluster(ctx: BackendContext, id: string, body: Json): void {
  const record = requireCluster(ctx, id);
  const { cluster } = record;
  stringAt(body.kind, 'kind', { oneOf: ['Cluster'] });
  stringAt(body.apiVersion, 'apiVersion', { oneOf: ['v1'] });
  const metadata = optionalObjectAt(body.metadata, 'metadata');
  const spec = optionalObjectAt(body.spec, 'spec') ?? {};
  const category = cluster.spec.category;
  const locatable = category === 'attachedcluster' || category === 'onpremises';

  const country = optionalStringAt(spec.country, 'spec.country', { min: 1 });
  const city = optionalStringAt(spec.city, 'spec.city');
  if ((country !== undefined || city !== undefined) && !locatable) {
    throw invalidBody(
      'spec.country',
      'and spec.city can only be changed for attached and on-premises clusters',
    );
  }
  const workerConfig = optionalObjectAt(spec.workerConfig, 'spec.workerConfig');
  if (workerConfig && category !== 'multicloud') {
    throw invalidBody('spec.workerConfig', 'is only for multi-cloud clusters');
  }
  const replicas = optionalIntegerAt(workerConfig?.replicas, 'spec.workerConfig.replicas', {
    min: 0,
    max: 500,
  });
  const strategy = optionalObjectAt(workerConfig?.strategy, 'spec.workerConfig.strategy');
  const rolling = optionalObjectAt(
    strategy?.rollingUpdate,
    'spec.workerConfig.strategy.rollingUpdate',
  );
  optionalStringAt(rolling?.deletePolicy, 'spec.workerConfig.strategy.rollingUpdate.deletePolicy', {
    oneOf: ['Random', 'Oldest', 'Newest'],
  });
  const annotations = optionalStringMapAt(metadata?.annotations, 'metadata.annotations');
  const kubeconfigText = annotations?.kubeconfig;
  if (kubeconfigText !== undefined && category !== 'attachedcluster') {
    throw invalidBody(
      'metadata.annotations.kubeconfig',
      'can only be changed for attached clusters',
    );
  }
  const kubeconfig = kubeconfigText !== undefined ? parseKubeconfig(kubeconfigText) : undefined;
  const newCountry = country ?? cluster.spec.country ?? '';
  if (country !== undefined || city !== undefined)
    checkLocation(newCountry, city ?? (country === undefined ? cluster.spec.city : undefined));

  if (country !== undefined) cluster.spec.country = country;
  if (city !== undefined || country !== undefined) cluster.spec.city = city ?? '';
  if (kubeconfig) cluster.spec.apiEndpoint = kubeconfig.server;
  if (workerConfig) {
    cluster.spec.workerConfig = workerConfig;
    if (replicas !== undefined) scaleWorkers(cluster, replicas);
  }
  touch(record, ctx.clock.now());
  ctx.store.changed();
}

/** A multi-cloud cluster's node count follows its worker replicas. */
function scaleWorkers(cluster: StoredCluster, replicas: number): void {
  cluster.status.nodeSummary = { totalNum: String(replicas), readyNum: String(replicas) };
  const capacity = cluster.status.resourceSummary?.capacity;
  if (capacity) {
    const shape: HealthyShape = {
      version: cluster.status.kubernetesVersion ?? 'v1.28',
      nodes: replicas,
      cpuPerNode: 8,
      memoryPerNode: 32,
      usage: 0.45,
      endpoint: '',
    };
    cluster.status.resourceSummary = resourceSummary(shape);
  }
}

/** Deregister (3.1.5). The fleet and federation drop it with it; a CCE cluster can be imported again. */
export function deleteCluster(
  ctx: BackendContext,
  id: string,
  leaveFleet: (record: ClusterRecord) => void,
): void {
  const record = requireCluster(ctx, id);
  if (record.cluster.spec.clusterGroupID) leaveFleet(record);
  ctx.store.removeCluster(id);
  ctx.store.cancelTimers((timer) => 'clusterId' in timer && timer.clusterId === id);
  ctx.store.changed();
}

// --- Access info, agent and activation --------------------------------------------------

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Time the agent of a cluster takes to connect, at UCS speed: 50–100 s, fixed per cluster. */
function agentConnectDelay(uid: string): number {
  let hash = 0;
  for (const char of uid) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 50_000 + (hash % 50_001);
}

/**
 * Access information (3.1.6): the proxy agent's manifest, returned exactly once; later calls
 * get "Downloaded". Downloading it is what lets the agent connect, so the cluster turns
 * Available a little later.
 */
export function showAccessInfo(ctx: BackendContext, id: string, params: URLSearchParams): string[] {
  const record = requireCluster(ctx, id);
  const { cluster } = record;
  if (!needsAgent(cluster)) {
    throw ucsError(
      'UCS.01030011',
      `${cluster.metadata.name} is a Huawei Cloud (CCE) cluster; access information exists only for clusters outside Huawei Cloud.`,
    );
  }
  const vpcEndpoint = params.get('vpcendpoint') || undefined;
  if (vpcEndpoint !== undefined && !ipv4.test(vpcEndpoint)) {
    throw invalidQuery(
      'vpcendpoint',
      `must be the IPv4 address of the VPC endpoint, got "${vpcEndpoint}"`,
    );
  }
  const region = params.get('region') || 'cn-north-4';
  if (cluster.spec.isDownloadedCert) return ['Downloaded'];

  const now = ctx.clock.now();
  cluster.spec.isDownloadedCert = true;
  touch(record, now);
  if (cluster.status.phase === 'Pending') {
    ctx.store.schedule({
      at: now + ctx.clock.scaled(agentConnectDelay(cluster.metadata.uid)),
      kind: 'agentConnected',
      clusterId: id,
    });
  }
  ctx.store.changed();
  return [agentManifest(cluster, vpcEndpoint ?? `ucs-agent.${region}.myhuaweicloud.com`, now)];
}

function agentManifest(cluster: StoredCluster, endpoint: string, now: number): string {
  const token = btoa(`${cluster.metadata.uid}:${now}`).replace(/=+$/, '');
  return [
    'apiVersion: v1',
    'kind: Namespace',
    'metadata:',
    '  name: ucs-agent',
    '---',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: proxy-agent-cert',
    '  namespace: ucs-agent',
    'type: Opaque',
    'data:',
    `  cluster-id: ${btoa(cluster.metadata.uid)}`,
    `  token: ${token}`,
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: proxy-agent',
    '  namespace: ucs-agent',
    'spec:',
    '  replicas: 2',
    '  selector:',
    '    matchLabels: {app: proxy-agent}',
    '  template:',
    '    metadata:',
    '      labels: {app: proxy-agent}',
    '    spec:',
    '      containers:',
    '        - name: proxy-agent',
    '          image: swr.cn-north-4.myhuaweicloud.com/ucs/proxy-agent:v1.3.2',
    `          args: ["--proxy-server=https://${endpoint}:30123", "--cluster-name=${cluster.metadata.name}"]`,
    '',
  ].join('\n');
}

/** Timer: the agent connected, the cluster reports in. */
export function onAgentConnected(ctx: BackendContext, clusterId: string, at: number): void {
  const record = ctx.store.clusterRecord(clusterId);
  if (!record || record.cluster.status.phase !== 'Pending') return;
  const { cluster } = record;
  const seed = agentConnectDelay(cluster.metadata.uid);
  const nodes = cluster.spec.category === 'multicloud' ? 3 : 3 + (seed % 6);
  const version = cluster.status.kubernetesVersion ?? supportedVersions[6 + (seed % 5)] ?? 'v1.28';
  const endpoint =
    cluster.spec.apiEndpoint ?? `https://192.168.${seed % 250}.${10 + (seed % 200)}:5443`;
  const conditions = cluster.status.conditions?.filter((item) => item.type === 'Federation') ?? [];
  cluster.status = availableStatus(
    { version, nodes, cpuPerNode: 8, memoryPerNode: 32, usage: 0.2, endpoint },
    at,
  );
  cluster.status.conditions = [...(cluster.status.conditions ?? []), ...conditions];
  touch(record, at);
}

/**
 * Activation (3.1.7) makes an unavailable or failed cluster reconnect: it goes back to Pending
 * and its agent reconnects after a while. Frozen clusters stay frozen.
 */
export function activateCluster(ctx: BackendContext, id: string): void {
  const record = requireCluster(ctx, id);
  const { cluster } = record;
  if (cluster.status.arrearFreeze === 'true' || cluster.status.policeFreeze === 'true') {
    throw ucsError(
      'UCS.01030016',
      `${cluster.metadata.name} is frozen; settle the account before activating it.`,
    );
  }
  const phase = cluster.status.phase;
  if (phase === 'Available')
    throw ucsError('UCS.01030002', `${cluster.metadata.name} is already available.`);
  if (phase === 'Pending' && !cluster.spec.isDownloadedCert) {
    throw ucsError(
      'UCS.01030004',
      `${cluster.metadata.name} has not been connected yet: download its access information and deploy the agent.`,
    );
  }
  const now = ctx.clock.now();
  const version = cluster.status.kubernetesVersion;
  cluster.status = pendingStatus(
    now,
    'The cluster is being reactivated; waiting for the agent to reconnect.',
  );
  if (version) cluster.status.kubernetesVersion = version;
  ctx.store.cancelTimers((timer) => timer.kind === 'agentConnected' && timer.clusterId === id);
  ctx.store.schedule({
    at: now + ctx.clock.scaled(agentConnectDelay(id) / 2),
    kind: 'agentConnected',
    clusterId: id,
  });
  touch(record, now);
  ctx.store.changed();
}
