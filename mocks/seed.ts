/**
 * The deterministic seed: what the demo shows and every test starts from. It covers each row of
 * table 5.7, the phases a console must render (Available, Unavailable, Pending, Failed, frozen),
 * Kubernetes v1.19–v1.29, fleets with and without federation, and policies bound to clusters
 * and fleets. The reference's own examples (`test-cluster`, fleet `cluster-test`, policy
 * `admin`, CCE cluster `cluster-test`) keep their ids and timestamps.
 *
 * No Math.random here: variety comes from a seeded PRNG, so every run sees the same data.
 */
import { clusterKinds } from '../src/api/reference/clusterKinds';
import { goTime, rfc3339 } from './format';
import { createRandom, timeUuid } from './random';
import {
  availableStatus,
  failedStatus,
  type HealthyShape,
  pendingStatus,
  setFederationCondition,
  unavailableStatus,
} from './resources/clusters';
import { currentFederationVersion } from './resources/federation';
import { toRuleNamespaces } from './resources/rules';
import {
  type BackendContext,
  type ClusterRecord,
  type FederationRecord,
  type FleetRecord,
  type MockState,
  type RuleBinding,
  type RuleRecord,
  stateSchemaVersion,
  type StoredCluster,
  type StoredJob,
  type SubjobPlan,
  Store,
  MockClock,
} from './store';
import { FaultInjector } from './faults';

/** The reference's project in cn-north-4 (3.1.1 example). */
const beijingProject = { id: 'b6315dd3d0ff4be5b31a963256794989', name: 'cn-north-4' };
const projects: Record<string, { id: string; name: string }> = {
  'cn-north-4': beijingProject,
  'cn-east-3': { id: '05495693df80d3c92fa1c01795c2be02', name: 'cn-east-3' },
  'cn-south-1': { id: '0a3c2f1bd7e84e2f9c6b1d8e4f7a6c25', name: 'cn-south-1' },
  'ap-southeast-1': { id: '7d1e0c9b5a4f4c0e8b2d6a3f1e9c8b47', name: 'ap-southeast-1' },
};

const at = (iso: string) => Date.parse(iso);

// --- Fleets -----------------------------------------------------------------------------

interface FleetSeed {
  uid: string;
  name: string;
  created: number;
  updated: number;
  /** The reference's own timestamps, verbatim (Go format with microseconds). */
  createdText?: string;
  updatedText?: string;
  description?: string;
  federation?: {
    id: string;
    version: string;
    dnsSuffix: string[];
    enabledAt: number;
    unhealthy?: string;
    /** The condition's time as UCS printed it, e.g. Go's zero time in the reference's example. */
    conditionTimeText?: string;
  };
  bindings?: RuleBinding[];
}

const fleetIds = {
  test: 'bffbb35b-7949-11ee-886c-0255ac100037',
  dev: '4557ad49-22bf-11ee-b0c9-0255ac10004b',
  empty: '108f5981-a105-11ed-a23e-0255ac100032',
  retail: '2b7c7e0a-6c1d-11ef-9a41-0255ac100049',
  staging: 'c41e9d26-d2a8-11ee-8f3b-0255ac10004e',
};

const ruleIds = {
  admin: '3dcdef78-65bb-11ee-bdf2-0255ac100033',
  readonly: '3dcd9a12-65bb-11ee-bdf2-0255ac100033',
  develop: '3dce0c4e-65bb-11ee-bdf2-0255ac100033',
  configEditor: '8a4f1c2e-0b6d-11ef-a7c3-0255ac100041',
  ciDeployer: 'f6434332-60d6-11ed-a847-0255ac10003f',
  auditViewer: '5e2b9d70-9a3c-11f0-b1e4-0255ac100052',
};

