/**
 * A plain fetch helper for the rule tests: requests go to the console's URL
 * (`http://localhost/ucs-api/v1/...`) and are answered by the MSW server of the Vitest setup,
 * which also proves the handlers match the console's proxy prefix.
 */
export const consoleBase = 'http://localhost/ucs-api';

// Response bodies are asserted structurally in the tests, so they are loosely typed here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ApiOptions {
  body?: unknown;
  /** `null` sends no token at all. */
  token?: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function api<T = any>(
  method: string,
  path: string,
  options: ApiOptions = {},
): Promise<ApiResult<T>> {
  const token = options.token === undefined ? 'test-token' : options.token;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers['X-Auth-Token'] = token;
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  const response = await fetch(`${consoleBase}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as T) : (undefined as T),
    headers: response.headers,
  };
}

/** Seed ids the tests refer to. */
export const seedIds = {
  testCluster: 'b0d1ecb5-7947-11ee-9467-0255ac1001bf',
  fleetTest: 'bffbb35b-7949-11ee-886c-0255ac100037',
  fleetDev: '4557ad49-22bf-11ee-b0c9-0255ac10004b',
  fleetEmpty: '108f5981-a105-11ed-a23e-0255ac100032',
  fleetRetail: '2b7c7e0a-6c1d-11ef-9a41-0255ac100049',
  fleetStaging: 'c41e9d26-d2a8-11ee-8f3b-0255ac10004e',
  ruleAdmin: '3dcdef78-65bb-11ee-bdf2-0255ac100033',
  ruleReadonly: '3dcd9a12-65bb-11ee-bdf2-0255ac100033',
  ruleAuditViewer: '5e2b9d70-9a3c-11f0-b1e4-0255ac100052',
  cceUnregistered: '57ef11e7-7d72-11ee-a590-0255ac100b05',
};

export const attachedKubeconfig = JSON.stringify({
  kind: 'Config',
  apiVersion: 'v1',
  clusters: [
    {
      name: 'internalCluster',
      cluster: { server: 'https://10.9.8.7:6443', 'insecure-skip-tls-verify': true },
    },
  ],
  users: [{ name: 'ucs-user', user: { token: 'eyJhbGciOiJSUzI1NiJ9.demo' } }],
  contexts: [{ name: 'internal', context: { cluster: 'internalCluster', user: 'ucs-user' } }],
  'current-context': 'internal',
});

/** A valid attached-cluster registration body; override parts per test. */
export function attachedCluster(
  name: string,
  overrides: { metadata?: object; spec?: object } = {},
) {
  return {
    kind: 'Cluster',
    apiVersion: 'v1',
    metadata: {
      name,
      labels: { env: 'test' },
      annotations: { kubeconfig: attachedKubeconfig },
      ...overrides.metadata,
    },
    spec: {
      category: 'attachedcluster',
      type: 'eks',
      provider: 'aws',
      country: 'CN',
      city: '110000',
      manageType: 'discrete',
      clusterGroupID: '',
      ...overrides.spec,
    },
  };
}
