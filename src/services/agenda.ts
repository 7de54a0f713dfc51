// Agenda items of a meeting: add, edit (title, presenter, minutes), reorder, remove.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import type { AgendaItem } from '../domain/types';
import type { AgendaItemRow } from '../db/schema';
import { logChange, notFound, timestamp, withoutStamps, write, type Db, type ServiceContext } from './context';
import { editableMeeting } from './meetingGuard';

export const toAgendaItem = (row: AgendaItemRow): AgendaItem => withoutStamps(row);

export async function getAgendaRow(trx: Db, id: string): Promise<AgendaItemRow> {
  const row = await trx.selectFrom('agendaItem').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('agenda item', id);
  return row;
}

/** Checks that an agenda item (if given) belongs to the meeting a decision or action item is added to. */
export async function assertAgendaItemOfMeeting(trx: Db, agendaItemId: string | null, meetingId: string) {
  if (agendaItemId === null) return;
  const item = await getAgendaRow(trx, agendaItemId);
  if (item.meetingId !== meetingId) {
    throw new AppError('WRONG_MEETING', 'The agenda item belongs to another meeting.', { agendaItemId, meetingId });
  }
}

export function addAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.add'>) {
  return write(ctx, async (trx) => {
    await editableMeeting(trx, input.meetingId);
    const last = await trx
      .selectFrom('agendaItem')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('meetingId', '=', input.meetingId)
      .executeTakeFirst();
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('agendaItem')
      .values({
        id: ctx.newId(),
        meetingId: input.meetingId,
        position: Number(last?.max ?? 0) + 1,
        title: input.title,
        presenter: input.presenter,
        minutes: '',
        caseId: null,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'agenda_item', row.id, 'insert', row);
    return toAgendaItem(row);
  });
}

export function updateAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (trx) => {
    const current = await getAgendaRow(trx, id);
    await editableMeeting(trx, current.meetingId);
    const row = await trx
      .updateTable('agendaItem')
      .set({ ...patch, updatedAt: timestamp(ctx) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'agenda_item', row.id, 'update', row);
    return toAgendaItem(row);
  });
}

async function renumber(ctx: ServiceContext, trx: Db, orderedIds: readonly string[]): Promise<AgendaItemRow[]> {
  const out: AgendaItemRow[] = [];
  for (const [i, id] of orderedIds.entries()) {
    const before = await getAgendaRow(trx, id);
    if (before.position === i + 1) {
      out.push(before);
      continue;
    }
    const row = await trx
      .updateTable('agendaItem')
      .set({ position: i + 1, updatedAt: timestamp(ctx) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'agenda_item', id, 'update', row);
    out.push(row);
  }
  return out;
}

const itemIdsOf = async (trx: Db, meetingId: string) =>
  (await trx.selectFrom('agendaItem').select('id').where('meetingId', '=', meetingId).orderBy('position').execute()).map(
    (r) => r.id,
  );

export function reorderAgenda(ctx: ServiceContext, input: ParsedInput<'agenda.reorder'>) {
  return write(ctx, async (trx) => {
    await editableMeeting(trx, input.meetingId);
    const existing = await itemIdsOf(trx, input.meetingId);
    const sameSet =
      existing.length === input.orderedIds.length &&
      new Set(input.orderedIds).size === existing.length &&
      existing.every((id) => input.orderedIds.includes(id));
    if (!sameSet) {
      throw new AppError('VALIDATION_FAILED', "The new order must list each of the meeting's agenda items once.", {
        fields: { orderedIds: 'invalid' },
      });
    }
    return (await renumber(ctx, trx, input.orderedIds)).map(toAgendaItem);
  });
}

/** Removes an item; its decisions and action items stay in the meeting, detached from it. */
export function removeAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.remove'>) {
  return write(ctx, async (trx) => {
    const current = await getAgendaRow(trx, input.id);
    await editableMeeting(trx, current.meetingId);
    const now = timestamp(ctx);
    for (const table of ['decision', 'actionItem'] as const) {
      const detached = await trx
        .updateTable(table)
        .set({ agendaItemId: null, updatedAt: now })
        .where('agendaItemId', '=', input.id)
        .returningAll()
        .execute();
      for (const row of detached) {
        await logChange(trx, ctx, table === 'decision' ? 'decision' : 'action_item', row.id, 'update', row);
      }
    }
    await trx.deleteFrom('agendaItem').where('id', '=', input.id).execute();
    await logChange(trx, ctx, 'agenda_item', input.id, 'delete', null);
    await renumber(ctx, trx, await itemIdsOf(trx, current.meetingId));
    return { id: input.id };
  });
}
