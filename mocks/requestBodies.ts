/**
 * Request bodies checked against the contract before any rule runs, with the validators
 * `npm run generate` compiles from the OpenAPI document (ajv, ahead of time: the browser's CSP
 * forbids compiling at run time). The contract decides the shape — the type of every field and
 * the values an enumeration allows; the rules in `resources/` decide the rest (names, limits,
 * references) and keep their own wording for it.
 *
 * Required fields are the rules' to check, not the schema's: the contract follows the reference's
 * tables for what the console sends, while UCS (and so the mock) also accepts the lighter bodies
 * of the reference's examples, e.g. a CCE import with only `metadata.uid`, or a foreign cluster
 * without a city.
 */
import type { operations } from '../src/api/generated/ucs';
import { requestBodies } from '../src/api/generated/ucsRequestBodies';
import { invalidBody, type Json } from './validate';

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: { type?: string; allowedValues?: unknown[] };
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const validatorOf = requestBodies as Partial<Record<keyof operations, Validator>>;

/** What is wrong, in the words the rules use too ("metadata.name must be a string."). */
const problems: Record<string, (error: SchemaError) => string> = {
  type: ({ params }) =>
    params.type === 'object' || params.type === 'array' || params.type === 'integer'
      ? `must be an ${params.type}`
      : `must be a ${params.type}`,
  enum: ({ params }) => `must be one of ${(params.allowedValues ?? []).join(', ')}`,
};

function fieldOf({ instancePath }: SchemaError): string {
  return instancePath.slice(1).replaceAll('/', '.') || 'body';
}

/**
 * Throws 400 UCS.00000012 naming the first field whose type or value the contract refuses.
 * Checks the schema also states (required fields, patterns, lengths) are left to the rules.
 */
export function checkRequestBody(operationId: keyof operations, body: Json): void {
  const validate = validatorOf[operationId];
  if (!validate || validate(body)) return;
  const shapeError = validate.errors?.find((error) => error.keyword in problems);
  if (shapeError) {
    throw invalidBody(fieldOf(shapeError), problems[shapeError.keyword]?.(shapeError) ?? '');
  }
}
