// Turns anything thrown by the client into the Polish (or English) messages the UI shows.
import type { TFunction } from 'i18next';
import { AppError, isSyncErrorCode } from '../src/api/errors';

export interface ShownError {
  message: string;
  fields: Record<string, string>;
}

export function describeError(error: unknown, t: TFunction): ShownError {
  if (!(error instanceof AppError)) return { message: t('errors.INTERNAL'), fields: {} };
  const fields: Record<string, string> = {};
  for (const [field, key] of Object.entries(error.details?.fields ?? {})) {
    fields[field] = t(`validation.${key}`, { defaultValue: t('validation.invalid') });
  }
  const message = error.details?.network
    ? t('errors.NETWORK')
    : isSyncErrorCode(error.code)
      ? t(`sync.errors.${error.code}`, { defaultValue: t('errors.SYNC_REFUSED') })
      : // A refusal that says why (details.reason) has a message per reason, else the code's own; the details
        // fill a message's blanks ({{rows}}).
        t(typeof error.details?.reason === 'string' ? [`errors.${error.code}_${error.details.reason}`, `errors.${error.code}`] : `errors.${error.code}`, { ...error.details });
  return { message, fields };
}