const fleetSeeds: FleetSeed[] = [
  {
    uid: fleetIds.test,
    name: 'cluster-test',
    created: at('2023-11-02T06:33:35.558Z'),
    updated: at('2023-11-14T06:20:20.446Z'),
    createdText: '2023-11-02 06:33:35.558128 +0000 UTC',
    updatedText: '2023-11-14 06:20:20.446476 +0000 UTC',
    description: 'Storefront production: CCE in Beijing and Shanghai with EKS in us-east-1.',
    federation: {
      id: 'e2f27cc6-82b5-11ee-84e3-0255ac100032',
      version: 'v1.7.0-t1109',
      dnsSuffix: ['www.oidc.com'],
      enabledAt: at('2023-11-14T06:14:31.002Z'),
      // Verbatim from the reference's example (3.2.5): UCS reports "never" as Go's zero time.
      conditionTimeText: '0001-01-01T00:00:00Z',
    },
    bindings: [
      { ruleIDs: [ruleIds.readonly], namespaces: ['default', 'storefront'] },
      { ruleIDs: [ruleIds.configEditor], namespaces: ['storefront'] },
    ],
  },
  {
    uid: fleetIds.dev,
    name: 'cluster-dev',
    created: at('2023-07-15T03:25:39.253Z'),
    updated: at('2023-10-19T11:52:14.509Z'),
    createdText: '2023-07-15 03:25:39.253589 +0000 UTC',
    updatedText: '2023-10-19 11:52:14.509405 +0000 UTC',
    description:
      'Development clusters on four clouds; every member is healthy, ready for federation.',
    bindings: [{ ruleIDs: [ruleIds.develop], namespaces: ['dev', 'sandbox'] }],
  },
  {
    uid: fleetIds.empty,
    name: 'test0131',
    created: at('2023-01-31T01:17:44.309Z'),
    updated: at('2023-06-29T01:02:28.780Z'),
    createdText: '2023-01-31 01:17:44.309185 +0000 UTC',
    updatedText: '2023-06-29 01:02:28.78095 +0000 UTC',
  },
  {
    uid: fleetIds.retail,
    name: 'retail-edge',
    created: at('2024-09-06T02:41:17.118Z'),
    updated: at('2025-11-20T09:12:48.733Z'),
    description: 'Store edge sites: Tencent Cloud in Shenzhen and the Suzhou data centre.',
    federation: {
      id: '6f0d3a9e-6c2f-11ef-8d1c-0255ac100049',
      version: currentFederationVersion,
      dnsSuffix: ['retail.example.cn'],
      enabledAt: at('2024-09-06T03:02:55.410Z'),
      unhealthy: 'component volcano-scheduler is unhealthy',
    },
  },
  {
    uid: fleetIds.staging,
    name: 'staging-global',
    created: at('2024-02-24T08:05:12.640Z'),
    updated: at('2025-12-03T16:47:09.215Z'),
    description: 'Pre-production across partner clouds; one member is unreachable.',
  },
];

function fleetRecordFrom(seed: FleetSeed): FleetRecord {
  const spec: FleetRecord['fleet']['spec'] = {};
  if (seed.description) spec.description = seed.description;
  const conditions: NonNullable<FleetRecord['fleet']['status']['conditions']> = [];
  if (seed.federation) {
    spec.federationId = seed.federation.id;
    spec.federationVersion = seed.federation.version;
    spec.dnsSuffix = seed.federation.dnsSuffix;
    conditions.push(
      seed.federation.unhealthy
        ? {
            type: 'Federation',
            status: 'Unavailable',
            reason: 'FederationUnavailable',
            message: seed.federation.unhealthy,
            lastTransitionTime: rfc3339(seed.updated),
          }
        : {
            type: 'Federation',
            status: 'Available',
            reason: 'FederationAvailable',
            lastTransitionTime:
              seed.federation.conditionTimeText ?? rfc3339(seed.federation.enabledAt),
          },
    );
  }
  return {
    fleet: {
      kind: 'ClusterGroup',
      apiVersion: 'v1',
      metadata: {
        uid: seed.uid,
        name: seed.name,
        creationTimestamp: seed.createdText ?? goTime(seed.created),
        updateTimestamp: seed.updatedText ?? goTime(seed.updated),
      },
      spec,
      status: conditions.length ? { conditions } : {},
    },
    createdAt: seed.created,
    updatedAt: seed.updated,
    bindings: seed.bindings ?? [],
  };
}

/** The finished job that enabled a seeded federation, as the progress API would return it. */
function finishedFederation(
  fleet: FleetRecord,
  federationId: string,
  start: number,
  sequence: number,
): FederationRecord {
  const durations: [SubjobPlan['type'], number][] = [
    ['CreateCert', 1_400],
    ['CreateNode', 63_700],
    ['InstallFederationChart', 41_200],
    ['CreateNetworkResource', 38_900],
  ];
  let cursor = start;
  const plan: SubjobPlan[] = durations.map(([type, ms]) => {
    const item = { type, startAt: cursor, endAt: cursor + ms, fails: false };
    cursor += ms;
    return item;
  });
  const end = cursor;
  const meta = (uid: string, created: number, updated: number, name: string) => ({
    uid,
    name,
    creationTimestamp: goTime(created),
    updateTimestamp: goTime(updated),
  });
  const job: StoredJob = {
    kind: 'Job',
    apiVersion: 'v3',
    metadata: {
      ...meta(timeUuid(start, sequence), start, end, `federation-${fleet.fleet.metadata.name}`),
      annotations: { currentTimestamp: goTime(end) },
    },
    spec: {
      type: 'CreateFederationContainer',
      federationUID: federationId,
      resourceID: fleet.fleet.metadata.uid,
      resourceName: fleet.fleet.metadata.name,
      subJobs: plan.map((item, index) => ({
        kind: 'Job',
        apiVersion: 'v3',
        metadata: meta(timeUuid(start, sequence + index + 1), start, item.endAt, item.type),
        spec: {
          type: item.type,
          federationUID: federationId,
          ...(item.type === 'CreateNetworkResource'
            ? { extendParam: { JobExtendParamKeyElbID: timeUuid(item.startAt, sequence + 9) } }
            : {}),
        },
        status: {
          phase: 'Success',
          startTime: goTime(item.startAt),
          completionTime: goTime(item.endAt),
        },
      })),
    },
    status: { phase: 'Success', startTime: goTime(start), completionTime: goTime(end) },
  };
  return { fleetId: fleet.fleet.metadata.uid, job, plan, finished: true };
}

