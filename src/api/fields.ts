// Reusable zod field schemas. Their error messages are stable keys (not prose): the UI shows the
// Polish text for the key next to the field, and the core reports them in `details.fields`.
import { z } from 'zod';
import type { ColumnMapping } from '../domain/roster';
import { SERIES_EVERY, SERIES_WEEKS } from '../domain/series';
import { MAX_FILE_BYTES } from './methods';

export const VALIDATION_KEYS = [
  'required',
  'too_long',
  'teryt_format',
  'invalid_date',
  'invalid_time',
  'invalid_email',
  'invalid_phone',
  'invalid_url',
  'invalid_choice',
  'invalid_image',
  'passphrase_short',
  'passphrase_wrong',
  'not_encrypted',
  'passphrase_mismatch',
  'too_large',
  'quarter_hours',
  'whole_number',
  'period_order',
  'invalid',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

export const id = z.string({ error: 'required' }).min(1, { error: 'required' }).max(64, { error: 'too_long' });

export const requiredText = (max = 200) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' });

/** Optional free text: empty or blank becomes null. */
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: 'too_long' })
    .nullish()
    .transform((v) => (v ? v : null));

export const date = z.iso.date({ error: 'invalid_date' });
export const optionalDate = z
  .union([z.literal(''), z.iso.date({ error: 'invalid_date' })], { error: 'invalid_date' })
  .nullish()
  .transform((v) => (v ? v : null));

export const optionalTime = z
  .union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' })], {
    error: 'invalid_time',
  })
  .nullish()
  .transform((v) => (v ? v : null));

export const optionalEmail = z
  .union([z.literal(''), z.email({ error: 'invalid_email' }).max(200, { error: 'too_long' })], {
    error: 'invalid_email',
  })
  .nullish()
  .transform((v) => (v ? v.trim() : null));

export const optionalPhone = z
  .union([z.literal(''), z.string().trim().regex(/^\+?[\d\s()-]{6,20}$/, { error: 'invalid_phone' })], {
    error: 'invalid_phone',
  })
  .nullish()
  .transform((v) => (v ? v : null));

export const optionalUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'invalid_url' }).max(500, { error: 'too_long' })], {
    error: 'invalid_url',
  })
  .nullish()
  .transform((v) => (v ? v : null));

/** TERYT code of a gmina: 7 digits, kept as text (leading zeros matter). */
export const teryt = z
  .string({ error: 'required' })
  .trim()
  .regex(/^\d{7}$/, { error: 'teryt_format' });

/** A file's bytes (a Uint8Array, or a Buffer in Node), within the one size limit of both transports. */
export const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'required' })
  .refine((b) => b.byteLength > 0, { error: 'required' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { error: 'too_large' });

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalid' });

export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'invalid_choice' });

/** Turns zod issues into `{ "field.path": key }`, keeping the first problem of each field. */
export function fieldErrors(error: z.ZodError): Record<string, ValidationKey> {
  const out: Record<string, ValidationKey> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (path in out) continue;
    out[path] = (VALIDATION_KEYS as readonly string[]).includes(issue.message)
      ? (issue.message as ValidationKey)
      : issue.code === 'invalid_type' && issue.input === undefined
        ? 'required'
        : 'invalid';
  }
  return out;
}

/** A roster file: a spreadsheet of tens of people is kilobytes; 5 MB leaves room for logos and formatting. */
export const rosterFile = bytes.refine((b) => b.byteLength <= 5 * 1024 * 1024, { error: 'too_large' });
const column = z.int().min(0).max(1000).nullable();
export const columnMapping = z.object({
  firstName: column,
  lastName: column,
  fullName: column,
  institution: column,
  sector: column,
  position: column,
  email: column,
  phone: column,
}) satisfies z.ZodType<ColumnMapping>;

/** A series of meetings' rule (src/domain/series.ts): a monthly one names its weeks. */
export const seriesRule = z.object({
  every: choice(SERIES_EVERY),
  weekday: z.int().min(0).max(6),
  weeks: z.array(z.union(SERIES_WEEKS.map((n) => z.literal(n)))).max(5).default([]),
}).refine((r) => r.every !== 'month' || r.weeks.length > 0, { error: 'required', path: ['weeks'] });
