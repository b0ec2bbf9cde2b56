/**
 * An unknown id is 404 with table 5-1's code on every operation that takes one, as the contract
 * declares: UCS.01030001 (cluster), UCS.01100005 (fleet), UCS.01000013 (permission policy, for
 * which the table has no code of its own). Bodies are valid, so only the id can be at fault.
 */
import { describe, expect, it } from 'vitest';
import { api, seedIds } from '../testing/api';

const target = {
  projectID: 'b6315dd3d0ff4be5b31a963256794989',
  vpcID: 'vpc-1',
  subnetID: 'subnet-1',
};
const bindings = {
  ruleIDNamespaces: [{ ruleIDs: [seedIds.ruleReadonly], namespaces: ['default'] }],
};

const cases: [operation: string, method: string, path: string, body: unknown, code: string][] = [
  [
    'updateCluster',
    'PUT',
    '/v1/clusters/no-such-id',
    { kind: 'Cluster', apiVersion: 'v1', spec: { country: 'CN', city: '310000' } },
    'UCS.01030001',
  ],
  ['showClusterAccessInfo', 'GET', '/v1/clusters/no-such-id/accessinfo', undefined, 'UCS.01030001'],
  ['activateCluster', 'PUT', '/v1/clusters/no-such-id/activation', undefined, 'UCS.01030001'],
  [
    'updateClusterAssociatedRules',
    'PUT',
    '/v1/clusters/no-such-id/associatedrules',
    bindings,
    'UCS.01030001',
  ],
  [
    'joinClusterGroup (cluster)',
    'POST',
    '/v1/clusters/no-such-id/join',
    { clusterGroupID: seedIds.fleetDev },
    'UCS.01030001',
  ],
  [
    'joinClusterGroup (fleet)',
    'POST',
    `/v1/clusters/${seedIds.testCluster}/join`,
    { clusterGroupID: 'no-such-id' },
    'UCS.01100005',
  ],
  [
    'updateClusterGroupAssociatedClusters',
    'PUT',
    '/v1/clustergroups/no-such-id/associatedclusters',
    { clusterIds: [] },
    'UCS.01100005',
  ],
  [
    'updateClusterGroupAssociatedRules',
    'PUT',
    '/v1/clustergroups/no-such-id/associatedrules',
    bindings,
    'UCS.01100005',
  ],
  [
    'updateClusterGroupAssociatedZones',
    'PUT',
    '/v1/clustergroups/no-such-id/associatedzones',
    { dnsSuffix: ['shop.example.com'] },
    'UCS.01100005',
  ],
  [
    'createFederationCert',
    'POST',
    '/v1/clustergroups/no-such-id/cert',
    { ...target, duration: 30 },
    'UCS.01100005',
  ],
  [
    'createFederationConnection',
    'POST',
    '/v1/clustergroups/no-such-id/connection',
    target,
    'UCS.01100005',
  ],
  [
    'downloadFederationKubeconfig',
    'POST',
    '/v1/clustergroups/no-such-id/kubeconfig',
    { duration: 30 },
    'UCS.01100005',
  ],
  [
    'updateRule',
    'PUT',
    '/v1/permissions/rules/no-such-id',
    { spec: { description: 'x' } },
    'UCS.01000013',
  ],
  ['deleteRule', 'DELETE', '/v1/permissions/rules/no-such-id', undefined, 'UCS.01000013'],
];

describe('an unknown id', () => {
  it.each(cases)('%s answers 404', async (_operation, method, path, body, code) => {
    const result = await api(method, path, { body });
    expect(result.status).toBe(404);
    expect(result.body).toEqual({ error_code: code, error_msg: expect.any(String) });
  });
});

describe('the federation operations the reference lists only 201 for', () => {
  it('refuse a fleet without federation with 400 UCS.01080006', async () => {
    const fleet = `/v1/clustergroups/${seedIds.fleetDev}`;
    for (const [path, body] of [
      [`${fleet}/cert`, { ...target, duration: 30 }],
      [`${fleet}/connection`, target],
      [`${fleet}/kubeconfig`, { duration: 30 }],
    ] as const) {
      const result = await api('POST', path, { body });
      expect(result.status, path).toBe(400);
      expect(result.body.error_code, path).toBe('UCS.01080006');
    }
  });

  it('refuse a kubeconfig before the connection with 400 UCS.01080001', async () => {
    const result = await api('POST', `/v1/clustergroups/${seedIds.fleetTest}/kubeconfig`, {
      body: { duration: 30 },
    });
    expect(result.status).toBe(400);
    expect(result.body.error_code).toBe('UCS.01080001');
  });

  it('refuse missing fields and a bad duration with 400 UCS.00000012', async () => {
    const fleet = `/v1/clustergroups/${seedIds.fleetTest}`;
    for (const [path, body] of [
      [`${fleet}/cert`, { ...target, duration: 0 }],
      [`${fleet}/connection`, { projectID: 'p' }],
      [`${fleet}/kubeconfig`, {}],
    ] as const) {
      const result = await api('POST', path, { body });
      expect(result.status, path).toBe(400);
      expect(result.body.error_code, path).toBe('UCS.00000012');
    }
  });
});
