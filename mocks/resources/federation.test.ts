import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../node';
import { api, seedIds } from '../testing/api';

type Job = {
  kind: string;
  spec: {
    type: string;
    subJobs: {
      spec: { type: string };
      status: { phase: string; startTime?: string; completionTime?: string; reason?: string };
    }[];
  };
  status: { phase: string; startTime?: string; completionTime?: string; reason?: string };
};
type Fleet = {
  spec: Record<string, unknown>;
  status: { conditions?: { type: string; status: string; message?: string }[] };
};
type Cluster = {
  metadata: { name: string };
  status: { conditions?: { type: string; status: string }[] };
};

const progress = async (fleetId: string) =>
  (await api<Job>('GET', `/v1/clustergroups/${fleetId}/federations/progress`, { token: null }))
    .body;
const fleet = async (fleetId: string) =>
  (await api<Fleet>('GET', `/v1/clustergroups/${fleetId}`)).body;
const federationOf = (item: { status: { conditions?: { type: string; status: string }[] } }) =>
  item.status.conditions?.find((condition) => condition.type === 'Federation')?.status;
const members = async (fleetId: string) =>
  (await api<{ items: Cluster[] }>('GET', `/v1/clusters?clustergroupid=${fleetId}`)).body.items;

describe('enabling federation', () => {
  it('runs a job whose subjobs advance over mock time until the fleet is federated', async () => {
    expect((await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/federations`)).status).toBe(
      201,
    );
    let job = await progress(seedIds.fleetDev);
    expect(job.status.phase).toBe('Running');
    expect(job.spec.subJobs.map((sub) => sub.spec.type)).toEqual([
      'CreateCert',
      'CreateNode',
      'InstallFederationChart',
      'CreateNetworkResource',
    ]);
    expect(job.spec.subJobs.map((sub) => sub.status.phase)).toEqual([
      'Running',
      'Pending',
      'Pending',
      'Pending',
    ]);
    expect(federationOf(await fleet(seedIds.fleetDev))).toBe('Installing');
    expect((await members(seedIds.fleetDev)).map(federationOf)).toEqual([
      'Federalizing',
      'Federalizing',
      'Federalizing',
      'Federalizing',
    ]);

    mockBackend.advance(5_000);
    job = await progress(seedIds.fleetDev);
    expect(job.spec.subJobs[0]?.status).toMatchObject({
      phase: 'Success',
      startTime: expect.any(String),
      completionTime: expect.any(String),
    });
    expect(job.spec.subJobs[1]?.status.phase).toBe('Running');

    mockBackend.advance(30_000);
    job = await progress(seedIds.fleetDev);
    expect(job.status.phase).toBe('Success');
    expect(
      job.spec.subJobs.every((sub) => sub.status.phase === 'Success' && sub.status.completionTime),
    ).toBe(true);
    const federated = await fleet(seedIds.fleetDev);
    expect(federated.spec.federationId).toEqual(expect.any(String));
    expect(federationOf(federated)).toBe('Available');
    expect((await members(seedIds.fleetDev)).map(federationOf)).toEqual([
      'Federalized',
      'Federalized',
      'Federalized',
      'Federalized',
    ]);
  });

  it('takes about 20–40 s of real time in the demo (10× speed)', async () => {
    await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/federations`);
    mockBackend.advance(20_000);
    expect((await progress(seedIds.fleetDev)).status.phase).toBe('Running');
    mockBackend.advance(20_000);
    expect((await progress(seedIds.fleetDev)).status.phase).toBe('Success');
  });

  it('refuses a second enable with UCS.01080002', async () => {
    await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/federations`);
    expect(
      (await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/federations`)).body.error_code,
    ).toBe('UCS.01080002');
    const again = await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/federations`);
    expect(again.status).toBe(400);
    expect(again.body.error_code).toBe('UCS.01080002');
  });

  it('refuses an empty fleet with UCS.01080004', async () => {
    const { status, body } = await api(
      'POST',
      `/v1/clustergroups/${seedIds.fleetEmpty}/federations`,
    );
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01080004');
    expect(body.error_msg).toContain('no clusters');
  });

  it('names the clusters that are not Available', async () => {
    const { status, body } = await api(
      'POST',
      `/v1/clustergroups/${seedIds.fleetStaging}/federations`,
    );
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01080004');
    expect(body.error_msg).toContain('openshift-frankfurt is Unavailable');
    expect(body.error_msg).not.toContain('ctyun-chengdu');
  });

  it('names the clusters below v1.19', async () => {
    const fleetId = seedIds.fleetEmpty;
    const old = mockBackend.store.state.clusters.find(
      (record) => record.cluster.metadata.name === 'private-k8s-wuhan',
    );
    if (!old) throw new Error('seed changed');
    old.cluster.status.kubernetesVersion = 'v1.18';
    await api('POST', `/v1/clusters/${old.cluster.metadata.uid}/join`, {
      body: { clusterGroupID: fleetId },
    });
    const { body } = await api('POST', `/v1/clustergroups/${fleetId}/federations`);
    expect(body.error_code).toBe('UCS.01080004');
    expect(body.error_msg).toContain('private-k8s-wuhan runs Kubernetes v1.18');
  });

  it('answers 404 for an unknown fleet', async () => {
    expect((await api('POST', '/v1/clustergroups/none/federations')).status).toBe(404);
  });
});

describe('a failing federation job', () => {
  it('fails at the chosen subjob and can be retried with retryjoinall', async () => {
    mockBackend.failFederationStep('InstallFederationChart', seedIds.fleetDev);
    await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/federations`);
    mockBackend.settle();
    let job = await progress(seedIds.fleetDev);
    expect(job.status.phase).toBe('Failed');
    expect(job.spec.subJobs.map((sub) => sub.status.phase)).toEqual([
      'Success',
      'Success',
      'Failed',
      'Pending',
    ]);
    expect(job.spec.subJobs[2]?.status.reason).toContain('volcano-scheduler');
    const failed = await fleet(seedIds.fleetDev);
    expect(failed.spec.federationId).toBeUndefined();
    expect(failed.status.conditions?.find((item) => item.type === 'Federation')).toMatchObject({
      status: 'Failed',
      message: expect.stringContaining('InstallFederationChart'),
    });

    expect(
      (await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/federations?retryjoinall=true`))
        .status,
    ).toBe(201);
    job = await progress(seedIds.fleetDev);
    expect(job.status.phase).toBe('Running');
    expect(job.spec.subJobs.map((sub) => sub.status.phase)).toEqual([
      'Success',
      'Success',
      'Running',
      'Pending',
    ]);
    mockBackend.settle();
    expect((await progress(seedIds.fleetDev)).status.phase).toBe('Success');
    expect((await fleet(seedIds.fleetDev)).spec.federationId).toEqual(expect.any(String));
  });

  it('refuses retryjoinall on a fleet that never had federation', async () => {
    const { status, body } = await api(
      'POST',
      `/v1/clustergroups/${seedIds.fleetEmpty}/federations?retryjoinall=true`,
    );
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01080005');
  });

  it('re-joins every cluster of a federated fleet with retryjoinall', async () => {
    expect(
      (await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/federations?retryjoinall=true`))
        .status,
    ).toBe(201);
    expect((await members(seedIds.fleetTest)).map(federationOf)).toContain('Federalizing');
    mockBackend.settle();
    expect(
      (await members(seedIds.fleetTest)).every((member) => federationOf(member) === 'Federalized'),
    ).toBe(true);
  });
});