// --- Clusters ---------------------------------------------------------------------------

type Health =
  | { kind: 'available'; shape: HealthyShape }
  | { kind: 'unavailable'; shape: HealthyShape; reason: string; message: string; arrears?: boolean }
  | { kind: 'pending' }
  | { kind: 'failed'; reason: string; message: string };

interface ClusterSeed {
  uid?: string;
  name: string;
  category: string;
  type: string;
  provider: string;
  country: string;
  city?: string;
  region?: string;
  created: string;
  /** Last change, ISO; defaults to the status time. */
  updated?: string;
  /** When the status last changed, ISO. */
  statusAt: string;
  fleet?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  taints?: { key: string; value: string; effect: string }[];
  health: Health;
  downloaded?: boolean;
  operatorNamespace?: string;
  workerReplicas?: number;
}

function shape(
  version: string,
  nodes: number,
  cpuPerNode: number,
  memoryPerNode: number,
  usage: number,
  endpoint: string,
  readyNodes?: number,
): HealthyShape {
  return {
    version,
    nodes,
    cpuPerNode,
    memoryPerNode,
    usage,
    endpoint,
    ...(readyNodes !== undefined ? { readyNodes } : {}),
  };
}

/** The seed's usual health: Available, with this shape. */
function available(...args: Parameters<typeof shape>): Health {
  return { kind: 'available', shape: shape(...args) };
}

