/** A kubeconfig with one cluster, user and context, as an operator would paste it (unit and e2e tests). */
export const kubeconfigYaml = `apiVersion: v1
kind: Config
clusters:
  - name: edge
    cluster:
      server: https://203.0.113.10:6443
users:
  - name: edge-admin
    user:
      token: not-a-real-token
contexts:
  - name: edge-admin@edge
    context:
      cluster: edge
      user: edge-admin
current-context: edge-admin@edge
`;
