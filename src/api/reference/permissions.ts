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