const clusterSeeds: ClusterSeed[] = [
  {
    uid: 'b0d1ecb5-7947-11ee-9467-0255ac1001bf',
    name: 'test-cluster',
    category: 'self',
    type: 'cce',
    provider: 'huaweicloud',
    country: 'CN',
    city: '150900',
    region: 'cn-north-4',
    created: '2023-11-02T06:36:14Z',
    statusAt: '2023-11-27T03:05:09Z',
    fleet: fleetIds.test,
    labels: { FeatureGates: 'elbv3,SupportClientCertificateRevocation,xGPU' },
    annotations: { vpcid: '11c9fe72-5a90-4295-bcfe-774726fb9066' },
    operatorNamespace: '2cd7ebd02e4743eba4e6342c09e49344',
    health: available('v1.25', 5, 8, 32, 0.62, 'https://192.168.1.251:5443'),
  },
  {
    name: 'prod-beijing-cce',
    category: 'self',
    type: 'cce',
    provider: 'huaweicloud',
    country: 'CN',
    city: '110000',
    region: 'cn-north-4',
    created: '2024-03-18T02:14:51Z',
    statusAt: '2026-02-11T07:40:02Z',
    fleet: fleetIds.test,
    labels: { env: 'prod', team: 'storefront', tier: 'frontend' },
    health: available('v1.28', 12, 16, 64, 0.71, 'https://192.168.0.12:5443'),
  },
  {
    name: 'prod-shanghai-turbo',
    category: 'self',
    type: 'turbo',
    provider: 'huaweicloud',
    country: 'CN',
    city: '310000',
    region: 'cn-east-3',
    created: '2025-01-09T10:22:37Z',
    statusAt: '2026-02-20T01:15:44Z',
    fleet: fleetIds.test,
    labels: { env: 'prod', team: 'storefront', 'topology.kubernetes.io/region': 'cn-east-3' },
    taints: [{ key: 'dedicated', value: 'checkout', effect: 'NoSchedule' }],
    health: available('v1.29', 9, 32, 128, 0.54, 'https://10.12.0.8:5443'),
  },
  {
    name: 'eks-us-east',
    category: 'attachedcluster',
    type: 'eks',
    provider: 'aws',
    country: 'US',
    created: '2024-06-03T15:48:09Z',
    statusAt: '2026-01-30T22:03:17Z',
    fleet: fleetIds.test,
    labels: { env: 'prod', team: 'storefront', cloud: 'aws' },
    downloaded: true,
    health: available(
      'v1.27',
      6,
      8,
      32,
      0.48,
      'https://4f1c8e2a9b7d.gr7.us-east-1.eks.amazonaws.com',
    ),
  },
  {
    name: 'ack-hangzhou',
    category: 'attachedcluster',
    type: 'ack',
    provider: 'aliyun',
    country: 'CN',
    city: '330100',
    created: '2023-08-22T04:31:56Z',
    statusAt: '2026-02-02T06:12:30Z',
    fleet: fleetIds.dev,
    labels: { env: 'dev', cloud: 'alibaba' },
    downloaded: true,
    health: available('v1.26', 4, 4, 16, 0.37, 'https://172.16.8.20:6443'),
  },
  {
    name: 'aks-west-europe',
    category: 'attachedcluster',
    type: 'aks',
    provider: 'azure',
    country: 'NL',
    created: '2023-09-12T12:07:44Z',
    statusAt: '2026-01-15T09:41:05Z',
    fleet: fleetIds.dev,
    labels: { env: 'dev', cloud: 'azure' },
    downloaded: true,
    health: available(
      'v1.24',
      3,
      4,
      16,
      0.29,
      'https://aks-we-dns-3f9a1c.hcp.westeurope.azmk8s.io:443',
    ),
  },
  {
    name: 'gke-asia-southeast',
    category: 'attachedcluster',
    type: 'gke',
    provider: 'googlecloud',
    country: 'SG',
    created: '2023-10-05T01:55:03Z',
    statusAt: '2026-02-08T03:27:51Z',
    fleet: fleetIds.dev,
    labels: { env: 'dev', cloud: 'gcp' },
    downloaded: true,
    health: available('v1.27', 3, 8, 32, 0.33, 'https://34.87.102.15'),
  },
  {
    name: 'dev-guangzhou-cce',
    category: 'self',
    type: 'cce',
    provider: 'huaweicloud',
    country: 'CN',
    city: '440100',
    region: 'cn-south-1',
    created: '2023-07-15T03:31:22Z',
    statusAt: '2026-02-14T11:08:19Z',
    fleet: fleetIds.dev,
    labels: { env: 'dev' },
    health: available('v1.23', 3, 4, 8, 0.58, 'https://192.168.10.41:5443'),
  },
  {
    name: 'tke-shenzhen',
    category: 'attachedcluster',
    type: 'tke',
    provider: 'tencentcloud',
    country: 'CN',
    city: '440300',
    created: '2024-09-06T02:50:33Z',
    statusAt: '2025-11-20T09:12:48Z',
    fleet: fleetIds.retail,
    labels: { env: 'prod', site: 'shenzhen-stores' },
    downloaded: true,
    health: available('v1.22', 4, 8, 16, 0.66, 'https://cls-8xk2pq1d.ccs.tencent-cloud.com'),
  },
  {
    name: 'idc-suzhou-baremetal',
    category: 'onpremises',
    type: 'baremetal',
    provider: 'huaweicloud',
    country: 'CN',
    city: '320500',
    created: '2024-09-06T02:55:10Z',
    statusAt: '2025-12-28T18:30:00Z',
    fleet: fleetIds.retail,
    labels: { env: 'prod', site: 'suzhou-dc1', 'node.kubernetes.io/instance-type': 'physical' },
    taints: [{ key: 'node-role.kubernetes.io/edge', value: '', effect: 'PreferNoSchedule' }],
    downloaded: true,
    health: available('v1.25', 8, 48, 256, 0.41, 'https://10.20.0.5:5443', 7),
  },
  {
    name: 'ctyun-chengdu',
    category: 'partnercloud',
    type: 'ctc',
    provider: 'ctcloud',
    country: 'CN',
    city: '510100',
    created: '2024-02-24T08:11:46Z',
    statusAt: '2026-01-07T05:55:21Z',
    fleet: fleetIds.staging,
    labels: { env: 'staging', cloud: 'tianyi' },
    downloaded: true,
    health: available('v1.21', 3, 8, 16, 0.22, 'https://100.64.3.17:6443'),
  },
  {
    name: 'openshift-frankfurt',
    category: 'attachedcluster',
    type: 'openshift',
    provider: 'openshift',
    country: 'DE',
    created: '2024-02-26T13:38:02Z',
    statusAt: '2026-02-27T04:16:38Z',
    fleet: fleetIds.staging,
    labels: { env: 'staging', cloud: 'openshift' },
    downloaded: true,
    health: {
      kind: 'unavailable',
      shape: shape('v1.20', 6, 8, 32, 0, 'https://api.ocp-fra.example.de:6443'),
      reason: 'ClusterNotReachable',
      message:
        'proxy agent disconnected: dial tcp 10.40.2.9:6443: i/o timeout (last heartbeat 47 minutes ago)',
    },
  },
  {
    name: 'aws-multicloud-tokyo',
    category: 'multicloud',
    type: 'aws',
    provider: 'huaweicloud',
    country: 'JP',
    created: '2025-04-17T06:20:58Z',
    statusAt: '2026-02-18T23:44:12Z',
    fleet: fleetIds.staging,
    labels: { env: 'staging', cloud: 'aws' },
    downloaded: true,
    workerReplicas: 4,
    health: available('v1.26', 4, 8, 32, 0.35, 'https://10.0.1.100:5443'),
  },
  {
    name: 'private-k8s-wuhan',
    category: 'attachedcluster',
    type: 'privatek8s',
    provider: 'privatek8s',
    country: 'CN',
    city: '420100',
    created: '2023-05-10T07:03:29Z',
    statusAt: '2025-10-30T02:19:54Z',
    labels: { env: 'legacy', owner: 'platform-team' },
    downloaded: true,
    health: available('v1.19', 5, 16, 64, 0.77, 'https://10.8.0.2:6443'),
  },
  {
    name: 'edge-gateway-xiamen',
    category: 'onpremises',
    type: 'baremetal',
    provider: 'huaweicloud',
    country: 'CN',
    city: '350200',
    created: '2026-02-25T09:14:06Z',
    statusAt: '2026-02-25T09:14:06Z',
    labels: { site: 'xiamen-port' },
    health: { kind: 'pending' },
  },
  {
    name: 'rancher-lab-nanjing',
    category: 'attachedcluster',
    type: 'privatek8s',
    provider: 'privatek8s',
    country: 'CN',
    city: '320100',
    created: '2025-12-01T03:47:40Z',
    statusAt: '2025-12-01T04:02:13Z',
    labels: { env: 'lab' },
    downloaded: true,
    health: {
      kind: 'failed',
      reason: 'RegisterFailed',
      message:
        'the agent could not reach the API server in the kubeconfig: x509: certificate has expired or is not yet valid',
    },
  },
  {
    name: 'turbo-hk-arrears',
    category: 'self',
    type: 'turbo',
    provider: 'huaweicloud',
    country: 'CN',
    city: '810000',
    region: 'ap-southeast-1',
    created: '2024-11-11T11:11:11Z',
    statusAt: '2026-02-01T00:00:05Z',
    labels: { env: 'prod', team: 'apac' },
    health: {
      kind: 'unavailable',
      shape: shape('v1.28', 6, 16, 64, 0, 'https://192.168.30.4:5443'),
      reason: 'ClusterFrozen',
      message:
        'The cluster is frozen because the account is in arrears. Top up the account to unfreeze it.',
      arrears: true,
    },
  },
  {
    name: 'gke-london-analytics',
    category: 'attachedcluster',
    type: 'gke',
    provider: 'googlecloud',
    country: 'GB',
    created: '2025-08-19T14:02:27Z',
    statusAt: '2026-02-26T10:31:48Z',
    labels: { env: 'prod', team: 'analytics', 'workload/gpu': 'true' },
    taints: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }],
    downloaded: true,
    health: available('v1.29', 10, 32, 128, 0.83, 'https://35.189.64.201'),
  },
  {
    name: 'cmcloud-hefei',
    category: 'partnercloud',
    type: 'cmc',
    provider: 'cmcloud',
    country: 'CN',
    city: '340100',
    created: '2025-06-30T08:58:15Z',
    statusAt: '2026-02-21T12:06:33Z',
    labels: { env: 'test', cloud: 'china-mobile' },
    downloaded: true,
    health: available('v1.23', 3, 8, 16, 0.18, 'https://10.255.7.30:6443'),
  },
  {
    name: 'eks-eu-central',
    category: 'attachedcluster',
    type: 'eks',
    provider: 'aws',
    country: 'DE',
    created: '2026-01-12T16:25:50Z',
    statusAt: '2026-02-24T08:49:01Z',
    labels: { env: 'prod', team: 'payments', cloud: 'aws' },
    downloaded: true,
    health: available(
      'v1.24',
      6,
      16,
      64,
      0.59,
      'https://9a2c41e7f03b.yl4.eu-central-1.eks.amazonaws.com',
      5,
    ),
  },
];

