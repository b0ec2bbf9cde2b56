/**
 * Validates response bodies against the OpenAPI document with ajv, for the contract suite:
 * loads `src/api/ucs.openapi.yaml`, picks the schema declared for a path, method and status
 * (following `$ref`s into components.responses) and checks the body, errors included.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { rebaseRefs } from '../../src/api/tools/openapiRefs';

type Json = Record<string, unknown>;

const documentId = 'ucs-openapi.json';
// A path string, not `new URL(...)`: under jsdom, URL is jsdom's and fileURLToPath rejects it.
const specPath = join(dirname(fileURLToPath(import.meta.url)), '../../src/api/ucs.openapi.yaml');

const rebase = (value: unknown) => rebaseRefs(value, documentId);

function resolvePointer(document: Json, ref: string): Json {
  let node: unknown = document;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = (node as Json)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node as Json;
}

export interface ResponseCheck {
  /** Whether the document declares this status for the operation. */
  declared: boolean;
  /** ajv's complaints; empty when the body fits. */
  errors: string[];
}

export class OpenApiValidator {
  readonly document: Json;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor() {
    this.document = parse(readFileSync(specPath, 'utf8')) as Json;
    // The document is OpenAPI 3.0: `example` and friends are not JSON Schema keywords.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(rebase(this.document) as Json, documentId);
  }

  /** The operation object of a path template and method. */
  operation(path: string, method: string): Json {
    const item = (this.document.paths as Json)[path] as Json | undefined;
    const operation = item?.[method.toLowerCase()] as Json | undefined;
    if (!operation) throw new Error(`The document has no ${method} ${path}`);
    return operation;
  }

  operationIds(): string[] {
    const ids: string[] = [];
    for (const item of Object.values(this.document.paths as Json)) {
      for (const operation of Object.values(item as Json)) {
        if (typeof operation === 'object' && operation && 'operationId' in operation) {
          ids.push(String((operation as Json).operationId));
        }
      }
    }
    return ids;
  }

  /** The JSON schema of a declared response (undefined: declared without a body; null: not declared). */
  private responseSchema(path: string, method: string, status: number): Json | undefined | null {
    const responses = this.operation(path, method).responses as Json;
    let response = responses[String(status)] as Json | undefined;
    if (!response) return null;
    if (typeof response.$ref === 'string') response = resolvePointer(this.document, response.$ref);
    const content = response.content as Json | undefined;
    const json = content?.['application/json'] as Json | undefined;
    return json?.schema as Json | undefined;
  }

  private errorValidator(): ValidateFunction {
    return this.ajv.getSchema(
      `${documentId}#/components/schemas/ErrorResponse`,
    ) as ValidateFunction;
  }

  /**
   * Checks one response. A status the document does not declare is still checked: an error
   * status against ErrorResponse (every UCS error has that body), a success status as empty.
   */
  check(path: string, method: string, status: number, body: unknown): ResponseCheck {
    const key = `${method} ${path} ${status}`;
    const schema = this.responseSchema(path, method, status);
    const declared = schema !== null;
    let validate = this.cache.get(key);
    if (validate === undefined) {
      validate = schema
        ? this.ajv.compile(rebase(schema) as Json)
        : status >= 400
          ? this.errorValidator()
          : null;
      this.cache.set(key, validate);
    }
    if (!validate) {
      const empty = body === undefined || body === null || body === '';
      return {
        declared,
        errors: empty ? [] : [`expected no body, got ${JSON.stringify(body).slice(0, 200)}`],
      };
    }
    const ok = validate(body);
    const errors = ok
      ? []
      : (validate.errors ?? []).map(
          (error) => `${error.instancePath || '/'} ${error.message ?? ''}`,
        );
    return { declared, errors };
  }
}
