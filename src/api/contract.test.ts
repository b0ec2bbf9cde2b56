import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clusterKinds, isValidClusterKind } from './reference/clusterKinds';
import { describeUcsError, ucsErrorCodes } from './reference/errorCodes';
import { chinaCities, provinceOf, ucsCountries } from './reference/locations';
// Vite's `?raw` import reads the file as text in any test environment (jsdom included).
import specText from './ucs.openapi.yaml?raw';

/**
 * Guards the contract `src/api/ucs.openapi.yaml` against losing operations or drifting from the
 * shared error shape. The list of operations is written out here on purpose: it is the 30
 * operations of chapter 3 of the UCS API Reference, and the document must keep all of them.
 */
const expectedOperations: ReadonlyArray<readonly [method: string, path: string]> = [
  // Clusters (3.1)
  ['get', '/v1/clusters'],
  ['get', '/v1/clusters/{clusterid}'],
  ['post', '/v1/clusters'],
  ['put', '/v1/clusters/{clusterid}'],
  ['delete', '/v1/clusters/{clusterid}'],
  ['get', '/v1/clusters/{clusterid}/accessinfo'],
  ['put', '/v1/clusters/{clusterid}/activation'],
  ['put', '/v1/clusters/{clusterid}/associatedrules'],
  ['get', '/v1/managedclusters'],
  ['get', '/v1/config/registeredclusterversions'],
  // Fleets and federation (3.2)
  ['post', '/v1/clusters/{clusterid}/join'],
  ['post', '/v1/clusters/{clusterid}/unjoin'],
  ['post', '/v1/clustergroups'],
  ['get', '/v1/clustergroups'],
  ['get', '/v1/clustergroups/{clustergroupid}'],
  ['delete', '/v1/clustergroups/{clustergroupid}'],
  ['put', '/v1/clustergroups/{clustergroupid}/associatedclusters'],
  ['put', '/v1/clustergroups/{clustergroupid}/description'],
  ['put', '/v1/clustergroups/{clustergroupid}/associatedrules'],
  ['put', '/v1/clustergroups/{clustergroupid}/associatedzones'],
  ['post', '/v1/clustergroups/{clustergroupid}/federations'],
  ['delete', '/v1/clustergroups/{clustergroupid}/federations'],
  ['get', '/v1/clustergroups/{clustergroupid}/federations/progress'],
  ['post', '/v1/clustergroups/{clustergroupid}/cert'],
  ['post', '/v1/clustergroups/{clustergroupid}/connection'],
  ['post', '/v1/clustergroups/{clustergroupid}/kubeconfig'],
  // Permission policies (3.3)
  ['post', '/v1/permissions/rules'],
  ['get', '/v1/permissions/rules'],
  ['put', '/v1/permissions/rules/{ruleid}'],
  ['delete', '/v1/permissions/rules/{ruleid}'],
];

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const errorResponseRef = '#/components/schemas/ErrorResponse';

interface Reference {
  $ref: string;
}
interface ResponseObject {
  content?: Record<string, { schema?: Reference | Record<string, unknown> }>;
}
interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject | Reference>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    responses?: Record<string, ResponseObject>;
    schemas: Record<string, { enum?: string[] }>;
  };
}

const document = parse(specText) as OpenApiDocument;

const operations = Object.entries(document.paths).flatMap(([path, pathItem]) =>
  Object.entries(pathItem)
    .filter(([method]) => httpMethods.includes(method))
    .map(([method, operation]) => ({ method, path, operation })),
);

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

/** A response, following one `#/components/responses/...` reference. */
function resolveResponse(response: ResponseObject | Reference): ResponseObject {
  if (!isReference(response)) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  const resolved = document.components.responses?.[name];
  if (!resolved) throw new Error(`Unresolved response reference ${response.$ref}`);
  return resolved;
}

