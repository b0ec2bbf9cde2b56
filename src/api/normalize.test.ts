import { describe, expect, it } from 'vitest';
import type { components } from './generated/ucs';
import {
  normalizeCluster,
  normalizeClusterGroup,
  normalizeJob,
  normalizeRule,
  parseUcsTime,
} from './normalize';

type Schemas = components['schemas'];

// The fixtures below are the example responses of the UCS API Reference (Issue 01, 2024-04-30),
// copied verbatim unless a comment says otherwise, plus table-spelled variants the examples lack.

/** Section 3.1.1, "Querying the Cluster List", status 200 (examples spell projectId etc.). */
const clusterListExample: Schemas['ClusterList'] = {
  items: [
    {
      kind: 'Cluster',
      apiVersion: 'v1',
      metadata: {
        name: 'test-cluster',
        uid: 'b0d1ecb5-7947-11ee-9467-0255ac1001bf',
        creationTimestamp: '2023-11-02T06:36:14Z',
        labels: {
          FeatureGates: 'elbv3,SupportClientCertificateRevocation,xGPU',
        },
        annotations: {
          vpclid: '11c9fe72-5a90-4295-bcfe-774726fb9066',
        },
      },
      spec: {
        syncMode: '',
        clusterGroupID: 'bffb35b-7949-11ee-886c-0255ac100037',
        manageType: 'grouped',
        provider: 'huaweicloud',
        type: 'cce',
        category: 'self',
        region: 'cn-north-4',
        country: 'CN',
        city: '150900',
        projectId: 'b6315dd3d0ff4be5b31a963256794989',
        projectName: 'cn-north-4',
        isDownloadedCert: false,
        operatorNamespace: '2cd7ebd02e4743eba4e6342c09e49344',
      },
      status: {
        kubernetesVersion: 'v1.25',
        conditions: [
          {
            type: 'Ready',
            status: 'True',
            lastTransitionTime: '2023-11-27T11:05:09+08:00',
            reason: 'ClusterAvailable',
          },
          {
            type: 'Cluster',
            status: 'Available',
            lastTransitionTime: '2023-11-27T11:05:09+08:00',
            reason: 'ClusterAvailable',
          },
          {
            type: 'Federation',
            status: 'Federalized',
            lastTransitionTime: '2023-11-14T14:31:58.744215+08:00',
          },
        ],
        endpoints: [
          {
            url: 'https://192.168.1.251:5443',
            type: 'Internal',
          },
        ],
        phase: 'Available',
        arrearFreeze: 'false',
        policeFreeze: 'false',
      },
    },
  ],
  total: 1,
};

/**
 * Section 3.1.9, "Querying the CCE Cluster List", status 200. The printed example is broken JSON
 * (a condition's fields leak into `status` and a page break splits it); this is its evident
 * intent, with every value as printed. It is the one example spelling `IsDownloadedCert`.
 */
const managedClusterExample: Schemas['Cluster'] = {
  kind: 'Cluster',
  apiVersion: 'v1',
  metadata: {
    name: 'cluster-test',
    uid: '57ef11e7-7d72-11ee-a590-0255ac100b05',
    creationTimestamp: '2023-11-07T13:34:15Z',
    labels: {
      FeatureGates: 'elbv3,SupportClientCertificateRevocation,xGPU',
    },
  },
  spec: {
    syncMode: '',
    apiEndpoint: 'https://cce-internal.cn-north-4.myhuaweicloud.com',
    provider: 'huaweicloud',
    type: 'cce',
    category: 'self',
    region: 'cn-north-4',
    country: 'CN',
    city: '150900',
    projectId: 'b6315dd3d0ff4be5b31a963256794989',
    projectName: 'cn-north-4',
    IsDownloadedCert: false,
  },
  status: {
    kubernetesVersion: 'v1.27',
    conditions: [
      {
        type: 'Ready',
        status: 'True',
        lastTransitionTime: '2023-11-27T12:42:24.182645394+08:00',
        reason: 'ClusterAvailable',
      },
      {
        type: 'Cluster',
        status: 'Available',
        lastTransitionTime: '2023-11-27T12:42:24.182646152+08:00',
        reason: 'ClusterAvailable',
      },
    ],
    endpoints: [
      {
        url: 'https://192.168.1.44:5443',
        type: 'Internal',
      },
    ],
    phase: 'Available',
  },
};

