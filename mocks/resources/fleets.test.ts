import { describe, expect, it } from 'vitest';
import { mockBackend } from '../node';
import { api, seedIds } from '../testing/api';

type Fleet = {
  metadata: { uid: string; name: string; creationTimestamp: string };
  spec: Record<string, unknown>;
  status: Record<string, unknown>;
};
type Cluster = {
  metadata: { uid: string; name: string };
  spec: { clusterGroupID?: string; manageType?: string };
  status: { conditions?: { type: string; status: string }[] };
};

async function discreteClusters(): Promise<Cluster[]> {
  return (await api<{ items: Cluster[] }>('GET', '/v1/clusters?managetype=discrete&order=asc')).body
    .items;
}

async function cluster(id: string): Promise<Cluster> {
  return (await api<Cluster>('GET', `/v1/clusters/${id}`)).body;
}

describe('fleets', () => {
  it('lists the seed fleets with the reference’s timestamp format', async () => {
    const { body } = await api<{ items: Fleet[]; total: number }>('GET', '/v1/clustergroups');
    expect(body.total).toBe(5);
    const test = body.items.find((fleet) => fleet.metadata.name === 'cluster-test');
    expect(test?.metadata.creationTimestamp).toBe('2023-11-02 06:33:35.558128 +0000 UTC');
    expect(test?.spec).toMatchObject({
      federationId: 'e2f27cc6-82b5-11ee-84e3-0255ac100032',
      federationVersion: 'v1.7.0-t1109',
      dnsSuffix: ['www.oidc.com'],
    });
  });

  it('pages and orders fleets', async () => {
    const { body } = await api<{ items: Fleet[]; total: number }>(
      'GET',
      '/v1/clustergroups?limit=2&offset=1&order_by=create_at&order=asc',
    );
    expect(body.total).toBe(5);
    expect(body.items.map((fleet) => fleet.metadata.name)).toEqual(['cluster-dev', 'cluster-test']);
  });

  it('creates a fleet with clusters and a description', async () => {
    const [first] = await discreteClusters();
    const { status, body } = await api('POST', '/v1/clustergroups', {
      body: {
        metadata: { name: 'new-fleet-1' },
        spec: { description: 'hello', clusterIds: [first?.metadata.uid] },
      },
    });
    expect(status).toBe(201);
    const fleet = (await api<Fleet>('GET', `/v1/clustergroups/${body.uid}`)).body;
    expect(fleet.spec.description).toBe('hello');
    expect((await cluster(first?.metadata.uid ?? '')).spec).toMatchObject({
      clusterGroupID: body.uid,
      manageType: 'grouped',
    });
  });

  it.each([
    ['Upper', 'metadata.name'],
    ['under_score', 'metadata.name'],
    ['-leading', 'metadata.name'],
    ['', 'metadata.name'],
  ])('refuses the name "%s"', async (name, field) => {
    const { status, body } = await api('POST', '/v1/clustergroups', {
      body: { metadata: { name } },
    });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000012');
    expect(body.error_msg).toContain(field);
  });

  it('refuses a description over 255 characters', async () => {
    const { status, body } = await api('POST', '/v1/clustergroups', {
      body: { metadata: { name: 'long' }, spec: { description: 'x'.repeat(256) } },
    });
    expect(status).toBe(400);
    expect(body.error_msg).toContain('spec.description');
  });

  it('answers 409 UCS.01100004 for a name in use and 404 UCS.01100005 for a missing fleet', async () => {
    const duplicate = await api('POST', '/v1/clustergroups', {
      body: { metadata: { name: 'cluster-dev' } },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error_code).toBe('UCS.01100004');
    const missing = await api('GET', '/v1/clustergroups/none');
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe('UCS.01100005');
  });

  it('enforces the fleet quota', async () => {
    mockBackend.store.quota = 5;
    const { status, body } = await api('POST', '/v1/clustergroups', {
      body: { metadata: { name: 'sixth' } },
    });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000017');
  });

  it('updates the description', async () => {
    expect(
      (
        await api('PUT', `/v1/clustergroups/${seedIds.fleetEmpty}/description`, {
          body: { description: 'now used' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await api<Fleet>('GET', `/v1/clustergroups/${seedIds.fleetEmpty}`)).body.spec.description,
    ).toBe('now used');
    expect(
      (
        await api('PUT', `/v1/clustergroups/${seedIds.fleetEmpty}/description`, {
          body: { description: 'y'.repeat(256) },
        })
      ).status,
    ).toBe(400);
  });
});

describe('deleting a fleet', () => {
  it('deletes an empty fleet without federation', async () => {
    expect((await api('DELETE', `/v1/clustergroups/${seedIds.fleetEmpty}`)).status).toBe(200);
    expect((await api('GET', `/v1/clustergroups/${seedIds.fleetEmpty}`)).status).toBe(404);
  });

  it('refuses a fleet that still has clusters, saying so', async () => {
    const { status, body } = await api('DELETE', `/v1/clustergroups/${seedIds.fleetDev}`);
    expect(status).toBe(400);
    expect(body.error_msg).toMatch(/still contains 4 cluster/);
  });

  it('refuses an empty fleet whose federation is on, saying so', async () => {
    const members = (
      await api<{ items: Cluster[] }>('GET', `/v1/clusters?clustergroupid=${seedIds.fleetRetail}`)
    ).body.items;
    for (const member of members) await api('POST', `/v1/clusters/${member.metadata.uid}/unjoin`);
    const { status, body } = await api('DELETE', `/v1/clustergroups/${seedIds.fleetRetail}`);
    expect(status).toBe(400);
    expect(body.error_msg).toContain('disable federation');
  });
});

describe('membership', () => {
  it('joins and unjoins a cluster', async () => {
    const [first] = await discreteClusters();
    const id = first?.metadata.uid ?? '';
    expect(
      (
        await api('POST', `/v1/clusters/${id}/join`, {
          body: { clusterGroupID: seedIds.fleetEmpty },
        })
      ).status,
    ).toBe(200);
    expect((await cluster(id)).spec).toMatchObject({
      clusterGroupID: seedIds.fleetEmpty,
      manageType: 'grouped',
    });
    expect((await api('POST', `/v1/clusters/${id}/unjoin`)).status).toBe(200);
    expect((await cluster(id)).spec).toMatchObject({ clusterGroupID: '', manageType: 'discrete' });
    expect((await api('POST', `/v1/clusters/${id}/unjoin`)).status).toBe(400);
  });

  it('keeps a cluster in at most one fleet', async () => {
    const { status, body } = await api('POST', `/v1/clusters/${seedIds.testCluster}/join`, {
      body: { clusterGroupID: seedIds.fleetEmpty },
    });
    expect(status).toBe(400);
    expect(body.error_msg).toContain('cluster-test');
  });

  it('joins the federation too when the fleet is federated', async () => {
    const [first] = await discreteClusters(); // private-k8s-wuhan, Available at v1.19
    const id = first?.metadata.uid ?? '';
    await api('POST', `/v1/clusters/${id}/join`, { body: { clusterGroupID: seedIds.fleetTest } });
    const federation = () =>
      cluster(id).then(
        (item) => item.status.conditions?.find((c) => c.type === 'Federation')?.status,
      );
    expect(await federation()).toBe('Federalizing');
    mockBackend.advance(3_000);
    expect(await federation()).toBe('Federalized');
    await api('POST', `/v1/clusters/${id}/unjoin`);
    expect(await federation()).toBeUndefined();
  });

  it('adds clusters with associatedclusters and never removes any', async () => {
    const discrete = await discreteClusters();
    const [a, b] = discrete.map((item) => item.metadata.uid);
    await api('PUT', `/v1/clustergroups/${seedIds.fleetEmpty}/associatedclusters`, {
      body: { clusterIds: [a] },
    });
    await api('PUT', `/v1/clustergroups/${seedIds.fleetEmpty}/associatedclusters`, {
      body: { clusterIds: [b] },
    });
    const members = (
      await api<{ total: number }>('GET', `/v1/clusters?clustergroupid=${seedIds.fleetEmpty}`)
    ).body;
    expect(members.total).toBe(2);
  });

  it('changes nothing when one of the clusters is in another fleet', async () => {
    const [free] = await discreteClusters();
    const { status } = await api(
      'PUT',
      `/v1/clustergroups/${seedIds.fleetEmpty}/associatedclusters`,
      {
        body: { clusterIds: [free?.metadata.uid, seedIds.testCluster] },
      },
    );
    expect(status).toBe(400);
    expect((await cluster(free?.metadata.uid ?? '')).spec.clusterGroupID).toBe('');
  });
});
