import type { components } from '../generated/ucs';

type ClusterCategory = components['schemas']['ClusterCategory'];
type ClusterType = components['schemas']['ClusterType'];
type ClusterProvider = components['schemas']['ClusterProvider'];

/** One row of table 5.7: a valid combination of `spec.category`, `spec.type` and `spec.provider`. */
export interface ClusterKind {
  category: ClusterCategory;
  type: ClusterType;
  provider: ClusterProvider;
  /** The reference's English names of the three values, for display. */
  labels: { category: string; type: string; provider: string };
}

/**
 * Table 5.7 "Cluster Categories and Types" of the UCS API Reference (Issue 01, 2024-04-30).
 *
 * The table names providers in prose; the wire values come from the `CLUSTER_PROVIDER` map in the
 * register-an-attached-cluster example of section 3.1.3 (Alibaba Cloud → `aliyun`, Google Cloud
 * → `googlecloud`, Tianyi → `ctcloud`, China Mobile → `cmcloud`, …), the same values as the
 * `ClusterProvider` enum of `src/api/ucs.openapi.yaml`.
 *
 * Our copy of the document ends after the Tianyi Cloud row; the China Mobile Cloud row
 * (`partnercloud`/`cmc`/`cmcloud`) completes the partner-cloud category from the `cmc` type and
 * the map's `MOBILE: cmcloud` entry.
 */
export const clusterKinds: readonly ClusterKind[] = [
  {
    category: 'self',
    type: 'cce',
    provider: 'huaweicloud',
    labels: {
      category: 'Huawei Cloud cluster',
      type: 'CCE standard cluster',
      provider: 'Huawei Cloud',
    },
  },
  {
    category: 'self',
    type: 'turbo',
    provider: 'huaweicloud',
    labels: {
      category: 'Huawei Cloud cluster',
      type: 'CCE Turbo cluster',
      provider: 'Huawei Cloud',
    },
  },
  {
    category: 'onpremises',
    type: 'baremetal',
    provider: 'huaweicloud',
    labels: {
      category: 'On-premises cluster',
      type: 'On-premises cluster',
      provider: 'Huawei Cloud',
    },
  },
  {
    category: 'multicloud',
    type: 'aws',
    provider: 'huaweicloud',
    labels: {
      category: 'Multi-cloud cluster',
      type: 'Multi-cloud cluster',
      provider: 'Huawei Cloud',
    },
  },
  {
    category: 'attachedcluster',
    type: 'ack',
    provider: 'aliyun',
    labels: { category: 'Attached cluster', type: 'ACK cluster', provider: 'Alibaba Cloud' },
  },
  {
    category: 'attachedcluster',
    type: 'aks',
    provider: 'azure',
    labels: { category: 'Attached cluster', type: 'AKS cluster', provider: 'Azure' },
  },
  {
    category: 'attachedcluster',
    type: 'eks',
    provider: 'aws',
    labels: { category: 'Attached cluster', type: 'EKS cluster', provider: 'AWS' },
  },
  {
    category: 'attachedcluster',
    type: 'gke',
    provider: 'googlecloud',
    labels: { category: 'Attached cluster', type: 'GKE cluster', provider: 'Google Cloud' },
  },
  {
    category: 'attachedcluster',
    type: 'tke',
    provider: 'tencentcloud',
    labels: { category: 'Attached cluster', type: 'TKE cluster', provider: 'Tencent Cloud' },
  },
  {
    category: 'attachedcluster',
    type: 'openshift',
    provider: 'openshift',
    labels: { category: 'Attached cluster', type: 'OpenShift cluster', provider: 'OpenShift' },
  },
  {
    category: 'attachedcluster',
    type: 'privatek8s',
    provider: 'privatek8s',
    labels: {
      category: 'Attached cluster',
      type: 'Self-managed cluster',
      provider: 'Private Kubernetes provider',
    },
  },
  {
    category: 'partnercloud',
    type: 'ctc',
    provider: 'ctcloud',
    labels: {
      category: 'Partner cloud cluster',
      type: 'Tianyi Cloud cluster',
      provider: 'China Telecom Tianyi Cloud',
    },
  },
  {
    category: 'partnercloud',
    type: 'cmc',
    provider: 'cmcloud',
    labels: {
      category: 'Partner cloud cluster',
      type: 'China Mobile Cloud cluster',
      provider: 'China Mobile Cloud',
    },
  },
];

/** The row of table 5.7 for a category and type, if the combination exists. */
export function findClusterKind(category: string, type: string): ClusterKind | undefined {
  return clusterKinds.find((kind) => kind.category === category && kind.type === type);
}

/**
 * Whether category, type and provider form a combination of table 5.7, which `registerCluster`
 * requires ("the value must meet the requirements for provider and type").
 */
export function isValidClusterKind(category: string, type: string, provider: string): boolean {
  return findClusterKind(category, type)?.provider === provider;
}