/** Section 3.2.10, "Obtaining the Fleet List", status 200 (Go timestamps, a zero time). */
const clusterGroupListExample: Schemas['ClusterGroupList'] = {
  items: [
    {
      kind: 'ClusterGroup',
      apiVersion: 'v1',
      metadata: {
        name: 'cluster-test',
        uid: 'bffbb35b-7949-11ee-886c-0255ac100037',
        creationTimestamp: '2023-11-02 06:33:35.558128 +0000 UTC',
        updateTimestamp: '2023-11-14 06:20:20.446476 +0000 UTC',
      },
      spec: {
        federationId: 'e2f27cc6-82b5-11ee-84e3-0255ac100032',
        federationVersion: 'v1.7.0-t1109',
        dnsSuffix: ['www.oidc.com'],
      },
      status: {
        conditions: [
          {
            type: 'Federation',
            status: 'Unavailable',
            reason: 'FederationUnavailable',
            message: 'component volcano-scheduler is unhealthy',
            lastTransitionTime: '0001-01-01T00:00:00Z',
          },
        ],
      },
    },
    {
      kind: 'ClusterGroup',
      apiVersion: 'v1',
      metadata: {
        name: 'cluster-dev',
        uid: '4557ad49-22bf-11ee-b0c9-0255ac10004b',
        creationTimestamp: '2023-07-15 03:25:39.253589 +0000 UTC',
        updateTimestamp: '2023-10-19 11:52:14.509405 +0000 UTC',
      },
      spec: {},
      status: {},
    },
    {
      kind: 'ClusterGroup',
      apiVersion: 'v1',
      metadata: {
        name: 'test0131',
        uid: '108f5981-a105-11ed-a23e-0255ac100032',
        creationTimestamp: '2023-01-31 01:17:44.309185 +0000 UTC',
        updateTimestamp: '2023-06-29 01:02:28.78095 +0000 UTC',
      },
      spec: {},
      status: {},
    },
  ],
  total: 3,
};

/**
 * Section 3.2.13, "Querying Federation Enabling Progress", status 200: the example spells
 * federationUID/resourceID/resourceName/subJobs/extendParam/startTime/completionTime. Two of its
 * four sub-jobs are kept; they are identical in shape to the other two.
 */
const jobExample: Schemas['Job'] = {
  kind: 'Job',
  apiVersion: 'v3',
  metadata: {
    uid: '70b5a14f-2fa4-11ee-bf07-0255ac1000b9',
    creationTimestamp: '2023-07-31 13:16:20.715779 +0000 UTC',
    updateTimestamp: '2023-07-31 13:17:24.497868 +0000 UTC',
    annotations: {
      currentTimestamp: '2023-07-31 13:17:24.933313136 +0000 UTC',
    },
  },
  spec: {
    type: 'CreateFederationContainer',
    federationUID: '70acf480-2fa4-11ee-ad1d-0255ac1001c4',
    resourceID: '70acf480-2fa4-11ee-ad1d-0255ac1001c4',
    resourceName: '70acf480-2fa4-11ee-ad1d-0255ac1001c4',
    subJobs: [
      {
        kind: 'Job',
        apiVersion: 'v3',
        metadata: {
          uid: '70b66b9a-2fa4-11ee-bf07-0255ac1000b9',
          creationTimestamp: '2023-07-31 13:16:20.740512 +0000 UTC',
          updateTimestamp: '2023-07-31 13:16:22.100528 +0000 UTC',
          annotations: {
            currentTimestamp: '2023-07-31 13:17:24.934274579 +0000 UTC',
          },
        },
        spec: {
          type: 'InstallFederationChart',
          federationUID: '70acf480-2fa4-11ee-ad1d-0255ac1001c4',
        },
        status: {
          phase: 'Success',
          completionTime: '2023-07-31 13:16:22.100528 +0000 UTC',
          startTime: '2023-07-31 13:16:22.100528 +0000 UTC',
        },
      },
      {
        kind: 'Job',
        apiVersion: 'v3',
        metadata: {
          uid: '70b66b68-2fa4-11ee-bf07-0255ac1000b9',
          creationTimestamp: '2023-07-31 13:16:20.736232 +0000 UTC',
          updateTimestamp: '2023-07-31 13:17:24.490359 +0000 UTC',
          annotations: {
            currentTimestamp: '2023-07-31 13:17:24.934277116 +0000 UTC',
          },
        },
        spec: {
          type: 'CreateNetworkResource',
          federationUID: '70acf480-2fa4-11ee-ad1d-0255ac1001c4',
          extendParam: {
            JobExtendParamKeyElbID: '69694819-67dc-44ac-ab6e-9b18087c5c4c',
          },
        },
        status: {
          phase: 'Success',
          completionTime: '2023-07-31 13:17:24.490359 +0000 UTC',
          startTime: '2023-07-31 13:16:20.744891 +0000 UTC',
        },
      },
    ],
  },
  status: {
    phase: 'Success',
    completionTime: '2023-07-31 13:17:24.497868 +0000 UTC',
    startTime: '2023-07-31 13:16:20.721007 +0000 UTC',
  },
};