function statusFor(health: Health, statusAt: number): StoredCluster['status'] {
  switch (health.kind) {
    case 'available':
      return availableStatus(health.shape, statusAt);
    case 'unavailable':
      return unavailableStatus(health.shape, statusAt, health.reason, health.message, {
        arrear: health.arrears,
      });
    case 'pending':
      return pendingStatus(statusAt);
    case 'failed':
      return failedStatus(statusAt, health.reason, health.message);
  }
}

function clusterRecordFrom(seed: ClusterSeed, sequence: number): ClusterRecord {
  const created = at(seed.created);
  const statusAt = at(seed.statusAt);
  const updated = seed.updated ? at(seed.updated) : statusAt;
  const project = seed.region ? projects[seed.region] : undefined;
  const uid = seed.uid ?? timeUuid(created, sequence);
  const cluster: StoredCluster = {
    kind: 'Cluster',
    apiVersion: 'v1',
    metadata: {
      name: seed.name,
      uid,
      creationTimestamp: rfc3339(created),
      updateTimestamp: rfc3339(updated),
      ...(seed.labels ? { labels: seed.labels } : {}),
      ...(seed.annotations ? { annotations: seed.annotations } : {}),
    },
    spec: {
      syncMode: '',
      clusterGroupID: seed.fleet ?? '',
      manageType: seed.fleet ? 'grouped' : 'discrete',
      provider: seed.provider,
      type: seed.type,
      category: seed.category,
      region: seed.region ?? 'cn-north-4',
      country: seed.country,
      city: seed.city ?? '',
      ...(project ? { projectID: project.id, projectName: project.name } : {}),
      ...(seed.taints
        ? { taints: seed.taints.map((taint) => ({ ...taint, timeadded: rfc3339(statusAt) })) }
        : {}),
      ...(seed.operatorNamespace ? { operatorNamespace: seed.operatorNamespace } : {}),
      ...(seed.workerReplicas ? { workerConfig: { replicas: seed.workerReplicas } } : {}),
      isDownloadedCert: seed.downloaded ?? false,
    },
    status: statusFor(seed.health, statusAt),
  };
  if (
    seed.category === 'attachedcluster' &&
    seed.health.kind !== 'pending' &&
    seed.health.kind !== 'failed'
  ) {
    cluster.spec.apiEndpoint = seed.health.shape.endpoint;
  }
  return { cluster, createdAt: created, updatedAt: updated };
}

