import { describe, expect, it } from 'vitest';
import { mockBackend } from '../node';
import { api, seedIds } from '../testing/api';

type Rule = { metadata: { uid: string; name: string }; spec: Record<string, unknown> };
type RuleList = { items: Rule[]; total: number };
const custom = { type: 'custom', contents: [{ verbs: ['get', 'list'], resources: ['pods'] }] };

describe('permission policies', () => {
  it('lists the seed policies: readonly, develop, admin and custom ones with contents', async () => {
    const { body } = await api<RuleList>('GET', '/v1/permissions/rules');
    expect(body.total).toBe(6);
    const types = body.items.map((rule) => rule.spec.type);
    expect(types).toEqual(expect.arrayContaining(['readonly', 'develop', 'admin', 'custom']));
    const admin = body.items.find((rule) => rule.metadata.name === 'admin');
    expect(admin?.spec).toMatchObject({
      iamUserIDs: ['873395a21c8d4d8ba9e37d6d32debc41'],
      contents: [{ verbs: ['*'], resources: ['*'] }],
    });
  });

  it('pages the list', async () => {
    const { body } = await api<RuleList>('GET', '/v1/permissions/rules?limit=2&offset=4&order=asc');
    expect(body.total).toBe(6);
    expect(body.items).toHaveLength(2);
  });

  it('creates a policy', async () => {
    const { status, body } = await api('POST', '/v1/permissions/rules', {
      body: { metadata: { name: 'qa-team' }, spec: { ...custom, description: 'QA' } },
    });
    expect(status).toBe(201);
    const list = (await api<RuleList>('GET', '/v1/permissions/rules')).body;
    expect(list.items.find((rule) => rule.metadata.uid === body.uid)?.spec).toMatchObject({
      type: 'custom',
      description: 'QA',
    });
  });

  it.each([
    [{ metadata: { name: '' }, spec: custom }, 'metadata.name'],
    [{ metadata: { name: 'n'.repeat(64) }, spec: custom }, 'metadata.name'],
    // The console's form refuses the same names (src/api/reference/names.ts).
    [{ metadata: { name: 'Bad Name' }, spec: custom }, 'metadata.name'],
    [{ metadata: { name: '1st-team' }, spec: custom }, 'metadata.name'],
    [
      { metadata: { name: 'ok' }, spec: { ...custom, description: 'd'.repeat(256) } },
      'spec.description',
    ],
    [{ metadata: { name: 'ok' }, spec: { type: 'superuser' } }, 'spec.type'],
    [{ metadata: { name: 'ok' }, spec: { type: 'custom' } }, 'spec.contents'],
    [
      {
        metadata: { name: 'ok' },
        spec: { type: 'custom', contents: [{ verbs: ['fly'], resources: ['pods'] }] },
      },
      'spec.contents[0].verbs',
    ],
    [
      {
        metadata: { name: 'ok' },
        spec: { type: 'custom', contents: [{ verbs: ['get'], resources: [] }] },
      },
      'spec.contents[0].resources',
    ],
    [{ metadata: { name: 'ok' } }, 'spec'],
  ])('refuses %j naming %s', async (body, field) => {
    const result = await api('POST', '/v1/permissions/rules', { body });
    expect(result.status).toBe(400);
    expect(result.body.error_code).toBe('UCS.00000012');
    expect(result.body.error_msg).toContain(field);
  });

  it('answers 409 UCS.01120001 for a name in use (table 5-1 has no duplicate-policy code)', async () => {
    const { status, body } = await api('POST', '/v1/permissions/rules', {
      body: { metadata: { name: 'admin' }, spec: { type: 'admin' } },
    });
    expect(status).toBe(409);
    expect(body.error_code).toBe('UCS.01120001');
  });

  it('enforces the policy quota', async () => {
    mockBackend.store.quota = 6;
    const { status, body } = await api('POST', '/v1/permissions/rules', {
      body: { metadata: { name: 'seventh' }, spec: { type: 'readonly' } },
    });
    expect(status).toBe(400);
    expect(body.error_code).toBe('UCS.00000017');
  });

  it('updates a policy’s spec', async () => {
    expect(
      (
        await api('PUT', `/v1/permissions/rules/${seedIds.ruleAuditViewer}`, {
          body: { spec: { description: 'changed', iamUserIDs: ['u1'] } },
        })
      ).status,
    ).toBe(200);
    const rule = (await api<RuleList>('GET', '/v1/permissions/rules')).body.items.find(
      (item) => item.metadata.uid === seedIds.ruleAuditViewer,
    );
    expect(rule?.spec).toMatchObject({
      description: 'changed',
      iamUserIDs: ['u1'],
      type: 'custom',
    });
    const missing = await api('PUT', '/v1/permissions/rules/none', { body: { spec: {} } });
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe('UCS.01000013');
  });

  it('deletes an unused policy but not one still bound, naming where it is used', async () => {
    expect((await api('DELETE', `/v1/permissions/rules/${seedIds.ruleAuditViewer}`)).status).toBe(
      200,
    );
    const bound = await api('DELETE', `/v1/permissions/rules/${seedIds.ruleReadonly}`);
    expect(bound.status).toBe(400);
    expect(bound.body.error_msg).toContain('cluster test-cluster');
    expect(bound.body.error_msg).toContain('fleet cluster-test');
  });
});

