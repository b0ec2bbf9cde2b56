import { describe, expect, it } from 'vitest';
import { mockBackend } from '../node';
import { api, attachedCluster, seedIds } from '../testing/api';

type Cluster = {
  metadata: { uid: string; name: string; creationTimestamp: string };
  spec: Record<string, unknown>;
  status?: {
    phase?: string;
    conditions?: { type: string; status: string }[];
    nodeSummary?: { totalNum: string };
  };
};
type ClusterList = { items: Cluster[]; total: number };

const names = (list: ClusterList) => list.items.map((cluster) => cluster.metadata.name);

describe('listing clusters', () => {
  it('returns every cluster by default, newest first, with total', async () => {
    const { status, body } = await api<ClusterList>('GET', '/v1/clusters');
    expect(status).toBe(200);
    expect(body.total).toBe(20);
    expect(body.items).toHaveLength(20);
    const created = body.items.map((cluster) => Date.parse(cluster.metadata.creationTimestamp));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('pages with limit and offset', async () => {
    const all = (await api<ClusterList>('GET', '/v1/clusters')).body;
    const second = (await api<ClusterList>('GET', '/v1/clusters?limit=5&offset=5')).body;
    expect(second.total).toBe(20);
    expect(names(second)).toEqual(names(all).slice(5, 10));
  });

  it('orders by update time ascending on request', async () => {
    const { body } = await api<ClusterList>(
      'GET',
      '/v1/clusters?order_by=update_at&order=asc&limit=3',
    );
    expect(body.items[0]?.metadata.name).toBe('test-cluster');
  });

  it('filters by category, fleet, manage type and ids', async () => {
    const self = (await api<ClusterList>('GET', '/v1/clusters?category=self')).body;
    expect(self.items.every((cluster) => cluster.spec.category === 'self')).toBe(true);
    expect(self.total).toBe(5);
    const fleet = (
      await api<ClusterList>(`GET`, `/v1/clusters?clustergroupid=${seedIds.fleetTest}`)
    ).body;
    expect(names(fleet).sort()).toEqual([
      'eks-us-east',
      'prod-beijing-cce',
      'prod-shanghai-turbo',
      'test-cluster',
    ]);
    const grouped = (await api<ClusterList>('GET', '/v1/clusters?managetype=grouped')).body;
    const discrete = (await api<ClusterList>('GET', '/v1/clusters?managetype=discrete')).body;
    expect(grouped.total + discrete.total).toBe(20);
    expect(discrete.items.every((cluster) => !cluster.spec.clusterGroupID)).toBe(true);
    const two = (
      await api<ClusterList>(
        'GET',
        `/v1/clusters?clusterids=${seedIds.testCluster},${discrete.items[0]?.metadata.uid}`,
      )
    ).body;
    expect(two.total).toBe(2);
  });

  it('omits status with enablestatus=false', async () => {
    const { body } = await api<ClusterList>('GET', '/v1/clusters?enablestatus=false');
    expect(body.items.every((cluster) => cluster.status === undefined)).toBe(true);
    const withStatus = (await api<ClusterList>('GET', '/v1/clusters?limit=1')).body;
    expect(withStatus.items[0]?.status?.phase).toBeDefined();
  });

  it.each([
    ['limit=abc', 'limit'],
    ['limit=-2', 'limit'],
    ['offset=-1', 'offset'],
    ['order_by=name', 'order_by'],
    ['order=up', 'order'],
    ['category=cloud', 'category'],
    ['managetype=some', 'managetype'],
    ['enablestatus=yes', 'enablestatus'],
  ])('refuses %s with 400 UCS.00000011 naming the parameter', async (query, name) => {
    const { status, body } = await api('GET', `/v1/clusters?${query}`);
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000011');
    expect(body.error_msg).toContain(name);
  });
});

describe('showing a cluster', () => {
  it('returns the reference’s test-cluster as documented', async () => {
    const { status, body } = await api<Cluster>('GET', `/v1/clusters/${seedIds.testCluster}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'Cluster',
      metadata: { name: 'test-cluster', creationTimestamp: '2023-11-02T06:36:14Z' },
      spec: { type: 'cce', category: 'self', city: '150900', clusterGroupID: seedIds.fleetTest },
      status: { kubernetesVersion: 'v1.25', phase: 'Available' },
    });
  });

  it('answers 404 UCS.01030001 for an unknown id', async () => {
    const { status, body } = await api('GET', '/v1/clusters/no-such-cluster');
    expect(status).toBe(404);
    expect(body).toEqual({
      error_code: 'UCS.01030001',
      error_msg: expect.stringContaining('no-such-cluster'),
    });
  });
});

describe('registering a cluster', () => {
  it('registers an attached cluster that waits for its agent', async () => {
    const { status, body } = await api('POST', '/v1/clusters', {
      body: attachedCluster('eks-new'),
    });
    expect(status).toBe(201);
    const cluster = (await api<Cluster>('GET', `/v1/clusters/${body.uid}`)).body;
    expect(cluster.status?.phase).toBe('Pending');
    expect(cluster.spec.apiEndpoint).toBe('https://10.9.8.7:6443');
    expect(JSON.stringify(cluster)).not.toContain('eyJhbGciOiJSUzI1NiJ9'); // the kubeconfig's secret stays in
  });

  it('accepts a YAML kubeconfig', async () => {
    const yaml = [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: c',
      '  cluster: {server: "https://1.2.3.4:6443"}',
      'users:',
      '- name: u',
      '  user: {token: abc}',
      'contexts:',
      '- name: x',
      '  context: {cluster: c, user: u}',
      'current-context: x',
    ].join('\n');
    const { status } = await api('POST', '/v1/clusters', {
      body: attachedCluster('yaml-one', { metadata: { annotations: { kubeconfig: yaml } } }),
    });
    expect(status).toBe(201);
  });

  it.each([
    ['missing', {}],
    ['not a document', { kubeconfig: 'just: [unclosed' }],
    [
      'without clusters',
      { kubeconfig: JSON.stringify({ kind: 'Config', users: [{}], contexts: [{}] }) },
    ],
  ])(
    'refuses an attached cluster whose kubeconfig is %s with UCS.01030008',
    async (_case, annotations) => {
      const { status, body } = await api('POST', '/v1/clusters', {
        body: attachedCluster('bad-kubeconfig', { metadata: { annotations } }),
      });
      expect(status).toBe(400);
      expect(body.error_code).toBe('UCS.01030008');
    },
  );

  it('refuses a category/type/provider combination outside table 5.7', async () => {
    const { status, body } = await api('POST', '/v1/clusters', {
      body: attachedCluster('mixed', { spec: { type: 'eks', provider: 'azure' } }),
    });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01030011');
  });

  it.each([
    ['an unknown country', { spec: { country: 'XX' } }, 'spec.country'],
    ['a Chinese cluster without city', { spec: { city: undefined } }, 'spec.city'],
    ['an unknown city', { spec: { city: '999999' } }, 'spec.city'],
    ['a bad label', { metadata: { labels: { 'bad key!': 'x' } } }, 'metadata.labels'],
    [
      'a label value too long',
      { metadata: { labels: { team: 'x'.repeat(64) } } },
      'metadata.labels',
    ],
    ['an invalid name', { metadata: { name: 'Bad_Name' } }, 'metadata.name'],
    ['no manage type', { spec: { manageType: undefined } }, 'spec.manageType'],
  ])('refuses %s with 400 UCS.00000012 naming the field', async (_case, overrides, field) => {
    const { status, body } = await api('POST', '/v1/clusters', {
      body: attachedCluster('valid-name', overrides),
    });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000012');
    expect(body.error_msg).toContain(field);
  });

  it('accepts a foreign cluster without city', async () => {
    const { status } = await api('POST', '/v1/clusters', {
      body: attachedCluster('in-germany', { spec: { country: 'DE', city: undefined } }),
    });
    expect(status).toBe(201);
  });

  it('refuses a body that is not JSON', async () => {
    const { status, body } = await api('POST', '/v1/clusters', { body: '{not json' });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000012');
  });

  it('answers 409 UCS.01030003 for a name already registered', async () => {
    const { status, body } = await api('POST', '/v1/clusters', {
      body: attachedCluster('test-cluster'),
    });
    expect(status).toBe(409);
    expect(body.error_code).toBe('UCS.01030003');
  });

  it('enforces the cluster quota with UCS.00000017', async () => {
    mockBackend.store.quota = 20;
    const { status, body } = await api('POST', '/v1/clusters', {
      body: attachedCluster('one-too-many'),
    });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000017');
  });

  it('registers into a fleet when asked', async () => {
    const { body } = await api('POST', '/v1/clusters', {
      body: attachedCluster('grouped-one', {
        spec: { manageType: 'grouped', clusterGroupID: seedIds.fleetEmpty },
      }),
    });
    const cluster = (await api<Cluster>('GET', `/v1/clusters/${body.uid}`)).body;
    expect(cluster.spec).toMatchObject({
      manageType: 'grouped',
      clusterGroupID: seedIds.fleetEmpty,
    });
  });

  it('imports a CCE cluster by uid from the unregistered list', async () => {
    const before = (await api<Cluster[]>('GET', '/v1/managedclusters?unregister=true')).body;
    expect(before.map((cluster) => cluster.metadata.uid)).toContain(seedIds.cceUnregistered);
    const { status, body } = await api('POST', '/v1/clusters', {
      body: {
        metadata: { uid: seedIds.cceUnregistered },
        spec: {
          region: 'cn-north-4',
          category: 'self',
          type: 'cce',
          manageType: 'discrete',
          clusterGroupID: '',
        },
      },
    });
    expect(status).toBe(201);
    expect(body.uid).toBe(seedIds.cceUnregistered);
    const cluster = (await api<Cluster>('GET', `/v1/clusters/${body.uid}`)).body;
    expect(cluster).toMatchObject({
      metadata: { name: 'cluster-test' },
      status: { phase: 'Available', kubernetesVersion: 'v1.27' },
    });
    const after = (await api<Cluster[]>('GET', '/v1/managedclusters?unregister=true')).body;
    expect(after.map((item) => item.metadata.uid)).not.toContain(seedIds.cceUnregistered);
    const all = (await api<Cluster[]>('GET', '/v1/managedclusters')).body;
    expect(all.map((item) => item.metadata.uid)).toContain(seedIds.cceUnregistered);
  });

  it('refuses a CCE import of an unknown uid, and a CCE cluster without uid', async () => {
    const unknown = await api('POST', '/v1/clusters', {
      body: {
        metadata: { uid: 'nope' },
        spec: { category: 'self', type: 'cce', manageType: 'discrete' },
      },
    });
    expect(unknown.status).toBe(404);
    const noUid = await api('POST', '/v1/clusters', {
      body: attachedCluster('cce-by-hand', {
        spec: { category: 'self', type: 'cce', provider: 'huaweicloud' },
      }),
    });
    expect(noUid.status).toBe(400);
    expect(noUid.body.error_code).toBe('UCS.01030012');
  });
});

describe('the agent of a new cluster', () => {
  it('returns access info once, then "Downloaded", and the cluster turns Available some seconds later', async () => {
    const { body } = await api('POST', '/v1/clusters', { body: attachedCluster('agent-test') });
    mockBackend.advance(3_600_000);
    expect((await api<Cluster>('GET', `/v1/clusters/${body.uid}`)).body.status?.phase).toBe(
      'Pending',
    );

    const first = await api<string[]>('GET', `/v1/clusters/${body.uid}/accessinfo`);
    expect(first.status).toBe(200);
    expect(first.body[0]).toContain('kind: Deployment');
    expect((await api<string[]>('GET', `/v1/clusters/${body.uid}/accessinfo`)).body).toEqual([
      'Downloaded',
    ]);

    mockBackend.advance(4_000); // under the 5–10 s a demo agent takes at 10× speed
    expect((await api<Cluster>('GET', `/v1/clusters/${body.uid}`)).body.status?.phase).toBe(
      'Pending',
    );
    mockBackend.advance(6_000);
    const cluster = (await api<Cluster>('GET', `/v1/clusters/${body.uid}`)).body;
    expect(cluster.status?.phase).toBe('Available');
    expect(cluster.spec.isDownloadedCert).toBe(true);
  });

  it('has no access info for a CCE cluster', async () => {
    const { status } = await api('GET', `/v1/clusters/${seedIds.testCluster}/accessinfo`);
    expect(status).toBe(400);
  });

  it('checks the vpcendpoint query', async () => {
    const { body } = await api('POST', '/v1/clusters', { body: attachedCluster('private-one') });
    const { status, body: error } = await api(
      'GET',
      `/v1/clusters/${body.uid}/accessinfo?vpcendpoint=not-an-ip`,
    );
    expect(status).toBe(400);
    expect(error.error_code).toBe('UCS.00000011');
  });
});

describe('updating a cluster', () => {
  const findId = async (name: string) =>
    (await api<ClusterList>('GET', '/v1/clusters')).body.items.find(
      (cluster) => cluster.metadata.name === name,
    )?.metadata.uid ?? '';

  it('changes country and city of an attached cluster', async () => {
    const id = await findId('eks-eu-central');
    const { status } = await api('PUT', `/v1/clusters/${id}`, {
      body: { kind: 'Cluster', apiVersion: 'v1', spec: { country: 'CN', city: '310000' } },
    });
    expect(status).toBe(200);
    expect((await api<Cluster>('GET', `/v1/clusters/${id}`)).body.spec).toMatchObject({
      country: 'CN',
      city: '310000',
    });
  });

  it('refuses location changes on a CCE cluster and worker changes outside multi-cloud', async () => {
    const location = await api('PUT', `/v1/clusters/${seedIds.testCluster}`, {
      body: { kind: 'Cluster', apiVersion: 'v1', spec: { country: 'DE' } },
    });
    expect(location.status).toBe(400);
    expect(location.body.error_msg).toContain('spec.country');
    const id = await findId('eks-eu-central');
    const workers = await api('PUT', `/v1/clusters/${id}`, {
      body: { kind: 'Cluster', apiVersion: 'v1', spec: { workerConfig: { replicas: 5 } } },
    });
    expect(workers.status).toBe(400);
    expect(workers.body.error_msg).toContain('spec.workerConfig');
  });

  it('scales the workers of a multi-cloud cluster', async () => {
    const id = await findId('aws-multicloud-tokyo');
    const { status } = await api('PUT', `/v1/clusters/${id}`, {
      body: { kind: 'Cluster', apiVersion: 'v1', spec: { workerConfig: { replicas: 7 } } },
    });
    expect(status).toBe(200);
    expect(
      (await api<Cluster>('GET', `/v1/clusters/${id}`)).body.status?.nodeSummary?.totalNum,
    ).toBe('7');
  });

  it('needs kind and apiVersion', async () => {
    const { status, body } = await api('PUT', `/v1/clusters/${seedIds.testCluster}`, {
      body: { spec: {} },
    });
    expect(status).toBe(400);
    expect(body.error_msg).toContain('kind');
  });
});

describe('deregistering and activating', () => {
  it('deregisters a cluster, which leaves its fleet', async () => {
    expect((await api('DELETE', `/v1/clusters/${seedIds.testCluster}`)).status).toBe(200);
    expect((await api('GET', `/v1/clusters/${seedIds.testCluster}`)).status).toBe(404);
    const fleet = (
      await api<ClusterList>('GET', `/v1/clusters?clustergroupid=${seedIds.fleetTest}`)
    ).body;
    expect(fleet.total).toBe(3);
  });

  it('reactivates an unavailable cluster, which reconnects after a while', async () => {
    const list = (await api<ClusterList>('GET', '/v1/clusters')).body;
    const openshift = list.items.find((cluster) => cluster.metadata.name === 'openshift-frankfurt');
    const id = openshift?.metadata.uid ?? '';
    expect(openshift?.status?.phase).toBe('Unavailable');
    expect((await api('PUT', `/v1/clusters/${id}/activation`)).status).toBe(200);
    expect((await api<Cluster>('GET', `/v1/clusters/${id}`)).body.status?.phase).toBe('Pending');
    mockBackend.settle();
    expect((await api<Cluster>('GET', `/v1/clusters/${id}`)).body.status?.phase).toBe('Available');
  });

  it('does not activate an available or a frozen cluster', async () => {
    expect((await api('PUT', `/v1/clusters/${seedIds.testCluster}/activation`)).status).toBe(400);
    const frozen = (await api<ClusterList>('GET', '/v1/clusters')).body.items.find(
      (cluster) => cluster.metadata.name === 'turbo-hk-arrears',
    );
    const { status, body } = await api('PUT', `/v1/clusters/${frozen?.metadata.uid}/activation`);
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01030016');
  });
});

describe('supported versions', () => {
  it('lists v1.19 to v1.29', async () => {
    const { body } = await api('GET', '/v1/config/registeredclusterversions');
    expect(body.versions[0]).toBe('v1.19');
    expect(body.versions.at(-1)).toBe('v1.29');
  });
});
