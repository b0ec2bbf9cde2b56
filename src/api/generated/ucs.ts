/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 *
 * Generated from src/api/ucs.openapi.yaml by `npm run generate` (src/api/tools/generate.ts).
 * Change the OpenAPI document and regenerate; `npm run generate:check` fails on drift.
 */

export interface paths {
  '/v1/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query the cluster list
     * @description Section 3.1.1.
     */
    get: operations['listClusters'];
    put?: never;
    /**
     * Register a cluster
     * @description Section 3.1.3. Registers a third-party cluster or imports a CCE cluster. The reference's CCE import example sends only `metadata.uid` and a partial `spec`; the table marks `kind`, `apiVersion`, `metadata.name`, `spec.category/type/provider/country/city/manageType` as mandatory, and this contract follows the table (the console fills them from the CCE cluster returned by `listManagedClusters`).
     */
    post: operations['registerCluster'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters/{clusterid}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    /**
     * Query a cluster
     * @description Section 3.1.2. The cluster ID must comply with the Kubernetes UUID format and the caller needs permission on the cluster, otherwise authentication fails.
     */
    get: operations['showCluster'];
    /**
     * Update a cluster
     * @description Section 3.1.4. Only the country/city of attached and on-premises clusters, the kubeconfig annotation of attached clusters and the number of worker nodes of multi-cloud clusters can be updated.
     */
    put: operations['updateCluster'];
    post?: never;
    /**
     * Deregister a cluster
     * @description Section 3.1.5.
     */
    delete: operations['deleteCluster'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters/{clusterid}/accessinfo': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    /**
     * Query cluster access information
     * @description Section 3.1.6. Only for third-party clusters (a CCE cluster ID returns 400). The agent certificate can be downloaded only once; later calls return the message "Downloaded".
     */
    get: operations['showClusterAccessInfo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters/{clusterid}/activation': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Activate a cluster
     * @description Section 3.1.7. The URI line says PUT and the example says POST; the URI line (PUT) is used.
     */
    put: operations['activateCluster'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters/{clusterid}/associatedrules': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Associate a cluster with permission policies
     * @description Section 3.1.8. The example says POST; the URI line (PUT) is used.
     */
    put: operations['updateClusterAssociatedRules'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/managedclusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query the CCE cluster list
     * @description Section 3.1.9. CCE clusters of the account, e.g. to pick one to register.
     */
    get: operations['listManagedClusters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/config/registeredclusterversions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query the cluster version list
     * @description Section 3.1.10. Kubernetes versions UCS supports for registration.
     */
    get: operations['listRegisteredClusterVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters/{clusterid}/join': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a cluster to a fleet
     * @description Section 3.2.1.
     */
    post: operations['joinClusterGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters/{clusterid}/unjoin': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove a cluster from a fleet
     * @description Section 3.2.2. No request body.
     */
    post: operations['unjoinClusterGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Obtain the fleet list
     * @description Section 3.2.10.
     */
    get: operations['listClusterGroups'];
    put?: never;
    /**
     * Register (create) a fleet
     * @description Section 3.2.3. Clusters can be selected during fleet creation.
     */
    post: operations['createClusterGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    /**
     * Query a fleet
     * @description Section 3.2.5.
     */
    get: operations['showClusterGroup'];
    put?: never;
    post?: never;
    /**
     * Delete a fleet
     * @description Section 3.2.4. A fleet can only be deleted when it has no clusters; remove the clusters first.
     */
    delete: operations['deleteClusterGroup'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/associatedclusters': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Add clusters to a fleet
     * @description Section 3.2.6. Adds one or more clusters; cannot remove clusters (use `unjoinClusterGroup`).
     */
    put: operations['updateClusterGroupAssociatedClusters'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/description': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update the fleet description
     * @description Section 3.2.7.
     */
    put: operations['updateClusterGroupDescription'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/associatedrules': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update the permission policies associated with a fleet
     * @description Section 3.2.8.
     */
    put: operations['updateClusterGroupAssociatedRules'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/associatedzones': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update the zone associated with the federation of a fleet
     * @description Section 3.2.9. The example says POST; the URI line (PUT) is used.
     */
    put: operations['updateClusterGroupAssociatedZones'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/federations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable fleet federation
     * @description Section 3.2.11. Starts an asynchronous job; poll `showFederationProgress`. No request body.
     */
    post: operations['enableFederation'];
    /**
     * Disable fleet federation
     * @description Section 3.2.12.
     */
    delete: operations['disableFederation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/federations/progress': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    /**
     * Query the federation enabling progress
     * @description Section 3.2.13. The only operation whose `X-Auth-Token` is optional (table 3-125), hence `security: [{}, {authToken: []}]`.
     */
    get: operations['showFederationProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/cert': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a federation connection and download kubeconfig
     * @description Section 3.2.14. Creates a VPC endpoint to the federation API server and returns the kubeconfig, once federation is enabled. The reference lists only status 201.
     */
    post: operations['createFederationCert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/connection': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a federation connection
     * @description Section 3.2.15. Creates a VPC endpoint to the federation API server once federation is enabled. The reference lists only status 201.
     */
    post: operations['createFederationConnection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clustergroups/{clustergroupid}/kubeconfig': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Download the federation kubeconfig
     * @description Section 3.2.16. Returns the kubeconfig after federation is enabled and the federation connection is created. The reference lists only status 201.
     */
    post: operations['downloadFederationKubeconfig'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/permissions/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query the permission policy list
     * @description Section 3.3.2.
     */
    get: operations['listRules'];
    put?: never;
    /**
     * Create a permission policy
     * @description Section 3.3.1.
     */
    post: operations['createRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/permissions/rules/{ruleid}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Permission policy ID. */
        ruleid: components['parameters']['RuleId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update a permission policy
     * @description Section 3.3.4. The example URL (`/v1/permissions/{ruleid}`) lacks `/rules`; the URI line is used.
     */
    put: operations['updateRule'];
    post?: never;
    /**
     * Delete a permission policy
     * @description Section 3.3.3.
     */
    delete: operations['deleteRule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Error body of every failed request (section 2.3). */
    ErrorResponse: {
      /**
       * @description Error code, e.g. `UCS.01100004`; see `src/api/reference/errorCodes.ts`.
       * @example UCS.01100004
       */
      error_code: string;
      /**
       * @description Error message.
       * @example The same clustergroup already exists.
       */
      error_msg: string;
    };
    /**
     * @description `grouped`: the cluster is in a fleet; `discrete`: the cluster is in no fleet.
     * @enum {string}
     */
    ManageType: 'grouped' | 'discrete';
    /**
     * @description Cluster category (table 5.7). Must match `type` and `provider`.
     * @enum {string}
     */
    ClusterCategory: 'self' | 'onpremises' | 'multicloud' | 'attachedcluster' | 'partnercloud';
    /**
     * @description Cluster type (table 5.7): `cce`, `turbo` (self); `baremetal` (onpremises); `aws` (multicloud); `ack`, `aks`, `eks`, `gke`, `tke`, `openshift`, `privatek8s` (attachedcluster); `ctc`, `cmc` (partnercloud). Must match `category` and `provider`.
     * @enum {string}
     */
    ClusterType:
      | 'cce'
      | 'turbo'
      | 'baremetal'
      | 'aws'
      | 'ack'
      | 'aks'
      | 'eks'
      | 'gke'
      | 'tke'
      | 'openshift'
      | 'privatek8s'
      | 'ctc'
      | 'cmc';
    /**
     * @description Cluster provider. Values from the `CLUSTER_PROVIDER` map in the reference's register-an-attached-cluster example (section 3.1.3); table 5.7 names them in prose (Huawei Cloud → `huaweicloud`, Alibaba Cloud → `aliyun`, Azure → `azure`, AWS → `aws`, Google Cloud → `googlecloud`, Tencent Cloud → `tencentcloud`, OpenShift → `openshift`, private Kubernetes → `privatek8s`, China Telecom Tianyi Cloud → `ctcloud`, China Mobile Cloud → `cmcloud`). The remaining map values (`huaweicloudstack`, `other`, `FlexibleEngine`, ...) are kept for completeness with the map's own capitalisation.
     * @enum {string}
     */
    ClusterProvider:
      | 'huaweicloud'
      | 'aliyun'
      | 'azure'
      | 'aws'
      | 'googlecloud'
      | 'tencentcloud'
      | 'openshift'
      | 'privatek8s'
      | 'ctcloud'
      | 'cmcloud'
      | 'huaweicloudstack'
      | 'other'
      | 'FlexibleEngine'
      | 'FlexibleEngineStack'
      | 'OpenTelekomCloud'
      | 'OpenTelekomCloudStack';
    /**
     * @description Permission policy type.
     * @enum {string}
     */
    RuleType: 'readonly' | 'develop' | 'admin' | 'custom';
    /** @description Basic information about an object (tables 3-5, 3-94, 3-152). Timestamps are strings in RFC 3339 (clusters) or Go `time.Time.String()` form (fleets, rules, jobs); use `parseUcsTime`. */
    ObjectMeta: {
      /** @description Object ID. */
      uid?: string;
      /** @description Object name. */
      name?: string;
      labels?: {
        [key: string]: string;
      };
      /** @description Not in the tables; the examples show it (e.g. `vpcid`, `currentTimestamp`). */
      annotations?: {
        [key: string]: string;
      };
      /** @description Creation time. */
      creationTimestamp?: string;
      /** @description Update time. */
      updateTimestamp?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description ID of the created object (tables 3-39, 3-88, 3-147). */
    UidResponse: {
      uid?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A UCS cluster (table 3-4). */
    Cluster: {
      /** @description Fixed at `Cluster`. */
      kind?: string;
      /** @description Fixed at `v1`. */
      apiVersion?: string;
      metadata?: components['schemas']['ObjectMeta'];
      spec?: components['schemas']['ClusterSpec'];
      status?: components['schemas']['ClusterStatus'];
    } & {
      [key: string]: unknown;
    };
    ClusterList: {
      items?: components['schemas']['Cluster'][];
      /** @description Total number of clusters. */
      total?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description Detailed description of a cluster (table 3-6), read side. Variant spellings are separate optional properties; `normalizeCluster` folds them onto the table/SDK name. */
    ClusterSpec: {
      /** @description Synchronization mode between the cluster and the Karmada control plane. */
      syncMode?: string;
      /** @description Fleet ID. Empty or absent when the cluster is in no fleet. */
      clusterGroupID?: string;
      /** @description `grouped` or `discrete` (see `ManageType`); a plain string when read. */
      manageType?: string;
      ruleNamespaces?: components['schemas']['RuleNamespace'][];
      /** @description API server address. */
      apiEndpoint?: string;
      secretRef?: components['schemas']['LocalSecretReference'];
      insecureSkipTLSVerification?: boolean;
      proxyURL?: string;
      /** @description See `ClusterProvider`; a plain string when read. */
      provider?: string;
      /** @description See `ClusterType`; a plain string when read. */
      type?: string;
      /** @description See `ClusterCategory`; a plain string when read. */
      category?: string;
      /** @description Whether CCE Turbo clusters can manage edge infrastructure. SDK name: `enableDistMgt`; the table shows `enableDistMgmt`. Canonical: `enableDistMgt`. */
      enableDistMgt?: boolean;
      /** @description Table spelling of `enableDistMgt`. */
      enableDistMgmt?: boolean;
      region?: string;
      /** @description Country code (section 5.5). */
      country?: string;
      /** @description City code (section 5.6). */
      city?: string;
      /** @description Project ID. SDK name and table: `projectID`; the examples show `projectId`. Canonical: `projectID`. */
      projectID?: string;
      /** @description Example spelling of `projectID`. */
      projectId?: string;
      projectName?: string;
      zone?: string;
      taints?: components['schemas']['Taint'][];
      /** @description Whether the agent certificate has been downloaded. Table and SDK JSON name: `IsDownloadedCert` (the SDK maps it to the accessor `isDownloadedCert`); the 3.1.1 and 3.1.2 examples show `isDownloadedCert`. Canonical after normalisation: `isDownloadedCert`. */
      IsDownloadedCert?: boolean;
      /** @description Example spelling of `IsDownloadedCert`. */
      isDownloadedCert?: boolean;
      policyId?: string;
      /** @description Not in the table; in the examples and the SDK model. */
      operatorNamespace?: string;
      /** @description Not in the table; in the SDK model. */
      connectProxyEndpoints?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    RuleNamespace: {
      rules?: components['schemas']['RuleInfo'][];
      namespaces?: string[];
    } & {
      [key: string]: unknown;
    };
    RuleInfo: {
      ruleID?: string;
      ruleName?: string;
    } & {
      [key: string]: unknown;
    };
    LocalSecretReference: {
      namespace?: string;
      name?: string;
    } & {
      [key: string]: unknown;
    };
    Taint: {
      key?: string;
      value?: string;
      effect?: string;
      /** @description Timestamp (table and SDK name `timeadded`). */
      timeadded?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Cluster status (table 3-11), read side. */
    ClusterStatus: {
      kubernetesVersion?: string;
      conditions?: components['schemas']['ConditionStatus'][];
      nodeSummary?: components['schemas']['NodeSummary'];
      resourceSummary?: components['schemas']['ResourceSummary'];
      /** @description Table 3-11 says "Endpoint object" and the SDK types it `object`, but every example shows an array of endpoints; both shapes are accepted and `normalizeCluster` returns an array. */
      endpoints?: components['schemas']['Endpoint'][] | components['schemas']['Endpoint'];
      /** @description Phase, e.g. `Available`. */
      phase?: string;
      reason?: string;
      message?: string;
      /** @description Frozen due to arrears; the string `"true"` or `"false"`. */
      arrearFreeze?: string;
      /** @description Frozen for legal reasons; the string `"true"` or `"false"`. */
      policeFreeze?: string;
      apiEnablements?: components['schemas']['APIEnablement'][];
    } & {
      [key: string]: unknown;
    };
    /** @description Cluster condition (table 3-12). The table spells `lasttransitiontime` and `observedgeneration`; the examples and the SDK use `lastTransitionTime` (the SDK keeps `observedgeneration`). Canonical: `lastTransitionTime`, `observedgeneration`. */
    ConditionStatus: {
      type?: string;
      status?: string;
      observedgeneration?: number;
      lastTransitionTime?: string;
      /** @description Table spelling of `lastTransitionTime`. */
      lasttransitiontime?: string;
      reason?: string;
      message?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Node statistics. The table types the counts as String, the SDK as number; both are accepted and `normalizeCluster` returns numbers. */
    NodeSummary: {
      totalNum?: string | number;
      readyNum?: string | number;
    } & {
      [key: string]: unknown;
    };
    /** @description Resource statistics, each a map of resource name to quantity. */
    ResourceSummary: {
      allocatable?: {
        [key: string]: unknown;
      };
      allocating?: {
        [key: string]: unknown;
      };
      allocated?: {
        [key: string]: unknown;
      };
      capacity?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    Endpoint: {
      url?: string;
      /** @description Port type, e.g. `Internal`. */
      type?: string;
      status?: string;
    } & {
      [key: string]: unknown;
    };
    APIEnablement: {
      groupVersion?: string;
      resources?: components['schemas']['APIResource'][];
    } & {
      [key: string]: unknown;
    };
    APIResource: {
      name?: string;
      kind?: string;
    } & {
      [key: string]: unknown;
    };
    RegisteredClusterVersions: {
      versions?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Request body of `registerCluster` (table 3-35; SDK `RegisterCluster`). */
    RegisterClusterRequest: {
      /** @enum {string} */
      kind: 'Cluster';
      /** @enum {string} */
      apiVersion: 'v1';
      metadata: components['schemas']['RegisterClusterMetadata'];
      spec: components['schemas']['RegisterClusterSpec'];
    };
    /** @description Table 3-36; SDK `RegisterClusterMetadata`. */
    RegisterClusterMetadata: {
      /** @description ID of the CCE cluster being imported; not set for other clusters. The table spells `UID`; the example and the SDK use `uid`, which is sent. */
      uid?: string;
      /** @description CCE cluster name, or a custom name for other cluster types. */
      name: string;
      /** @description Kubernetes labels. */
      labels?: {
        [key: string]: string;
      };
      /** @description For an attached cluster, `kubeconfig` is mandatory and holds the content of the kubeconfig file (a JSON string). */
      annotations?: {
        [key: string]: string;
      };
    };
    /** @description Table 3-37; SDK `RegisterClusterSpec`. */
    RegisterClusterSpec: {
      /** @description Fleet ID (empty string for none, as in the examples). */
      clusterGroupID?: string;
      category: components['schemas']['ClusterCategory'];
      type: components['schemas']['ClusterType'];
      provider: components['schemas']['ClusterProvider'];
      /** @description Country code (section 5.5). */
      country: string;
      /** @description City code (section 5.6). Only cities in China have codes; for another country the reference's own update example sends the country code as the city (`AL`/`AL`), which the console also does, because the table marks the field mandatory. */
      city: string;
      /** @description Only when importing a CCE cluster (the `region` of `listManagedClusters`). */
      region?: string;
      /** @description Only when importing a CCE cluster. SDK and table name `projectID` (the managed-cluster examples return `projectId`). */
      projectID?: string;
      manageType: components['schemas']['ManageType'];
      network?: components['schemas']['NetworkConfig'];
    };
    /** @description Network configuration of a multi-cloud cluster only. */
    NetworkConfig: {
      podCIDR?: string;
      serviceCIDR?: string;
    };
    /** @description Request body of `updateCluster` (table 3-42; SDK `UpdateClusterRequestBody`). */
    UpdateClusterRequest: {
      /** @enum {string} */
      kind: 'Cluster';
      /** @enum {string} */
      apiVersion: 'v1';
      metadata?: components['schemas']['UpdateClusterMetadata'];
      spec?: components['schemas']['UpdateClusterSpec'];
    };
    /** @description Table 3-43 lists the read-side ObjectMeta fields, but the SDK's `UpdateObjectMeta` only has `annotations`, and the example sends only `annotations.kubeconfig` (new kubeconfig of an attached cluster). Only `annotations` is declared. */
    UpdateClusterMetadata: {
      annotations?: {
        [key: string]: string;
      };
    };
    /** @description Table 3-44; SDK `UpdateClusterSpec`. */
    UpdateClusterSpec: {
      country?: string;
      city?: string;
      workerConfig?: components['schemas']['WorkerConfig'];
    };
    /** @description Worker node configuration; multi-cloud clusters only. */
    WorkerConfig: {
      replicas?: number;
      strategy?: components['schemas']['NodeUpgradeStrategy'];
    };
    NodeUpgradeStrategy: {
      /** @description Policy type. */
      type?: string;
      rollingUpdate?: components['schemas']['RollingUpdateNodeUpgradeStrategy'];
    };
    RollingUpdateNodeUpgradeStrategy: {
      maxUnavailable?: components['schemas']['IntOrString'];
      maxSurge?: components['schemas']['IntOrString'];
      /** @enum {string} */
      deletePolicy?: 'Random' | 'Oldest' | 'Newest';
    };
    /** @description Table 3-47 types it "Object"; it is a Kubernetes IntOrString (a count or a percentage such as `"25%"`). */
    IntOrString: number | string;
    /** @description Body of `updateClusterAssociatedRules` and `updateClusterGroupAssociatedRules` (tables 3-58, 3-106; SDK `UpdateAssociatedRulesRequest`). */
    AssociatedRulesRequest: {
      ruleIDNamespaces?: components['schemas']['RuleIDNamespaces'][];
    };
    RuleIDNamespaces: {
      /** @description Permission policy IDs. */
      ruleIDs?: string[];
      /** @description Namespaces the policies apply to. */
      namespaces?: string[];
    };
    /** @description Table 3-81. SDK name (`ClusterJoinGroupRequestBody`): `clusterGroupID`; the example shows `clustergroupID`. `clusterGroupID` is sent. */
    JoinClusterGroupRequest: {
      /** @description ID of the fleet the cluster is added to. */
      clusterGroupID?: string;
    };
    /** @description Fleet name. The reference gives no limits; the fleet name becomes a DNS label of the federation API (`https://{Fleet name}.fleet.ucs.{Region}...`, chapter 4), so the console enforces an RFC 1123 label of 1–63 characters. */
    FleetName: string;
    /** @description Description, 0–255 characters (table 3-145; applied to fleets too). */
    Description: string;
    /** @description Request body of `createClusterGroup` (table 3-85; SDK `RegisterClusterGroup`). */
    RegisterClusterGroupRequest: {
      metadata: {
        name: components['schemas']['FleetName'];
      };
      spec?: components['schemas']['RegisterClusterGroupSpec'];
    };
    /** @description Table 3-87; SDK `RegisterClusterGroupSpec`. */
    RegisterClusterGroupSpec: {
      /** @description IDs of the clusters to add. SDK and table name `clusterIds`. */
      clusterIds?: string[];
      description?: components['schemas']['Description'];
    };
    /** @description Table 3-100. SDK name (`UpdateClusterGroupAssociatedClustersRequestBody`): `clusterIds`; the example shows `clusterids`. `clusterIds` is sent. */
    UpdateClusterGroupAssociatedClustersRequest: {
      clusterIds?: string[];
    };
    /** @description Table 3-103; SDK `UpdateClusterGroupDescriptionRequest`. */
    UpdateClusterGroupDescriptionRequest: {
      description: components['schemas']['Description'];
    };
    /** @description Table 3-110. */
    UpdateClusterGroupAssociatedZonesRequest: {
      /** @description DNS suffixes used to change the root domain name for access. */
      dnsSuffix?: string[];
    };
    /** @description A fleet (table 3-93). */
    ClusterGroup: {
      /** @description Fixed at `ClusterGroup`. */
      kind?: string;
      apiVersion?: string;
      metadata?: components['schemas']['ObjectMeta'];
      spec?: components['schemas']['ClusterGroupSpec'];
      status?: components['schemas']['ClusterGroupStatus'];
    } & {
      [key: string]: unknown;
    };
    ClusterGroupList: {
      items?: components['schemas']['ClusterGroup'][];
      /** @description Total number of records on all pages. */
      total?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description Table 3-95; SDK `ClusterGroupSpec`. */
    ClusterGroupSpec: {
      /** @description Permission policies bound to the fleet, with the namespaces they apply to. Table 3-95 and the vendor SDK (`ClusterGroupSpec.ruleNamespaces?: Array<string>`) type the items as strings (namespace names), which loses which policy is bound for which namespaces; clusters use `RuleNamespace` objects (`{rules: [{ruleID, ruleName}], namespaces}`) for the same binding. Read-side tolerance: an item is either shape (`oneOf` a string or a `RuleNamespace`). `normalizeClusterGroup` in `src/api/normalize.ts` folds both onto `RuleNamespace[]`; the mock answers with `RuleNamespace` objects. */
      ruleNamespaces?: (string | components['schemas']['RuleNamespace'])[];
      /** @description Federation ID; set once federation has been enabled. */
      federationId?: string;
      description?: string;
      dnsSuffix?: string[];
      federationExpirationTimestamp?: string;
      policyId?: string;
      federationVersion?: string;
      /** @description Not in the table; in the SDK model. */
      connectGatewayEndpoints?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    ClusterGroupStatus: {
      conditions?: components['schemas']['ClusterGroupCondition'][];
    } & {
      [key: string]: unknown;
    };
    /** @description Federation or permission-policy condition of a fleet (table 3-97). `type` is `Federation` or `Policy`; `lastTransitionTime` may be the zero time `0001-01-01T00:00:00Z`. */
    ClusterGroupCondition: {
      type?: string;
      status?: string;
      reason?: string;
      message?: string;
      lastTransitionTime?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Federation job (tables 3-126, 3-128). Sub-jobs nest the same shape. */
    Job: {
      kind?: string;
      /** @description The table says fixed at `v1`; the example shows `v3`. */
      apiVersion?: string;
      metadata?: components['schemas']['ObjectMeta'];
      spec?: components['schemas']['JobSpec'];
      status?: components['schemas']['JobStatus'];
    } & {
      [key: string]: unknown;
    };
    /** @description Table 3-127 spells every field in lower case (`federationuid`, `resourceid`, `resourcename`, `extendparam`, `subjobs`); the example and the SDK's `JobSpec` use `federationUID`, `resourceID`, `resourceName`, `subJobs`; for the extended parameter the SDK keeps the table's `extendparam` while the example shows `extendParam`. Canonical after `normalizeJob`: the SDK names (`federationUID`, `resourceID`, `resourceName`, `extendparam`, `subJobs`). */
    JobSpec: {
      /** @description Job type, e.g. `CreateFederationContainer`, `InstallFederationChart`. */
      type?: string;
      federationUID?: string;
      federationuid?: string;
      resourceID?: string;
      resourceid?: string;
      resourceName?: string;
      resourcename?: string;
      extendParam?: components['schemas']['JobExtendParam'];
      extendparam?: components['schemas']['JobExtendParam'];
      subJobs?: components['schemas']['Job'][];
      subjobs?: components['schemas']['Job'][];
    } & {
      [key: string]: unknown;
    };
    /** @description Extended parameter: a String in the table, an object of strings in the example (`{"JobExtendParamKeyElbID": "..."}`). */
    JobExtendParam:
      | string
      | {
          [key: string]: string;
        };
    /** @description Table 3-129 spells `completiontime`/`starttime`; the example and the SDK use `completionTime`/`startTime` (canonical). */
    JobStatus: {
      /** @description Job phase, e.g. `Success`. */
      phase?: string;
      reason?: string;
      completionTime?: string;
      completiontime?: string;
      startTime?: string;
      starttime?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Table 3-132; SDK `CreateFederationCertRequestBody`. */
    CreateFederationCertRequest: {
      projectID: string;
      /** @description VPC ID, in the project given by `projectID`. */
      vpcID: string;
      /** @description Subnet ID, in the VPC given by `vpcID`. */
      subnetID: string;
      duration: components['schemas']['CertificateDuration'];
    };
    /** @description Validity period of the kubeconfig certificate, in days. */
    CertificateDuration: number;
    /** @description Table 3-136; SDK `CreateFederationConnectionRequestBody`. */
    CreateFederationConnectionRequest: {
      projectID: string;
      vpcID: string;
      subnetID: string;
    };
    CreateFederationConnectionResponse: {
      /** @description VPC endpoint ID. */
      id?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Table 3-140; SDK `DownloadFederationKubeconfigRequestBody`. */
    DownloadFederationKubeconfigRequest: {
      duration: components['schemas']['CertificateDuration'];
    };
    /** @description A kubeconfig document in JSON (the fields of the SDK's `DownloadFederationKubeconfigResponse`); free-form otherwise. */
    Kubeconfig: {
      kind?: string;
      apiVersion?: string;
      clusters?: {
        [key: string]: unknown;
      }[];
      users?: {
        [key: string]: unknown;
      }[];
      contexts?: {
        [key: string]: unknown;
      }[];
      'current-context'?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Permission policy name. */
    RuleName: string;
    /** @description Table 3-146. */
    RuleContent: {
      verbs?: string[];
      resources?: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description Send side of RuleSpec (tables 3-145, 3-160). Table name `iamuserids`; the SDK's `RuleSpec` and both examples use `iamUserIDs`, which is sent. */
    RuleSpecRequest: {
      /** @description IAM user IDs associated with the permission policy. */
      iamUserIDs?: string[];
      type?: components['schemas']['RuleType'];
      contents?: components['schemas']['RuleContent'][];
      description?: components['schemas']['Description'];
    };
    /** @description Table 3-143; SDK `CreateRuleRequestBody`. */
    CreateRuleRequest: {
      metadata: {
        name: components['schemas']['RuleName'];
      };
      spec: components['schemas']['RuleSpecRequest'];
    };
    /** @description Table 3-159; SDK `UpdateRuleRequestBody`. */
    UpdateRuleRequest: {
      spec?: components['schemas']['RuleSpecRequest'];
    };
    /** @description A permission policy (table 3-151). */
    Rule: {
      kind?: string;
      apiVersion?: string;
      metadata?: components['schemas']['ObjectMeta'];
      spec?: components['schemas']['RuleSpec'];
    } & {
      [key: string]: unknown;
    };
    /** @description Read side of RuleSpec (table 3-153). Table spelling `iamuserids`, example and SDK spelling `iamUserIDs` (canonical). */
    RuleSpec: {
      iamUserIDs?: string[];
      iamuserids?: string[];
      /** @description See `RuleType`; a plain string when read. */
      type?: string;
      contents?: components['schemas']['RuleContent'][];
      description?: string;
    } & {
      [key: string]: unknown;
    };
    RuleList: {
      items?: components['schemas']['Rule'][];
      /** @description Total number of records on all pages. */
      total?: number;
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description Client request error. The server could not execute the request. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The token is missing, invalid or expired (UCS.00000018 / UCS.01000003, "Authorization failed."). Not listed per operation in chapter 3, but table 5-1 defines these codes with status 401 and every token-authenticated operation can return them; the console signs the user out on 401. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The server refused the request. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Resource not found. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description No cluster has this ID (UCS.01030001, "Cluster Not Found."). Chapter 3 does not list 404 for every operation that takes a cluster ID, but table 5-1 defines the code with status 404 and any of them can meet an unknown or deregistered cluster. */
    ClusterNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description No fleet has this ID (UCS.01100005, "ClusterGroup Not Found."). Chapter 3 does not list 404 for every operation that takes a fleet ID, but table 5-1 defines the code with status 404 and any of them can meet an unknown or deleted fleet. */
    ClusterGroupNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description No permission policy has this ID. Section 3.3 lists no 404 and table 5-1 has no policy-specific code, so the generic "No requested resources found." applies (UCS.01000013, which the mock answers; UCS.00000013 has the same meaning in table 5-1). */
    RuleNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description There was a request conflict (e.g. UCS.01030003, the same cluster already exists). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The throttling threshold has been reached (UCS.01000002). Not listed per operation in chapter 3, but table 5-1 defines the code with status 429 and API throttling applies to every operation; the console retries after a back-off. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Internal server error. */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
  };
  parameters: {
    /** @description Cluster ID (Kubernetes UUID format). */
    ClusterId: string;
    /** @description Fleet ID. */
    ClusterGroupId: string;
    /** @description Permission policy ID. */
    RuleId: string;
    /** @description Number of records per page when the list is queried by page; `-1` means no limit. */
    Limit: number;
    /** @description Start offset when the list is queried by page. */
    Offset: number;
    /** @description Sorting field when the list is queried by page. */
    OrderBy: 'create_at' | 'update_at';
    /** @description Sorting order when the list is queried by page. */
    Order: 'asc' | 'desc';
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listClusters: {
    parameters: {
      query?: {
        /** @description Cluster category (see table 5.7). */
        category?: components['schemas']['ClusterCategory'];
        /** @description Whether to return the cluster status and resource summary. Left blank or `true`: the cluster resource summary is returned; `false`: cluster status is not returned. */
        enablestatus?: boolean;
        /** @description Fleet ID. If set, only clusters of that fleet are returned; otherwise all clusters. */
        clustergroupid?: string;
        /** @description Number of records per page when the list is queried by page; `-1` means no limit. */
        limit?: components['parameters']['Limit'];
        /** @description Start offset when the list is queried by page. */
        offset?: components['parameters']['Offset'];
        /** @description Sorting field when the list is queried by page. */
        order_by?: components['parameters']['OrderBy'];
        /** @description Sorting order when the list is queried by page. */
        order?: components['parameters']['Order'];
        /** @description Which clusters to list: `grouped` (in a fleet), `discrete` (in no fleet) or `all`. */
        managetype?: 'all' | 'grouped' | 'discrete';
        /** @description Cluster IDs, several separated by commas (`,`), e.g. `id1,id2`. */
        clusterids?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All clusters are queried. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  registerCluster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterClusterRequest'];
      };
    };
    responses: {
      /** @description The cluster has been registered (the ID of the registered cluster is returned). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UidResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  showCluster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cluster information, such as its status and synchronization mode between the cluster and the Karmada control plane. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cluster'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateCluster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClusterRequest'];
      };
    };
    responses: {
      /** @description The cluster has been updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['ClusterNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteCluster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster has been deregistered. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  showClusterAccessInfo: {
    parameters: {
      query?: {
        /** @description IP address of the VPC endpoint for accessing on-premises clusters. Mandatory for clusters on a private network. */
        vpcendpoint?: string;
        /** @description Access region. Mandatory for clusters accessed over a private network. */
        region?: string;
      };
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster access information is returned. If the API has been called before, the message "Downloaded" is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string[];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['ClusterNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  activateCluster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster has been activated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['ClusterNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateClusterAssociatedRules: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssociatedRulesRequest'];
      };
    };
    responses: {
      /** @description The cluster has been associated with the permission policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['ClusterNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  listManagedClusters: {
    parameters: {
      query?: {
        /** @description Whether to return only CCE clusters that are not registered with UCS (the table reads "Whether to register a cluster with UCS"). */
        unregister?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CCE clusters that are not registered with UCS are returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cluster'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listRegisteredClusterVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List of supported cluster versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisteredClusterVersions'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
    };
  };
  joinClusterGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinClusterGroupRequest'];
      };
    };
    responses: {
      /** @description The cluster has been added to the fleet. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description No cluster has the path's ID (UCS.01030001, "Cluster Not Found.") or no fleet has the body's `clusterGroupID` (UCS.01100005, "ClusterGroup Not Found."). Section 3.2.1 lists no 404, but table 5-1 defines both codes with status 404. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  unjoinClusterGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Cluster ID (Kubernetes UUID format). */
        clusterid: components['parameters']['ClusterId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cluster has been removed from the fleet. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  listClusterGroups: {
    parameters: {
      query?: {
        /** @description Number of records per page when the list is queried by page; `-1` means no limit. */
        limit?: components['parameters']['Limit'];
        /** @description Start offset when the list is queried by page. */
        offset?: components['parameters']['Offset'];
        /** @description Sorting field when the list is queried by page. */
        order_by?: components['parameters']['OrderBy'];
        /** @description Sorting order when the list is queried by page. */
        order?: components['parameters']['Order'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fleet list has been queried. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterGroupList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  createClusterGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterClusterGroupRequest'];
      };
    };
    responses: {
      /** @description The fleet has been created (the UID of the fleet is returned). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UidResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description A fleet with this name already exists (UCS.01100004, "The same clustergroup already exists."). Section 3.2.3 does not list 409, but table 5-1 defines the code with status 409. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  showClusterGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Fleet object */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterGroup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteClusterGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fleet has been deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateClusterGroupAssociatedClusters: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClusterGroupAssociatedClustersRequest'];
      };
    };
    responses: {
      /** @description Clusters have been added to the fleet. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['ClusterGroupNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateClusterGroupDescription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClusterGroupDescriptionRequest'];
      };
    };
    responses: {
      /** @description Update succeeded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateClusterGroupAssociatedRules: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssociatedRulesRequest'];
      };
    };
    responses: {
      /** @description The fleet has been associated with the permission policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['ClusterGroupNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateClusterGroupAssociatedZones: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClusterGroupAssociatedZonesRequest'];
      };
    };
    responses: {
      /** @description Update succeeded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['ClusterGroupNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  enableFederation: {
    parameters: {
      query?: {
        /** @description Whether to add the clusters of the fleet to the federation again. */
        retryjoinall?: boolean;
      };
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Federation has been enabled. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  disableFederation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Federation has been disabled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  showFederationProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Job for enabling federation is returned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  createFederationCert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFederationCertRequest'];
      };
    };
    responses: {
      /** @description kubeconfig file. Table 3-133 types the body as an array of strings, which this contract follows; the vendor SDK's `CreateFederationCertResponse` models it as a kubeconfig object instead, so readers should not rely on the element type. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string[];
        };
      };
      /** @description The reference lists only status 201 for this operation, but table 5-1's codes apply and it is refused with 400 for: federation is not enabled for the fleet, or its enabling job has not finished (UCS.01080006, "Cluster group has not been federalized."); a missing or invalid `projectID`, `vpcID`, `subnetID` or `duration` (an integer of 1 to 10950 days) (UCS.00000012, "Invalid request body."). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description No fleet has this ID (UCS.01100005, "ClusterGroup Not Found."). The reference lists only status 201 for this operation, but table 5-1 defines the code with status 404. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
    };
  };
  createFederationConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFederationConnectionRequest'];
      };
    };
    responses: {
      /** @description Connecting to the federation API server using a VPC endpoint */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateFederationConnectionResponse'];
        };
      };
      /** @description The reference lists only status 201 for this operation, but table 5-1's codes apply and it is refused with 400 for: federation is not enabled for the fleet, or its enabling job has not finished (UCS.01080006, "Cluster group has not been federalized."); a missing or invalid `projectID`, `vpcID` or `subnetID` (UCS.00000012, "Invalid request body."). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description No fleet has this ID (UCS.01100005, "ClusterGroup Not Found."). The reference lists only status 201 for this operation, but table 5-1 defines the code with status 404. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
    };
  };
  downloadFederationKubeconfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Fleet ID. */
        clustergroupid: components['parameters']['ClusterGroupId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DownloadFederationKubeconfigRequest'];
      };
    };
    responses: {
      /** @description kubeconfig file. Table 3-141 says "File"; the vendor SDK's `DownloadFederationKubeconfigResponse` parses it as a JSON kubeconfig document, which is how it is modelled here. The mock and the console save it as `<fleet>_kubeconfig.json`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Kubeconfig'];
        };
      };
      /** @description The reference lists only status 201 for this operation, but table 5-1's codes apply and it is refused with 400 for: federation is not enabled for the fleet, or its enabling job has not finished (UCS.01080006, "Cluster group has not been federalized."); no federation connection has been created yet (UCS.01080001, "Failed to obtain the federation information."); a missing or invalid `duration` (an integer of 1 to 10950 days) (UCS.00000012, "Invalid request body."). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description No fleet has this ID (UCS.01100005, "ClusterGroup Not Found."). The reference lists only status 201 for this operation, but table 5-1 defines the code with status 404. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
    };
  };
  listRules: {
    parameters: {
      query?: {
        /** @description Number of records per page when the list is queried by page; `-1` means no limit. */
        limit?: components['parameters']['Limit'];
        /** @description Start offset when the list is queried by page. */
        offset?: components['parameters']['Offset'];
        /** @description Sorting field when the list is queried by page. */
        order_by?: components['parameters']['OrderBy'];
        /** @description Sorting order when the list is queried by page. */
        order?: components['parameters']['Order'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Permission policy list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  createRule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRuleRequest'];
      };
    };
    responses: {
      /** @description The permission policy has been created (the UID of the permission policy is returned). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UidResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description A permission policy with this name already exists. Section 3.3.1 does not list 409, and table 5-1 has no code for a duplicate policy name (its only 409 codes are for clusters, UCS.01030003, and fleets, UCS.01100004); a policy is backed by a Kubernetes ClusterRole of the same name, so the duplicate fails as UCS.01120001 ("Create ClusterRole failed.", 400 in the table) answered with status 409. Clients should key on the status, not the code. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Permission policy ID. */
        ruleid: components['parameters']['RuleId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRuleRequest'];
      };
    };
    responses: {
      /** @description The permission policy has been updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['RuleNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Permission policy ID. */
        ruleid: components['parameters']['RuleId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The permission policy has been deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['RuleNotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
}