describe('progress', () => {
  it('needs no token and shows the seeded federation’s finished job', async () => {
    const { status, body } = await api<Job>(
      'GET',
      `/v1/clustergroups/${seedIds.fleetTest}/federations/progress`,
      { token: null },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'Job',
      spec: { type: 'CreateFederationContainer' },
      status: { phase: 'Success' },
    });
  });

  it('answers 400 UCS.01080006 for a fleet that never had federation', async () => {
    const { status, body } = await api(
      'GET',
      `/v1/clustergroups/${seedIds.fleetEmpty}/federations/progress`,
    );
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01080006');
  });
});

describe('disabling federation', () => {
  it('removes the federation from the fleet and its clusters', async () => {
    expect((await api('DELETE', `/v1/clustergroups/${seedIds.fleetTest}/federations`)).status).toBe(
      200,
    );
    const plain = await fleet(seedIds.fleetTest);
    expect(plain.spec.federationId).toBeUndefined();
    expect(plain.spec.dnsSuffix).toBeUndefined();
    expect(federationOf(plain)).toBeUndefined();
    expect(
      (await members(seedIds.fleetTest)).map(federationOf).every((status) => status === undefined),
    ).toBe(true);
  });

  it('refuses a fleet without federation with UCS.01080006', async () => {
    const { status, body } = await api(
      'DELETE',
      `/v1/clustergroups/${seedIds.fleetDev}/federations`,
    );
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.01080006');
  });
});