/** The CCE-API view of a cluster, as `listManagedClusters` returns it (3.1.9 spelling). */
function cceView(record: ClusterRecord): StoredCluster {
  const { cluster } = record;
  const endpoint = Array.isArray(cluster.status.endpoints) ? cluster.status.endpoints : [];
  return {
    kind: 'Cluster',
    apiVersion: 'v1',
    metadata: {
      name: cluster.metadata.name,
      uid: cluster.metadata.uid,
      creationTimestamp: cluster.metadata.creationTimestamp,
      ...(cluster.metadata.labels ? { labels: cluster.metadata.labels } : {}),
    },
    spec: {
      syncMode: '',
      apiEndpoint: `https://cce-internal.${cluster.spec.region}.myhuaweicloud.com`,
      provider: 'huaweicloud',
      type: cluster.spec.type,
      category: 'self',
      region: cluster.spec.region,
      country: cluster.spec.country,
      city: cluster.spec.city,
      projectId: cluster.spec.projectID,
      projectName: cluster.spec.projectName,
      IsDownloadedCert: false,
    },
    status: {
      ...cluster.status,
      conditions: cluster.status.conditions?.filter((item) => item.type !== 'Federation'),
      endpoints: endpoint,
    },
  };
}

/** CCE clusters of the account that are not in UCS yet (3.1.9 example first). */
function unregisteredCce(): ClusterRecord[] {
  const extra: ClusterSeed[] = [
    {
      uid: '57ef11e7-7d72-11ee-a590-0255ac100b05',
      name: 'cluster-test',
      category: 'self',
      type: 'cce',
      provider: 'huaweicloud',
      country: 'CN',
      city: '150900',
      region: 'cn-north-4',
      created: '2023-11-07T13:34:15Z',
      statusAt: '2023-11-27T04:42:24Z',
      labels: { FeatureGates: 'elbv3,SupportClientCertificateRevocation,xGPU' },
      health: available('v1.27', 3, 4, 16, 0.31, 'https://192.168.1.44:5443'),
    },
    {
      name: 'cce-ops-tianjin',
      category: 'self',
      type: 'cce',
      provider: 'huaweicloud',
      country: 'CN',
      city: '120000',
      region: 'cn-north-4',
      created: '2025-03-03T05:16:40Z',
      statusAt: '2026-02-10T02:00:00Z',
      labels: { team: 'ops' },
      health: available('v1.28', 4, 8, 32, 0.44, 'https://192.168.5.17:5443'),
    },
    {
      name: 'turbo-ai-training',
      category: 'self',
      type: 'turbo',
      provider: 'huaweicloud',
      country: 'CN',
      city: '310000',
      region: 'cn-east-3',
      created: '2025-10-21T09:30:12Z',
      statusAt: '2026-02-22T14:45:31Z',
      labels: { team: 'ml', accelerator: 'ascend' },
      health: available('v1.29', 16, 64, 512, 0.88, 'https://10.30.0.6:5443'),
    },
  ];
  return extra.map((seed, index) => clusterRecordFrom(seed, 900 + index));
}

// --- Policies ---------------------------------------------------------------------------

interface RuleSeed {
  uid: string;
  name: string;
  created: string;
  type: 'readonly' | 'develop' | 'admin' | 'custom';
  description?: string;
  iamUserIDs?: string[];
  contents: { verbs: string[]; resources: string[] }[];
}

const workloadResources = [
  'deployments',
  'statefulsets',
  'daemonsets',
  'jobs',
  'cronjobs',
  'pods',
  'services',
  'configmaps',
  'ingresses',
];

