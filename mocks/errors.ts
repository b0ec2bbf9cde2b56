/**
 * UCS error responses. Every failure the mock produces is `{error_code, error_msg}` with the
 * HTTP status and message of table 5-1 (src/api/reference/errorCodes.ts), so the console is
 * tested against the same codes it will meet in production.
 */
import { describeUcsError } from '../src/api/reference/errorCodes';
import type { components } from '../src/api/generated/ucs';

export type ErrorBody = components['schemas']['ErrorResponse'];

/** A rule was broken; the handler turns this into the error response. */
export class UcsError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'UcsError';
    this.code = code;
    this.status = status;
  }

  toBody(): ErrorBody {
    return { error_code: this.code, error_msg: this.message };
  }
}

/**
 * An error with the table's status for `code`. `detail` is appended to the table's message,
 * the way UCS adds the reason ("The same cluster already exists. cluster prod-a exists").
 */
export function ucsError(code: string, detail?: string, status?: number): UcsError {
  const known = describeUcsError(code);
  if (!known && status === undefined) throw new Error(`Unknown UCS error code ${code}`);
  const base = known?.message ?? 'Error.';
  return new UcsError(code, detail ? `${base} ${detail}` : base, status ?? known?.status ?? 500);
}

export function errorBody(code: string, detail?: string): ErrorBody {
  return ucsError(code, detail).toBody();
}

export function errorResponse(error: UcsError, headers?: HeadersInit): Response {
  return Response.json(error.toBody(), { status: error.status, headers });
}
