/**
 * Which cached reads each write changes: the one table mutations and bulk runners consult, so a
 * write refetches exactly what it can have changed and nothing else (a fleet's description never
 * refetches a cluster list of 10,000 rows).
 *
 * A `Stale` names a read, and optionally the variables it was cached with: `{ read: 'showCluster',
 * vars: { clusterid } }` is that one cluster, `{ read: 'listClusters', vars: { clustergroupid } }`
 * every cluster list filtered on that fleet, `{ read: 'listClusters' }` every cluster list.
 * `removed` reads are dropped rather than refetched: their object no longer exists.
 */
import type { ReadId, ReadVars, WriteId, WriteVars } from './operations';

export type Stale = { [Id in ReadId]: { read: Id; vars?: Partial<ReadVars<Id>> } }[ReadId];

export interface Effect {
  stale: Stale[];
  removed?: Stale[];
}

const cluster = (clusterid: string): Stale => ({ read: 'showCluster', vars: { clusterid } });
const group = (clustergroupid: string): Stale => ({
  read: 'showClusterGroup',
  vars: { clustergroupid },
});
const clusterLists: Stale = { read: 'listClusters' };
const groupLists: Stale = { read: 'listClusterGroups' };
const everyCluster: Stale = { read: 'showCluster' };
const everyGroup: Stale = { read: 'showClusterGroup' };

/**
 * Membership moves a cluster between fleets: the cluster, every cluster list (they show and filter
 * by fleet), and every fleet (the one it left is not known here; member counts change).
 */
const membership = (clusterid: string): Effect => ({
  stale: [cluster(clusterid), clusterLists, groupLists, everyGroup],
});

/** A change to one cluster's own fields shows in its detail and in the lists. */
const clusterOnly = (clusterid: string): Effect => ({ stale: [cluster(clusterid), clusterLists] });

/** A change to one fleet's own fields shows in its detail and in the fleet lists. */
const groupOnly = (clustergroupid: string): Effect => ({
  stale: [group(clustergroupid), groupLists],
});

export const effects: { [Id in WriteId]: (vars: WriteVars<Id>) => Effect } = {
  // A registration can join a fleet and removes an import candidate.
  registerCluster: () => ({
    stale: [clusterLists, groupLists, everyGroup, { read: 'listManagedClusters' }],
  }),
  updateCluster: ({ clusterid }) => clusterOnly(clusterid),
  deleteCluster: ({ clusterid }) => ({
    stale: [clusterLists, groupLists, everyGroup, { read: 'listManagedClusters' }],
    removed: [cluster(clusterid)],
  }),
  // Fetching the agent manifest marks the certificate downloaded.
  showClusterAccessInfo: ({ clusterid }) => clusterOnly(clusterid),
  activateCluster: ({ clusterid }) => clusterOnly(clusterid),
  updateClusterAssociatedRules: ({ clusterid }) => clusterOnly(clusterid),
  joinClusterGroup: ({ clusterid }) => membership(clusterid),
  unjoinClusterGroup: ({ clusterid }) => membership(clusterid),
  // A fleet can be created with members.
  createClusterGroup: ({ body }) => ({
    stale: body.spec?.clusterIds?.length ? [groupLists, clusterLists, everyCluster] : [groupLists],
  }),
  // Its members become free clusters.
  deleteClusterGroup: ({ clustergroupid }) => ({
    stale: [groupLists, clusterLists, everyCluster],
    removed: [group(clustergroupid), { read: 'showFederationProgress', vars: { clustergroupid } }],
  }),
  updateClusterGroupAssociatedClusters: ({ clustergroupid }) => ({
    stale: [group(clustergroupid), groupLists, clusterLists, everyCluster],
  }),
  updateClusterGroupDescription: ({ clustergroupid }) => groupOnly(clustergroupid),
  updateClusterGroupAssociatedRules: ({ clustergroupid }) => groupOnly(clustergroupid),
  updateClusterGroupAssociatedZones: ({ clustergroupid }) => groupOnly(clustergroupid),
  // Federation changes the fleet, its job, and its members' federation state.
  enableFederation: ({ clustergroupid }) => federation(clustergroupid),
  disableFederation: ({ clustergroupid }) => federation(clustergroupid),
  createFederationConnection: ({ clustergroupid }) => groupOnly(clustergroupid),
  createFederationCert: ({ clustergroupid }) => groupOnly(clustergroupid),
  downloadFederationKubeconfig: () => ({ stale: [] }),
  createRule: () => ({ stale: [{ read: 'listRules' }] }),
  updateRule: () => ({ stale: [{ read: 'listRules' }] }),
  deleteRule: () => ({ stale: [{ read: 'listRules' }] }),
};

/** What a federation job changes when it ends: the fleet and its members' federation state. */
export function federationResult(clustergroupid: string): Stale[] {
  return [...groupOnly(clustergroupid).stale, { read: 'listClusters', vars: { clustergroupid } }];
}

/** Enabling or disabling changes that, and starts (or ends) the job. */
function federation(clustergroupid: string): Effect {
  return {
    stale: [
      ...federationResult(clustergroupid),
      { read: 'showFederationProgress', vars: { clustergroupid } },
    ],
  };
}
