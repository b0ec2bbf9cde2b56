import { projectIdPattern, uuidPattern } from '@/api/reference/names';

export interface ConnectionFields {
  projectID: string;
  vpcID: string;
  subnetID: string;
}

export type ConnectionField = keyof ConnectionFields;

/** Which fields are not in the expected format; empty when the form can be sent. */
export function invalidConnectionFields(fields: ConnectionFields): ConnectionField[] {
  const invalid: ConnectionField[] = [];
  if (!projectIdPattern.test(fields.projectID.trim())) invalid.push('projectID');
  if (!uuidPattern.test(fields.vpcID.trim())) invalid.push('vpcID');
  if (!uuidPattern.test(fields.subnetID.trim())) invalid.push('subnetID');
  return invalid;
}

/** Validity presets the vendor console offers, in days. */
export const validityPresets = [
  { key: 'years5', days: 1825 },
  { key: 'year1', days: 365 },
  { key: 'months6', days: 180 },
  { key: 'days30', days: 30 },
  { key: 'days15', days: 15 },
  { key: 'day1', days: 1 },
] as const;

export const maxValidityDays = 10950;

export function isValidDuration(days: number | string): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= maxValidityDays;
}
