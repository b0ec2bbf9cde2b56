/**
 * MSW handlers for the 30 UCS operations and IAM's token endpoint, registered from one table keyed
 * by the contract's operationId (`rules` below): method and path come from the generated
 * `ucsOperations`, a path parameter or response body the contract does not have fails the type
 * check, and a misspelt or missing operation does not compile. Adding an endpoint is one entry
 * here plus its rule in `resources/`.
 *
 * The same handlers serve the demo (service worker), the tests (Node) and the HTTP server, which
 * is why the paths start with `*`: they match `http://localhost/ucs-api/v1/...` (the console) as
 * well as `http://127.0.0.1:4010/v1/...`.
 */
import { delay, http, type HttpHandler, HttpResponse } from 'msw';
import type { operations } from '../src/api/generated/ucs';
import { ucsOperations } from '../src/api/generated/ucsOperations';
import type { MockBackend } from './backend';
import { errorResponse, UcsError, ucsError } from './errors';
import * as clusters from './resources/clusters';
import * as federation from './resources/federation';
import * as fleets from './resources/fleets';
import { authenticate, issueToken } from './resources/iam';
import { requireFleet } from './resources/records';
import type { ClusterRecord } from './store';
import * as rules from './resources/rules';
import { type Json, queryBoolean, readJsonObject } from './validate';
import { checkRequestBody } from './requestBodies';

/** The contract's operation ids, and IAM's token call, which the UCS document does not have. */
export type UcsOperationId = keyof operations;
export type OperationId = UcsOperationId | 'createToken';

/** The operation ids served, e.g. for the dev panel's fault menu. */
export const operationIds = Object.keys(ucsOperations) as UcsOperationId[];

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
  operationId: OperationId,
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

type JsonBody<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : never;

/** What a rule answers: a status, and the body the contract declares for the operation. */
interface Reply<Id extends UcsOperationId> {
  status: number;
  body?: {
    [Status in keyof operations[Id]['responses']]: JsonBody<operations[Id]['responses'][Status]>;
  }[keyof operations[Id]['responses']];
  headers?: Record<string, string>;
}

/** What a rule gets: the path parameters the contract names, the query, and the JSON body. */
interface RuleInput<Id extends UcsOperationId> {
  params: NonNullable<operations[Id]['parameters']['path']> extends infer Path
    ? { [Name in keyof Path]: string }
    : never;
  query: URLSearchParams;
  /** The request body as a JSON object (400 UCS.00000012 when it is not one). */
  body: () => Promise<Json>;
}

type Rule<Id extends UcsOperationId> = (input: RuleInput<Id>) => Reply<Id> | Promise<Reply<Id>>;

/** Operations UCS serves without a token (the reference's progress call has no auth header). */
const withoutToken: readonly UcsOperationId[] = ['showFederationProgress'];

const json = <Id extends UcsOperationId>(status: number, body: Reply<Id>['body']): Reply<Id> => ({
  status,
  body,
});

/** A rule that answers 200 without a body once `run` is done: how UCS acknowledges a write. */
const done =
  <Id extends UcsOperationId>(run: (input: RuleInput<Id>) => void | Promise<void>): Rule<Id> =>
  async (input) => {
    await run(input);
    return { status: 200 };
  };

