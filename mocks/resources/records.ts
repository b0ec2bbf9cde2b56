/**
 * What clusters, fleets and permission policies share as stored records: how the id a request
 * names becomes a record (or UCS's 404 for that kind of resource), the quota a create must fit
 * in, and the ids and timestamps of what is created or changed. One place, so the three
 * resources answer alike and each keeps UCS's own code and time format.
 */
import { ucsError } from '../errors';
import { goTime, rfc3339 } from '../format';
import type { BackendContext, ClusterRecord, FleetRecord, RuleRecord, StoredMeta } from '../store';

function found<T>(record: T | undefined, code: string, detail: string): T {
  if (record) return record;
  throw ucsError(code, detail);
}

/**
 * The cluster, or 404 UCS.01030001 ("Cluster Not Found.", table 5-1), which the contract
 * declares for every operation that takes a cluster ID.
 */
export function requireCluster(ctx: BackendContext, id: string): ClusterRecord {
  return found(ctx.store.clusterRecord(id), 'UCS.01030001', `Cluster ${id} does not exist.`);
}

/**
 * The fleet, or 404 UCS.01100005 ("ClusterGroup Not Found.", table 5-1), which the contract
 * declares for every operation that takes a fleet ID (joinClusterGroup's body included).
 */
export function requireFleet(ctx: BackendContext, id: string): FleetRecord {
  return found(ctx.store.fleetRecord(id), 'UCS.01100005', `Fleet ${id} does not exist.`);
}

/**
 * The policy, or 404. Table 5-1 has no policy-specific "not found" code, so this is the generic
 * UCS.01000013 ("No requested resources found."), as the contract's RuleNotFound describes.
 */
export function requireRule(ctx: BackendContext, id: string): RuleRecord {
  return found(ctx.store.ruleRecord(id), 'UCS.01000013', `Permission policy ${id} does not exist.`);
}

/** UCS allows a quota of each resource per account (`used` counts those there already). */
export function checkQuota(ctx: BackendContext, used: number, what: string): void {
  if (used >= ctx.store.quota) {
    throw ucsError('UCS.00000017', `The quota of ${ctx.store.quota} ${what} has been reached.`);
  }
}

/**
 * Metadata of a new fleet, policy or job: a fresh id, created and updated `now`. UCS prints
 * these in Go's time format, unlike clusters (RFC 3339).
 */
export function newMetadata(ctx: BackendContext, name: string, now: number): StoredMeta {
  const stamp = goTime(now);
  return { uid: ctx.store.nextId(now), name, creationTimestamp: stamp, updateTimestamp: stamp };
}

/** A new fleet or policy as the API shows it: kind, API version v1 and new metadata. */
export function newObject<Kind extends string>(
  ctx: BackendContext,
  kind: Kind,
  name: string,
  now: number,
) {
  return { kind, apiVersion: 'v1' as const, metadata: newMetadata(ctx, name, now) };
}

/** Marks a record changed at `now`, in its resource's time format (see `newMetadata`). */
export function touch(record: ClusterRecord | FleetRecord | RuleRecord, now: number): void {
  record.updatedAt = now;
  if ('cluster' in record) record.cluster.metadata.updateTimestamp = rfc3339(now);
  else if ('fleet' in record) record.fleet.metadata.updateTimestamp = goTime(now);
  else record.rule.metadata.updateTimestamp = goTime(now);
}