/** Section 3.3.2, "Querying the Permission Policy List", status 200 (spells iamUserIDs). */
const ruleListExample: Schemas['RuleList'] = {
  items: [
    {
      metadata: {
        name: 'admin',
        uid: '3dcdef78-65bb-11ee-bdf2-0255ac100033',
        creationTimestamp: '2023-10-08 09:15:36.526016 +0000 UTC',
        updateTimestamp: '2023-10-08 09:15:36.526016 +0000 UTC',
      },
      spec: {
        iamUserIDs: ['873395a21c8d4d8ba9e37d6d32debc41'],
        type: 'admin',
        contents: [
          {
            verbs: ['*'],
            resources: ['*'],
          },
        ],
      },
    },
  ],
  total: 1,
};

describe('parseUcsTime', () => {
  it.each([
    ['2023-11-02T06:36:14Z', '2023-11-02T06:36:14.000Z'],
    ['2023-11-27T11:05:09+08:00', '2023-11-27T03:05:09.000Z'],
    ['2023-11-14T14:31:58.744215+08:00', '2023-11-14T06:31:58.744Z'],
    ['2023-11-27T12:42:24.182645394+08:00', '2023-11-27T04:42:24.182Z'],
    ['2023-11-02 06:33:35.558128 +0000 UTC', '2023-11-02T06:33:35.558Z'],
    ['2023-06-29 01:02:28.78095 +0000 UTC', '2023-06-29T01:02:28.780Z'],
    ['2023-07-31 13:17:24.933313136 +0000 UTC', '2023-07-31T13:17:24.933Z'],
    ['2023-11-27 12:42:24 +0800 CST', '2023-11-27T04:42:24.000Z'],
    ['2023-11-27 12:42:24.5 -0330 NST', '2023-11-27T16:12:24.500Z'],
    ['2023-11-27 12:42:24 +0800 +08', '2023-11-27T04:42:24.000Z'],
    ['2023-11-02 06:33:35.558128 +0000 UTC m=+0.001234567', '2023-11-02T06:33:35.558Z'],
    ['2023-11-02T06:36:14', '2023-11-02T06:36:14.000Z'],
  ])('parses %s', (value, expected) => {
    expect(parseUcsTime(value)?.toISOString()).toBe(expected);
  });

  it.each([
    ['Go zero time, RFC 3339', '0001-01-01T00:00:00Z'],
    ['Go zero time, Go format', '0001-01-01 00:00:00 +0000 UTC'],
    ['an empty string', ''],
    ['blanks', '   '],
    ['undefined', undefined],
    ['text', 'yesterday'],
    ['a day the month does not have', '2023-02-30T00:00:00Z'],
    ['a month that does not exist', '2023-13-01T00:00:00Z'],
  ])('returns null for %s', (_label, value) => {
    expect(parseUcsTime(value)).toBeNull();
  });
});

