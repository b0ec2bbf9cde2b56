/**
 * Kubernetes label syntax (what UCS checks too): a key is an optional DNS-subdomain prefix of
 * at most 253 characters and "/", then a name of 1–63 characters, alphanumeric at both ends with
 * `-`, `_` or `.` inside; a value is empty or such a name.
 */
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const labelName = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export interface LabelRow {
  id: number;
  key: string;
  value: string;
}

export type LabelProblem = 'keyRequired' | 'keyInvalid' | 'valueInvalid' | 'duplicate';

export function labelKeyProblem(key: string): LabelProblem | undefined {
  if (key === '') return 'keyRequired';
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !dnsSubdomain.test(prefix)))
    return 'keyInvalid';
  if (name.length > 63 || !labelName.test(name)) return 'keyInvalid';
  return undefined;
}

export function labelValueProblem(value: string): LabelProblem | undefined {
  return value.length > 63 || (value !== '' && !labelName.test(value)) ? 'valueInvalid' : undefined;
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
