// The contract's methods for the support the team received (issue 17.4); spread into ./contract.ts, so there
// is still one registry.
import { z } from 'zod';
import { SUPPORT_KINDS } from '../domain/support';
import type { SupportEntryRecord } from '../domain/entities';
import type { SupportView } from '../domain/types';
import { choice, date, id, optionalText, requiredText } from './fields';
import { method } from './method';

export const supportMethods = {
  /** Every entry (the latest first) and the sums of the period by kind. */
  'support.list': method<SupportView>()(z.object({ from: date, to: date })),
  /** A new entry (no `id`) or the whole of an existing one. */
  'support.save': method<SupportEntryRecord>()(
    z.object({
      id: id.optional(),
      date,
      kind: choice(SUPPORT_KINDS),
      // To the quarter of an hour; a day's workshop of 8 hours, a two-day one of 16, a year's coaching of hundreds.
      hours: z.number({ error: 'invalid' }).positive({ error: 'invalid' }).max(1000, { error: 'invalid' }).multipleOf(0.25, { error: 'quarter_hours' }),
      participants: z.int({ error: 'whole_number' }).min(0, { error: 'whole_number' }).max(100_000, { error: 'invalid' }),
      provider: requiredText(200),
      topic: optionalText(300),
    }),
  ),
  'support.remove': method<{ id: string }>()(z.object({ id })),
} as const;