const ruleSeeds: RuleSeed[] = [
  {
    uid: ruleIds.admin,
    name: 'admin',
    created: '2023-10-08T09:15:36.526Z',
    type: 'admin',
    iamUserIDs: ['873395a21c8d4d8ba9e37d6d32debc41'],
    contents: [{ verbs: ['*'], resources: ['*'] }],
  },
  {
    uid: ruleIds.readonly,
    name: 'readonly',
    created: '2023-10-08T09:15:36.611Z',
    type: 'readonly',
    description: 'View every resource in the bound namespaces; no changes.',
    contents: [{ verbs: ['get', 'list', 'watch'], resources: ['*'] }],
  },
  {
    uid: ruleIds.develop,
    name: 'develop',
    created: '2023-10-08T09:15:36.702Z',
    type: 'develop',
    description: 'Deploy and operate workloads; no access to RBAC or quotas.',
    iamUserIDs: ['978ff70ec1494a5680f6218faa3567d9', '5acdb44b47ba4bd79783ad40e5346783'],
    contents: [
      {
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
        resources: workloadResources,
      },
    ],
  },
  {
    uid: ruleIds.configEditor,
    name: 'config-editor',
    created: '2024-05-02T07:48:19.334Z',
    type: 'custom',
    description: 'Storefront on-call: edit ConfigMaps and Secrets, read everything else.',
    iamUserIDs: ['5acdb44b47ba4bd79783ad40e5346783'],
    contents: [
      { verbs: ['get', 'list', 'watch', 'update', 'patch'], resources: ['configmaps', 'secrets'] },
      { verbs: ['get', 'list', 'watch'], resources: ['*'] },
    ],
  },
  {
    uid: ruleIds.ciDeployer,
    name: 'ci-deployer',
    created: '2022-11-09T02:31:07.904Z',
    type: 'custom',
    description: 'Used by the CI pipeline to roll out releases.',
    iamUserIDs: ['1f0e6b9c2d3a4e5f8a7b6c5d4e3f2a1b'],
    contents: [
      {
        verbs: ['get', 'list', 'create', 'update', 'patch'],
        resources: ['deployments', 'services', 'ingresses', 'horizontalpodautoscalers'],
      },
    ],
  },
  {
    uid: ruleIds.auditViewer,
    name: 'audit-viewer',
    created: '2025-09-16T03:05:44.120Z',
    type: 'custom',
    description: 'Auditors: events and pod logs only.',
    contents: [{ verbs: ['get', 'list'], resources: ['events', 'pods/log'] }],
  },
];

function ruleRecordFrom(seed: RuleSeed): RuleRecord {
  const created = at(seed.created);
  return {
    rule: {
      kind: 'Rule',
      apiVersion: 'v1',
      metadata: {
        uid: seed.uid,
        name: seed.name,
        creationTimestamp: goTime(created),
        updateTimestamp: goTime(created),
      },
      spec: {
        type: seed.type,
        contents: seed.contents,
        ...(seed.iamUserIDs ? { iamUserIDs: seed.iamUserIDs } : {}),
        ...(seed.description ? { description: seed.description } : {}),
      },
    },
    createdAt: created,
    updatedAt: created,
  };
}

/** Cluster-side policy bindings of the seed, by cluster name. */
const clusterBindings: Record<string, RuleBinding[]> = {
  'test-cluster': [
    { ruleIDs: [ruleIds.admin], namespaces: ['default', 'kube-system'] },
    { ruleIDs: [ruleIds.readonly], namespaces: ['monitoring'] },
  ],
  // A member of cluster-test: these are inactive while it follows the fleet's policies. The
  // develop binding names a user the fleet grants config-editor in storefront: the explorer
  // shows the fleet's grant, and this one once the cluster leaves.
  'prod-beijing-cce': [
    { ruleIDs: [ruleIds.ciDeployer], namespaces: ['storefront', 'checkout'] },
    { ruleIDs: [ruleIds.develop], namespaces: ['storefront'] },
  ],
  'gke-london-analytics': [{ ruleIDs: [ruleIds.readonly], namespaces: ['*'] }],
};

// --- Assembly ---------------------------------------------------------------------------

function emptyState(): MockState {
  return {
    schemaVersion: stateSchemaVersion,
    clusters: [],
    fleets: [],
    rules: [],
    cceClusters: [],
    federations: {},
    connections: {},
    timers: [],
    tokens: {},
    sequence: 1000,
  };
}

/** A throwaway context so seed code can reuse the resource helpers that need one. */
function seedContext(state: MockState): BackendContext {
  return { store: new Store(state), clock: new MockClock(), faults: new FaultInjector() };
}

/** Marks the members of federated fleets as federalized, as UCS shows them. */
function federalizeMembers(state: MockState): void {
  for (const fleet of state.fleets) {
    if (!fleet.fleet.spec.federationId) continue;
    for (const record of state.clusters) {
      if (record.cluster.spec.clusterGroupID !== fleet.fleet.metadata.uid) continue;
      const time = Math.max(fleet.createdAt, record.createdAt) + 600_000;
      setFederationCondition(
        record.cluster,
        record.cluster.status.phase === 'Available' ? 'Federalized' : 'FederalizeFailed',
        time,
      );
    }
  }
}

