/**
 * Every UCS request, written once and keyed by the contract's operationId. Queries, mutations
 * and bulk runners (`./query`, `./bulk`) are all built from these; nothing else calls the client.
 * They are built over a client (`operationsOn`): the app's (`./operations`) in the browser, one
 * made from the environment in the command line (`src/cli`).
 *
 * Variables use the contract's own names (`clusterid`, `clustergroupid`, `ruleid`): this layer
 * speaks the API's vocabulary, pages translate ("fleet" is a cluster group, "policy" a rule).
 */
import type { operations } from './generated/ucs';
import { malformedResponse } from './errors';
import { unwrap, type UcsClient } from './http';
import { normalizeCluster, normalizeClusterGroup, normalizeJob, normalizeRule } from './normalize';
import type {
  AccessInfoQuery,
  AssociatedRulesRequest,
  ClusterGroupListQuery,
  ClusterListQuery,
  CreateFederationCertRequest,
  CreateFederationConnectionRequest,
  CreateRuleRequest,
  RegisterClusterGroupRequest,
  RegisterClusterRequest,
  RuleListQuery,
  UpdateClusterRequest,
  UpdateRuleRequest,
} from './types';

/** The generated operationIds: a misspelt one does not compile. */
export type OperationId = keyof operations;

type Signal = AbortSignal | undefined;
/** The variables of a read that takes none. */
type NoVars = Record<never, never>;

interface ClusterVars {
  clusterid: string;
}
interface ClusterGroupVars {
  clustergroupid: string;
}
interface RuleVars {
  ruleid: string;
}

type Call<T> = Promise<{ data?: T; response: Response }>;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body of a read, checked for the shape pages rely on: an object (not `null`, not a list).
 * Anything else is a `malformed` ApiError, never a TypeError deep in a page.
 */
async function readObject<T>(call: Call<T>): Promise<{ body: T; response: Response }> {
  const { data, response } = await call;
  if (!isObject(data)) throw malformedResponse(response, 'not an object');
  return { body: data, response };
}

/** A list's items: absent reads as none; anything but a list of objects is malformed. */
function itemsOf<Item>(items: Item[] | undefined, response: Response): Item[] {
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items) || !items.every(isObject))
    throw malformedResponse(response, '`items` is not a list of objects');
  return items;
}

/** A detail without its id cannot be the object asked for (nor be linked to): malformed. */
function withId<Item extends { metadata?: { uid?: string } }>(
  item: Item,
  response: Response,
): Item {
  const uid = item.metadata?.uid;
  if (typeof uid !== 'string' || !uid) throw malformedResponse(response, 'no `metadata.uid`');
  return item;
}

const clusterPath = ({ clusterid }: ClusterVars) => ({ path: { clusterid } });
const groupPath = ({ clustergroupid }: ClusterGroupVars) => ({ path: { clustergroupid } });

/** Every request, sent through `ucs`. */
export function operationsOn(ucs: UcsClient) {
  return { reads: readsOn(ucs), writes: writesOn(ucs) };
}

