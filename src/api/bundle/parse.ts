/**
 * Reading a bundle: YAML first, then the schema (validator compiled by `npm run generate`).
 * Every problem names the line and the field, so an operator can fix the file without guessing;
 * nothing here throws on bad input.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { validate as validateBundle } from '../generated/bundleValidator';
import { kubernetesVerbs, policyTypes } from '../reference/permissions';
import { bundleApiVersion, bundleKind, type Bundle } from './schema';

/** Where a problem is: a path into the document (`fleets[2].clusters[0]`) and its line. */
export interface BundleLocation {
  /** Keys and indexes from the root. */
  path: (string | number)[];
  /** 1-based; 0 when the document is empty. */
  line: number;
  column: number;
}

/**
 * A problem with a bundle, by code with its values, so each language words it (the UI) and the
 * command line prints it in English (`describeBundleProblem`).
 */
export type BundleProblem = BundleLocation & ProblemDetails;

/** What is wrong, without where. */
export type ProblemDetails =
  | { code: 'syntax'; detail: string }
  | { code: 'notAnObject' }
  | { code: 'required'; field: string }
  | { code: 'unknownField'; field: string }
  | { code: 'wrongType'; expected: string }
  | { code: 'notOneOf'; allowed: string[] }
  | { code: 'wrongValue'; expected: string }
  | { code: 'badName'; rule: NameRule }
  | { code: 'tooLong'; limit: number }
  | { code: 'empty' }
  | { code: 'duplicateItem' }
  | { code: 'contentsOnlyForCustom' }
  // Found when planning against the account:
  | { code: 'duplicateName'; name: string }
  | { code: 'unknownCluster'; name: string }
  | { code: 'ambiguousCluster'; name: string }
  | { code: 'unknownPolicy'; name: string }
  | { code: 'clusterInTwoFleets'; name: string; fleets: string[] };

/** Which naming rule a name broke (the rules of `../reference/names`). */
export type NameRule = 'policy' | 'fleet' | 'cluster' | 'namespace' | 'user';

export interface ParsedBundle {
  /** The bundle, when it has no problem. */
  bundle?: Bundle;
  problems: BundleProblem[];
  /** The line and column of a path, for problems found later (when planning). */
  locate: (path: (string | number)[]) => BundleLocation;
}

/** A problem before its line is known. */
type Unlocated = ProblemDetails & { path: (string | number)[] };

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schemaPath: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `fleets[2].clusters[0]`: how a path is written in problems. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part))
    .join('');
}

/** The naming rule of the field at this path, from where it sits in the document. */
function nameRuleAt(path: readonly (string | number)[]): NameRule {
  const keys = path.filter((part): part is string => typeof part === 'string');
  const last = keys.at(-1);
  if (last === 'namespaces') return 'namespace';
  if (last === 'policies') return 'policy';
  if (last === 'users') return 'user';
  if (keys[0] === 'clusters' || last === 'clusters') return 'cluster';
  return keys[0] === 'fleets' ? 'fleet' : 'policy';
}

