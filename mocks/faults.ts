/**
 * Fault injection: make the mock misbehave on purpose so pages can show (and tests can prove)
 * how the console copes with errors, throttling and failing federation jobs. Faults live
 * outside the store: they are a test or demo control, not part of UCS's state, so they are
 * neither persisted nor restored by "Reset demo data" (reset() clears them explicitly).
 */

import type { operations } from '../src/api/generated/ucs';
export interface FaultSpec {
  /** HTTP status to answer with, e.g. 500. */
  status: number;
  /** UCS error code for the body, e.g. `UCS.00000006`. */
  code: string;
  /** error_msg; defaults to the reference's message for `code`. */
  message?: string;
  /** How many calls fail before the fault wears off; unlimited when left out. */
  times?: number;
}

/** Operation id from the OpenAPI document (or IAM's `createToken`), or `*` for every operation. */
export type FaultTarget = keyof operations | 'createToken' | '*';

export interface TriggeredFault {
  status: number;
  code: string;
  message?: string;
}

interface ActiveFault extends TriggeredFault {
  target: FaultTarget;
  remaining: number;
}

/** The subjobs of the federation job, in the order UCS runs them. */
export const federationSubjobTypes = [
  'CreateCert',
  'CreateNode',
  'InstallFederationChart',
  'CreateNetworkResource',
] as const;
export type FederationSubjobType = (typeof federationSubjobTypes)[number];

export class FaultInjector {
  private active: ActiveFault[] = [];
  /** Subjob that fails in the next federation job started (per fleet id, or `*` for any). */
  private federationFailures = new Map<string, FederationSubjobType>();

  /** Makes `operationId` (or `*`) answer with the given error, `times` times or until cleared. */
  fail(target: FaultTarget, spec: FaultSpec): void {
    this.active.push({
      target,
      status: spec.status,
      code: spec.code,
      message: spec.message,
      remaining: spec.times ?? Number.POSITIVE_INFINITY,
    });
  }

  /** The next `times` calls of any operation hit UCS's throttling limit (429 UCS.01000002). */
  throttle(times = 1): void {
    this.fail('*', { status: 429, code: 'UCS.01000002', times });
  }

  /** The next `times` calls of any operation fail, by default with 500 UCS.00000006. */
  failNext(times: number, spec: Partial<FaultSpec> = {}): void {
    this.fail('*', {
      status: spec.status ?? 500,
      code: spec.code ?? 'UCS.00000006',
      message: spec.message,
      times,
    });
  }

  /** The next federation job (for `fleetId`, or any fleet) fails at `subjob`. */
  failFederationStep(subjob: FederationSubjobType, fleetId = '*'): void {
    this.federationFailures.set(fleetId, subjob);
  }

  /** Consumes the planned federation failure for a fleet, if any. */
  takeFederationFailure(fleetId: string): FederationSubjobType | undefined {
    for (const key of [fleetId, '*']) {
      const subjob = this.federationFailures.get(key);
      if (subjob) {
        this.federationFailures.delete(key);
        return subjob;
      }
    }
    return undefined;
  }

  /** The fault that applies to this call, if any; each call uses up one of its `times`. */
  take(operationId: Exclude<FaultTarget, '*'>): TriggeredFault | undefined {
    const index = this.active.findIndex(
      (fault) => fault.target === operationId || fault.target === '*',
    );
    const fault = this.active[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.active.splice(index, 1);
    return { status: fault.status, code: fault.code, message: fault.message };
  }

  /** What is armed right now, for the dev panel. */
  list(): ReadonlyArray<Readonly<ActiveFault>> {
    return this.active.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.active = [];
    this.federationFailures.clear();
  }
}
