/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 *
 * Generated from src/api/bundle/schema.ts by `npm run generate` (src/api/tools/generate.ts).
 * Change the OpenAPI document and regenerate; `npm run generate:check` fails on drift.
 */

// @ts-nocheck -- ajv's generated JavaScript; src/api/bundle/parse.ts gives it its types.
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/ucs-fleet-console/bundle.schema.json',
  title: 'UCS Fleet Console configuration bundle',
  description:
    'Fleets, permission policies and cluster bindings of a UCS account. Objects are matched by name; objects the bundle does not name, and fields it leaves out, are left as they are.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind'],
  properties: {
    apiVersion: { const: 'ucs.fleet-console/v1' },
    kind: { const: 'Bundle' },
    policies: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type', 'users'],
        properties: {
          name: { type: 'string', pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
          type: { enum: ['readonly', 'develop', 'admin', 'custom'] },
          description: { type: 'string', maxLength: 255 },
          users: {
            type: 'array',
            description: 'IAM user IDs the policy applies to.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          contents: {
            type: 'array',
            description: 'What a custom policy grants: each verb on each resource.',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['verbs', 'resources'],
              properties: {
                verbs: {
                  type: 'array',
                  description: 'Kubernetes verbs.',
                  items: {
                    enum: [
                      'get',
                      'list',
                      'watch',
                      'create',
                      'update',
                      'patch',
                      'delete',
                      'deletecollection',
                      '*',
                    ],
                  },
                  uniqueItems: true,
                  minItems: 1,
                },
                resources: {
                  type: 'array',
                  description: 'Kubernetes resources; `*` is all.',
                  items: { type: 'string', minLength: 1 },
                  uniqueItems: true,
                  minItems: 1,
                },
              },
            },
          },
        },
        if: { properties: { type: { const: 'custom' } } },
        then: { required: ['contents'] },
        else: { not: { required: ['contents'] } },
      },
    },
    fleets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$', maxLength: 63 },
          description: { type: 'string', maxLength: 255 },
          clusters: {
            type: 'array',
            description: 'Names of the member clusters: the whole list.',
            items: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,62}[a-z0-9]$' },
            uniqueItems: true,
          },
          permissions: {
            type: 'array',
            description: 'The whole list of bindings: policies not named here are unbound.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['policies', 'namespaces'],
              properties: {
                policies: {
                  type: 'array',
                  description: 'Names of the policies bound.',
                  items: { type: 'string', pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
                  uniqueItems: true,
                  minItems: 1,
                },
                namespaces: {
                  type: 'array',
                  description:
                    'Namespaces the policies apply in; `*` is every namespace, including ones created later.',
                  items: {
                    type: 'string',
                    anyOf: [{ const: '*' }, { pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' }],
                  },
                  uniqueItems: true,
                  minItems: 1,
                },
              },
            },
          },
        },
      },
    },
    clusters: {
      type: 'array',
      description: "Clusters' own bindings (inactive while the cluster is in a fleet).",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'permissions'],
        properties: {
          name: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,62}[a-z0-9]$' },
          permissions: {
            type: 'array',
            description: 'The whole list of bindings: policies not named here are unbound.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['policies', 'namespaces'],
              properties: {
                policies: {
                  type: 'array',
                  description: 'Names of the policies bound.',
                  items: { type: 'string', pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
                  uniqueItems: true,
                  minItems: 1,
                },
                namespaces: {
                  type: 'array',
                  description:
                    'Namespaces the policies apply in; `*` is every namespace, including ones created later.',
                  items: {
                    type: 'string',
                    anyOf: [{ const: '*' }, { pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' }],
                  },
                  uniqueItems: true,
                  minItems: 1,
                },
              },
            },
          },
        },
      },
    },
  },
};
const func2 = { default: (text) => [...text].length }.default;
const func0 = { default: (a, b) => JSON.stringify(a) === JSON.stringify(b) }.default;
const pattern0 = new RegExp('^[a-z]([-a-z0-9]*[a-z0-9])?$', 'u');
const pattern1 = new RegExp('^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$', 'u');
const pattern2 = new RegExp('^[a-z][a-z0-9-]{0,62}[a-z0-9]$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://github.com/ucs-fleet-console/bundle.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiVersion' },
        message: "must have required property '" + 'apiVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'apiVersion' ||
        key0 === 'kind' ||
        key0 === 'policies' ||
        key0 === 'fleets' ||
        key0 === 'clusters'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== undefined) {
      if ('ucs.fleet-console/v1' !== data.apiVersion) {
        const err3 = {
          instancePath: instancePath + '/apiVersion',
          schemaPath: '#/properties/apiVersion/const',
          keyword: 'const',
          params: { allowedValue: 'ucs.fleet-console/v1' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      if ('Bundle' !== data.kind) {
        const err4 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'Bundle' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.policies !== undefined) {
      let data2 = data.policies;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs8 = errors;
          let valid3 = true;
          const _errs9 = errors;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.type !== undefined) {
              if ('custom' !== data3.type) {
                const err5 = {};
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs9 === errors;
          errors = _errs8;
          if (vErrors !== null) {
            if (_errs8) {
              vErrors.length = _errs8;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs11 = errors;
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
              if (data3.contents === undefined) {
                const err6 = {
                  instancePath: instancePath + '/policies/' + i0,
                  schemaPath: '#/properties/policies/items/then/required',
                  keyword: 'required',
                  params: { missingProperty: 'contents' },
                  message: "must have required property '" + 'contents' + "'",
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            var _valid0 = _errs11 === errors;
            valid3 = _valid0;
            ifClause0 = 'then';
          } else {
            const _errs12 = errors;
            const _errs13 = errors;
            const _errs14 = errors;
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
              let missing0;
              if (data3.contents === undefined && (missing0 = 'contents')) {
                const err7 = {};
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            var valid5 = _errs14 === errors;
            if (valid5) {
              const err8 = {
                instancePath: instancePath + '/policies/' + i0,
                schemaPath: '#/properties/policies/items/else/not',
                keyword: 'not',
                params: {},
                message: 'must NOT be valid',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            } else {
              errors = _errs13;
              if (vErrors !== null) {
                if (_errs13) {
                  vErrors.length = _errs13;
                } else {
                  vErrors = null;
                }
              }
            }
            var _valid0 = _errs12 === errors;
            valid3 = _valid0;
            ifClause0 = 'else';
          }
          if (!valid3) {
            const err9 = {
              instancePath: instancePath + '/policies/' + i0,
              schemaPath: '#/properties/policies/items/if',
              keyword: 'if',
              params: { failingKeyword: ifClause0 },
              message: 'must match "' + ifClause0 + '" schema',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.name === undefined) {
              const err10 = {
                instancePath: instancePath + '/policies/' + i0,
                schemaPath: '#/properties/policies/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.type === undefined) {
              const err11 = {
                instancePath: instancePath + '/policies/' + i0,
                schemaPath: '#/properties/policies/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data3.users === undefined) {
              const err12 = {
                instancePath: instancePath + '/policies/' + i0,
                schemaPath: '#/properties/policies/items/required',
                keyword: 'required',
                params: { missingProperty: 'users' },
                message: "must have required property '" + 'users' + "'",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(
                key1 === 'name' ||
                key1 === 'type' ||
                key1 === 'description' ||
                key1 === 'users' ||
                key1 === 'contents'
              )) {
                const err13 = {
                  instancePath: instancePath + '/policies/' + i0,
                  schemaPath: '#/properties/policies/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.name !== undefined) {
              let data5 = data3.name;
              if (typeof data5 === 'string') {
                if (func2(data5) > 63) {
                  const err14 = {
                    instancePath: instancePath + '/policies/' + i0 + '/name',
                    schemaPath: '#/properties/policies/items/properties/name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 63 },
                    message: 'must NOT have more than 63 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (!pattern0.test(data5)) {
                  const err15 = {
                    instancePath: instancePath + '/policies/' + i0 + '/name',
                    schemaPath: '#/properties/policies/items/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$' },
                    message: 'must match pattern "' + '^[a-z]([-a-z0-9]*[a-z0-9])?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + '/policies/' + i0 + '/name',
                  schemaPath: '#/properties/policies/items/properties/name/type',
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
            if (data3.type !== undefined) {
              let data6 = data3.type;
              if (!(
                data6 === 'readonly' ||
                data6 === 'develop' ||
                data6 === 'admin' ||
                data6 === 'custom'
              )) {
                const err17 = {
                  instancePath: instancePath + '/policies/' + i0 + '/type',
                  schemaPath: '#/properties/policies/items/properties/type/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.policies.items.properties.type.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data3.description !== undefined) {
              let data7 = data3.description;
              if (typeof data7 === 'string') {
                if (func2(data7) > 255) {
                  const err18 = {
                    instancePath: instancePath + '/policies/' + i0 + '/description',
                    schemaPath: '#/properties/policies/items/properties/description/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 255 },
                    message: 'must NOT have more than 255 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath: instancePath + '/policies/' + i0 + '/description',
                  schemaPath: '#/properties/policies/items/properties/description/type',
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
            if (data3.users !== undefined) {
              let data8 = data3.users;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data9 = data8[i1];
                  if (typeof data9 === 'string') {
                    if (func2(data9) < 1) {
                      const err20 = {
                        instancePath: instancePath + '/policies/' + i0 + '/users/' + i1,
                        schemaPath: '#/properties/policies/items/properties/users/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = {
                      instancePath: instancePath + '/policies/' + i0 + '/users/' + i1,
                      schemaPath: '#/properties/policies/items/properties/users/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                let i2 = data8.length;
                let j0;
                if (i2 > 1) {
                  const indices0 = {};
                  for (; i2--;) {
                    let item0 = data8[i2];
                    if (typeof item0 !== 'string') {
                      continue;
                    }
                    if (typeof indices0[item0] == 'number') {
                      j0 = indices0[item0];
                      const err22 = {
                        instancePath: instancePath + '/policies/' + i0 + '/users',
                        schemaPath: '#/properties/policies/items/properties/users/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i2, j: j0 },
                        message:
                          'must NOT have duplicate items (items ## ' +
                          j0 +
                          ' and ' +
                          i2 +
                          ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i2;
                  }
                }
              } else {
                const err23 = {
                  instancePath: instancePath + '/policies/' + i0 + '/users',
                  schemaPath: '#/properties/policies/items/properties/users/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data3.contents !== undefined) {
              let data10 = data3.contents;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err24 = {
                    instancePath: instancePath + '/policies/' + i0 + '/contents',
                    schemaPath: '#/properties/policies/items/properties/contents/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                const len2 = data10.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data11 = data10[i3];
                  if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                    if (data11.verbs === undefined) {
                      const err25 = {
                        instancePath: instancePath + '/policies/' + i0 + '/contents/' + i3,
                        schemaPath:
                          '#/properties/policies/items/properties/contents/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'verbs' },
                        message: "must have required property '" + 'verbs' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                    if (data11.resources === undefined) {
                      const err26 = {
                        instancePath: instancePath + '/policies/' + i0 + '/contents/' + i3,
                        schemaPath:
                          '#/properties/policies/items/properties/contents/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'resources' },
                        message: "must have required property '" + 'resources' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    for (const key2 in data11) {
                      if (!(key2 === 'verbs' || key2 === 'resources')) {
                        const err27 = {
                          instancePath: instancePath + '/policies/' + i0 + '/contents/' + i3,
                          schemaPath:
                            '#/properties/policies/items/properties/contents/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                    if (data11.verbs !== undefined) {
                      let data12 = data11.verbs;
                      if (Array.isArray(data12)) {
                        if (data12.length < 1) {
                          const err28 = {
                            instancePath:
                              instancePath + '/policies/' + i0 + '/contents/' + i3 + '/verbs',
                            schemaPath:
                              '#/properties/policies/items/properties/contents/items/properties/verbs/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                        const len3 = data12.length;
                        for (let i4 = 0; i4 < len3; i4++) {
                          let data13 = data12[i4];
                          if (!(
                            data13 === 'get' ||
                            data13 === 'list' ||
                            data13 === 'watch' ||
                            data13 === 'create' ||
                            data13 === 'update' ||
                            data13 === 'patch' ||
                            data13 === 'delete' ||
                            data13 === 'deletecollection' ||
                            data13 === '*'
                          )) {
                            const err29 = {
                              instancePath:
                                instancePath +
                                '/policies/' +
                                i0 +
                                '/contents/' +
                                i3 +
                                '/verbs/' +
                                i4,
                              schemaPath:
                                '#/properties/policies/items/properties/contents/items/properties/verbs/items/enum',
                              keyword: 'enum',
                              params: {
                                allowedValues:
                                  schema11.properties.policies.items.properties.contents.items
                                    .properties.verbs.items.enum,
                              },
                              message: 'must be equal to one of the allowed values',
                            };
                            if (vErrors === null) {
                              vErrors = [err29];
                            } else {
                              vErrors.push(err29);
                            }
                            errors++;
                          }
                        }
                        let i5 = data12.length;
                        let j1;
                        if (i5 > 1) {
                          outer0: for (; i5--;) {
                            for (j1 = i5; j1--;) {
                              if (func0(data12[i5], data12[j1])) {
                                const err30 = {
                                  instancePath:
                                    instancePath + '/policies/' + i0 + '/contents/' + i3 + '/verbs',
                                  schemaPath:
                                    '#/properties/policies/items/properties/contents/items/properties/verbs/uniqueItems',
                                  keyword: 'uniqueItems',
                                  params: { i: i5, j: j1 },
                                  message:
                                    'must NOT have duplicate items (items ## ' +
                                    j1 +
                                    ' and ' +
                                    i5 +
                                    ' are identical)',
                                };
                                if (vErrors === null) {
                                  vErrors = [err30];
                                } else {
                                  vErrors.push(err30);
                                }
                                errors++;
                                break outer0;
                              }
                            }
                          }
                        }
                      } else {
                        const err31 = {
                          instancePath:
                            instancePath + '/policies/' + i0 + '/contents/' + i3 + '/verbs',
                          schemaPath:
                            '#/properties/policies/items/properties/contents/items/properties/verbs/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                    if (data11.resources !== undefined) {
                      let data14 = data11.resources;
                      if (Array.isArray(data14)) {
                        if (data14.length < 1) {
                          const err32 = {
                            instancePath:
                              instancePath + '/policies/' + i0 + '/contents/' + i3 + '/resources',
                            schemaPath:
                              '#/properties/policies/items/properties/contents/items/properties/resources/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                        const len4 = data14.length;
                        for (let i6 = 0; i6 < len4; i6++) {
                          let data15 = data14[i6];
                          if (typeof data15 === 'string') {
                            if (func2(data15) < 1) {
                              const err33 = {
                                instancePath:
                                  instancePath +
                                  '/policies/' +
                                  i0 +
                                  '/contents/' +
                                  i3 +
                                  '/resources/' +
                                  i6,
                                schemaPath:
                                  '#/properties/policies/items/properties/contents/items/properties/resources/items/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                              };
                              if (vErrors === null) {
                                vErrors = [err33];
                              } else {
                                vErrors.push(err33);
                              }
                              errors++;
                            }
                          } else {
                            const err34 = {
                              instancePath:
                                instancePath +
                                '/policies/' +
                                i0 +
                                '/contents/' +
                                i3 +
                                '/resources/' +
                                i6,
                              schemaPath:
                                '#/properties/policies/items/properties/contents/items/properties/resources/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err34];
                            } else {
                              vErrors.push(err34);
                            }
                            errors++;
                          }
                        }
                        let i7 = data14.length;
                        let j2;
                        if (i7 > 1) {
                          const indices1 = {};
                          for (; i7--;) {
                            let item1 = data14[i7];
                            if (typeof item1 !== 'string') {
                              continue;
                            }
                            if (typeof indices1[item1] == 'number') {
                              j2 = indices1[item1];
                              const err35 = {
                                instancePath:
                                  instancePath +
                                  '/policies/' +
                                  i0 +
                                  '/contents/' +
                                  i3 +
                                  '/resources',
                                schemaPath:
                                  '#/properties/policies/items/properties/contents/items/properties/resources/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i7, j: j2 },
                                message:
                                  'must NOT have duplicate items (items ## ' +
                                  j2 +
                                  ' and ' +
                                  i7 +
                                  ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err35];
                              } else {
                                vErrors.push(err35);
                              }
                              errors++;
                              break;
                            }
                            indices1[item1] = i7;
                          }
                        }
                      } else {
                        const err36 = {
                          instancePath:
                            instancePath + '/policies/' + i0 + '/contents/' + i3 + '/resources',
                          schemaPath:
                            '#/properties/policies/items/properties/contents/items/properties/resources/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = {
                      instancePath: instancePath + '/policies/' + i0 + '/contents/' + i3,
                      schemaPath: '#/properties/policies/items/properties/contents/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = {
                  instancePath: instancePath + '/policies/' + i0 + '/contents',
                  schemaPath: '#/properties/policies/items/properties/contents/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/policies/' + i0,
              schemaPath: '#/properties/policies/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/policies',
          schemaPath: '#/properties/policies/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.fleets !== undefined) {
      let data16 = data.fleets;
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i8 = 0; i8 < len5; i8++) {
          let data17 = data16[i8];
          if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
            if (data17.name === undefined) {
              const err41 = {
                instancePath: instancePath + '/fleets/' + i8,
                schemaPath: '#/properties/fleets/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(
                key3 === 'name' ||
                key3 === 'description' ||
                key3 === 'clusters' ||
                key3 === 'permissions'
              )) {
                const err42 = {
                  instancePath: instancePath + '/fleets/' + i8,
                  schemaPath: '#/properties/fleets/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data17.name !== undefined) {
              let data18 = data17.name;
              if (typeof data18 === 'string') {
                if (func2(data18) > 63) {
                  const err43 = {
                    instancePath: instancePath + '/fleets/' + i8 + '/name',
                    schemaPath: '#/properties/fleets/items/properties/name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 63 },
                    message: 'must NOT have more than 63 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (!pattern1.test(data18)) {
                  const err44 = {
                    instancePath: instancePath + '/fleets/' + i8 + '/name',
                    schemaPath: '#/properties/fleets/items/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' },
                    message: 'must match pattern "' + '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = {
                  instancePath: instancePath + '/fleets/' + i8 + '/name',
                  schemaPath: '#/properties/fleets/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.description !== undefined) {
              let data19 = data17.description;
              if (typeof data19 === 'string') {
                if (func2(data19) > 255) {
                  const err46 = {
                    instancePath: instancePath + '/fleets/' + i8 + '/description',
                    schemaPath: '#/properties/fleets/items/properties/description/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 255 },
                    message: 'must NOT have more than 255 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = {
                  instancePath: instancePath + '/fleets/' + i8 + '/description',
                  schemaPath: '#/properties/fleets/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.clusters !== undefined) {
              let data20 = data17.clusters;
              if (Array.isArray(data20)) {
                const len6 = data20.length;
                for (let i9 = 0; i9 < len6; i9++) {
                  let data21 = data20[i9];
                  if (typeof data21 === 'string') {
                    if (!pattern2.test(data21)) {
                      const err48 = {
                        instancePath: instancePath + '/fleets/' + i8 + '/clusters/' + i9,
                        schemaPath: '#/properties/fleets/items/properties/clusters/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z][a-z0-9-]{0,62}[a-z0-9]$' },
                        message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,62}[a-z0-9]$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = {
                      instancePath: instancePath + '/fleets/' + i8 + '/clusters/' + i9,
                      schemaPath: '#/properties/fleets/items/properties/clusters/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                let i10 = data20.length;
                let j3;
                if (i10 > 1) {
                  const indices2 = {};
                  for (; i10--;) {
                    let item2 = data20[i10];
                    if (typeof item2 !== 'string') {
                      continue;
                    }
                    if (typeof indices2[item2] == 'number') {
                      j3 = indices2[item2];
                      const err50 = {
                        instancePath: instancePath + '/fleets/' + i8 + '/clusters',
                        schemaPath: '#/properties/fleets/items/properties/clusters/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i10, j: j3 },
                        message:
                          'must NOT have duplicate items (items ## ' +
                          j3 +
                          ' and ' +
                          i10 +
                          ' are identical)',
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i10;
                  }
                }
              } else {
                const err51 = {
                  instancePath: instancePath + '/fleets/' + i8 + '/clusters',
                  schemaPath: '#/properties/fleets/items/properties/clusters/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data17.permissions !== undefined) {
              let data22 = data17.permissions;
              if (Array.isArray(data22)) {
                const len7 = data22.length;
                for (let i11 = 0; i11 < len7; i11++) {
                  let data23 = data22[i11];
                  if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                    if (data23.policies === undefined) {
                      const err52 = {
                        instancePath: instancePath + '/fleets/' + i8 + '/permissions/' + i11,
                        schemaPath:
                          '#/properties/fleets/items/properties/permissions/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'policies' },
                        message: "must have required property '" + 'policies' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (data23.namespaces === undefined) {
                      const err53 = {
                        instancePath: instancePath + '/fleets/' + i8 + '/permissions/' + i11,
                        schemaPath:
                          '#/properties/fleets/items/properties/permissions/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'namespaces' },
                        message: "must have required property '" + 'namespaces' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    for (const key4 in data23) {
                      if (!(key4 === 'policies' || key4 === 'namespaces')) {
                        const err54 = {
                          instancePath: instancePath + '/fleets/' + i8 + '/permissions/' + i11,
                          schemaPath:
                            '#/properties/fleets/items/properties/permissions/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key4 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                    if (data23.policies !== undefined) {
                      let data24 = data23.policies;
                      if (Array.isArray(data24)) {
                        if (data24.length < 1) {
                          const err55 = {
                            instancePath:
                              instancePath + '/fleets/' + i8 + '/permissions/' + i11 + '/policies',
                            schemaPath:
                              '#/properties/fleets/items/properties/permissions/items/properties/policies/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err55];
                          } else {
                            vErrors.push(err55);
                          }
                          errors++;
                        }
                        const len8 = data24.length;
                        for (let i12 = 0; i12 < len8; i12++) {
                          let data25 = data24[i12];
                          if (typeof data25 === 'string') {
                            if (func2(data25) > 63) {
                              const err56 = {
                                instancePath:
                                  instancePath +
                                  '/fleets/' +
                                  i8 +
                                  '/permissions/' +
                                  i11 +
                                  '/policies/' +
                                  i12,
                                schemaPath:
                                  '#/properties/fleets/items/properties/permissions/items/properties/policies/items/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 63 },
                                message: 'must NOT have more than 63 characters',
                              };
                              if (vErrors === null) {
                                vErrors = [err56];
                              } else {
                                vErrors.push(err56);
                              }
                              errors++;
                            }
                            if (!pattern0.test(data25)) {
                              const err57 = {
                                instancePath:
                                  instancePath +
                                  '/fleets/' +
                                  i8 +
                                  '/permissions/' +
                                  i11 +
                                  '/policies/' +
                                  i12,
                                schemaPath:
                                  '#/properties/fleets/items/properties/permissions/items/properties/policies/items/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$' },
                                message:
                                  'must match pattern "' + '^[a-z]([-a-z0-9]*[a-z0-9])?$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err57];
                              } else {
                                vErrors.push(err57);
                              }
                              errors++;
                            }
                          } else {
                            const err58 = {
                              instancePath:
                                instancePath +
                                '/fleets/' +
                                i8 +
                                '/permissions/' +
                                i11 +
                                '/policies/' +
                                i12,
                              schemaPath:
                                '#/properties/fleets/items/properties/permissions/items/properties/policies/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err58];
                            } else {
                              vErrors.push(err58);
                            }
                            errors++;
                          }
                        }
                        let i13 = data24.length;
                        let j4;
                        if (i13 > 1) {
                          const indices3 = {};
                          for (; i13--;) {
                            let item3 = data24[i13];
                            if (typeof item3 !== 'string') {
                              continue;
                            }
                            if (typeof indices3[item3] == 'number') {
                              j4 = indices3[item3];
                              const err59 = {
                                instancePath:
                                  instancePath +
                                  '/fleets/' +
                                  i8 +
                                  '/permissions/' +
                                  i11 +
                                  '/policies',
                                schemaPath:
                                  '#/properties/fleets/items/properties/permissions/items/properties/policies/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i13, j: j4 },
                                message:
                                  'must NOT have duplicate items (items ## ' +
                                  j4 +
                                  ' and ' +
                                  i13 +
                                  ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err59];
                              } else {
                                vErrors.push(err59);
                              }
                              errors++;
                              break;
                            }
                            indices3[item3] = i13;
                          }
                        }
                      } else {
                        const err60 = {
                          instancePath:
                            instancePath + '/fleets/' + i8 + '/permissions/' + i11 + '/policies',
                          schemaPath:
                            '#/properties/fleets/items/properties/permissions/items/properties/policies/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    if (data23.namespaces !== undefined) {
                      let data26 = data23.namespaces;
                      if (Array.isArray(data26)) {
                        if (data26.length < 1) {
                          const err61 = {
                            instancePath:
                              instancePath +
                              '/fleets/' +
                              i8 +
                              '/permissions/' +
                              i11 +
                              '/namespaces',
                            schemaPath:
                              '#/properties/fleets/items/properties/permissions/items/properties/namespaces/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                        const len9 = data26.length;
                        for (let i14 = 0; i14 < len9; i14++) {
                          let data27 = data26[i14];
                          if (typeof data27 !== 'string') {
                            const err62 = {
                              instancePath:
                                instancePath +
                                '/fleets/' +
                                i8 +
                                '/permissions/' +
                                i11 +
                                '/namespaces/' +
                                i14,
                              schemaPath:
                                '#/properties/fleets/items/properties/permissions/items/properties/namespaces/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err62];
                            } else {
                              vErrors.push(err62);
                            }
                            errors++;
                          }
                          const _errs63 = errors;
                          let valid33 = false;
                          const _errs64 = errors;
                          if ('*' !== data27) {
                            const err63 = {
                              instancePath:
                                instancePath +
                                '/fleets/' +
                                i8 +
                                '/permissions/' +
                                i11 +
                                '/namespaces/' +
                                i14,
                              schemaPath:
                                '#/properties/fleets/items/properties/permissions/items/properties/namespaces/items/anyOf/0/const',
                              keyword: 'const',
                              params: { allowedValue: '*' },
                              message: 'must be equal to constant',
                            };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                          var _valid1 = _errs64 === errors;
                          valid33 = valid33 || _valid1;
                          if (!valid33) {
                            const _errs65 = errors;
                            if (typeof data27 === 'string') {
                              if (!pattern1.test(data27)) {
                                const err64 = {
                                  instancePath:
                                    instancePath +
                                    '/fleets/' +
                                    i8 +
                                    '/permissions/' +
                                    i11 +
                                    '/namespaces/' +
                                    i14,
                                  schemaPath:
                                    '#/properties/fleets/items/properties/permissions/items/properties/namespaces/items/anyOf/1/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' },
                                  message:
                                    'must match pattern "' +
                                    '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' +
                                    '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err64];
                                } else {
                                  vErrors.push(err64);
                                }
                                errors++;
                              }
                            }
                            var _valid1 = _errs65 === errors;
                            valid33 = valid33 || _valid1;
                          }
                          if (!valid33) {
                            const err65 = {
                              instancePath:
                                instancePath +
                                '/fleets/' +
                                i8 +
                                '/permissions/' +
                                i11 +
                                '/namespaces/' +
                                i14,
                              schemaPath:
                                '#/properties/fleets/items/properties/permissions/items/properties/namespaces/items/anyOf',
                              keyword: 'anyOf',
                              params: {},
                              message: 'must match a schema in anyOf',
                            };
                            if (vErrors === null) {
                              vErrors = [err65];
                            } else {
                              vErrors.push(err65);
                            }
                            errors++;
                          } else {
                            errors = _errs63;
                            if (vErrors !== null) {
                              if (_errs63) {
                                vErrors.length = _errs63;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        let i15 = data26.length;
                        let j5;
                        if (i15 > 1) {
                          const indices4 = {};
                          for (; i15--;) {
                            let item4 = data26[i15];
                            if (typeof item4 !== 'string') {
                              continue;
                            }
                            if (typeof indices4[item4] == 'number') {
                              j5 = indices4[item4];
                              const err66 = {
                                instancePath:
                                  instancePath +
                                  '/fleets/' +
                                  i8 +
                                  '/permissions/' +
                                  i11 +
                                  '/namespaces',
                                schemaPath:
                                  '#/properties/fleets/items/properties/permissions/items/properties/namespaces/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i15, j: j5 },
                                message:
                                  'must NOT have duplicate items (items ## ' +
                                  j5 +
                                  ' and ' +
                                  i15 +
                                  ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err66];
                              } else {
                                vErrors.push(err66);
                              }
                              errors++;
                              break;
                            }
                            indices4[item4] = i15;
                          }
                        }
                      } else {
                        const err67 = {
                          instancePath:
                            instancePath + '/fleets/' + i8 + '/permissions/' + i11 + '/namespaces',
                          schemaPath:
                            '#/properties/fleets/items/properties/permissions/items/properties/namespaces/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err68 = {
                      instancePath: instancePath + '/fleets/' + i8 + '/permissions/' + i11,
                      schemaPath: '#/properties/fleets/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = {
                  instancePath: instancePath + '/fleets/' + i8 + '/permissions',
                  schemaPath: '#/properties/fleets/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = {
              instancePath: instancePath + '/fleets/' + i8,
              schemaPath: '#/properties/fleets/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/fleets',
          schemaPath: '#/properties/fleets/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.clusters !== undefined) {
      let data28 = data.clusters;
      if (Array.isArray(data28)) {
        const len10 = data28.length;
        for (let i16 = 0; i16 < len10; i16++) {
          let data29 = data28[i16];
          if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
            if (data29.name === undefined) {
              const err72 = {
                instancePath: instancePath + '/clusters/' + i16,
                schemaPath: '#/properties/clusters/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data29.permissions === undefined) {
              const err73 = {
                instancePath: instancePath + '/clusters/' + i16,
                schemaPath: '#/properties/clusters/items/required',
                keyword: 'required',
                params: { missingProperty: 'permissions' },
                message: "must have required property '" + 'permissions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            for (const key5 in data29) {
              if (!(key5 === 'name' || key5 === 'permissions')) {
                const err74 = {
                  instancePath: instancePath + '/clusters/' + i16,
                  schemaPath: '#/properties/clusters/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data29.name !== undefined) {
              let data30 = data29.name;
              if (typeof data30 === 'string') {
                if (!pattern2.test(data30)) {
                  const err75 = {
                    instancePath: instancePath + '/clusters/' + i16 + '/name',
                    schemaPath: '#/properties/clusters/items/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z][a-z0-9-]{0,62}[a-z0-9]$' },
                    message: 'must match pattern "' + '^[a-z][a-z0-9-]{0,62}[a-z0-9]$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = {
                  instancePath: instancePath + '/clusters/' + i16 + '/name',
                  schemaPath: '#/properties/clusters/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data29.permissions !== undefined) {
              let data31 = data29.permissions;
              if (Array.isArray(data31)) {
                const len11 = data31.length;
                for (let i17 = 0; i17 < len11; i17++) {
                  let data32 = data31[i17];
                  if (data32 && typeof data32 == 'object' && !Array.isArray(data32)) {
                    if (data32.policies === undefined) {
                      const err77 = {
                        instancePath: instancePath + '/clusters/' + i16 + '/permissions/' + i17,
                        schemaPath:
                          '#/properties/clusters/items/properties/permissions/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'policies' },
                        message: "must have required property '" + 'policies' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (data32.namespaces === undefined) {
                      const err78 = {
                        instancePath: instancePath + '/clusters/' + i16 + '/permissions/' + i17,
                        schemaPath:
                          '#/properties/clusters/items/properties/permissions/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'namespaces' },
                        message: "must have required property '" + 'namespaces' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                    for (const key6 in data32) {
                      if (!(key6 === 'policies' || key6 === 'namespaces')) {
                        const err79 = {
                          instancePath: instancePath + '/clusters/' + i16 + '/permissions/' + i17,
                          schemaPath:
                            '#/properties/clusters/items/properties/permissions/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key6 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    if (data32.policies !== undefined) {
                      let data33 = data32.policies;
                      if (Array.isArray(data33)) {
                        if (data33.length < 1) {
                          const err80 = {
                            instancePath:
                              instancePath +
                              '/clusters/' +
                              i16 +
                              '/permissions/' +
                              i17 +
                              '/policies',
                            schemaPath:
                              '#/properties/clusters/items/properties/permissions/items/properties/policies/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                        const len12 = data33.length;
                        for (let i18 = 0; i18 < len12; i18++) {
                          let data34 = data33[i18];
                          if (typeof data34 === 'string') {
                            if (func2(data34) > 63) {
                              const err81 = {
                                instancePath:
                                  instancePath +
                                  '/clusters/' +
                                  i16 +
                                  '/permissions/' +
                                  i17 +
                                  '/policies/' +
                                  i18,
                                schemaPath:
                                  '#/properties/clusters/items/properties/permissions/items/properties/policies/items/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 63 },
                                message: 'must NOT have more than 63 characters',
                              };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                            if (!pattern0.test(data34)) {
                              const err82 = {
                                instancePath:
                                  instancePath +
                                  '/clusters/' +
                                  i16 +
                                  '/permissions/' +
                                  i17 +
                                  '/policies/' +
                                  i18,
                                schemaPath:
                                  '#/properties/clusters/items/properties/permissions/items/properties/policies/items/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$' },
                                message:
                                  'must match pattern "' + '^[a-z]([-a-z0-9]*[a-z0-9])?$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          } else {
                            const err83 = {
                              instancePath:
                                instancePath +
                                '/clusters/' +
                                i16 +
                                '/permissions/' +
                                i17 +
                                '/policies/' +
                                i18,
                              schemaPath:
                                '#/properties/clusters/items/properties/permissions/items/properties/policies/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        let i19 = data33.length;
                        let j6;
                        if (i19 > 1) {
                          const indices5 = {};
                          for (; i19--;) {
                            let item5 = data33[i19];
                            if (typeof item5 !== 'string') {
                              continue;
                            }
                            if (typeof indices5[item5] == 'number') {
                              j6 = indices5[item5];
                              const err84 = {
                                instancePath:
                                  instancePath +
                                  '/clusters/' +
                                  i16 +
                                  '/permissions/' +
                                  i17 +
                                  '/policies',
                                schemaPath:
                                  '#/properties/clusters/items/properties/permissions/items/properties/policies/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i19, j: j6 },
                                message:
                                  'must NOT have duplicate items (items ## ' +
                                  j6 +
                                  ' and ' +
                                  i19 +
                                  ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                              break;
                            }
                            indices5[item5] = i19;
                          }
                        }
                      } else {
                        const err85 = {
                          instancePath:
                            instancePath + '/clusters/' + i16 + '/permissions/' + i17 + '/policies',
                          schemaPath:
                            '#/properties/clusters/items/properties/permissions/items/properties/policies/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data32.namespaces !== undefined) {
                      let data35 = data32.namespaces;
                      if (Array.isArray(data35)) {
                        if (data35.length < 1) {
                          const err86 = {
                            instancePath:
                              instancePath +
                              '/clusters/' +
                              i16 +
                              '/permissions/' +
                              i17 +
                              '/namespaces',
                            schemaPath:
                              '#/properties/clusters/items/properties/permissions/items/properties/namespaces/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                        const len13 = data35.length;
                        for (let i20 = 0; i20 < len13; i20++) {
                          let data36 = data35[i20];
                          if (typeof data36 !== 'string') {
                            const err87 = {
                              instancePath:
                                instancePath +
                                '/clusters/' +
                                i16 +
                                '/permissions/' +
                                i17 +
                                '/namespaces/' +
                                i20,
                              schemaPath:
                                '#/properties/clusters/items/properties/permissions/items/properties/namespaces/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                          const _errs86 = errors;
                          let valid46 = false;
                          const _errs87 = errors;
                          if ('*' !== data36) {
                            const err88 = {
                              instancePath:
                                instancePath +
                                '/clusters/' +
                                i16 +
                                '/permissions/' +
                                i17 +
                                '/namespaces/' +
                                i20,
                              schemaPath:
                                '#/properties/clusters/items/properties/permissions/items/properties/namespaces/items/anyOf/0/const',
                              keyword: 'const',
                              params: { allowedValue: '*' },
                              message: 'must be equal to constant',
                            };
                            if (vErrors === null) {
                              vErrors = [err88];
                            } else {
                              vErrors.push(err88);
                            }
                            errors++;
                          }
                          var _valid2 = _errs87 === errors;
                          valid46 = valid46 || _valid2;
                          if (!valid46) {
                            const _errs88 = errors;
                            if (typeof data36 === 'string') {
                              if (!pattern1.test(data36)) {
                                const err89 = {
                                  instancePath:
                                    instancePath +
                                    '/clusters/' +
                                    i16 +
                                    '/permissions/' +
                                    i17 +
                                    '/namespaces/' +
                                    i20,
                                  schemaPath:
                                    '#/properties/clusters/items/properties/permissions/items/properties/namespaces/items/anyOf/1/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' },
                                  message:
                                    'must match pattern "' +
                                    '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$' +
                                    '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err89];
                                } else {
                                  vErrors.push(err89);
                                }
                                errors++;
                              }
                            }
                            var _valid2 = _errs88 === errors;
                            valid46 = valid46 || _valid2;
                          }
                          if (!valid46) {
                            const err90 = {
                              instancePath:
                                instancePath +
                                '/clusters/' +
                                i16 +
                                '/permissions/' +
                                i17 +
                                '/namespaces/' +
                                i20,
                              schemaPath:
                                '#/properties/clusters/items/properties/permissions/items/properties/namespaces/items/anyOf',
                              keyword: 'anyOf',
                              params: {},
                              message: 'must match a schema in anyOf',
                            };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          } else {
                            errors = _errs86;
                            if (vErrors !== null) {
                              if (_errs86) {
                                vErrors.length = _errs86;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        let i21 = data35.length;
                        let j7;
                        if (i21 > 1) {
                          const indices6 = {};
                          for (; i21--;) {
                            let item6 = data35[i21];
                            if (typeof item6 !== 'string') {
                              continue;
                            }
                            if (typeof indices6[item6] == 'number') {
                              j7 = indices6[item6];
                              const err91 = {
                                instancePath:
                                  instancePath +
                                  '/clusters/' +
                                  i16 +
                                  '/permissions/' +
                                  i17 +
                                  '/namespaces',
                                schemaPath:
                                  '#/properties/clusters/items/properties/permissions/items/properties/namespaces/uniqueItems',
                                keyword: 'uniqueItems',
                                params: { i: i21, j: j7 },
                                message:
                                  'must NOT have duplicate items (items ## ' +
                                  j7 +
                                  ' and ' +
                                  i21 +
                                  ' are identical)',
                              };
                              if (vErrors === null) {
                                vErrors = [err91];
                              } else {
                                vErrors.push(err91);
                              }
                              errors++;
                              break;
                            }
                            indices6[item6] = i21;
                          }
                        }
                      } else {
                        const err92 = {
                          instancePath:
                            instancePath +
                            '/clusters/' +
                            i16 +
                            '/permissions/' +
                            i17 +
                            '/namespaces',
                          schemaPath:
                            '#/properties/clusters/items/properties/permissions/items/properties/namespaces/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err93 = {
                      instancePath: instancePath + '/clusters/' + i16 + '/permissions/' + i17,
                      schemaPath: '#/properties/clusters/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = {
                  instancePath: instancePath + '/clusters/' + i16 + '/permissions',
                  schemaPath: '#/properties/clusters/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = {
              instancePath: instancePath + '/clusters/' + i16,
              schemaPath: '#/properties/clusters/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = {
          instancePath: instancePath + '/clusters',
          schemaPath: '#/properties/clusters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
  } else {
    const err97 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