describe('ucs.openapi.yaml', () => {
  it('is OpenAPI 3.0.3', () => {
    expect((document as unknown as { openapi: string }).openapi).toBe('3.0.3');
  });

  it.each(expectedOperations)('declares %s %s', (method, path) => {
    expect(document.paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
  });

  it('declares no operation beyond the 30 of the reference', () => {
    const declared = operations.map(({ method, path }) => `${method} ${path}`).sort();
    const expected = expectedOperations.map(([method, path]) => `${method} ${path}`).sort();
    expect(declared).toEqual(expected);
  });

  it('gives every operation a unique operationId', () => {
    for (const { method, path, operation } of operations) {
      expect(operation.operationId, `${method.toUpperCase()} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
    }
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses ErrorResponse for every 4xx and 5xx response', () => {
    const offenders: string[] = [];
    for (const { method, path, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!/^[45]/.test(status)) continue;
        const schema = resolveResponse(response).content?.['application/json']?.schema;
        if (!isReference(schema) || schema.$ref !== errorResponseRef) {
          offenders.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('errorCodes.ts', () => {
  it('holds the codes of table 5-1 with their statuses', () => {
    expect(describeUcsError('UCS.01100004')).toMatchObject({
      status: 409,
      message: 'The same clustergroup already exists.',
    });
    expect(describeUcsError('UCS.01000002')?.status).toBe(429);
    expect(describeUcsError('UCS.00000018')?.status).toBe(401);
    expect(describeUcsError('UCS.01000003')?.status).toBe(401);
  });

  it('keeps the first of the duplicated UCS.00020003 rows and the printed status of UCS.01030015', () => {
    expect(describeUcsError('UCS.00020003')?.message).toBe('Failed to create certs.');
    expect(describeUcsError('UCS.01030015')?.status).toBe(100);
  });

  it('has 156 distinct codes (157 rows, one duplicated) and knows no others', () => {
    expect(Object.keys(ucsErrorCodes)).toHaveLength(156);
    expect(describeUcsError('UCS.99999999')).toBeUndefined();
    expect(describeUcsError('toString')).toBeUndefined();
  });
});

describe('clusterKinds.ts (table 5.7)', () => {
  const enumOf = (schema: string) => document.components.schemas[schema]?.enum ?? [];

  it('uses only values of the contract enums', () => {
    for (const kind of clusterKinds) {
      expect(enumOf('ClusterCategory')).toContain(kind.category);
      expect(enumOf('ClusterType')).toContain(kind.type);
      expect(enumOf('ClusterProvider')).toContain(kind.provider);
    }
  });

  it('has one row per cluster type, 13 in all', () => {
    expect(clusterKinds.map((kind) => kind.type).sort()).toEqual([...enumOf('ClusterType')].sort());
  });

  it('accepts the combinations of the register examples and rejects mismatches', () => {
    expect(isValidClusterKind('self', 'turbo', 'huaweicloud')).toBe(true);
    expect(isValidClusterKind('attachedcluster', 'ack', 'aliyun')).toBe(true);
    expect(isValidClusterKind('attachedcluster', 'ack', 'aws')).toBe(false);
    expect(isValidClusterKind('self', 'eks', 'aws')).toBe(false);
  });
});

describe('locations.ts (sections 5.5 and 5.6)', () => {
  it('holds the countries and cities as printed', () => {
    expect(Object.keys(ucsCountries)).toHaveLength(193);
    expect(ucsCountries.CN).toBe('China');
    expect(chinaCities).toHaveLength(405);
    expect(chinaCities[0]).toEqual({ code: '110000', name: 'Beijing', isProvince: true });
    expect(chinaCities.find((city) => city.code === '50000')).toEqual({
      code: '50000',
      name: 'Chongqing',
      isProvince: true,
    });
  });

  it('finds the province of a city, including under the misprinted five-digit codes', () => {
    expect(provinceOf('130100')?.name).toBe('Hebei');
    expect(provinceOf('130000')?.name).toBe('Hebei');
    expect(provinceOf('150900')?.code).toBe('15000');
    expect(provinceOf('500100')?.name).toBe('Chongqing');
    expect(provinceOf('unknown')).toBeUndefined();
    expect(provinceOf('AL')).toBeUndefined();
  });
});
