import { fleetNameMaxLength } from '@/api/reference/names';

export type FleetNameProblem =
  | { key: 'nameRequired' }
  | { key: 'nameTooLong'; count: number }
  | { key: 'nameCharacters'; found: string }
  | { key: 'nameEdges' };

/** The first thing wrong with a name, said so the operator knows what to change; null if none. */
export function fleetNameProblem(name: string): FleetNameProblem | null {
  if (name.length === 0) return { key: 'nameRequired' };
  const wrong = [...new Set(name.match(/[^a-z0-9-]/g) ?? [])];
  if (wrong.length > 0) return { key: 'nameCharacters', found: wrong.join('') };
  if (name.length > fleetNameMaxLength) return { key: 'nameTooLong', count: name.length };
  if (name.startsWith('-') || name.endsWith('-')) return { key: 'nameEdges' };
  return null;
}
