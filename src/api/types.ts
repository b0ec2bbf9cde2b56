import type { components, operations } from './generated/ucs';

/** Request and query shapes, straight from the contract: pages never re-declare them. */
type Schemas = components['schemas'];
type QueryOf<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>;

export type ClusterListQuery = QueryOf<'listClusters'>;
export type ClusterGroupListQuery = QueryOf<'listClusterGroups'>;
export type RuleListQuery = QueryOf<'listRules'>;
export type AccessInfoQuery = QueryOf<'showClusterAccessInfo'>;

export type RegisterClusterRequest = Schemas['RegisterClusterRequest'];
export type UpdateClusterRequest = Schemas['UpdateClusterRequest'];
export type AssociatedRulesRequest = Schemas['AssociatedRulesRequest'];
export type RegisterClusterGroupRequest = Schemas['RegisterClusterGroupRequest'];
export type CreateFederationCertRequest = Schemas['CreateFederationCertRequest'];
export type CreateFederationConnectionRequest = Schemas['CreateFederationConnectionRequest'];
export type CreateRuleRequest = Schemas['CreateRuleRequest'];
export type UpdateRuleRequest = Schemas['UpdateRuleRequest'];
export type Kubeconfig = Schemas['Kubeconfig'];
