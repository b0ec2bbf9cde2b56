/**
 * Request checks shared by every resource. UCS answers a malformed body with 400
 * UCS.00000012 and a bad query value with 400 UCS.00000011; the mock adds which field is wrong,
 * so a person reading the console's error (or a test) knows what to fix.
 */
import { isLabelKey, isLabelValue } from '../src/api/reference/names';
import { ucsError } from './errors';

/** A JSON object as a request carries it, before its fields are checked. */
export type Json = Record<string, unknown>;

export function invalidBody(field: string, problem: string) {
  return ucsError('UCS.00000012', `${field} ${problem}.`);
}

export function invalidQuery(name: string, problem: string) {
  return ucsError('UCS.00000011', `${name} ${problem}.`);
}

/** Parses a request body that must be a JSON object. An empty body counts as `{}` when allowed. */
export async function readJsonObject(request: Request, { allowEmpty = false } = {}): Promise<Json> {
  const text = await request.text();
  if (text.trim() === '') {
    if (allowEmpty) return {};
    throw invalidBody('body', 'is required');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidBody('body', 'is not valid JSON');
  }
  return objectAt(parsed, 'body');
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, field: string): Json {
  if (!isObject(value)) throw invalidBody(field, 'must be an object');
  return value;
}

export function optionalObjectAt(value: unknown, field: string): Json | undefined {
  return value === undefined || value === null ? undefined : objectAt(value, field);
}

interface StringRule {
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** Says what `pattern` means, for the error message. */
  patternHint?: string;
  oneOf?: readonly string[];
}

export function stringAt(value: unknown, field: string, rule: StringRule = {}): string {
  if (typeof value !== 'string') throw invalidBody(field, 'must be a string');
  if (rule.min !== undefined && value.length < rule.min) {
    throw invalidBody(
      field,
      rule.min === 1 ? 'must not be empty' : `must be at least ${rule.min} characters`,
    );
  }
  if (rule.max !== undefined && value.length > rule.max) {
    throw invalidBody(field, `must be at most ${rule.max} characters`);
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    throw invalidBody(field, rule.patternHint ?? `must match ${rule.pattern.source}`);
  }
  if (rule.oneOf && !rule.oneOf.includes(value)) {
    throw invalidBody(field, `must be one of ${rule.oneOf.join(', ')}`);
  }
  return value;
}

/** The naming rule of a kind of object (src/api/reference/names.ts), as UCS words a refusal. */
export interface NameRule {
  maxLength: number;
  pattern: RegExp;
  /** What a valid name looks like, the end of the error message. */
  hint: string;
}

/** `metadata.name` of a create request's body: required, and within the naming rule of its kind. */
export function readName(body: Json, rule: NameRule): string {
  return stringAt(objectAt(body.metadata, 'metadata').name, 'metadata.name', {
    min: 1,
    max: rule.maxLength,
    pattern: rule.pattern,
    patternHint: rule.hint,
  });
}

export function optionalStringAt(value: unknown, field: string, rule: StringRule = {}) {
  return value === undefined || value === null ? undefined : stringAt(value, field, rule);
}

export function stringArrayAt(value: unknown, field: string, rule: StringRule = {}): string[] {
  if (!Array.isArray(value)) throw invalidBody(field, 'must be an array of strings');
  return value.map((item, index) => stringAt(item, `${field}[${index}]`, rule));
}

export function optionalStringArrayAt(value: unknown, field: string, rule: StringRule = {}) {
  return value === undefined || value === null ? undefined : stringArrayAt(value, field, rule);
}

export function integerAt(
  value: unknown,
  field: string,
  range: { min?: number; max?: number } = {},
) {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalidBody(field, 'must be an integer');
  }
  if (range.min !== undefined && value < range.min)
    throw invalidBody(field, `must be at least ${range.min}`);
  if (range.max !== undefined && value > range.max)
    throw invalidBody(field, `must be at most ${range.max}`);
  return value;
}

export function optionalIntegerAt(
  value: unknown,
  field: string,
  range: { min?: number; max?: number } = {},
) {
  return value === undefined || value === null ? undefined : integerAt(value, field, range);
}

export function optionalBooleanAt(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidBody(field, 'must be true or false');
  return value;
}

/** A map of string to string, like Kubernetes labels and annotations. */
export function optionalStringMapAt(
  value: unknown,
  field: string,
): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  const map = objectAt(value, field);
  for (const [key, item] of Object.entries(map)) {
    if (typeof item !== 'string') throw invalidBody(`${field}.${key}`, 'must be a string');
  }
  return map as Record<string, string>;
}

// --- Query parameters ---------------------------------------------------------------------

export function queryInteger(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw invalidQuery(name, `must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min) throw invalidQuery(name, `must be at least ${min}, got ${value}`);
  return value;
}

export function queryBoolean(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw invalidQuery(name, `must be true or false, got "${raw}"`);
}

export function queryEnum<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw invalidQuery(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

// --- Kubernetes syntax --------------------------------------------------------------------

/** Kubernetes label rules (src/api/reference/names.ts), said as UCS would refuse them. */
export function labelProblem(key: string, value: string): string | undefined {
  if (!isLabelKey(key)) {
    return `key "${key}" is invalid (an optional DNS-subdomain prefix of at most 253 characters and '/', then a name of 1-63 characters, alphanumeric at both ends, '-', '_' or '.' inside)`;
  }
  if (!isLabelValue(value)) {
    return `value "${value}" of "${key}" is invalid (at most 63 characters, alphanumeric at both ends, '-', '_' or '.' inside)`;
  }
  return undefined;
}