/** Reads: what a query caches. Each takes one variables object, which becomes part of its key. */
function readsOn(ucs: UcsClient) {
  return {
    listClusters: async (query: ClusterListQuery, signal: Signal) => {
      const { body: page, response } = await readObject(
        ucs.GET('/v1/clusters', { params: { query }, signal }),
      );
      return { items: itemsOf(page.items, response).map(normalizeCluster), total: page.total ?? 0 };
    },
    showCluster: async (vars: ClusterVars, signal: Signal) => {
      const { body, response } = await readObject(
        ucs.GET('/v1/clusters/{clusterid}', { params: clusterPath(vars), signal }),
      );
      return normalizeCluster(withId(body, response));
    },
    /** CCE clusters of the account that are not registered with UCS yet (import candidates). */
    listManagedClusters: async (_vars: NoVars, signal: Signal) => {
      const { data, response } = await ucs.GET('/v1/managedclusters', {
        params: { query: { unregister: true } },
        signal,
      });
      // This one answers with a bare list.
      return itemsOf(data, response).map(normalizeCluster);
    },
    listRegisteredClusterVersions: async (_vars: NoVars, signal: Signal) => {
      const { body, response } = await readObject(
        ucs.GET('/v1/config/registeredclusterversions', { signal }),
      );
      const versions = body.versions ?? [];
      if (!Array.isArray(versions) || !versions.every((version) => typeof version === 'string'))
        throw malformedResponse(response, '`versions` is not a list of strings');
      return versions;
    },
    listClusterGroups: async (query: ClusterGroupListQuery, signal: Signal) => {
      const { body: page, response } = await readObject(
        ucs.GET('/v1/clustergroups', { params: { query }, signal }),
      );
      return {
        items: itemsOf(page.items, response).map(normalizeClusterGroup),
        total: page.total ?? 0,
      };
    },
    showClusterGroup: async (vars: ClusterGroupVars, signal: Signal) => {
      const { body, response } = await readObject(
        ucs.GET('/v1/clustergroups/{clustergroupid}', { params: groupPath(vars), signal }),
      );
      return normalizeClusterGroup(withId(body, response));
    },
    showFederationProgress: async (vars: ClusterGroupVars, signal: Signal) => {
      const { body } = await readObject(
        ucs.GET('/v1/clustergroups/{clustergroupid}/federations/progress', {
          params: groupPath(vars),
          signal,
        }),
      );
      return normalizeJob(body);
    },
    listRules: async (query: RuleListQuery, signal: Signal) => {
      const { body: page, response } = await readObject(
        ucs.GET('/v1/permissions/rules', { params: { query }, signal }),
      );
      return { items: itemsOf(page.items, response).map(normalizeRule), total: page.total ?? 0 };
    },
  } satisfies Partial<Record<OperationId, (vars: never, signal: Signal) => Promise<unknown>>>;
}

