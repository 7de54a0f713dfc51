// Client-side checks with the contract's own zod schemas, so the messages next to the fields are
// the same ones the core would give, before anything is sent.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldErrors } from '../src/api/fields';

export type FieldMessages = Record<string, string>;

export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  t: TFunction,
): { ok: true; data: z.output<S> } | { ok: false; fields: FieldMessages } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: FieldMessages = {};
  for (const [field, key] of Object.entries(fieldErrors(parsed.error))) fields[field] = t(`validation.${key}`);
  return { ok: false, fields };
}

/** After a refused submit, keyboard and screen-reader users land on the first field to fix. */
export function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
