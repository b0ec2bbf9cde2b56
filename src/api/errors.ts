import { loadErrorCodes } from './reference/loadErrorCodes';

/**
 * Kinds of failure a person needs told apart: the server said no, it never answered, or it
 * answered something the console cannot read (not the contract's shape).
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'unauthenticated' | 'malformed';

interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  code?: string;
  message: string;
  serverMessage?: string;
  requestId?: string;
  cause?: unknown;
}

/**
 * The one error type every API call rejects with: non-2xx answers, network failures and
 * timeouts alike, so pages handle a single shape. `message` is the server's own words, else the
 * HTTP status; `ErrorState` adds the reference's explanation of the
 * code (the error table is loaded only when an error is shown).
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code?: string;
  readonly serverMessage?: string;
  readonly requestId?: string;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.requestId = init.requestId;
  }

  /** Worth retrying a read: the server was overloaded or briefly broken, or never reached. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'malformed' ||
      this.status === 429 ||
      this.status >= 500
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const requestIdHeaders = ['x-request-id', 'x-openstack-request-id', 'x-iam-trace-id'];

/** UCS (and Huawei IAM) send `{error_code, error_msg}`; Keystone-style IAM errors nest them. */
interface UcsErrorBody {
  error_code?: unknown;
  error_msg?: unknown;
  error?: { code?: unknown; message?: unknown };
}

function requestIdOf(response: Response): string | undefined {
  return requestIdHeaders
    .map((name) => response.headers.get(name))
    .find((value): value is string => Boolean(value));
}

/**
 * Builds the ApiError for a successful status whose body is not what the contract says: not
 * JSON, empty, `null`, or a list that is not a list. Pages never see the JavaScript error that
 * reading it would throw.
 */
export function malformedResponse(response: Response, detail: string): ApiError {
  return new ApiError({
    kind: 'malformed',
    status: response.status,
    message: `Unreadable response (HTTP ${response.status}): ${detail}`,
    requestId: requestIdOf(response),
  });
}

/** Builds the ApiError for a non-2xx response whose body may or may not be UCS's error JSON. */
export function apiErrorFromResponse(response: Response, body: unknown): ApiError {
  const ucsBody = (typeof body === 'object' && body !== null ? body : {}) as UcsErrorBody;
  const nested = typeof ucsBody.error === 'object' && ucsBody.error !== null ? ucsBody.error : {};
  const rawCode = ucsBody.error_code ?? nested.code;
  const rawMessage = ucsBody.error_msg ?? nested.message;
  const code = typeof rawCode === 'string' ? rawCode : undefined;
  const serverMessage =
    typeof rawMessage === 'string' && rawMessage.trim() ? rawMessage : undefined;
  // The explanation of the code will be shown with the error: fetch the table now.
  if (code) void loadErrorCodes();
  const requestId = requestIdOf(response);
  return new ApiError({
    kind: 'http',
    status: response.status,
    code,
    serverMessage,
    message: serverMessage ?? (response.statusText || `HTTP ${response.status}`),
    requestId,
  });
}

/** Builds the ApiError for a request that got no answer at all. */
export function apiErrorFromFailure(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError') {
    return new ApiError({ kind: 'timeout', status: 0, message: 'Request timed out', cause: error });
  }
  return new ApiError({
    kind: 'network',
    status: 0,
    message: error instanceof Error ? error.message : 'Network error',
    cause: error,
  });
}
