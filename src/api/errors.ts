// Errors cross the API contract as { code, message, details }. Codes are stable: the UI maps each
// to a Polish message, so a code is never renamed once released. Two families: the general codes,
// and the refusals of synchronisation files (a bundle, an enrolment, a receipt), which also name the
// reason in a hub's import report.

export const GENERAL_ERROR_CODES = [
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
  'MEMBER_STILL_ACTIVE',
  'MEMBER_ANONYMISED',
  'CASE_CODE_PERSONAL_DATA',
  'WRONG_MEETING',
  'MEETING_NOT_APPROVED',
  /** A bundle would carry a PESEL or ID-card number, and the animator has not overridden it. */
  'RODO_FINDINGS',
  /** Until 0.1: every sync refusal; now each has its own code below. Kept so old reports still read. */
  'SYNC_REFUSED',
  'DB_NEWER_VERSION',
  'DB_UNKNOWN_MIGRATION',
  'DB_NEEDS_UPGRADE',
  'NOT_A_PZK_DATABASE',
  /** The database is encrypted and nothing given opens its key: the recovery passphrase is needed. */
  'DB_KEY_NEEDED',
  /** The passphrase (or key) given does not open this database: nothing was changed. */
  'DB_KEY_WRONG',
  /** The database is encrypted and its key file is gone (or damaged). */
  'DB_KEY_MISSING',
  /** Another process (the app, the browser host, a CLI command) is writing this data folder. */
  'DATA_FOLDER_IN_USE',
  /** An action item a later meeting already reviewed: its history stays (close or cancel it instead). */
  'ACTION_ITEM_REVIEWED',
  /** The database file or its folder cannot be written (read-only): nothing can be saved. */
  'READ_ONLY_DATA',
  'FILE_TOO_LARGE',
  /** A file that is no table this app reads (an XLS, a PDF, a program…), or a damaged XLSX. */
  'UNREADABLE_FILE',
  /** A roster file with more rows than a roster has. */
  'IMPORT_TOO_MANY_ROWS',
  /** The roster or the file changed between the preview and the confirmation: nothing was written. */
  'IMPORT_CHANGED',
  /** A basket file without the columns an offer cannot do without (details.columns names them). */
  'IMPORT_MISSING_COLUMNS',
  /** An attachment over 25 MB (DECISIONS 6). */
  'ATTACHMENT_TOO_LARGE',
  /** An attachment whose content is none of PDF, JPG, PNG, DOCX, XLSX, ODT (whatever its name says). */
  'ATTACHMENT_TYPE_NOT_ALLOWED',
  /** A bundle would be larger than a bundle may be (256 MB): nothing was made. */
  'BUNDLE_TOO_LARGE',
  /** "Aktualizacja z pliku": the installer is not proven by a signed release manifest (details.reason says why). */
  'UPDATE_NOT_VERIFIED',
  /** A signed declaration stays on record: it is withdrawn, never deleted. */
  'DECLARATION_SIGNED',
  /** Every institution (or member) asked for has signed: no declaration to print. */
  'NOTHING_TO_PRINT',
  /** A declaration's scan whose content is none of PDF, JPG, PNG. */
  'SCAN_TYPE_NOT_ALLOWED',
  /** An adopted version of the team's rules never changes: an amendment is a new version. */
  'RULES_ADOPTED',
  /** A decision that adopted the team's rules stays with the meeting. */
  'DECISION_ADOPTS_RULES',
  /** An adopted action plan stays on record. */
  'PLAN_ADOPTED',
  /** Meeting action items carry out the plan task: they are unlinked first. */
  'PLAN_TASK_LINKED',
  /** A closed case takes no new entries (team, plan, reviews). */
  'CASE_CLOSED',
  /** The consent was withdrawn: nothing new is written for the case (it can still be closed). */
  'CASE_CONSENT_WITHDRAWN',
  /** The team and the plan of a case need its consent recorded first. */
  'CASE_NO_CONSENT',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export const SYNC_ERROR_CODES = [
  'NOT_A_SYNC_FILE',
  'FORMAT_TOO_NEW',
  'FORMAT_TOO_OLD',
  'SCHEMA_TOO_NEW',
  'DECRYPT_FAILED',
  'BAD_ARCHIVE',
  'BAD_MANIFEST',
  'BAD_SIGNATURE',
  'UNKNOWN_TEAM',
  'BAD_TOKEN',
  'HASH_MISMATCH',
  'GAP',
  'CONFLICTING_REPLAY',
  'ROLLBACK',
  'FORK',
  'BROKEN_CHAIN',
  'BAD_CHANGE',
  'NOT_ENROLLED',
  'STALE_RECEIPT',
  'KEY_LOCKED',
] as const;

export const ERROR_CODES = [...GENERAL_ERROR_CODES, ...SYNC_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

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

/** The one error type of the core and of the client. `message` is English, for logs and the CLI. */
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

/** Numbers a refusal's reason refers to (the seq to send from…), for a translated message. */
export type SyncErrorParams = Record<string, number>;

/** A refused synchronisation file: a sync code, the reason in English, and its numbers. */
export class SyncError extends AppError {
  declare readonly code: SyncErrorCode;
  readonly params: SyncErrorParams;

  constructor(code: SyncErrorCode, message: string, params: SyncErrorParams = {}) {
    super(code, message, Object.keys(params).length ? { params } : undefined);
    this.name = 'SyncError';
    this.params = params;
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export const isSyncErrorCode = (value: unknown): value is SyncErrorCode =>
  typeof value === 'string' && (SYNC_ERROR_CODES as readonly string[]).includes(value);
