/**
 * One error type for everything the platform reports to a caller. The code is stable (clients and tests
 * match on it); the HTTP status and the translated title come from the table below, never from the call site.
 */
export const errorCodes = {
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  validation_failed: 400,
  malformed_json: 400,
  body_too_large: 400,
  unsupported_media_type: 415,
  conflict: 409,
  rate_limited: 429,
  login_failed: 401,
  demo_login_disabled: 404,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldProblem {
  /** JSON path of the offending field, e.g. "name" or "roles.0". */
  path: string;
  /** Already translated message. */
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    /** Optional extra detail key in the server messages; defaults to the code's own text. */
    readonly detailKey?: string,
    readonly fieldProblems: FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'AppError';
    this.status = errorCodes[code];
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const conflict = (detailKey?: string) => new AppError('conflict', detailKey);
