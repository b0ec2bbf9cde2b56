import { stringify } from 'yaml';
import { draftContents, type PolicyDraft } from './policyModel';

/**
 * The Kubernetes ClusterRole the policy amounts to. UCS policies name resources without API
 * groups, so each rule applies to every group (`apiGroups: ["*"]`).
 */
export function clusterRoleOf(draft: Pick<PolicyDraft, 'name' | 'rules'>) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: draft.name || '<name>' },
    rules: draftContents(draft).map((content) => ({
      apiGroups: ['*'],
      resources: content.resources,
      verbs: content.verbs,
    })),
  };
}

export function clusterRoleYaml(draft: Pick<PolicyDraft, 'name' | 'rules'>): string {
  return stringify(clusterRoleOf(draft));
}
