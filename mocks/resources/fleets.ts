/**
 * Fleets (reference sections 3.2.1–3.2.10): creating, listing, describing and deleting fleets,
 * and moving clusters in and out of them. A cluster belongs to at most one fleet; its
 * `spec.clusterGroupID` is the single record of membership.
 */
import {
  fleetDescriptionMaxLength,
  fleetNameMaxLength,
  fleetNamePattern,
} from '../../src/api/reference/names';
import type { components } from '../../src/api/generated/ucs';
import { ucsError } from '../errors';
import { readPageQuery, SortedView } from '../listing';
import { omit } from '../store';
import type { BackendContext, ClusterRecord, FleetRecord, StoredFleet } from '../store';
import {
  type Json,
  type NameRule,
  optionalObjectAt,
  optionalStringArrayAt,
  optionalStringAt,
  readName,
  stringAt,
} from '../validate';
import { joinFederation, leaveFederation } from './federation';
import { checkQuota, newObject, requireCluster, requireFleet, touch } from './records';

type Schemas = components['schemas'];

export function isFederated(record: FleetRecord): boolean {
  return Boolean(record.fleet.spec.federationId);
}

// --- Membership -------------------------------------------------------------------------

/** Puts a cluster in a fleet; in a federated fleet it joins the federation too. */
export function addToFleet(ctx: BackendContext, record: ClusterRecord, fleet: FleetRecord): void {
  const now = ctx.clock.now();
  record.cluster.spec.clusterGroupID = fleet.fleet.metadata.uid;
  record.cluster.spec.manageType = 'grouped';
  touch(record, now);
  touch(fleet, now);
  if (isFederated(fleet)) joinFederation(ctx, record);
}

export function removeFromFleet(ctx: BackendContext, record: ClusterRecord): void {
  const now = ctx.clock.now();
  const fleet = ctx.store.fleetRecord(record.cluster.spec.clusterGroupID ?? '');
  leaveFederation(ctx, record);
  record.cluster.spec.clusterGroupID = '';
  record.cluster.spec.manageType = 'discrete';
  touch(record, now);
  if (fleet) touch(fleet, now);
}

/** The one rule for "may this cluster go into this fleet": at most one fleet per cluster. */
function checkJoinable(
  ctx: BackendContext,
  record: ClusterRecord,
  fleet: FleetRecord,
  code: string,
): boolean {
  const current = record.cluster.spec.clusterGroupID;
  if (!current) return true;
  if (current === fleet.fleet.metadata.uid) return false; // already there: nothing to do
  const other = ctx.store.fleetRecord(current)?.fleet.metadata.name ?? current;
  throw ucsError(
    code,
    `Cluster ${record.cluster.metadata.name} already belongs to fleet ${other}; remove it from that fleet first.`,
  );
}

/** Join (3.2.1). Idempotent for the fleet the cluster is already in. */
export function joinClusterGroup(ctx: BackendContext, clusterId: string, body: Json): void {
  const record = requireCluster(ctx, clusterId);
  const fleetId = stringAt(body.clusterGroupID ?? body.clustergroupID, 'clusterGroupID', {
    min: 1,
  });
  const fleet = requireFleet(ctx, fleetId);
  if (!checkJoinable(ctx, record, fleet, 'UCS.01100002')) return;
  addToFleet(ctx, record, fleet);
  ctx.store.changed();
}

/** Unjoin (3.2.2): the cluster leaves its fleet (and the fleet's federation). */
export function unjoinClusterGroup(ctx: BackendContext, clusterId: string): void {
  const record = requireCluster(ctx, clusterId);
  if (!record.cluster.spec.clusterGroupID) {
    throw ucsError('UCS.01100002', `Cluster ${record.cluster.metadata.name} is not in any fleet.`);
  }
  removeFromFleet(ctx, record);
  ctx.store.changed();
}

/**
 * Checks every cluster of a request before moving any, so a bad id changes nothing, and
 * returns those not yet in the fleet.
 */
function clustersToAdd(
  ctx: BackendContext,
  ids: string[],
  fleet: FleetRecord | undefined,
  code: string,
): ClusterRecord[] {
  const missing = ids.filter((id) => !ctx.store.clusterRecord(id));
  if (missing.length) throw ucsError(code, `These clusters do not exist: ${missing.join(', ')}.`);
  const records = [...new Set(ids)].map((id) => ctx.store.clusterRecord(id) as ClusterRecord);
  const elsewhere = records.filter(
    (record) =>
      record.cluster.spec.clusterGroupID &&
      record.cluster.spec.clusterGroupID !== fleet?.fleet.metadata.uid,
  );
  if (elsewhere.length) {
    const names = elsewhere.map((record) => {
      const other = ctx.store.fleetRecord(record.cluster.spec.clusterGroupID ?? '');
      return `${record.cluster.metadata.name} (in ${other?.fleet.metadata.name ?? 'another fleet'})`;
    });
    throw ucsError(
      code,
      `A cluster belongs to at most one fleet; already in a fleet: ${names.join(', ')}.`,
    );
  }
  return records.filter((record) => !record.cluster.spec.clusterGroupID);
}

