/**
 * MSW handlers for the 30 UCS operations and IAM's token endpoint, typed against the OpenAPI
 * document through openapi-msw: a path, parameter or response body the contract does not have
 * fails the type check. The same handlers serve the demo (service worker), the tests (Node)
 * and the HTTP server, which is why the paths start with `*`: they match
 * `http://localhost/ucs-api/v1/...` (the console) as well as `http://127.0.0.1:4010/v1/...`.
 */
import { delay, type HttpHandler, HttpResponse } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../src/api/generated/ucs';
import type { MockBackend } from './backend';
import { errorResponse, UcsError, ucsError } from './errors';
import * as clusters from './resources/clusters';
import * as federation from './resources/federation';
import * as fleets from './resources/fleets';
import { authenticate, issueToken } from './resources/iam';
import type { ClusterRecord } from './store';
import * as rules from './resources/rules';
import { queryBoolean, readJsonObject } from './validate';

const http = createOpenApiHttp<paths>({ baseUrl: '*' });

interface ServeOptions {
  /** Every operation but the federation progress needs X-Auth-Token. */
  auth?: boolean;
}

let requestCounter = 0;

function requestId(): string {
  requestCounter += 1;
  return `mock-${Date.now().toString(16)}-${requestCounter.toString(16).padStart(6, '0')}`;
}

/**
 * What every operation does around its rule: latency, due timers, injected faults, the token
 * check, and turning a broken rule (UcsError) into UCS's error body.
 */
async function serve(
  backend: MockBackend,
  operationId: string,
  request: Request,
  run: () => Response | Promise<Response>,
  { auth = true }: ServeOptions = {},
): Promise<Response> {
  const latency = backend.latencyMs();
  if (latency > 0) await delay(latency);
  const headers = { 'X-Request-Id': requestId() };
  try {
    backend.tick();
    const fault = backend.faults.take(operationId);
    if (fault) {
      throw fault.message
        ? new UcsError(fault.code, fault.message, fault.status)
        : ucsError(fault.code, undefined, fault.status);
    }
    if (auth) authenticate(backend, request.headers.get('X-Auth-Token'));
    const response = await run();
    response.headers.set('X-Request-Id', headers['X-Request-Id']);
    return response;
  } catch (error) {
    if (error instanceof UcsError) return errorResponse(error, headers);
    console.error(`mock ${operationId} failed:`, error);
    return errorResponse(ucsError('UCS.00000006', (error as Error).message), headers);
  }
}

