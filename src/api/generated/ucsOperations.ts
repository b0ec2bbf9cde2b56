/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 *
 * Generated from src/api/ucs.openapi.yaml by `npm run generate` (src/api/tools/generate.ts).
 * Change the OpenAPI document and regenerate; `npm run generate:check` fails on drift.
 */

import type { operations } from './ucs';

/** Method and path of each operation of the document, by operationId. */
export const ucsOperations = {
  listClusters: { method: 'get', path: '/v1/clusters' },
  registerCluster: { method: 'post', path: '/v1/clusters' },
  showCluster: { method: 'get', path: '/v1/clusters/{clusterid}' },
  updateCluster: { method: 'put', path: '/v1/clusters/{clusterid}' },
  deleteCluster: { method: 'delete', path: '/v1/clusters/{clusterid}' },
  showClusterAccessInfo: { method: 'get', path: '/v1/clusters/{clusterid}/accessinfo' },
  activateCluster: { method: 'put', path: '/v1/clusters/{clusterid}/activation' },
  updateClusterAssociatedRules: { method: 'put', path: '/v1/clusters/{clusterid}/associatedrules' },
  listManagedClusters: { method: 'get', path: '/v1/managedclusters' },
  listRegisteredClusterVersions: { method: 'get', path: '/v1/config/registeredclusterversions' },
  joinClusterGroup: { method: 'post', path: '/v1/clusters/{clusterid}/join' },
  unjoinClusterGroup: { method: 'post', path: '/v1/clusters/{clusterid}/unjoin' },
  listClusterGroups: { method: 'get', path: '/v1/clustergroups' },
  createClusterGroup: { method: 'post', path: '/v1/clustergroups' },
  showClusterGroup: { method: 'get', path: '/v1/clustergroups/{clustergroupid}' },
  deleteClusterGroup: { method: 'delete', path: '/v1/clustergroups/{clustergroupid}' },
  updateClusterGroupAssociatedClusters: {
    method: 'put',
    path: '/v1/clustergroups/{clustergroupid}/associatedclusters',
  },
  updateClusterGroupDescription: {
    method: 'put',
    path: '/v1/clustergroups/{clustergroupid}/description',
  },
  updateClusterGroupAssociatedRules: {
    method: 'put',
    path: '/v1/clustergroups/{clustergroupid}/associatedrules',
  },
  updateClusterGroupAssociatedZones: {
    method: 'put',
    path: '/v1/clustergroups/{clustergroupid}/associatedzones',
  },
  enableFederation: { method: 'post', path: '/v1/clustergroups/{clustergroupid}/federations' },
  disableFederation: { method: 'delete', path: '/v1/clustergroups/{clustergroupid}/federations' },
  showFederationProgress: {
    method: 'get',
    path: '/v1/clustergroups/{clustergroupid}/federations/progress',
  },
  createFederationCert: { method: 'post', path: '/v1/clustergroups/{clustergroupid}/cert' },
  createFederationConnection: {
    method: 'post',
    path: '/v1/clustergroups/{clustergroupid}/connection',
  },
  downloadFederationKubeconfig: {
    method: 'post',
    path: '/v1/clustergroups/{clustergroupid}/kubeconfig',
  },
  listRules: { method: 'get', path: '/v1/permissions/rules' },
  createRule: { method: 'post', path: '/v1/permissions/rules' },
  updateRule: { method: 'put', path: '/v1/permissions/rules/{ruleid}' },
  deleteRule: { method: 'delete', path: '/v1/permissions/rules/{ruleid}' },
} as const satisfies Record<keyof operations, { method: string; path: string }>;
