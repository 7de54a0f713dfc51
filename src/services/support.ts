// The support the team received (issue 17.4): entries of counts — never the participants' names — and their
// sums over a period (src/domain/support.ts). They stay on the laptop; a bundle carries no rows of them.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { ENTITY_FIELDS, type SupportEntryRecord } from '../domain/entities';
import { supportSums } from '../domain/support';
import type { SupportView } from '../domain/types';
import { localDate, notFound, type ServiceContext } from './context';
import { write } from './write';

export async function listSupport(ctx: ServiceContext, input: ParsedInput<'support.list'>): Promise<SupportView> {
  const entries = await ctx.db.selectFrom('supportEntry').select(ENTITY_FIELDS.support_entry).orderBy('date', 'desc').orderBy('id').execute();
  return { entries, sums: supportSums(entries, input.from, input.to) };
}

/** A session is recorded once it has taken place: its day has come. */
export function saveSupport(ctx: ServiceContext, input: ParsedInput<'support.save'>): Promise<SupportEntryRecord> {
  const { id, ...fields } = input;
  if (fields.date > localDate(ctx.now())) throw new AppError('VALIDATION_FAILED', 'Support is recorded once it has taken place.', { fields: { date: 'in_future' } });
  return write(ctx, async (w) => {
    if (!id) return w.insert('support_entry', { id: ctx.newId(), ...fields });
    if (!w.rows.byId('support_entry', id)) throw notFound('support_entry', id);
    return w.update('support_entry', id, fields);
  });
}

export function removeSupport(ctx: ServiceContext, input: ParsedInput<'support.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    if (!w.rows.byId('support_entry', input.id)) throw notFound('support_entry', input.id);
    await w.remove('support_entry', input.id);
    return { id: input.id };
  });
}
