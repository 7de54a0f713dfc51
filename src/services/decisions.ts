// Decisions (ustalenia) of a meeting, optionally tied to the agenda item they came from.
import type { ParsedInput } from '../api/contract';
import type { Decision } from '../domain/types';
import type { DecisionRow } from '../db/schema';
import { assertAgendaItemOfMeeting } from './agenda';
import { logChange, notFound, timestamp, withoutStamps, write, type Db, type ServiceContext } from './context';
import { editableMeeting } from './meetingGuard';

export const toDecision = (row: DecisionRow): Decision => withoutStamps(row);

async function getDecisionRow(trx: Db, id: string) {
  const row = await trx.selectFrom('decision').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('decision', id);
  return row;
}

export function addDecision(ctx: ServiceContext, input: ParsedInput<'decisions.add'>) {
  return write(ctx, async (trx) => {
    await editableMeeting(trx, input.meetingId);
    await assertAgendaItemOfMeeting(trx, input.agendaItemId, input.meetingId);
    const last = await trx
      .selectFrom('decision')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('meetingId', '=', input.meetingId)
      .executeTakeFirst();
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('decision')
      .values({ id: ctx.newId(), ...input, position: Number(last?.max ?? 0) + 1, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'decision', row.id, 'insert', row);
    return toDecision(row);
  });
}

export function updateDecision(ctx: ServiceContext, input: ParsedInput<'decisions.update'>) {
  return write(ctx, async (trx) => {
    const current = await getDecisionRow(trx, input.id);
    await editableMeeting(trx, current.meetingId);
    const row = await trx
      .updateTable('decision')
      .set({ text: input.text, updatedAt: timestamp(ctx) })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'decision', row.id, 'update', row);
    return toDecision(row);
  });
}

export function removeDecision(ctx: ServiceContext, input: ParsedInput<'decisions.remove'>) {
  return write(ctx, async (trx) => {
    const current = await getDecisionRow(trx, input.id);
    await editableMeeting(trx, current.meetingId);
    await trx.deleteFrom('decision').where('id', '=', input.id).execute();
    await logChange(trx, ctx, 'decision', input.id, 'delete', null);
    return { id: input.id };
  });
}
