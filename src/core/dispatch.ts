// One entry point for every host: method name + untrusted input in, envelope out.
// Validation with the contract's zod schema happens here, so no host can skip it.
import { contract, isMethodName } from '../api/contract';
import { AppError, type Envelope } from '../api/errors';
import { fieldErrors } from '../api/fields';
import { SyncError } from '../sync/format';
import { handlers, type HandlerContext } from './handlers';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported (never to the caller, who gets code INTERNAL). */
  logError?: (error: unknown, method: string) => void;
}

function sqliteToAppError(error: unknown): AppError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('NOT_FOUND', 'A record referred to does not exist (or is still referred to).');
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new AppError('DUPLICATE', 'Such a record already exists.');
  }
  return new AppError('VALIDATION_FAILED', 'The data breaks a rule of the database.');
}

export function createDispatch(ctx: HandlerContext, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[pzk] ${method} failed:`, error));
  return async (method, input) => {
    try {
      if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `Unknown API method: ${method}.`, { method });
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', `Invalid input for ${method}.`, { fields: fieldErrors(parsed.error) });
      }
      const handler = handlers[method] as (c: HandlerContext, i: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (error) {
      const appError =
        error instanceof AppError
          ? error
          : error instanceof SyncError
            ? new AppError('SYNC_REFUSED', error.message, { syncCode: error.code })
            : sqliteToAppError(error);
      if (appError) return { ok: false, error: appError.toShape() };
      logError(error, method);
      return { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error; see the application log.' } };
    }
  };
}