/** The demo seed. A fresh copy on every call: callers own and mutate it. */
export function seedState(): MockState {
  const state = emptyState();
  state.rules = ruleSeeds.map(ruleRecordFrom);
  state.fleets = fleetSeeds.map(fleetRecordFrom);
  state.clusters = clusterSeeds.map((seed, index) => clusterRecordFrom(seed, 100 + index));
  const ctx = seedContext(state);

  for (const record of state.clusters) {
    const bindings = clusterBindings[record.cluster.metadata.name];
    if (bindings) record.cluster.spec.ruleNamespaces = toRuleNamespaces(ctx, bindings);
  }
  for (const fleet of state.fleets) {
    const ruleNamespaces = toRuleNamespaces(ctx, fleet.bindings);
    if (ruleNamespaces.length) fleet.fleet.spec.ruleNamespaces = ruleNamespaces;
  }
  fleetSeeds.forEach((seed, index) => {
    const fleet = state.fleets[index];
    if (seed.federation && fleet) {
      state.federations[seed.uid] = finishedFederation(
        fleet,
        seed.federation.id,
        seed.federation.enabledAt - 145_200,
        200 + index * 20,
      );
    }
  });
  federalizeMembers(state);
  const registeredCce = state.clusters.filter((record) => record.cluster.spec.category === 'self');
  state.cceClusters = [...registeredCce, ...unregisteredCce()].map(cceView);
  return state;
}

// --- Scale seed -------------------------------------------------------------------------

const scaleRegions = [
  { region: 'cn-north-4', country: 'CN', city: '110000', short: 'bj' },
  { region: 'cn-east-3', country: 'CN', city: '310000', short: 'sh' },
  { region: 'cn-south-1', country: 'CN', city: '440100', short: 'gz' },
  { region: 'cn-north-4', country: 'CN', city: '330100', short: 'hz' },
  { region: 'ap-southeast-1', country: 'CN', city: '810000', short: 'hk' },
  { region: 'cn-north-4', country: 'DE', city: '', short: 'fra' },
  { region: 'cn-north-4', country: 'US', city: '', short: 'use' },
  { region: 'cn-north-4', country: 'SG', city: '', short: 'sg' },
];

/**
 * `n` clusters over ceil(n/20) fleets, for performance work (`?mock-scale=10000`). Mostly
 * Available, with a realistic sprinkle of Unavailable, Pending and Failed clusters; creation
 * times spread evenly over 2023-01 to 2026-02. Policies are the demo's.
 */
export function scaleSeed(n: number): MockState {
  const state = emptyState();
  const random = createRandom(20_240_430 + n);
  const start = at('2023-01-01T00:00:00Z');
  const span = at('2026-02-28T00:00:00Z') - start;
  const fleetCount = Math.ceil(n / 20);
  state.rules = ruleSeeds.map(ruleRecordFrom);

  for (let index = 0; index < fleetCount; index += 1) {
    const created = start + Math.floor((span * index) / Math.max(fleetCount, 1) / 2);
    const uid = timeUuid(created, 10_000 + index);
    const name = `fleet-${String(index + 1).padStart(4, '0')}`;
    state.fleets.push(fleetRecordFrom({ uid, name, created, updated: created + 86_400_000 }));
  }
  for (let index = 0; index < n; index += 1) {
    const kind = clusterKinds[index % clusterKinds.length];
    const place = scaleRegions[index % scaleRegions.length];
    if (!kind || !place) continue;
    const created = start + Math.floor((span * index) / n);
    const roll = random.next();
    const version = `v1.${19 + random.int(0, 10)}`;
    const endpoint = `https://10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}:5443`;
    const health: Health =
      roll < 0.9
        ? available(
            version,
            random.int(3, 40),
            random.pick([4, 8, 16, 32]),
            random.pick([16, 32, 64, 128]),
            random.next() * 0.9,
            endpoint,
          )
        : roll < 0.95
          ? {
              kind: 'unavailable',
              shape: shape(version, random.int(3, 20), 8, 32, 0, endpoint),
              reason: 'ClusterNotReachable',
              message: 'proxy agent disconnected: i/o timeout',
            }
          : roll < 0.98
            ? { kind: 'pending' }
            : {
                kind: 'failed',
                reason: 'RegisterFailed',
                message: 'the agent could not reach the API server',
              };
    const fleet = state.fleets[Math.floor(index / 20)];
    const seed: ClusterSeed = {
      name: `${kind.type}-${place.short}-${String(index + 1).padStart(5, '0')}`,
      category: kind.category,
      type: kind.type,
      provider: kind.provider,
      country: place.country,
      city: place.city,
      region: kind.category === 'self' ? place.region : undefined,
      created: new Date(created).toISOString(),
      statusAt: new Date(created + random.int(1, 400) * 3_600_000).toISOString(),
      fleet: fleet?.fleet.metadata.uid,
      labels: { env: random.pick(['prod', 'staging', 'dev']), shard: String(index % 16) },
      downloaded: kind.category !== 'self' && health.kind !== 'pending',
      health,
    };
    const record = clusterRecordFrom(seed, 20_000 + index);
    // Keep 10,000 clusters small: the resource lists are what a list page never shows.
    delete record.cluster.status.apiEnablements;
    state.clusters.push(record);
  }
  state.cceClusters = state.clusters
    .filter((record) => record.cluster.spec.category === 'self')
    .slice(0, 200)
    .map(cceView);
  return state;
}