/** The handlers of every operation, bound to one backend. */
export function createHandlers(backend: MockBackend): HttpHandler[] {
  const ctx = backend;
  const body = (request: Request, allowEmpty = false) => readJsonObject(request, { allowEmpty });
  const query = (request: Request) => new URL(request.url).searchParams;
  // Registration and deregistration move clusters in and out of fleets through the fleet rules.
  const leaveFleet = (record: ClusterRecord) => fleets.removeFromFleet(ctx, record);
  const joinFleet = (record: ClusterRecord, fleetId: string) =>
    fleets.addToFleet(ctx, record, fleets.requireFleet(ctx, fleetId));

  return [
    // --- Clusters (3.1) ---------------------------------------------------------------
    http.get('/v1/clusters', ({ request, response }) =>
      serve(backend, 'listClusters', request, () =>
        response(200).json(clusters.listClusters(ctx, query(request))),
      ),
    ),
    http.post('/v1/clusters', ({ request, response }) =>
      serve(backend, 'registerCluster', request, async () =>
        response(201).json(clusters.registerCluster(ctx, await body(request), joinFleet)),
      ),
    ),
    http.get('/v1/clusters/{clusterid}', ({ request, params, response }) =>
      serve(backend, 'showCluster', request, () =>
        response(200).json(clusters.showCluster(ctx, params.clusterid)),
      ),
    ),
    http.put('/v1/clusters/{clusterid}', ({ request, params, response }) =>
      serve(backend, 'updateCluster', request, async () => {
        clusters.updateCluster(ctx, params.clusterid, await body(request));
        return response(200).empty();
      }),
    ),
    http.delete('/v1/clusters/{clusterid}', ({ request, params, response }) =>
      serve(backend, 'deleteCluster', request, () => {
        clusters.deleteCluster(ctx, params.clusterid, leaveFleet);
        return response(200).empty();
      }),
    ),
    http.get('/v1/clusters/{clusterid}/accessinfo', ({ request, params, response }) =>
      serve(backend, 'showClusterAccessInfo', request, () =>
        response(200).json(clusters.showAccessInfo(ctx, params.clusterid, query(request))),
      ),
    ),
    http.put('/v1/clusters/{clusterid}/activation', ({ request, params, response }) =>
      serve(backend, 'activateCluster', request, () => {
        clusters.activateCluster(ctx, params.clusterid);
        return response(200).empty();
      }),
    ),
    http.put('/v1/clusters/{clusterid}/associatedrules', ({ request, params, response }) =>
      serve(backend, 'updateClusterAssociatedRules', request, async () => {
        rules.updateClusterAssociatedRules(ctx, params.clusterid, await body(request));
        return response(200).empty();
      }),
    ),
    http.get('/v1/managedclusters', ({ request, response }) =>
      serve(backend, 'listManagedClusters', request, () =>
        response(200).json(clusters.listManagedClusters(ctx, query(request))),
      ),
    ),
    http.get('/v1/config/registeredclusterversions', ({ request, response }) =>
      serve(backend, 'listRegisteredClusterVersions', request, () =>
        response(200).json(clusters.listRegisteredClusterVersions()),
      ),
    ),

    // --- Fleets (3.2.1–3.2.10) ----------------------------------------------------------
    http.post('/v1/clusters/{clusterid}/join', ({ request, params, response }) =>
      serve(backend, 'joinClusterGroup', request, async () => {
        fleets.joinClusterGroup(ctx, params.clusterid, await body(request));
        return response(200).empty();
      }),
    ),
    http.post('/v1/clusters/{clusterid}/unjoin', ({ request, params, response }) =>
      serve(backend, 'unjoinClusterGroup', request, () => {
        fleets.unjoinClusterGroup(ctx, params.clusterid);
        return response(200).empty();
      }),
    ),
    http.post('/v1/clustergroups', ({ request, response }) =>
      serve(backend, 'createClusterGroup', request, async () =>
        response(201).json(fleets.createClusterGroup(ctx, await body(request))),
      ),
    ),
    http.get('/v1/clustergroups', ({ request, response }) =>
      serve(backend, 'listClusterGroups', request, () =>
        response(200).json(fleets.listClusterGroups(ctx, query(request))),
      ),
    ),
    http.get('/v1/clustergroups/{clustergroupid}', ({ request, params, response }) =>
      serve(backend, 'showClusterGroup', request, () =>
        response(200).json(fleets.showClusterGroup(ctx, params.clustergroupid)),
      ),
    ),
    http.delete('/v1/clustergroups/{clustergroupid}', ({ request, params, response }) =>
      serve(backend, 'deleteClusterGroup', request, () => {
        fleets.deleteClusterGroup(ctx, params.clustergroupid);
        return response(200).empty();
      }),
    ),
    http.put(
      '/v1/clustergroups/{clustergroupid}/associatedclusters',
      ({ request, params, response }) =>
        serve(backend, 'updateClusterGroupAssociatedClusters', request, async () => {
          fleets.addAssociatedClusters(ctx, params.clustergroupid, await body(request));
          return response(200).empty();
        }),
    ),
    http.put('/v1/clustergroups/{clustergroupid}/description', ({ request, params, response }) =>
      serve(backend, 'updateClusterGroupDescription', request, async () => {
        fleets.updateDescription(ctx, params.clustergroupid, await body(request));
        return response(200).empty();
      }),
    ),
    http.put(
      '/v1/clustergroups/{clustergroupid}/associatedrules',
      ({ request, params, response }) =>
        serve(backend, 'updateClusterGroupAssociatedRules', request, async () => {
          rules.updateFleetAssociatedRules(ctx, params.clustergroupid, await body(request));
          return response(200).empty();
        }),
    ),

    // --- Federation (3.2.9, 3.2.11–3.2.16) ------------------------------------------------
    http.put(
      '/v1/clustergroups/{clustergroupid}/associatedzones',
      ({ request, params, response }) =>
        serve(backend, 'updateClusterGroupAssociatedZones', request, async () => {
          federation.updateAssociatedZones(ctx, params.clustergroupid, await body(request));
          return response(200).empty();
        }),
    ),
    http.post('/v1/clustergroups/{clustergroupid}/federations', ({ request, params, response }) =>
      serve(backend, 'enableFederation', request, () => {
        federation.enableFederation(
          ctx,
          params.clustergroupid,
          queryBoolean(query(request), 'retryjoinall', false),
        );
        return response(201).empty();
      }),
    ),
    http.delete('/v1/clustergroups/{clustergroupid}/federations', ({ request, params, response }) =>
      serve(backend, 'disableFederation', request, () => {
        federation.disableFederation(ctx, params.clustergroupid);
        return response(200).empty();
      }),
    ),
    http.get(
      '/v1/clustergroups/{clustergroupid}/federations/progress',
      ({ request, params, response }) =>
        serve(
          backend,
          'showFederationProgress',
          request,
          () => response(200).json(federation.showFederationProgress(ctx, params.clustergroupid)),
          { auth: false },
        ),
    ),
    http.post('/v1/clustergroups/{clustergroupid}/cert', ({ request, params, response }) =>
      serve(backend, 'createFederationCert', request, async () =>
        response(201).json(
          federation.createFederationCert(ctx, params.clustergroupid, await body(request)),
        ),
      ),
    ),
    http.post('/v1/clustergroups/{clustergroupid}/connection', ({ request, params, response }) =>
      serve(backend, 'createFederationConnection', request, async () =>
        response(201).json(
          federation.createFederationConnection(ctx, params.clustergroupid, await body(request)),
        ),
      ),
    ),
    http.post('/v1/clustergroups/{clustergroupid}/kubeconfig', ({ request, params, response }) =>
      serve(backend, 'downloadFederationKubeconfig', request, async () => {
        const fleetName = fleets.showClusterGroup(ctx, params.clustergroupid).metadata.name;
        return response(201).json(
          federation.downloadFederationKubeconfig(ctx, params.clustergroupid, await body(request)),
          {
            headers: {
              'Content-Disposition': `attachment; filename="${fleetName}_kubeconfig.json"`,
            },
          },
        );
      }),
    ),

    // --- Permission policies (3.3) --------------------------------------------------------
    http.post('/v1/permissions/rules', ({ request, response }) =>
      serve(backend, 'createRule', request, async () =>
        response(201).json(rules.createRule(ctx, await body(request))),
      ),
    ),
    http.get('/v1/permissions/rules', ({ request, response }) =>
      serve(backend, 'listRules', request, () =>
        response(200).json(rules.listRules(ctx, query(request))),
      ),
    ),
    http.put('/v1/permissions/rules/{ruleid}', ({ request, params, response }) =>
      serve(backend, 'updateRule', request, async () => {
        rules.updateRule(ctx, params.ruleid, await body(request));
        return response(200).empty();
      }),
    ),
    http.delete('/v1/permissions/rules/{ruleid}', ({ request, params, response }) =>
      serve(backend, 'deleteRule', request, () => {
        rules.deleteRule(ctx, params.ruleid);
        return response(200).empty();
      }),
    ),

    // --- IAM: not part of the UCS document, so not typed by it ---------------------------
    http.untyped.post('*/v3/auth/tokens', ({ request }) =>
      serve(
        backend,
        'createToken',
        request,
        async () => {
          let json: unknown;
          try {
            json = await request.json();
          } catch {
            json = undefined;
          }
          const issued = issueToken(ctx, json);
          return HttpResponse.json(issued.body, {
            status: 201,
            headers: { 'X-Subject-Token': issued.token },
          });
        },
        { auth: false },
      ),
    ),
  ];
}

/** The operation ids served, e.g. for the dev panel's fault menu. */
export const operationIds = [
  'listClusters',
  'registerCluster',
  'showCluster',
  'updateCluster',
  'deleteCluster',
  'showClusterAccessInfo',
  'activateCluster',
  'updateClusterAssociatedRules',
  'listManagedClusters',
  'listRegisteredClusterVersions',
  'joinClusterGroup',
  'unjoinClusterGroup',
  'createClusterGroup',
  'listClusterGroups',
  'showClusterGroup',
  'deleteClusterGroup',
  'updateClusterGroupAssociatedClusters',
  'updateClusterGroupDescription',
  'updateClusterGroupAssociatedRules',
  'updateClusterGroupAssociatedZones',
  'enableFederation',
  'disableFederation',
  'showFederationProgress',
  'createFederationCert',
  'createFederationConnection',
  'downloadFederationKubeconfig',
  'createRule',
  'listRules',
  'updateRule',
  'deleteRule',
] as const;

export type OperationId = (typeof operationIds)[number] | 'createToken';