describe('associating policies', () => {
  it('replaces a cluster’s bindings and shows them in ruleNamespaces', async () => {
    const body = {
      ruleIDNamespaces: [{ ruleIDs: [seedIds.ruleAuditViewer], namespaces: ['default', 'audit'] }],
    };
    expect(
      (await api('PUT', `/v1/clusters/${seedIds.testCluster}/associatedrules`, { body })).status,
    ).toBe(200);
    const cluster = (await api('GET', `/v1/clusters/${seedIds.testCluster}`)).body;
    expect(cluster.spec.ruleNamespaces).toEqual([
      {
        rules: [{ ruleID: seedIds.ruleAuditViewer, ruleName: 'audit-viewer' }],
        namespaces: ['default', 'audit'],
      },
    ]);
    // The admin binding is gone, so admin can now be deleted.
    expect((await api('DELETE', `/v1/permissions/rules/${seedIds.ruleAdmin}`)).status).toBe(200);
  });

  it('clears a cluster’s bindings with an empty list', async () => {
    await api('PUT', `/v1/clusters/${seedIds.testCluster}/associatedrules`, {
      body: { ruleIDNamespaces: [] },
    });
    expect(
      (await api('GET', `/v1/clusters/${seedIds.testCluster}`)).body.spec.ruleNamespaces,
    ).toBeUndefined();
  });

  it('replaces a fleet’s bindings and shows which policy is bound for which namespaces', async () => {
    const body = {
      ruleIDNamespaces: [
        { ruleIDs: [seedIds.ruleAdmin], namespaces: ['ops'] },
        { ruleIDs: [seedIds.ruleAuditViewer, seedIds.ruleReadonly], namespaces: ['audit', 'ops'] },
      ],
    };
    expect(
      (await api('PUT', `/v1/clustergroups/${seedIds.fleetTest}/associatedrules`, { body })).status,
    ).toBe(200);
    // RuleNamespace objects, as for clusters, not the reference's plain namespace strings.
    expect(
      (await api('GET', `/v1/clustergroups/${seedIds.fleetTest}`)).body.spec.ruleNamespaces,
    ).toEqual([
      { rules: [{ ruleID: seedIds.ruleAdmin, ruleName: 'admin' }], namespaces: ['ops'] },
      {
        rules: [
          { ruleID: seedIds.ruleAuditViewer, ruleName: 'audit-viewer' },
          { ruleID: seedIds.ruleReadonly, ruleName: 'readonly' },
        ],
        namespaces: ['audit', 'ops'],
      },
    ]);
  });

  it('shows the seed fleets’ bindings as RuleNamespace objects', async () => {
    const { body } = await api('GET', '/v1/clustergroups');
    const bound = (body.items as { spec: { ruleNamespaces?: unknown[] } }[]).flatMap(
      (fleet) => fleet.spec.ruleNamespaces ?? [],
    );
    expect(bound.length).toBeGreaterThan(0);
    for (const item of bound) {
      expect(item).toEqual({
        rules: expect.arrayContaining([
          { ruleID: expect.any(String), ruleName: expect.any(String) },
        ]),
        namespaces: expect.any(Array),
      });
    }
  });

  it('clears a fleet’s bindings with an empty list', async () => {
    await api('PUT', `/v1/clustergroups/${seedIds.fleetTest}/associatedrules`, {
      body: { ruleIDNamespaces: [] },
    });
    expect(
      (await api('GET', `/v1/clustergroups/${seedIds.fleetTest}`)).body.spec.ruleNamespaces,
    ).toBeUndefined();
  });

  it('refuses unknown policies and bad namespaces', async () => {
    const unknown = await api('PUT', `/v1/clusters/${seedIds.testCluster}/associatedrules`, {
      body: { ruleIDNamespaces: [{ ruleIDs: ['nope'], namespaces: ['default'] }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error_code).toBe('UCS.01100003');
    const namespace = await api('PUT', `/v1/clustergroups/${seedIds.fleetTest}/associatedrules`, {
      body: {
        ruleIDNamespaces: [{ ruleIDs: [seedIds.ruleAdmin], namespaces: ['Not_A_Namespace'] }],
      },
    });
    expect(namespace.status).toBe(400);
    expect(namespace.body.error_msg).toContain('namespaces');
  });
});