describe('normalizeCluster', () => {
  it('folds the example spellings projectId and isDownloadedCert (section 3.1.1)', () => {
    const [cluster] = (clusterListExample.items ?? []).map(normalizeCluster);
    if (!cluster) throw new Error('The example has one cluster');
    expect(cluster.spec.projectID).toBe('b6315dd3d0ff4be5b31a963256794989');
    expect(cluster.spec.isDownloadedCert).toBe(false);
    expect(cluster.spec).not.toHaveProperty('projectId');
    expect(cluster.spec.clusterGroupID).toBe('bffb35b-7949-11ee-886c-0255ac100037');
    expect(cluster.spec.operatorNamespace).toBe('2cd7ebd02e4743eba4e6342c09e49344');
    expect(cluster.metadata.name).toBe('test-cluster');
    expect(cluster.status.endpoints).toEqual([
      { url: 'https://192.168.1.251:5443', type: 'Internal' },
    ]);
    expect(cluster.status.conditions.map((condition) => condition.lastTransitionTime)).toEqual([
      '2023-11-27T11:05:09+08:00',
      '2023-11-27T11:05:09+08:00',
      '2023-11-14T14:31:58.744215+08:00',
    ]);
  });

  it('folds IsDownloadedCert of the managed-cluster example (section 3.1.9)', () => {
    const cluster = normalizeCluster(managedClusterExample);
    expect(cluster.spec.isDownloadedCert).toBe(false);
    expect(cluster.spec).not.toHaveProperty('IsDownloadedCert');
    expect(cluster.spec.projectID).toBe('b6315dd3d0ff4be5b31a963256794989');
    expect(cluster.spec.apiEndpoint).toBe('https://cce-internal.cn-north-4.myhuaweicloud.com');
    expect(parseUcsTime(cluster.status.conditions[0]?.lastTransitionTime)?.toISOString()).toBe(
      '2023-11-27T04:42:24.182Z',
    );
  });

  it('reads the table spellings: projectID, IsDownloadedCert, enableDistMgmt, lasttransitiontime', () => {
    const cluster = normalizeCluster({
      spec: {
        projectID: 'p-table',
        IsDownloadedCert: true,
        enableDistMgmt: true,
      },
      status: {
        conditions: [{ type: 'Ready', status: 'True', lasttransitiontime: '2023-11-27T11:05:09Z' }],
        nodeSummary: { totalNum: '3', readyNum: '2' },
      },
    });
    expect(cluster.spec).toEqual({
      projectID: 'p-table',
      isDownloadedCert: true,
      enableDistMgt: true,
    });
    expect(cluster.status.conditions).toEqual([
      { type: 'Ready', status: 'True', lastTransitionTime: '2023-11-27T11:05:09Z' },
    ]);
    expect(cluster.status.nodeSummary).toEqual({ totalNum: 3, readyNum: 2 });
  });

  it('prefers the canonical spelling when both are present', () => {
    const cluster = normalizeCluster({
      spec: {
        projectID: 'canonical',
        projectId: 'variant',
        isDownloadedCert: false,
        IsDownloadedCert: true,
      },
    });
    expect(cluster.spec.projectID).toBe('canonical');
    expect(cluster.spec.isDownloadedCert).toBe(false);
  });

  it('accepts endpoints as one object (table 3-11) and numeric node counts (SDK)', () => {
    const cluster = normalizeCluster({
      status: {
        endpoints: { url: 'https://10.0.0.1:5443', type: 'Internal', status: 'Available' },
        nodeSummary: { totalNum: 5, readyNum: 4 },
      },
    });
    expect(cluster.status.endpoints).toEqual([
      { url: 'https://10.0.0.1:5443', type: 'Internal', status: 'Available' },
    ]);
    expect(cluster.status.nodeSummary).toEqual({ totalNum: 5, readyNum: 4 });
  });

  it('gives an empty cluster empty metadata, spec and status', () => {
    expect(normalizeCluster({})).toEqual({
      metadata: { uid: '' },
      spec: {},
      status: { endpoints: [], conditions: [] },
    });
  });
});

describe('normalizeClusterGroup', () => {
  it('keeps the fleet example as is and leaves timestamps for parseUcsTime (section 3.2.10)', () => {
    const [withFederation, withoutFederation] = (clusterGroupListExample.items ?? []).map(
      normalizeClusterGroup,
    );
    expect(withFederation?.spec.federationId).toBe('e2f27cc6-82b5-11ee-84e3-0255ac100032');
    expect(withFederation?.spec.dnsSuffix).toEqual(['www.oidc.com']);
    const [condition] = withFederation?.status.conditions ?? [];
    expect(condition?.status).toBe('Unavailable');
    expect(parseUcsTime(condition?.lastTransitionTime)).toBeNull();
    expect(parseUcsTime(withFederation?.metadata.creationTimestamp)?.toISOString()).toBe(
      '2023-11-02T06:33:35.558Z',
    );
    expect(withoutFederation?.status.conditions).toEqual([]);
    expect(withoutFederation?.spec).toEqual({});
  });

  it('keeps ruleNamespaces given as RuleNamespace objects (what the mock sends)', () => {
    const bound = {
      rules: [{ ruleID: '3dcdef78-65bb-11ee-bdf2-0255ac100033', ruleName: 'admin' }],
      namespaces: ['ops', 'default'],
    };
    const fleet = normalizeClusterGroup({ spec: { ruleNamespaces: [bound], description: 'd' } });
    expect(fleet.spec).toEqual({ ruleNamespaces: [bound], description: 'd' });
  });

  it('groups the table’s plain namespace strings into one entry without rules (table 3-95, SDK)', () => {
    const fleet = normalizeClusterGroup({
      spec: { ruleNamespaces: ['default', 'ops', 'default'] },
    });
    expect(fleet.spec.ruleNamespaces).toEqual([{ rules: [], namespaces: ['default', 'ops'] }]);
  });

  it('folds a mix of both shapes, the strings’ entry where the first string was', () => {
    const bound = { rules: [{ ruleID: 'r1', ruleName: 'readonly' }], namespaces: ['audit'] };
    const fleet = normalizeClusterGroup({ spec: { ruleNamespaces: ['a', bound, 'b'] } });
    expect(fleet.spec.ruleNamespaces).toEqual([{ rules: [], namespaces: ['a', 'b'] }, bound]);
  });

  it('leaves ruleNamespaces absent when the fleet has none, and empty when empty', () => {
    expect(normalizeClusterGroup({ spec: {} }).spec).not.toHaveProperty('ruleNamespaces');
    expect(normalizeClusterGroup({ spec: { ruleNamespaces: [] } }).spec.ruleNamespaces).toEqual([]);
  });
});