/** Writes: what a mutation sends. What each one changes is in `./effects`. */
function writesOn(ucs: UcsClient) {
  return {
    registerCluster: ({ body }: { body: RegisterClusterRequest }) =>
      unwrap(ucs.POST('/v1/clusters', { body })),
    updateCluster: ({ body, ...vars }: ClusterVars & { body: UpdateClusterRequest }) =>
      unwrap(ucs.PUT('/v1/clusters/{clusterid}', { params: clusterPath(vars), body })),
    deleteCluster: (vars: ClusterVars) =>
      unwrap(ucs.DELETE('/v1/clusters/{clusterid}', { params: clusterPath(vars) })),
    /**
     * The agent manifest can be fetched once; later calls answer "Downloaded". That makes this GET
     * a write: it must never be refetched behind the operator's back.
     */
    showClusterAccessInfo: ({ query = {}, ...vars }: ClusterVars & { query?: AccessInfoQuery }) =>
      unwrap(
        ucs.GET('/v1/clusters/{clusterid}/accessinfo', {
          params: { ...clusterPath(vars), query },
        }),
      ),
    activateCluster: (vars: ClusterVars) =>
      unwrap(ucs.PUT('/v1/clusters/{clusterid}/activation', { params: clusterPath(vars) })),
    updateClusterAssociatedRules: ({
      body,
      ...vars
    }: ClusterVars & { body: AssociatedRulesRequest }) =>
      unwrap(
        ucs.PUT('/v1/clusters/{clusterid}/associatedrules', { params: clusterPath(vars), body }),
      ),
    joinClusterGroup: ({ clustergroupid, ...vars }: ClusterVars & ClusterGroupVars) =>
      unwrap(
        ucs.POST('/v1/clusters/{clusterid}/join', {
          params: clusterPath(vars),
          body: { clusterGroupID: clustergroupid },
        }),
      ),
    unjoinClusterGroup: (vars: ClusterVars) =>
      unwrap(ucs.POST('/v1/clusters/{clusterid}/unjoin', { params: clusterPath(vars) })),
    createClusterGroup: ({ body }: { body: RegisterClusterGroupRequest }) =>
      unwrap(ucs.POST('/v1/clustergroups', { body })),
    deleteClusterGroup: (vars: ClusterGroupVars) =>
      unwrap(ucs.DELETE('/v1/clustergroups/{clustergroupid}', { params: groupPath(vars) })),
    updateClusterGroupAssociatedClusters: ({
      clusterIds,
      ...vars
    }: ClusterGroupVars & { clusterIds: string[] }) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedclusters', {
          params: groupPath(vars),
          body: { clusterIds },
        }),
      ),
    updateClusterGroupDescription: ({
      description,
      ...vars
    }: ClusterGroupVars & { description: string }) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/description', {
          params: groupPath(vars),
          body: { description },
        }),
      ),
    updateClusterGroupAssociatedRules: ({
      body,
      ...vars
    }: ClusterGroupVars & { body: AssociatedRulesRequest }) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedrules', {
          params: groupPath(vars),
          body,
        }),
      ),
    updateClusterGroupAssociatedZones: ({
      dnsSuffix,
      ...vars
    }: ClusterGroupVars & { dnsSuffix: string[] }) =>
      unwrap(
        ucs.PUT('/v1/clustergroups/{clustergroupid}/associatedzones', {
          params: groupPath(vars),
          body: { dnsSuffix },
        }),
      ),
    enableFederation: ({
      retryJoinAll = false,
      ...vars
    }: ClusterGroupVars & { retryJoinAll?: boolean }) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/federations', {
          params: { ...groupPath(vars), query: retryJoinAll ? { retryjoinall: true } : {} },
        }),
      ),
    disableFederation: (vars: ClusterGroupVars) =>
      unwrap(
        ucs.DELETE('/v1/clustergroups/{clustergroupid}/federations', { params: groupPath(vars) }),
      ),
    createFederationConnection: ({
      body,
      ...vars
    }: ClusterGroupVars & { body: CreateFederationConnectionRequest }) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/connection', {
          params: groupPath(vars),
          body,
        }),
      ),
    /** Connection and kubeconfig in one call. */
    createFederationCert: ({
      body,
      ...vars
    }: ClusterGroupVars & { body: CreateFederationCertRequest }) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/cert', { params: groupPath(vars), body }),
      ),
    downloadFederationKubeconfig: ({
      durationDays,
      ...vars
    }: ClusterGroupVars & { durationDays: number }) =>
      unwrap(
        ucs.POST('/v1/clustergroups/{clustergroupid}/kubeconfig', {
          params: groupPath(vars),
          body: { duration: durationDays },
        }),
      ),
    createRule: ({ body }: { body: CreateRuleRequest }) =>
      unwrap(ucs.POST('/v1/permissions/rules', { body })),
    updateRule: ({ body, ...vars }: RuleVars & { body: UpdateRuleRequest }) =>
      unwrap(ucs.PUT('/v1/permissions/rules/{ruleid}', { params: { path: vars }, body })),
    deleteRule: (vars: RuleVars) =>
      unwrap(ucs.DELETE('/v1/permissions/rules/{ruleid}', { params: { path: vars } })),
  } satisfies Partial<Record<OperationId, (vars: never) => Promise<unknown>>>;
}

type Reads = ReturnType<typeof readsOn>;
type Writes = ReturnType<typeof writesOn>;
export type ReadId = keyof Reads;
export type WriteId = keyof Writes;
export type ReadVars<Id extends ReadId> = Parameters<Reads[Id]>[0];
export type ReadData<Id extends ReadId> = Awaited<ReturnType<Reads[Id]>>;
export type WriteVars<Id extends WriteId> = Parameters<Writes[Id]>[0];
export type WriteData<Id extends WriteId> = Awaited<ReturnType<Writes[Id]>>;

// Every operation of the contract is either a read or a write, and none is both.
type Missing = Exclude<OperationId, ReadId | WriteId>;
const everyOperation: [Missing] extends [never] ? true : Missing = true;
void everyOperation;
