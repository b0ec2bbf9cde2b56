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
const categoryLabels: Record<ClusterCategory, string> = {
  self: 'Huawei Cloud cluster',
  onpremises: 'On-premises cluster',
  multicloud: 'Multi-cloud cluster',
  attachedcluster: 'Attached cluster',
  partnercloud: 'Partner cloud cluster',
};

/** One row per line: category, type, provider, then the reference's names of the type and provider. */
const rows: readonly (readonly [ClusterCategory, ClusterType, ClusterProvider, string, string])[] =
  [
    ['self', 'cce', 'huaweicloud', 'CCE standard cluster', 'Huawei Cloud'],
    ['self', 'turbo', 'huaweicloud', 'CCE Turbo cluster', 'Huawei Cloud'],
    ['onpremises', 'baremetal', 'huaweicloud', 'On-premises cluster', 'Huawei Cloud'],
    ['multicloud', 'aws', 'huaweicloud', 'Multi-cloud cluster', 'Huawei Cloud'],
    ['attachedcluster', 'ack', 'aliyun', 'ACK cluster', 'Alibaba Cloud'],
    ['attachedcluster', 'aks', 'azure', 'AKS cluster', 'Azure'],
    ['attachedcluster', 'eks', 'aws', 'EKS cluster', 'AWS'],
    ['attachedcluster', 'gke', 'googlecloud', 'GKE cluster', 'Google Cloud'],
    ['attachedcluster', 'tke', 'tencentcloud', 'TKE cluster', 'Tencent Cloud'],
    ['attachedcluster', 'openshift', 'openshift', 'OpenShift cluster', 'OpenShift'],
    [
      'attachedcluster',
      'privatek8s',
      'privatek8s',
      'Self-managed cluster',
      'Private Kubernetes provider',
    ],
    ['partnercloud', 'ctc', 'ctcloud', 'Tianyi Cloud cluster', 'China Telecom Tianyi Cloud'],
    ['partnercloud', 'cmc', 'cmcloud', 'China Mobile Cloud cluster', 'China Mobile Cloud'],
  ];

export const clusterKinds: readonly ClusterKind[] = rows.map(
  ([category, type, provider, typeLabel, providerLabel]) => ({
    category,
    type,
    provider,
    labels: { category: categoryLabels[category], type: typeLabel, provider: providerLabel },
  }),
);

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