describe('normalizeRule', () => {
  it('reads iamUserIDs of the examples (section 3.3.2)', () => {
    const [rule] = (ruleListExample.items ?? []).map(normalizeRule);
    expect(rule?.spec.iamUserIDs).toEqual(['873395a21c8d4d8ba9e37d6d32debc41']);
    expect(rule?.spec.type).toBe('admin');
    expect(rule?.spec.contents).toEqual([{ verbs: ['*'], resources: ['*'] }]);
  });

  it('reads iamuserids of the tables (3-145, 3-153)', () => {
    const rule = normalizeRule({ spec: { iamuserids: ['u1', 'u2'], type: 'readonly' } });
    expect(rule.spec).toEqual({ iamUserIDs: ['u1', 'u2'], type: 'readonly' });
  });

  it('gives a rule without spec an empty spec', () => {
    expect(normalizeRule({ metadata: { name: 'x' } }).spec).toEqual({});
  });
});

describe('normalizeJob', () => {
  it('reads the example spellings, sub-jobs included (section 3.2.13)', () => {
    const job = normalizeJob(jobExample);
    expect(job.spec.federationUID).toBe('70acf480-2fa4-11ee-ad1d-0255ac1001c4');
    expect(job.spec.resourceID).toBe('70acf480-2fa4-11ee-ad1d-0255ac1001c4');
    expect(job.spec.resourceName).toBe('70acf480-2fa4-11ee-ad1d-0255ac1001c4');
    expect(job.status.startTime).toBe('2023-07-31 13:16:20.721007 +0000 UTC');
    expect(job.status.completionTime).toBe('2023-07-31 13:17:24.497868 +0000 UTC');
    expect(job.spec.subJobs.map((subJob) => subJob.spec.type)).toEqual([
      'InstallFederationChart',
      'CreateNetworkResource',
    ]);
    expect(job.spec.subJobs[1]?.spec.extendparam).toEqual({
      JobExtendParamKeyElbID: '69694819-67dc-44ac-ab6e-9b18087c5c4c',
    });
    expect(job.spec.subJobs[1]?.spec).not.toHaveProperty('extendParam');
    expect(job.spec.subJobs[0]?.spec.subJobs).toEqual([]);
    expect(parseUcsTime(job.metadata.annotations?.currentTimestamp)?.toISOString()).toBe(
      '2023-07-31T13:17:24.933Z',
    );
  });

  it('reads the table spellings of tables 3-127 and 3-129', () => {
    const job = normalizeJob({
      kind: 'Job',
      spec: {
        type: 'CreateFederationContainer',
        federationuid: 'f-1',
        resourceid: 'r-1',
        resourcename: 'fleet-a',
        extendparam: 'param',
        subjobs: [
          {
            spec: { type: 'CreateCert' },
            status: { phase: 'Running', starttime: '2023-07-31 13:16:20.721007 +0000 UTC' },
          },
        ],
      },
      status: {
        phase: 'Success',
        starttime: '2023-07-31 13:16:20.721007 +0000 UTC',
        completiontime: '2023-07-31 13:17:24.497868 +0000 UTC',
      },
    });
    expect(job.spec).toEqual({
      type: 'CreateFederationContainer',
      federationUID: 'f-1',
      resourceID: 'r-1',
      resourceName: 'fleet-a',
      extendparam: 'param',
      subJobs: [
        {
          metadata: { uid: '' },
          spec: { type: 'CreateCert', subJobs: [] },
          status: { phase: 'Running', startTime: '2023-07-31 13:16:20.721007 +0000 UTC' },
        },
      ],
    });
    expect(job.status).toEqual({
      phase: 'Success',
      startTime: '2023-07-31 13:16:20.721007 +0000 UTC',
      completionTime: '2023-07-31 13:17:24.497868 +0000 UTC',
    });
  });
});
