// One entry point for every host: method name + untrusted input in, envelope out.
// Validation with the contract's zod schema happens here, so no host can skip it; the records a call
// changed are gathered here and sent out as one change event once it has succeeded.
import { contract, isMethodName } from '../api/contract';
import { AppError, type Envelope } from '../api/errors';
import { fieldErrors } from '../api/fields';
import type { ChangeEvent } from '../domain/types';
import type { Touched } from '../services/write';
import type { ChangeBus } from './events';
import { handlers, type HandlerContext } from './handlers';

export interface CallMeta {
  /** The window that made the call, so that it can tell its own changes from others'. */
  origin?: string | null;
}

export type Dispatch = (method: string, input: unknown, meta?: CallMeta) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported (never to the caller, who gets code INTERNAL). */
  logError?: (error: unknown, method: string) => void;
}

function storageToAppError(error: unknown): AppError | null {
  const code = (error as { code?: unknown }).code;
  // The file became read-only while the app ran, or was opened read-only (status.readOnly).
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return new AppError('READ_ONLY_DATA', 'The data cannot be written (the database file or its folder is read-only); nothing was saved.');
  }
  // A file the data folder needs (a backup, a handover copy) could not be written there.
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('READ_ONLY_DATA', 'A file could not be written in the data folder (it is read-only); nothing was saved.');
  }
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('NOT_FOUND', 'A record referred to does not exist (or is still referred to).');
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new AppError('DUPLICATE', 'Such a record already exists.');
  }
  return new AppError('VALIDATION_FAILED', 'The data breaks a rule of the database.');
}

export function createDispatch(ctx: HandlerContext, events: ChangeBus | null, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[pzk] ${method} failed:`, error));
  const announce = (touched: readonly Touched[], meta: CallMeta) => {
    if (!touched.length || !events) return;
    const event: ChangeEvent = { origin: meta.origin ?? null, changes: touched.map(({ entity, id, meetingId }) => ({ entity, id, meetingId })), reset: false };
    events.emit(event);
  };
  return async (method, input, meta = {}) => {
    // Filled after each committed write, so even a call that fails later announces what it did write.
    const touched: Touched[] = [];
    try {
      if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `Unknown API method: ${method}.`, { method });
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', `Invalid input for ${method}.`, { fields: fieldErrors(parsed.error) });
      }
      const handler = handlers[method] as (c: HandlerContext, i: unknown) => Promise<unknown>;
      const value = await handler({ ...ctx, report: (t) => touched.push(...t) }, parsed.data);
      return { ok: true, value };
    } catch (error) {
      const appError = error instanceof AppError ? error : storageToAppError(error);
      if (appError) return { ok: false, error: appError.toShape() };
      logError(error, method);
      return { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error; see the application log (logs/pzk.log in the data folder).' } };
    } finally {
      announce(touched, meta);
    }
  };
}