/** Associated clusters (3.2.6): adds clusters, never removes any. */
export function addAssociatedClusters(ctx: BackendContext, fleetId: string, body: Json): void {
  const fleet = requireFleet(ctx, fleetId);
  const ids =
    optionalStringArrayAt(body.clusterIds ?? body.clusterids, 'clusterIds', { min: 1 }) ?? [];
  for (const record of clustersToAdd(ctx, ids, fleet, 'UCS.01100007'))
    addToFleet(ctx, record, fleet);
  ctx.store.changed();
}

// --- Fleets -----------------------------------------------------------------------------

const fleetName: NameRule = {
  maxLength: fleetNameMaxLength,
  pattern: fleetNamePattern,
  hint: 'may contain only lowercase letters, digits and hyphens, and must start and end with a letter or digit',
};

function checkDescription(value: unknown, field: string): string | undefined {
  return optionalStringAt(value, field, { max: fleetDescriptionMaxLength });
}

/** Create (3.2.3), optionally with clusters. */
export function createClusterGroup(ctx: BackendContext, body: Json): Schemas['UidResponse'] {
  const name = readName(body, fleetName);
  const spec = optionalObjectAt(body.spec, 'spec') ?? {};
  const description = checkDescription(spec.description, 'spec.description');
  const ids = optionalStringArrayAt(spec.clusterIds, 'spec.clusterIds', { min: 1 }) ?? [];
  if (ctx.store.state.fleets.some((record) => record.fleet.metadata.name === name)) {
    throw ucsError('UCS.01100004', `A fleet named ${name} already exists.`);
  }
  const members = clustersToAdd(ctx, ids, undefined, 'UCS.01100002');
  checkQuota(ctx, ctx.store.state.fleets.length, 'fleets');

  const now = ctx.clock.now();
  const fleet: StoredFleet = {
    ...newObject(ctx, 'ClusterGroup', name, now),
    spec: description ? { description } : {},
    status: {},
  };
  const record: FleetRecord = { fleet, createdAt: now, updatedAt: now, bindings: [] };
  ctx.store.state.fleets.push(record);
  for (const member of members) addToFleet(ctx, member, record);
  ctx.store.changed();
  return { uid: fleet.metadata.uid };
}

const fleetOrder = new SortedView<FleetRecord>();

export function listClusterGroups(
  ctx: BackendContext,
  params: URLSearchParams,
): Schemas['ClusterGroupList'] {
  const paging = readPageQuery(params);
  return fleetOrder.list(
    ctx.store.state.fleets,
    ctx.store.version,
    paging,
    (record) => record.fleet,
  );
}

export function showClusterGroup(ctx: BackendContext, id: string): StoredFleet {
  return requireFleet(ctx, id).fleet;
}

/** Delete (3.2.4): only an empty fleet without federation; the error says which is in the way. */
export function deleteClusterGroup(ctx: BackendContext, id: string): void {
  const record = requireFleet(ctx, id);
  const name = record.fleet.metadata.name;
  const members = ctx.store.fleetMembers(id);
  if (members.length) {
    const shown = members.slice(0, 5).map((member) => member.cluster.metadata.name);
    const more = members.length > shown.length ? ` and ${members.length - shown.length} more` : '';
    throw ucsError(
      'UCS.01100002',
      `Fleet ${name} still contains ${members.length} cluster(s) (${shown.join(', ')}${more}); remove them from the fleet first.`,
    );
  }
  if (isFederated(record) || ctx.store.state.federations[id]) {
    throw ucsError(
      'UCS.01080002',
      `Fleet ${name} has federation enabled; disable federation first.`,
    );
  }
  ctx.store.state.fleets = ctx.store.state.fleets.filter((fleet) => fleet !== record);
  ctx.store.state.connections = omit(ctx.store.state.connections, id);
  ctx.store.changed();
}

/** Description (3.2.7), at most 255 characters. */
export function updateDescription(ctx: BackendContext, id: string, body: Json): void {
  const record = requireFleet(ctx, id);
  const description = stringAt(body.description, 'description', { max: fleetDescriptionMaxLength });
  record.fleet.spec.description = description;
  touch(record, ctx.clock.now());
  ctx.store.changed();
}
