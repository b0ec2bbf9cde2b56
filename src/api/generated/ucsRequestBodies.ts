/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 *
 * Generated from src/api/ucs.openapi.yaml by `npm run generate` (src/api/tools/generate.ts).
 * Change the OpenAPI document and regenerate; `npm run generate:check` fails on drift.
 */

// @ts-nocheck -- ajv's generated JavaScript; mocks/requestBodies.ts gives it its types.
export const RegisterClusterRequest = validate11;
const schema12 = {
  type: 'object',
  description: 'Request body of `registerCluster` (table 3-35; SDK `RegisterCluster`).',
  required: ['kind', 'apiVersion', 'metadata', 'spec'],
  properties: {
    kind: { type: 'string', enum: ['Cluster'] },
    apiVersion: { type: 'string', enum: ['v1'] },
    metadata: { $ref: 'ucs#/components/schemas/RegisterClusterMetadata' },
    spec: { $ref: 'ucs#/components/schemas/RegisterClusterSpec' },
  },
};
const schema13 = {
  type: 'object',
  description: 'Table 3-36; SDK `RegisterClusterMetadata`.',
  required: ['name'],
  properties: {
    uid: {
      type: 'string',
      description:
        'ID of the CCE cluster being imported; not set for other clusters. The table spells `UID`; the example and the SDK use `uid`, which is sent.',
    },
    name: {
      type: 'string',
      description: 'CCE cluster name, or a custom name for other cluster types.',
      minLength: 1,
    },
    labels: {
      type: 'object',
      description: 'Kubernetes labels.',
      additionalProperties: { type: 'string' },
    },
    annotations: {
      type: 'object',
      description:
        'For an attached cluster, `kubeconfig` is mandatory and holds the content of the kubeconfig file (a JSON string).',
      additionalProperties: { type: 'string' },
    },
  },
};
const func2 = { default: (text) => [...text].length }.default;
const schema14 = {
  type: 'object',
  description: 'Table 3-37; SDK `RegisterClusterSpec`.',
  required: ['category', 'type', 'provider', 'country', 'city', 'manageType'],
  properties: {
    clusterGroupID: {
      type: 'string',
      description: 'Fleet ID (empty string for none, as in the examples).',
    },
    category: { $ref: 'ucs#/components/schemas/ClusterCategory' },
    type: { $ref: 'ucs#/components/schemas/ClusterType' },
    provider: { $ref: 'ucs#/components/schemas/ClusterProvider' },
    country: { type: 'string', description: 'Country code (section 5.5).' },
    city: {
      type: 'string',
      description:
        "City code (section 5.6). Only cities in China have codes; for another country the reference's own update example sends the country code as the city (`AL`/`AL`), which the console also does, because the table marks the field mandatory.",
    },
    region: {
      type: 'string',
      description: 'Only when importing a CCE cluster (the `region` of `listManagedClusters`).',
    },
    projectID: {
      type: 'string',
      description:
        'Only when importing a CCE cluster. SDK and table name `projectID` (the managed-cluster examples return `projectId`).',
    },
    manageType: { $ref: 'ucs#/components/schemas/ManageType' },
    network: { $ref: 'ucs#/components/schemas/NetworkConfig' },
  },
};
const schema15 = {
  type: 'string',
  description: 'Cluster category (table 5.7). Must match `type` and `provider`.',
  enum: ['self', 'onpremises', 'multicloud', 'attachedcluster', 'partnercloud'],
};
const schema16 = {
  type: 'string',
  description:
    'Cluster type (table 5.7): `cce`, `turbo` (self); `baremetal` (onpremises); `aws` (multicloud); `ack`, `aks`, `eks`, `gke`, `tke`, `openshift`, `privatek8s` (attachedcluster); `ctc`, `cmc` (partnercloud). Must match `category` and `provider`.',
  enum: [
    'cce',
    'turbo',
    'baremetal',
    'aws',
    'ack',
    'aks',
    'eks',
    'gke',
    'tke',
    'openshift',
    'privatek8s',
    'ctc',
    'cmc',
  ],
};
const schema17 = {
  type: 'string',
  description:
    "Cluster provider. Values from the `CLUSTER_PROVIDER` map in the reference's register-an-attached-cluster example (section 3.1.3); table 5.7 names them in prose (Huawei Cloud → `huaweicloud`, Alibaba Cloud → `aliyun`, Azure → `azure`, AWS → `aws`, Google Cloud → `googlecloud`, Tencent Cloud → `tencentcloud`, OpenShift → `openshift`, private Kubernetes → `privatek8s`, China Telecom Tianyi Cloud → `ctcloud`, China Mobile Cloud → `cmcloud`). The remaining map values (`huaweicloudstack`, `other`, `FlexibleEngine`, ...) are kept for completeness with the map's own capitalisation.",
  enum: [
    'huaweicloud',
    'aliyun',
    'azure',
    'aws',
    'googlecloud',
    'tencentcloud',
    'openshift',
    'privatek8s',
    'ctcloud',
    'cmcloud',
    'huaweicloudstack',
    'other',
    'FlexibleEngine',
    'FlexibleEngineStack',
    'OpenTelekomCloud',
    'OpenTelekomCloudStack',
  ],
};
const schema18 = {
  type: 'string',
  description: '`grouped`: the cluster is in a fleet; `discrete`: the cluster is in no fleet.',
  enum: ['grouped', 'discrete'],
};
const schema19 = {
  type: 'object',
  description: 'Network configuration of a multi-cloud cluster only.',
  properties: { podCIDR: { type: 'string' }, serviceCIDR: { type: 'string' } },
};
function validate12(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.category === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'category' },
        message: "must have required property '" + 'category' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
        message: "must have required property '" + 'provider' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.country === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'country' },
        message: "must have required property '" + 'country' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.city === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'city' },
        message: "must have required property '" + 'city' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.manageType === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'manageType' },
        message: "must have required property '" + 'manageType' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.clusterGroupID !== undefined) {
      if (typeof data.clusterGroupID !== 'string') {
        const err6 = {
          instancePath: instancePath + '/clusterGroupID',
          schemaPath: '#/properties/clusterGroupID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.category !== undefined) {
      let data1 = data.category;
      if (typeof data1 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/category',
          schemaPath: 'ucs#/components/schemas/ClusterCategory/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(
        data1 === 'self' ||
        data1 === 'onpremises' ||
        data1 === 'multicloud' ||
        data1 === 'attachedcluster' ||
        data1 === 'partnercloud'
      )) {
        const err8 = {
          instancePath: instancePath + '/category',
          schemaPath: 'ucs#/components/schemas/ClusterCategory/enum',
          keyword: 'enum',
          params: { allowedValues: schema15.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err9 = {
          instancePath: instancePath + '/type',
          schemaPath: 'ucs#/components/schemas/ClusterType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(
        data2 === 'cce' ||
        data2 === 'turbo' ||
        data2 === 'baremetal' ||
        data2 === 'aws' ||
        data2 === 'ack' ||
        data2 === 'aks' ||
        data2 === 'eks' ||
        data2 === 'gke' ||
        data2 === 'tke' ||
        data2 === 'openshift' ||
        data2 === 'privatek8s' ||
        data2 === 'ctc' ||
        data2 === 'cmc'
      )) {
        const err10 = {
          instancePath: instancePath + '/type',
          schemaPath: 'ucs#/components/schemas/ClusterType/enum',
          keyword: 'enum',
          params: { allowedValues: schema16.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.provider !== undefined) {
      let data3 = data.provider;
      if (typeof data3 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/provider',
          schemaPath: 'ucs#/components/schemas/ClusterProvider/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(
        data3 === 'huaweicloud' ||
        data3 === 'aliyun' ||
        data3 === 'azure' ||
        data3 === 'aws' ||
        data3 === 'googlecloud' ||
        data3 === 'tencentcloud' ||
        data3 === 'openshift' ||
        data3 === 'privatek8s' ||
        data3 === 'ctcloud' ||
        data3 === 'cmcloud' ||
        data3 === 'huaweicloudstack' ||
        data3 === 'other' ||
        data3 === 'FlexibleEngine' ||
        data3 === 'FlexibleEngineStack' ||
        data3 === 'OpenTelekomCloud' ||
        data3 === 'OpenTelekomCloudStack'
      )) {
        const err12 = {
          instancePath: instancePath + '/provider',
          schemaPath: 'ucs#/components/schemas/ClusterProvider/enum',
          keyword: 'enum',
          params: { allowedValues: schema17.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.country !== undefined) {
      if (typeof data.country !== 'string') {
        const err13 = {
          instancePath: instancePath + '/country',
          schemaPath: '#/properties/country/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.city !== undefined) {
      if (typeof data.city !== 'string') {
        const err14 = {
          instancePath: instancePath + '/city',
          schemaPath: '#/properties/city/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.region !== undefined) {
      if (typeof data.region !== 'string') {
        const err15 = {
          instancePath: instancePath + '/region',
          schemaPath: '#/properties/region/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.projectID !== undefined) {
      if (typeof data.projectID !== 'string') {
        const err16 = {
          instancePath: instancePath + '/projectID',
          schemaPath: '#/properties/projectID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.manageType !== undefined) {
      let data8 = data.manageType;
      if (typeof data8 !== 'string') {
        const err17 = {
          instancePath: instancePath + '/manageType',
          schemaPath: 'ucs#/components/schemas/ManageType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data8 === 'grouped' || data8 === 'discrete')) {
        const err18 = {
          instancePath: instancePath + '/manageType',
          schemaPath: 'ucs#/components/schemas/ManageType/enum',
          keyword: 'enum',
          params: { allowedValues: schema18.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.network !== undefined) {
      let data9 = data.network;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.podCIDR !== undefined) {
          if (typeof data9.podCIDR !== 'string') {
            const err19 = {
              instancePath: instancePath + '/network/podCIDR',
              schemaPath: 'ucs#/components/schemas/NetworkConfig/properties/podCIDR/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.serviceCIDR !== undefined) {
          if (typeof data9.serviceCIDR !== 'string') {
            const err20 = {
              instancePath: instancePath + '/network/serviceCIDR',
              schemaPath: 'ucs#/components/schemas/NetworkConfig/properties/serviceCIDR/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/network',
          schemaPath: 'ucs#/components/schemas/NetworkConfig/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiVersion === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'spec' },
        message: "must have required property '" + 'spec' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.kind !== undefined) {
      let data0 = data.kind;
      if (typeof data0 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === 'Cluster')) {
        const err5 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema12.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data1 = data.apiVersion;
      if (typeof data1 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === 'v1')) {
        const err7 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/enum',
          keyword: 'enum',
          params: { allowedValues: schema12.properties.apiVersion.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.name === undefined) {
          const err8 = {
            instancePath: instancePath + '/metadata',
            schemaPath: 'ucs#/components/schemas/RegisterClusterMetadata/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.uid !== undefined) {
          if (typeof data2.uid !== 'string') {
            const err9 = {
              instancePath: instancePath + '/metadata/uid',
              schemaPath: 'ucs#/components/schemas/RegisterClusterMetadata/properties/uid/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.name !== undefined) {
          let data4 = data2.name;
          if (typeof data4 === 'string') {
            if (func2(data4) < 1) {
              const err10 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath:
                  'ucs#/components/schemas/RegisterClusterMetadata/properties/name/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/metadata/name',
              schemaPath: 'ucs#/components/schemas/RegisterClusterMetadata/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.labels !== undefined) {
          let data5 = data2.labels;
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            for (const key0 in data5) {
              if (typeof data5[key0] !== 'string') {
                const err12 = {
                  instancePath:
                    instancePath +
                    '/metadata/labels/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    'ucs#/components/schemas/RegisterClusterMetadata/properties/labels/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/metadata/labels',
              schemaPath: 'ucs#/components/schemas/RegisterClusterMetadata/properties/labels/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.annotations !== undefined) {
          let data7 = data2.annotations;
          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (typeof data7[key1] !== 'string') {
                const err14 = {
                  instancePath:
                    instancePath +
                    '/metadata/annotations/' +
                    key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    'ucs#/components/schemas/RegisterClusterMetadata/properties/annotations/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/metadata/annotations',
              schemaPath:
                'ucs#/components/schemas/RegisterClusterMetadata/properties/annotations/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/metadata',
          schemaPath: 'ucs#/components/schemas/RegisterClusterMetadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.spec !== undefined) {
      if (
        !validate12(data.spec, {
          instancePath: instancePath + '/spec',
          parentData: data,
          parentDataProperty: 'spec',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export const UpdateClusterRequest = validate14;
const schema20 = {
  type: 'object',
  description: 'Request body of `updateCluster` (table 3-42; SDK `UpdateClusterRequestBody`).',
  required: ['kind', 'apiVersion'],
  properties: {
    kind: { type: 'string', enum: ['Cluster'] },
    apiVersion: { type: 'string', enum: ['v1'] },
    metadata: { $ref: 'ucs#/components/schemas/UpdateClusterMetadata' },
    spec: { $ref: 'ucs#/components/schemas/UpdateClusterSpec' },
  },
};
const schema21 = {
  type: 'object',
  description:
    "Table 3-43 lists the read-side ObjectMeta fields, but the SDK's `UpdateObjectMeta` only has `annotations`, and the example sends only `annotations.kubeconfig` (new kubeconfig of an attached cluster). Only `annotations` is declared.",
  properties: { annotations: { type: 'object', additionalProperties: { type: 'string' } } },
};
const schema22 = {
  type: 'object',
  description: 'Table 3-44; SDK `UpdateClusterSpec`.',
  properties: {
    country: { type: 'string' },
    city: { type: 'string' },
    workerConfig: { $ref: 'ucs#/components/schemas/WorkerConfig' },
  },
};
const schema23 = {
  type: 'object',
  description: 'Worker node configuration; multi-cloud clusters only.',
  properties: {
    replicas: { type: 'integer', minimum: 0 },
    strategy: { $ref: 'ucs#/components/schemas/NodeUpgradeStrategy' },
  },
};
const schema24 = {
  type: 'object',
  properties: {
    type: { type: 'string', description: 'Policy type.' },
    rollingUpdate: { $ref: 'ucs#/components/schemas/RollingUpdateNodeUpgradeStrategy' },
  },
};
const schema25 = {
  type: 'object',
  properties: {
    maxUnavailable: { $ref: 'ucs#/components/schemas/IntOrString' },
    maxSurge: { $ref: 'ucs#/components/schemas/IntOrString' },
    deletePolicy: { type: 'string', enum: ['Random', 'Oldest', 'Newest'] },
  },
};
const schema26 = {
  description:
    'Table 3-47 types it "Object"; it is a Kubernetes IntOrString (a count or a percentage such as `"25%"`).',
  oneOf: [{ type: 'integer' }, { type: 'string' }],
};
function validate18(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.maxUnavailable !== undefined) {
      let data0 = data.maxUnavailable;
      const _errs3 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err0 = {
          instancePath: instancePath + '/maxUnavailable',
          schemaPath: 'ucs#/components/schemas/IntOrString/oneOf/0/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/maxUnavailable',
          schemaPath: 'ucs#/components/schemas/IntOrString/oneOf/1/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err2 = {
          instancePath: instancePath + '/maxUnavailable',
          schemaPath: 'ucs#/components/schemas/IntOrString/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.maxSurge !== undefined) {
      let data1 = data.maxSurge;
      const _errs10 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs11 = errors;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err3 = {
          instancePath: instancePath + '/maxSurge',
          schemaPath: 'ucs#/components/schemas/IntOrString/oneOf/0/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid1 = _errs11 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
      }
      const _errs13 = errors;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/maxSurge',
          schemaPath: 'ucs#/components/schemas/IntOrString/oneOf/1/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid1 = _errs13 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err5 = {
          instancePath: instancePath + '/maxSurge',
          schemaPath: 'ucs#/components/schemas/IntOrString/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.deletePolicy !== undefined) {
      let data2 = data.deletePolicy;
      if (typeof data2 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/deletePolicy',
          schemaPath: '#/properties/deletePolicy/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data2 === 'Random' || data2 === 'Oldest' || data2 === 'Newest')) {
        const err7 = {
          instancePath: instancePath + '/deletePolicy',
          schemaPath: '#/properties/deletePolicy/enum',
          keyword: 'enum',
          params: { allowedValues: schema25.properties.deletePolicy.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err0 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rollingUpdate !== undefined) {
      if (
        !validate18(data.rollingUpdate, {
          instancePath: instancePath + '/rollingUpdate',
          parentData: data,
          parentDataProperty: 'rollingUpdate',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.replicas !== undefined) {
      let data0 = data.replicas;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err0 = {
          instancePath: instancePath + '/replicas',
          schemaPath: '#/properties/replicas/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          const err1 = {
            instancePath: instancePath + '/replicas',
            schemaPath: '#/properties/replicas/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
    if (data.strategy !== undefined) {
      if (
        !validate17(data.strategy, {
          instancePath: instancePath + '/strategy',
          parentData: data,
          parentDataProperty: 'strategy',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate15(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.country !== undefined) {
      if (typeof data.country !== 'string') {
        const err0 = {
          instancePath: instancePath + '/country',
          schemaPath: '#/properties/country/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.city !== undefined) {
      if (typeof data.city !== 'string') {
        const err1 = {
          instancePath: instancePath + '/city',
          schemaPath: '#/properties/city/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.workerConfig !== undefined) {
      if (
        !validate16(data.workerConfig, {
          instancePath: instancePath + '/workerConfig',
          parentData: data,
          parentDataProperty: 'workerConfig',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiVersion === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind !== undefined) {
      let data0 = data.kind;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === 'Cluster')) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      let data1 = data.apiVersion;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'v1')) {
        const err5 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/enum',
          keyword: 'enum',
          params: { allowedValues: schema20.properties.apiVersion.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.annotations !== undefined) {
          let data3 = data2.annotations;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            for (const key0 in data3) {
              if (typeof data3[key0] !== 'string') {
                const err6 = {
                  instancePath:
                    instancePath +
                    '/metadata/annotations/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    'ucs#/components/schemas/UpdateClusterMetadata/properties/annotations/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/metadata/annotations',
              schemaPath:
                'ucs#/components/schemas/UpdateClusterMetadata/properties/annotations/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/metadata',
          schemaPath: 'ucs#/components/schemas/UpdateClusterMetadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.spec !== undefined) {
      if (
        !validate15(data.spec, {
          instancePath: instancePath + '/spec',
          parentData: data,
          parentDataProperty: 'spec',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
export const AssociatedRulesRequest = validate23;
const schema28 = {
  type: 'object',
  description:
    'Body of `updateClusterAssociatedRules` and `updateClusterGroupAssociatedRules` (tables 3-58, 3-106; SDK `UpdateAssociatedRulesRequest`).',
  properties: {
    ruleIDNamespaces: {
      type: 'array',
      items: { $ref: 'ucs#/components/schemas/RuleIDNamespaces' },
    },
  },
};
const schema29 = {
  type: 'object',
  properties: {
    ruleIDs: { type: 'array', description: 'Permission policy IDs.', items: { type: 'string' } },
    namespaces: {
      type: 'array',
      description: 'Namespaces the policies apply to.',
      items: { type: 'string' },
    },
  },
};
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ruleIDNamespaces !== undefined) {
      let data0 = data.ruleIDNamespaces;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.ruleIDs !== undefined) {
              let data2 = data1.ruleIDs;
              if (Array.isArray(data2)) {
                const len1 = data2.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data2[i1] !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/ruleIDNamespaces/' + i0 + '/ruleIDs/' + i1,
                      schemaPath:
                        'ucs#/components/schemas/RuleIDNamespaces/properties/ruleIDs/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                }
              } else {
                const err1 = {
                  instancePath: instancePath + '/ruleIDNamespaces/' + i0 + '/ruleIDs',
                  schemaPath: 'ucs#/components/schemas/RuleIDNamespaces/properties/ruleIDs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data1.namespaces !== undefined) {
              let data4 = data1.namespaces;
              if (Array.isArray(data4)) {
                const len2 = data4.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data4[i2] !== 'string') {
                    const err2 = {
                      instancePath: instancePath + '/ruleIDNamespaces/' + i0 + '/namespaces/' + i2,
                      schemaPath:
                        'ucs#/components/schemas/RuleIDNamespaces/properties/namespaces/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                }
              } else {
                const err3 = {
                  instancePath: instancePath + '/ruleIDNamespaces/' + i0 + '/namespaces',
                  schemaPath: 'ucs#/components/schemas/RuleIDNamespaces/properties/namespaces/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/ruleIDNamespaces/' + i0,
              schemaPath: 'ucs#/components/schemas/RuleIDNamespaces/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/ruleIDNamespaces',
          schemaPath: '#/properties/ruleIDNamespaces/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
export const JoinClusterGroupRequest = validate24;
const schema30 = {
  type: 'object',
  description:
    'Table 3-81. SDK name (`ClusterJoinGroupRequestBody`): `clusterGroupID`; the example shows `clustergroupID`. `clusterGroupID` is sent.',
  properties: {
    clusterGroupID: { type: 'string', description: 'ID of the fleet the cluster is added to.' },
  },
};
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.clusterGroupID !== undefined) {
      if (typeof data.clusterGroupID !== 'string') {
        const err0 = {
          instancePath: instancePath + '/clusterGroupID',
          schemaPath: '#/properties/clusterGroupID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
export const RegisterClusterGroupRequest = validate25;
const schema31 = {
  type: 'object',
  description: 'Request body of `createClusterGroup` (table 3-85; SDK `RegisterClusterGroup`).',
  required: ['metadata'],
  properties: {
    metadata: {
      type: 'object',
      required: ['name'],
      properties: { name: { $ref: 'ucs#/components/schemas/FleetName' } },
    },
    spec: { $ref: 'ucs#/components/schemas/RegisterClusterGroupSpec' },
  },
};
const schema32 = {
  type: 'string',
  description:
    'Fleet name. The reference gives no limits; the fleet name becomes a DNS label of the federation API (`https://{Fleet name}.fleet.ucs.{Region}...`, chapter 4), so the console enforces an RFC 1123 label of 1–63 characters.',
  minLength: 1,
  maxLength: 63,
  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
};
const pattern0 = new RegExp('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'u');
const schema33 = {
  type: 'object',
  description: 'Table 3-87; SDK `RegisterClusterGroupSpec`.',
  properties: {
    clusterIds: {
      type: 'array',
      description: 'IDs of the clusters to add. SDK and table name `clusterIds`.',
      items: { type: 'string' },
    },
    description: { $ref: 'ucs#/components/schemas/Description' },
  },
};
const schema34 = {
  type: 'string',
  description: 'Description, 0–255 characters (table 3-145; applied to fleets too).',
  maxLength: 255,
};
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.clusterIds !== undefined) {
      let data0 = data.clusterIds;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err0 = {
              instancePath: instancePath + '/clusterIds/' + i0,
              schemaPath: '#/properties/clusterIds/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/clusterIds',
          schemaPath: '#/properties/clusterIds/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 255) {
          const err2 = {
            instancePath: instancePath + '/description',
            schemaPath: 'ucs#/components/schemas/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: 'ucs#/components/schemas/Description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.metadata === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metadata !== undefined) {
      let data0 = data.metadata;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.name === undefined) {
          const err1 = {
            instancePath: instancePath + '/metadata',
            schemaPath: '#/properties/metadata/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.name !== undefined) {
          let data1 = data0.name;
          if (typeof data1 === 'string') {
            if (func2(data1) > 63) {
              const err2 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'ucs#/components/schemas/FleetName/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err3 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'ucs#/components/schemas/FleetName/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern0.test(data1)) {
              const err4 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'ucs#/components/schemas/FleetName/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/metadata/name',
              schemaPath: 'ucs#/components/schemas/FleetName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.spec !== undefined) {
      if (
        !validate26(data.spec, {
          instancePath: instancePath + '/spec',
          parentData: data,
          parentDataProperty: 'spec',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
export const UpdateClusterGroupAssociatedClustersRequest = validate28;
const schema35 = {
  type: 'object',
  description:
    'Table 3-100. SDK name (`UpdateClusterGroupAssociatedClustersRequestBody`): `clusterIds`; the example shows `clusterids`. `clusterIds` is sent.',
  properties: { clusterIds: { type: 'array', items: { type: 'string' } } },
};
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.clusterIds !== undefined) {
      let data0 = data.clusterIds;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err0 = {
              instancePath: instancePath + '/clusterIds/' + i0,
              schemaPath: '#/properties/clusterIds/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/clusterIds',
          schemaPath: '#/properties/clusterIds/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
export const UpdateClusterGroupDescriptionRequest = validate29;
const schema36 = {
  type: 'object',
  description: 'Table 3-103; SDK `UpdateClusterGroupDescriptionRequest`.',
  required: ['description'],
  properties: { description: { $ref: 'ucs#/components/schemas/Description' } },
};
function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.description === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'description' },
        message: "must have required property '" + 'description' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description !== undefined) {
      let data0 = data.description;
      if (typeof data0 === 'string') {
        if (func2(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/description',
            schemaPath: 'ucs#/components/schemas/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/description',
          schemaPath: 'ucs#/components/schemas/Description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
export const UpdateClusterGroupAssociatedZonesRequest = validate30;
const schema38 = {
  type: 'object',
  description: 'Table 3-110.',
  properties: {
    dnsSuffix: {
      type: 'array',
      description: 'DNS suffixes used to change the root domain name for access.',
      items: { type: 'string' },
    },
  },
};
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dnsSuffix !== undefined) {
      let data0 = data.dnsSuffix;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err0 = {
              instancePath: instancePath + '/dnsSuffix/' + i0,
              schemaPath: '#/properties/dnsSuffix/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/dnsSuffix',
          schemaPath: '#/properties/dnsSuffix/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
export const CreateFederationCertRequest = validate31;
const schema39 = {
  type: 'object',
  description: 'Table 3-132; SDK `CreateFederationCertRequestBody`.',
  required: ['projectID', 'vpcID', 'subnetID', 'duration'],
  properties: {
    projectID: { type: 'string' },
    vpcID: { type: 'string', description: 'VPC ID, in the project given by `projectID`.' },
    subnetID: { type: 'string', description: 'Subnet ID, in the VPC given by `vpcID`.' },
    duration: { $ref: 'ucs#/components/schemas/CertificateDuration' },
  },
};
const schema40 = {
  type: 'integer',
  description: 'Validity period of the kubeconfig certificate, in days.',
  minimum: 1,
  maximum: 10950,
};
function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.projectID === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'projectID' },
        message: "must have required property '" + 'projectID' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.vpcID === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'vpcID' },
        message: "must have required property '" + 'vpcID' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.subnetID === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'subnetID' },
        message: "must have required property '" + 'subnetID' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.duration === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
        message: "must have required property '" + 'duration' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.projectID !== undefined) {
      if (typeof data.projectID !== 'string') {
        const err4 = {
          instancePath: instancePath + '/projectID',
          schemaPath: '#/properties/projectID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.vpcID !== undefined) {
      if (typeof data.vpcID !== 'string') {
        const err5 = {
          instancePath: instancePath + '/vpcID',
          schemaPath: '#/properties/vpcID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.subnetID !== undefined) {
      if (typeof data.subnetID !== 'string') {
        const err6 = {
          instancePath: instancePath + '/subnetID',
          schemaPath: '#/properties/subnetID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data3 = data.duration;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err7 = {
          instancePath: instancePath + '/duration',
          schemaPath: 'ucs#/components/schemas/CertificateDuration/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 > 10950 || isNaN(data3)) {
          const err8 = {
            instancePath: instancePath + '/duration',
            schemaPath: 'ucs#/components/schemas/CertificateDuration/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10950 },
            message: 'must be <= 10950',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err9 = {
            instancePath: instancePath + '/duration',
            schemaPath: 'ucs#/components/schemas/CertificateDuration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
export const CreateFederationConnectionRequest = validate32;
const schema41 = {
  type: 'object',
  description: 'Table 3-136; SDK `CreateFederationConnectionRequestBody`.',
  required: ['projectID', 'vpcID', 'subnetID'],
  properties: {
    projectID: { type: 'string' },
    vpcID: { type: 'string' },
    subnetID: { type: 'string' },
  },
};
function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.projectID === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'projectID' },
        message: "must have required property '" + 'projectID' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.vpcID === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'vpcID' },
        message: "must have required property '" + 'vpcID' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.subnetID === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'subnetID' },
        message: "must have required property '" + 'subnetID' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.projectID !== undefined) {
      if (typeof data.projectID !== 'string') {
        const err3 = {
          instancePath: instancePath + '/projectID',
          schemaPath: '#/properties/projectID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.vpcID !== undefined) {
      if (typeof data.vpcID !== 'string') {
        const err4 = {
          instancePath: instancePath + '/vpcID',
          schemaPath: '#/properties/vpcID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.subnetID !== undefined) {
      if (typeof data.subnetID !== 'string') {
        const err5 = {
          instancePath: instancePath + '/subnetID',
          schemaPath: '#/properties/subnetID/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
export const DownloadFederationKubeconfigRequest = validate33;
const schema42 = {
  type: 'object',
  description: 'Table 3-140; SDK `DownloadFederationKubeconfigRequestBody`.',
  required: ['duration'],
  properties: { duration: { $ref: 'ucs#/components/schemas/CertificateDuration' } },
};
function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.duration === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
        message: "must have required property '" + 'duration' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.duration !== undefined) {
      let data0 = data.duration;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err1 = {
          instancePath: instancePath + '/duration',
          schemaPath: 'ucs#/components/schemas/CertificateDuration/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 10950 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + '/duration',
            schemaPath: 'ucs#/components/schemas/CertificateDuration/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10950 },
            message: 'must be <= 10950',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/duration',
            schemaPath: 'ucs#/components/schemas/CertificateDuration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
export const CreateRuleRequest = validate34;
const schema44 = {
  type: 'object',
  description: 'Table 3-143; SDK `CreateRuleRequestBody`.',
  required: ['metadata', 'spec'],
  properties: {
    metadata: {
      type: 'object',
      required: ['name'],
      properties: { name: { $ref: 'ucs#/components/schemas/RuleName' } },
    },
    spec: { $ref: 'ucs#/components/schemas/RuleSpecRequest' },
  },
};
const schema45 = {
  type: 'string',
  description: 'Permission policy name.',
  minLength: 1,
  maxLength: 63,
};
const schema46 = {
  type: 'object',
  description:
    "Send side of RuleSpec (tables 3-145, 3-160). Table name `iamuserids`; the SDK's `RuleSpec` and both examples use `iamUserIDs`, which is sent.",
  properties: {
    iamUserIDs: {
      type: 'array',
      description: 'IAM user IDs associated with the permission policy.',
      items: { type: 'string' },
    },
    type: { $ref: 'ucs#/components/schemas/RuleType' },
    contents: { type: 'array', items: { $ref: 'ucs#/components/schemas/RuleContent' } },
    description: { $ref: 'ucs#/components/schemas/Description' },
  },
};
const schema47 = {
  type: 'string',
  description: 'Permission policy type.',
  enum: ['readonly', 'develop', 'admin', 'custom'],
};
const schema48 = {
  type: 'object',
  description: 'Table 3-146.',
  additionalProperties: true,
  properties: {
    verbs: { type: 'array', items: { type: 'string' } },
    resources: { type: 'array', items: { type: 'string' } },
  },
};
function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.iamUserIDs !== undefined) {
      let data0 = data.iamUserIDs;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err0 = {
              instancePath: instancePath + '/iamUserIDs/' + i0,
              schemaPath: '#/properties/iamUserIDs/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/iamUserIDs',
          schemaPath: '#/properties/iamUserIDs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/type',
          schemaPath: 'ucs#/components/schemas/RuleType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(
        data2 === 'readonly' ||
        data2 === 'develop' ||
        data2 === 'admin' ||
        data2 === 'custom'
      )) {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: 'ucs#/components/schemas/RuleType/enum',
          keyword: 'enum',
          params: { allowedValues: schema47.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.contents !== undefined) {
      let data3 = data.contents;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            if (data4.verbs !== undefined) {
              let data5 = data4.verbs;
              if (Array.isArray(data5)) {
                const len2 = data5.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data5[i2] !== 'string') {
                    const err4 = {
                      instancePath: instancePath + '/contents/' + i1 + '/verbs/' + i2,
                      schemaPath: 'ucs#/components/schemas/RuleContent/properties/verbs/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              } else {
                const err5 = {
                  instancePath: instancePath + '/contents/' + i1 + '/verbs',
                  schemaPath: 'ucs#/components/schemas/RuleContent/properties/verbs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data4.resources !== undefined) {
              let data7 = data4.resources;
              if (Array.isArray(data7)) {
                const len3 = data7.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (typeof data7[i3] !== 'string') {
                    const err6 = {
                      instancePath: instancePath + '/contents/' + i1 + '/resources/' + i3,
                      schemaPath:
                        'ucs#/components/schemas/RuleContent/properties/resources/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
              } else {
                const err7 = {
                  instancePath: instancePath + '/contents/' + i1 + '/resources',
                  schemaPath: 'ucs#/components/schemas/RuleContent/properties/resources/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/contents/' + i1,
              schemaPath: 'ucs#/components/schemas/RuleContent/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/contents',
          schemaPath: '#/properties/contents/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data9 = data.description;
      if (typeof data9 === 'string') {
        if (func2(data9) > 255) {
          const err10 = {
            instancePath: instancePath + '/description',
            schemaPath: 'ucs#/components/schemas/Description/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: 'ucs#/components/schemas/Description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.metadata === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.spec === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'spec' },
        message: "must have required property '" + 'spec' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata !== undefined) {
      let data0 = data.metadata;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.name === undefined) {
          const err2 = {
            instancePath: instancePath + '/metadata',
            schemaPath: '#/properties/metadata/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.name !== undefined) {
          let data1 = data0.name;
          if (typeof data1 === 'string') {
            if (func2(data1) > 63) {
              const err3 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'ucs#/components/schemas/RuleName/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err4 = {
                instancePath: instancePath + '/metadata/name',
                schemaPath: 'ucs#/components/schemas/RuleName/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/metadata/name',
              schemaPath: 'ucs#/components/schemas/RuleName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.spec !== undefined) {
      if (
        !validate35(data.spec, {
          instancePath: instancePath + '/spec',
          parentData: data,
          parentDataProperty: 'spec',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
export const UpdateRuleRequest = validate37;
const schema50 = {
  type: 'object',
  description: 'Table 3-159; SDK `UpdateRuleRequestBody`.',
  properties: { spec: { $ref: 'ucs#/components/schemas/RuleSpecRequest' } },
};
function validate37(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.spec !== undefined) {
      if (
        !validate35(data.spec, {
          instancePath: instancePath + '/spec',
          parentData: data,
          parentDataProperty: 'spec',
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}

/** The validator of each operation's request body, by operationId. */
export const requestBodies = {
  registerCluster: RegisterClusterRequest,
  updateCluster: UpdateClusterRequest,
  updateClusterAssociatedRules: AssociatedRulesRequest,
  joinClusterGroup: JoinClusterGroupRequest,
  createClusterGroup: RegisterClusterGroupRequest,
  updateClusterGroupAssociatedClusters: UpdateClusterGroupAssociatedClustersRequest,
  updateClusterGroupDescription: UpdateClusterGroupDescriptionRequest,
  updateClusterGroupAssociatedRules: AssociatedRulesRequest,
  updateClusterGroupAssociatedZones: UpdateClusterGroupAssociatedZonesRequest,
  createFederationCert: CreateFederationCertRequest,
  createFederationConnection: CreateFederationConnectionRequest,
  downloadFederationKubeconfig: DownloadFederationKubeconfigRequest,
  createRule: CreateRuleRequest,
  updateRule: UpdateRuleRequest,
};
