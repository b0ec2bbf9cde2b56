import type { NormalizedClusterGroup, NormalizedJob } from '../normalize';

export type FederationStateKind =
  'notEnabled' | 'enabling' | 'enabled' | 'unhealthy' | 'failed' | 'disabling';

export interface FederationState {
  kind: FederationStateKind;
  /** The fleet's Federation condition, when UCS reports one. */
  condition?: NormalizedClusterGroup['status']['conditions'][number];
}

/**
 * What the fleet's federation is doing, from its Federation condition (table 3-97) and
 * `spec.federationId`. UCS documents the condition's statuses only by example (Available,
 * Unavailable); the others are what the enabling and disabling jobs report.
 */
export function federationStateOf(fleet: NormalizedClusterGroup): FederationState {
  const condition = fleet.status.conditions.find((item) => item.type === 'Federation');
  const status = condition?.status ?? '';
  const federated = Boolean(fleet.spec.federationId);
  if (/^(deleting|uninstalling|disabling|terminating)$/i.test(status))
    return { kind: 'disabling', condition };
  if (/^(installing|creating|enabling|pending|running)$/i.test(status))
    return { kind: 'enabling', condition };
  if (/^failed$/i.test(status)) return { kind: federated ? 'unhealthy' : 'failed', condition };
  if (federated) {
    return { kind: /^unavailable$/i.test(status) ? 'unhealthy' : 'enabled', condition };
  }
  return { kind: 'notEnabled', condition };
}

/** Subjobs done out of all, for a progress bar and "2 of 4 steps". */
export function jobProgress(job: NormalizedJob): { done: number; total: number; percent: number } {
  const steps = job.spec.subJobs;
  const total = steps.length;
  const done = steps.filter((step) => step.status.phase === 'Success').length;
  if (total === 0) return { done, total, percent: job.status.phase === 'Success' ? 100 : 0 };
  return { done, total, percent: Math.round((done / total) * 100) };
}

export function isJobRunning(job: NormalizedJob | undefined): boolean {
  return Boolean(job && !/^(success|failed)$/i.test(job.status.phase ?? ''));
}