/** One problem per schema error worth reading: the noise of `anyOf` and `if` is folded away. */
function problemsOf(errors: readonly SchemaError[]): Unlocated[] {
  const result: Unlocated[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pathOf(error.instancePath);
    const problem = problemOf(error, path);
    if (!problem) continue;
    const key = `${fieldPath(problem.path)}\u0000${problem.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(problem);
  }
  return result;
}

function problemOf(error: SchemaError, path: (string | number)[]): Unlocated | undefined {
  const { keyword, params } = error;
  switch (keyword) {
    case 'required':
      return { code: 'required', field: String(params.missingProperty), path };
    case 'additionalProperties':
      return {
        code: 'unknownField',
        field: String(params.additionalProperty),
        path: [...path, String(params.additionalProperty)],
      };
    case 'type':
      return { code: 'wrongType', expected: String(params.type), path };
    case 'enum': {
      const last = path.filter((part) => typeof part === 'string').at(-1);
      const allowed = last === 'type' ? [...policyTypes] : [...kubernetesVerbs];
      return { code: 'notOneOf', allowed, path };
    }
    case 'const':
      if (path.length === 1 && path[0] === 'apiVersion')
        return { code: 'wrongValue', expected: bundleApiVersion, path };
      if (path.length === 1 && path[0] === 'kind')
        return { code: 'wrongValue', expected: bundleKind, path };
      return undefined; // the `*` branch of a namespace: its `anyOf` error says it
    case 'pattern':
    case 'anyOf':
      return { code: 'badName', rule: nameRuleAt(path), path };
    case 'minLength':
    case 'minItems':
      return { code: 'empty', path };
    case 'maxLength':
      return { code: 'tooLong', limit: Number(params.limit), path };
    case 'uniqueItems':
      // ajv names both indexes; the later one is the repetition.
      return {
        code: 'duplicateItem',
        path: [...path, Math.max(Number(params.i), Number(params.j))],
      };
    case 'not':
      return { code: 'contentsOnlyForCustom', path: [...path, 'contents'] };
    default:
      return undefined; // `if`: the `then`/`else` branch's own error says what is wrong
  }
}

/** The deepest node the document has along `path` (a missing field points at its parent). */
function nodeAt(document: Document, path: readonly (string | number)[]): Node | undefined {
  let node = document.contents as Node | null;
  let found: Node | undefined = node ?? undefined;
  for (const [index, part] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => (item.key as { value?: unknown } | null)?.value === part,
      );
      // A field is where its name is written (a list's items may start on the next line).
      const last = index === path.length - 1;
      node = ((last ? pair?.key : pair?.value) as Node | null) ?? null;
    } else if (isSeq(node) && typeof part === 'number') {
      node = (node.items[part] as Node | undefined) ?? null;
    } else {
      node = null;
    }
    if (!node) break;
    found = node;
  }
  return found;
}

/**
 * Reads a bundle from text. YAML errors stop there (the schema would only repeat them); schema
 * problems are all reported, each with its line.
 */
export function parseBundle(text: string): ParsedBundle {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return { line: 0, column: 0 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (path: (string | number)[]): BundleLocation => ({
    path,
    ...at(nodeAt(document, path)?.range?.[0]),
  });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        code: 'syntax',
        detail: error.message.split('\n')[0] ?? error.message,
        path: [],
        ...at(error.pos[0]),
      })),
      locate,
    };
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ code: 'notAnObject', path: [], ...at(0) }], locate };
  }
  const validator = validateBundle as Validator;
  if (validator(data)) return { bundle: data as Bundle, problems: [], locate };
  const problems = problemsOf(validator.errors ?? []).map(
    (problem) => ({ ...problem, ...locate(problem.path), path: problem.path }) as BundleProblem,
  );
  return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column), locate };
}

const nameRules: Record<NameRule, string> = {
  policy:
    'a policy name: 1–63 lowercase letters, digits and hyphens, starting with a letter, not ending in a hyphen',
  fleet: 'a fleet name: 1–63 lowercase letters, digits and hyphens, alphanumeric at both ends',
  cluster:
    'a cluster name: 2–64 lowercase letters, digits and hyphens, starting with a letter, not ending in a hyphen',
  namespace: '* or a namespace name: 1–63 lowercase letters, digits and hyphens',
  user: 'an IAM user ID',
};

/** A problem in English, for the command line: "line 12, fleets[1].clusters[0]: …". */
export function describeBundleProblem(problem: BundleProblem): string {
  const where = [
    problem.line ? `line ${problem.line}` : undefined,
    problem.path.length ? fieldPath(problem.path) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problemText(problem)}` : problemText(problem);
}

function problemText(problem: BundleProblem): string {
  switch (problem.code) {
    case 'syntax':
      return `not valid YAML: ${problem.detail}`;
    case 'notAnObject':
      return `a bundle is a YAML mapping with apiVersion: ${bundleApiVersion} and kind: ${bundleKind}`;
    case 'required':
      return `the field ${problem.field} is required`;
    case 'unknownField':
      return `${problem.field} is not a field here`;
    case 'wrongType':
      return `must be ${/^[aeiou]/.test(problem.expected) ? 'an' : 'a'} ${problem.expected}`;
    case 'notOneOf':
      return `must be one of ${problem.allowed.join(', ')}`;
    case 'wrongValue':
      return `must be ${problem.expected}`;
    case 'badName':
      return `must be ${nameRules[problem.rule]}`;
    case 'tooLong':
      return `must be at most ${problem.limit} characters`;
    case 'empty':
      return 'must not be empty';
    case 'duplicateItem':
      return 'is listed twice';
    case 'contentsOnlyForCustom':
      return 'contents are only for custom policies (a template policy grants its template)';
    case 'duplicateName':
      return `${problem.name} is named twice in the bundle`;
    case 'unknownCluster':
      return `no cluster named ${problem.name} in the account`;
    case 'ambiguousCluster':
      return `more than one cluster is named ${problem.name}; rename one first`;
    case 'unknownPolicy':
      return `no policy named ${problem.name}, in the bundle or the account`;
    case 'clusterInTwoFleets':
      return `cluster ${problem.name} is listed in more than one fleet (${problem.fleets.join(', ')}); a cluster belongs to one fleet at most`;
  }
}
