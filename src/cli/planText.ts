/**
 * What `npm run ucs` prints, as pure functions of the plan and of the apply's results: one line
 * per step with a symbol (`+` create or join, `~` update, `-` leave), the field-level changes
 * indented beneath it, a summary line, and one progress line per applied step. Plain text (CI
 * logs have no colours); text from the bundle or the API is escaped so it cannot move the
 * terminal's cursor or hide a line.
 */
import type { StepResult } from '@/api/bundle/apply';
import {
  planCounts,
  stepOrder,
  type BundlePlan,
  type FieldChange,
  type PlanStep,
  type PlanStepKind,
} from '@/api/bundle/plan';
import type { ApiError } from '@/api/errors';

/** Control characters (escape sequences, line breaks) as visible escapes. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) =>
    char === '\n'
      ? '\\n'
      : char === '\t'
        ? '\\t'
        : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

type Mark = '+' | '~' | '-';

const stepSymbols: Record<PlanStepKind, Mark> = {
  createPolicy: '+',
  updatePolicy: '~',
  createFleet: '+',
  updateFleetDescription: '~',
  leaveFleet: '-',
  joinFleet: '+',
  setFleetPermissions: '~',
  setClusterPermissions: '~',
};

/** What a step does, in a few words: "update policy audit-viewer". */
export function stepTitle(step: PlanStep): string {
  switch (step.kind) {
    case 'createPolicy':
      return `create policy ${printable(step.policy)}`;
    case 'updatePolicy':
      return `update policy ${printable(step.policy)}`;
    case 'createFleet':
      return `create fleet ${printable(step.fleet)}`;
    case 'updateFleetDescription':
      return `update fleet ${printable(step.fleet)}`;
    case 'leaveFleet':
      return `cluster ${printable(step.cluster)} leaves fleet ${printable(step.fleet)}`;
    case 'joinFleet':
      return `cluster ${printable(step.cluster)} joins fleet ${printable(step.fleet)}`;
    case 'setFleetPermissions':
      return `set permissions of fleet ${printable(step.fleet)}`;
    case 'setClusterPermissions':
      return `set permissions of cluster ${printable(step.cluster)}`;
  }
}

/** Fields with one value; the others are lists, shown item by item. */
const scalarFields: ReadonlySet<FieldChange['field']> = new Set(['type', 'description', 'fleet']);

const quoted = (value: string) => JSON.stringify(value);

const fieldSymbol = (change: FieldChange): Mark =>
  change.before.length === 0 ? '+' : change.after.length === 0 ? '-' : '~';

/** A field's change as lines, indented under its step. */
function fieldLines(change: FieldChange): string[] {
  const symbol = fieldSymbol(change);
  const indent = '      ';
  if (scalarFields.has(change.field)) {
    const before = change.before.join(' ');
    const after = change.after.join(' ');
    const value =
      symbol === '+'
        ? quoted(after)
        : symbol === '-'
          ? quoted(before)
          : `${quoted(before)} → ${quoted(after)}`;
    return [`${indent}${symbol} ${change.field}: ${printable(value)}`];
  }
  const before = new Set(change.before);
  const after = new Set(change.after);
  const items = [...new Set([...change.before, ...change.after])].sort((a, b) =>
    a.localeCompare(b),
  );
  return [
    `${indent}${symbol} ${change.field}:`,
    ...items.map((item) => {
      const mark = before.has(item) && after.has(item) ? ' ' : after.has(item) ? '+' : '-';
      return `${indent}    ${mark} ${printable(item)}`;
    }),
  ];
}

/** One step and its field changes. */
export function stepLines(step: PlanStep): string[] {
  return [`  ${stepSymbols[step.kind]} ${stepTitle(step)}`, ...step.changes.flatMap(fieldLines)];
}

const kindWords: Record<PlanStepKind, [one: string, many: string]> = {
  createPolicy: ['policy to create', 'policies to create'],
  updatePolicy: ['policy to update', 'policies to update'],
  createFleet: ['fleet to create', 'fleets to create'],
  updateFleetDescription: ['fleet description to update', 'fleet descriptions to update'],
  leaveFleet: ['cluster to leave its fleet', 'clusters to leave their fleets'],
  joinFleet: ['cluster to join a fleet', 'clusters to join a fleet'],
  setFleetPermissions: ["fleet's permissions to set", "fleets' permissions to set"],
  setClusterPermissions: ["cluster's permissions to set", "clusters' permissions to set"],
};

export const noChangesText = 'No changes. The account matches the bundle.';

/** "Plan: 5 changes (1 policy to update, 1 fleet to create, …)." or the no-change sentence. */
export function planSummary(plan: BundlePlan): string {
  const total = plan.steps.length;
  if (total === 0) return noChangesText;
  const counts = planCounts(plan);
  const parts = stepOrder
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kindWords[kind][counts[kind] === 1 ? 0 : 1]}`);
  return `Plan: ${total} ${total === 1 ? 'change' : 'changes'} (${parts.join(', ')}).`;
}

/** The whole plan as `plan` and `apply` print it. */
export function planText(plan: BundlePlan): string {
  if (plan.steps.length === 0) return `${noChangesText}\n`;
  return [
    'The account will be changed in this order:',
    '',
    ...plan.steps.flatMap(stepLines),
    '',
    planSummary(plan),
    '',
  ].join('\n');
}

/** An API failure in one line: its message, HTTP status or kind, code and request id. */
export function describeApiError(error: ApiError): string {
  const details = [
    error.status > 0
      ? `HTTP ${error.status}`
      : error.kind === 'network'
        ? 'network error'
        : error.kind,
    error.code ? `code ${error.code}` : undefined,
    error.requestId ? `request id ${error.requestId}` : undefined,
  ].filter(Boolean);
  return printable(`${error.message} (${details.join(', ')})`);
}

/** A step's outcome as it ends: ✓ done, ✗ failed with the error, or skipped with why. */
export function resultLine(result: StepResult): string {
  const title = stepTitle(result.step);
  switch (result.status) {
    case 'done':
      return `✓ ${title}`;
    case 'failed':
      return `✗ ${title}: ${describeApiError(result.error)}`;
    case 'skipped':
      return `- ${title}: skipped, ${
        result.missing
          ? `${result.missing.kind} ${printable(result.missing.name)} was not created`
          : 'an earlier step failed (--stop-on-error)'
      }`;
  }
}

/** "Apply complete: 5 done, 0 failed, 0 skipped." */
export function applySummary(results: readonly StepResult[]): string {
  const count = (status: StepResult['status']) =>
    results.filter((result) => result.status === status).length;
  const failed = count('failed');
  const skipped = count('skipped');
  const heading = failed || skipped ? 'Apply finished with errors' : 'Apply complete';
  return `${heading}: ${count('done')} done, ${failed} failed, ${skipped} skipped.`;
}