/** The rule of every operation, bound to one backend: the one table of the mock. */
function rulesFor(ctx: MockBackend): { [Id in UcsOperationId]: Rule<Id> } {
  // Registration and deregistration move clusters in and out of fleets through the fleet rules.
  const leaveFleet = (record: ClusterRecord) => fleets.removeFromFleet(ctx, record);
  const joinFleet = (record: ClusterRecord, fleetId: string) =>
    fleets.addToFleet(ctx, record, requireFleet(ctx, fleetId));

  return {
    // --- Clusters (3.1) ---------------------------------------------------------------
    listClusters: ({ query }) => json(200, clusters.listClusters(ctx, query)),
    registerCluster: async ({ body }) =>
      json(201, clusters.registerCluster(ctx, await body(), joinFleet)),
    showCluster: ({ params }) => json(200, clusters.showCluster(ctx, params.clusterid)),
    updateCluster: done(async ({ params, body }) =>
      clusters.updateCluster(ctx, params.clusterid, await body()),
    ),
    deleteCluster: done(({ params }) => clusters.deleteCluster(ctx, params.clusterid, leaveFleet)),
    showClusterAccessInfo: ({ params, query }) =>
      json(200, clusters.showAccessInfo(ctx, params.clusterid, query)),
    activateCluster: done(({ params }) => clusters.activateCluster(ctx, params.clusterid)),
    updateClusterAssociatedRules: done(async ({ params, body }) =>
      rules.updateClusterAssociatedRules(ctx, params.clusterid, await body()),
    ),
    listManagedClusters: ({ query }) => json(200, clusters.listManagedClusters(ctx, query)),
    listRegisteredClusterVersions: () => json(200, clusters.listRegisteredClusterVersions()),

    // --- Fleets (3.2.1–3.2.10) ----------------------------------------------------------
    joinClusterGroup: done(async ({ params, body }) =>
      fleets.joinClusterGroup(ctx, params.clusterid, await body()),
    ),
    unjoinClusterGroup: done(({ params }) => fleets.unjoinClusterGroup(ctx, params.clusterid)),
    createClusterGroup: async ({ body }) => json(201, fleets.createClusterGroup(ctx, await body())),
    listClusterGroups: ({ query }) => json(200, fleets.listClusterGroups(ctx, query)),
    showClusterGroup: ({ params }) =>
      json(200, fleets.showClusterGroup(ctx, params.clustergroupid)),
    deleteClusterGroup: done(({ params }) => fleets.deleteClusterGroup(ctx, params.clustergroupid)),
    updateClusterGroupAssociatedClusters: done(async ({ params, body }) =>
      fleets.addAssociatedClusters(ctx, params.clustergroupid, await body()),
    ),
    updateClusterGroupDescription: done(async ({ params, body }) =>
      fleets.updateDescription(ctx, params.clustergroupid, await body()),
    ),
    updateClusterGroupAssociatedRules: done(async ({ params, body }) =>
      rules.updateFleetAssociatedRules(ctx, params.clustergroupid, await body()),
    ),

    // --- Federation (3.2.9, 3.2.11–3.2.16) ------------------------------------------------
    updateClusterGroupAssociatedZones: done(async ({ params, body }) =>
      federation.updateAssociatedZones(ctx, params.clustergroupid, await body()),
    ),
    enableFederation: ({ params, query }) => {
      const retryJoinAll = queryBoolean(query, 'retryjoinall', false);
      federation.enableFederation(ctx, params.clustergroupid, retryJoinAll);
      return { status: 201 };
    },
    disableFederation: done(({ params }) =>
      federation.disableFederation(ctx, params.clustergroupid),
    ),
    showFederationProgress: ({ params }) =>
      json(200, federation.showFederationProgress(ctx, params.clustergroupid)),
    createFederationCert: async ({ params, body }) =>
      json(201, federation.createFederationCert(ctx, params.clustergroupid, await body())),
    createFederationConnection: async ({ params, body }) =>
      json(201, federation.createFederationConnection(ctx, params.clustergroupid, await body())),
    downloadFederationKubeconfig: async ({ params, body }) => {
      const fleetName = fleets.showClusterGroup(ctx, params.clustergroupid).metadata.name;
      return {
        status: 201,
        body: federation.downloadFederationKubeconfig(ctx, params.clustergroupid, await body()),
        headers: { 'Content-Disposition': `attachment; filename="${fleetName}_kubeconfig.json"` },
      };
    },

    // --- Permission policies (3.3) --------------------------------------------------------
    createRule: async ({ body }) => json(201, rules.createRule(ctx, await body())),
    listRules: ({ query }) => json(200, rules.listRules(ctx, query)),
    updateRule: done(async ({ params, body }) =>
      rules.updateRule(ctx, params.ruleid, await body()),
    ),
    deleteRule: done(({ params }) => rules.deleteRule(ctx, params.ruleid)),
  };
}

function toResponse({
  status,
  body,
  headers,
}: {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}) {
  return body === undefined
    ? new HttpResponse(null, { status, headers })
    : HttpResponse.json(body, { status, headers });
}

/** An operation's MSW handler: its method and path from the contract, its rule from the table. */
function handlerFor<Id extends UcsOperationId>(
  backend: MockBackend,
  operationId: Id,
  rule: Rule<Id>,
): HttpHandler {
  const { method, path } = ucsOperations[operationId];
  const mswPath = `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
  return http[method](mswPath, ({ request, params }) =>
    serve(
      backend,
      operationId,
      request,
      async () =>
        toResponse(
          await rule({
            params: params as RuleInput<Id>['params'],
            query: new URL(request.url).searchParams,
            body: async () => {
              const json = await readJsonObject(request);
              checkRequestBody(operationId, json);
              return json;
            },
          }),
        ),
      { auth: !withoutToken.includes(operationId) },
    ),
  );
}

/** The handlers of every operation, bound to one backend. */
export function createHandlers(backend: MockBackend): HttpHandler[] {
  const table = rulesFor(backend);
  const ucsHandlers = operationIds.map((operationId) =>
    handlerFor(backend, operationId, table[operationId] as Rule<typeof operationId>),
  );
  return [
    ...ucsHandlers,
    // --- IAM: not part of the UCS document, so not typed by it ---------------------------
    http.post('*/v3/auth/tokens', ({ request }) =>
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
          const issued = issueToken(backend, json);
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
