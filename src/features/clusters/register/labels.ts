import { isLabelKey, isLabelValue } from '@/api/reference/names';

export interface LabelRow {
  id: number;
  key: string;
  value: string;
}

export type LabelProblem = 'keyRequired' | 'keyInvalid' | 'valueInvalid' | 'duplicate';

export function labelKeyProblem(key: string): LabelProblem | undefined {
  if (key === '') return 'keyRequired';
  return isLabelKey(key) ? undefined : 'keyInvalid';
}

export function labelValueProblem(value: string): LabelProblem | undefined {
  return isLabelValue(value) ? undefined : 'valueInvalid';
}

/** Problems per row (by id); rows left entirely empty are ignored, not errors. */
export function labelProblems(
  rows: readonly LabelRow[],
): Map<number, { key?: LabelProblem; value?: LabelProblem }> {
  const problems = new Map<number, { key?: LabelProblem; value?: LabelProblem }>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '' && row.value === '') continue;
    const keyProblem = labelKeyProblem(key) ?? (seen.has(key) ? 'duplicate' : undefined);
    const valueProblem = labelValueProblem(row.value);
    seen.add(key);
    if (keyProblem || valueProblem) problems.set(row.id, { key: keyProblem, value: valueProblem });
  }
  return problems;
}

export function labelsObject(rows: readonly LabelRow[]): Record<string, string> | undefined {
  const entries = rows
    .filter((row) => row.key.trim() !== '')
    .map((row) => [row.key.trim(), row.value] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
