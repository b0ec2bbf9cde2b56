/** Permission policy types of the reference (table 3-145): the API accepts these four. */
export const policyTypes = ['readonly', 'develop', 'admin', 'custom'] as const;
export type PolicyType = (typeof policyTypes)[number];

/** The Kubernetes verbs a policy may grant, in the order Kubernetes documents them; `*` is all. */
export const kubernetesVerbs = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  '*',
] as const;
export type KubernetesVerb = (typeof kubernetesVerbs)[number];

/**
 * What one content entry of a policy grants: each of its verbs on each of its resources. A type
 * alias, not an interface: the contract's RuleContent allows extra keys, which only an alias
 * (with its implicit index signature) satisfies.
 */
export type RuleContent = {
  verbs: string[];
  resources: string[];
};

// Templates: what a policy of each type grants when it is created from the type.

/** Read everything: get, list and watch on every resource. */
const readonlyContents: RuleContent[] = [{ verbs: ['get', 'list', 'watch'], resources: ['*'] }];

/** Everything: every verb on every resource. */
const adminContents: RuleContent[] = [{ verbs: ['*'], resources: ['*'] }];

/**
 * The console's developer template: full control of workloads, their networking and their
 * configuration (Secrets included, since apps need them); read-only Events; nothing else —
 * so no RBAC (roles, bindings, service accounts), quotas, limit ranges, network policies,
 * namespaces or nodes. The editor states this list in words (`permissions.templates.develop`).
 */
export const developResources = [
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'jobs',
  'cronjobs',
  'pods',
  'pods/log',
  'pods/exec',
  'services',
  'endpoints',
  'ingresses',
  'configmaps',
  'secrets',
  'persistentvolumeclaims',
  'horizontalpodautoscalers',
];

const developContents: RuleContent[] = [
  { verbs: kubernetesVerbs.filter((verb) => verb !== '*'), resources: developResources },
  { verbs: ['get', 'list', 'watch'], resources: ['events'] },
];

/** What a type grants when chosen; custom starts from one empty rule. */
export function templateContents(type: PolicyType): RuleContent[] {
  switch (type) {
    case 'readonly':
      return readonlyContents;
    case 'admin':
      return adminContents;
    case 'develop':
      return developContents;
    case 'custom':
      return [];
  }
}

/** Resources offered where one is picked (the policy editor, the access check); any other can be typed. */
export const commonResources = [
  '*',
  'pods',
  'pods/log',
  'pods/exec',
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'jobs',
  'cronjobs',
  'services',
  'endpoints',
  'ingresses',
  'configmaps',
  'secrets',
  'persistentvolumeclaims',
  'persistentvolumes',
  'horizontalpodautoscalers',
  'events',
  'namespaces',
  'nodes',
  'serviceaccounts',
  'networkpolicies',
  'resourcequotas',
  'limitranges',
  'roles',
  'rolebindings',
  'clusterroles',
  'clusterrolebindings',
  'customresourcedefinitions',
  'storageclasses',
] as const;