describe('zones', () => {
  it('sets the DNS suffixes of a federated fleet only', async () => {
    expect(
      (
        await api('PUT', `/v1/clustergroups/${seedIds.fleetTest}/associatedzones`, {
          body: { dnsSuffix: ['shop.example.com'] },
        })
      ).status,
    ).toBe(200);
    expect((await fleet(seedIds.fleetTest)).spec.dnsSuffix).toEqual(['shop.example.com']);
    const plain = await api('PUT', `/v1/clustergroups/${seedIds.fleetDev}/associatedzones`, {
      body: { dnsSuffix: ['x.example.com'] },
    });
    expect(plain.status).toBe(400);
    expect(plain.body.error_code).toBe('UCS.01080006');
    const bad = await api('PUT', `/v1/clustergroups/${seedIds.fleetTest}/associatedzones`, {
      body: { dnsSuffix: ['not a domain'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error_msg).toContain('dnsSuffix');
  });
});

describe('connection, cert and kubeconfig', () => {
  const target = {
    projectID: 'b6315dd3d0ff4be5b31a963256794989',
    vpcID: 'vpc-1',
    subnetID: 'subnet-1',
  };

  it('creates a VPC endpoint, then the kubeconfig of the federation API server', async () => {
    const early = await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/kubeconfig`, {
      body: { duration: 30 },
    });
    expect(early.status).toBe(400);
    expect(early.body.error_msg).toContain('connection');
    const connection = await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/connection`, {
      body: target,
    });
    expect(connection.status).toBe(201);
    expect(connection.body.id).toEqual(expect.any(String));
    const { status, body, headers } = await api(
      'POST',
      `/v1/clustergroups/${seedIds.fleetTest}/kubeconfig`,
      { body: { duration: 30 } },
    );
    expect(status).toBe(201);
    expect(headers.get('Content-Disposition')).toContain('cluster-test_kubeconfig.json');
    expect(body).toMatchObject({
      kind: 'Config',
      apiVersion: 'v1',
      'current-context': 'cluster-test',
    });
    expect(body.clusters[0].cluster.server).toBe(
      'https://cluster-test.fleet.ucs.cn-north-4.myhuaweicloud.com',
    );
    expect(parse(JSON.stringify(body)).users[0].user['client-certificate-data']).toEqual(
      expect.any(String),
    );
  });

  it('returns the kubeconfig from cert in one call', async () => {
    const { status, body } = await api<string[]>(
      'POST',
      `/v1/clustergroups/${seedIds.fleetTest}/cert`,
      { body: { ...target, duration: 10950 } },
    );
    expect(status).toBe(201);
    expect(JSON.parse(body[0] ?? '')).toMatchObject({
      kind: 'Config',
      contexts: [{ name: 'cluster-test' }],
    });
  });

  it.each([0, 10951, 1.5, '30'])('refuses duration %s', async (duration) => {
    const { status, body } = await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/cert`, {
      body: { ...target, duration },
    });
    expect(status).toBe(400);
    expect(body.error_msg).toContain('duration');
  });

  it('needs a federated fleet and every connection field', async () => {
    expect(
      (await api('POST', `/v1/clustergroups/${seedIds.fleetDev}/connection`, { body: target })).body
        .error_code,
    ).toBe('UCS.01080006');
    const missing = await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/connection`, {
      body: { projectID: 'p', vpcID: 'v' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error_msg).toContain('subnetID');
  });
});
