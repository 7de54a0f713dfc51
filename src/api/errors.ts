// Errors cross the API contract as { code, message, details }. Codes are stable: the UI maps each
// to a Polish message, so a code is never renamed once released.

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'TEAM_NOT_SET_UP',
  'TEAM_ALREADY_SET_UP',
  'MEETING_LOCKED',
  'INVALID_STATUS_TRANSITION',
  'DUPLICATE',
  'MEMBER_HAS_HISTORY',
  'MEMBER_INACTIVE',
  'CASE_CODE_PERSONAL_DATA',
  'WRONG_MEETING',
  'MEETING_NOT_APPROVED',
  'SYNC_REFUSED',
  'DB_NEWER_VERSION',
  'DB_UNKNOWN_MIGRATION',
  'NOT_A_PZK_DATABASE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** Field-level problems, keyed by the dotted path of the input field. */
  fields?: Record<string, string>;
  [key: string]: unknown;
}

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** The one error type of the core and of the client. `message` is English, for logs. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromShape(shape: ApiErrorShape): AppError {
    return new AppError(shape.code, shape.message, shape.details);
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
