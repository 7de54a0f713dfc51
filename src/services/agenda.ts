// Agenda items of a meeting: add, edit (title, presenter, minutes), reorder, remove.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS, type AgendaItemRecord } from '../domain/entities';
import type { AgendaItem, AgendaRemoval } from '../domain/types';
import type { Rows } from '../db/rows';
import { notFound, recordById, type Db, type ServiceContext } from './context';
import { editableMeeting } from './meetingGuard';
import { write, type Writer } from './write';

export async function getAgendaRow(source: Rows | Db, id: string): Promise<AgendaItemRecord> {
  const row = await recordById(source, 'agenda_item', id);
  if (!row) throw notFound('agenda item', id);
  return row;
}

/** Checks that an agenda item (if given) belongs to the meeting a decision or action item is added to. */
export async function assertAgendaItemOfMeeting(rows: Rows, agendaItemId: string | null, meetingId: string) {
  if (agendaItemId === null) return;
  const item = await getAgendaRow(rows, agendaItemId);
  if (item.meetingId !== meetingId) {
    throw new AppError('WRONG_MEETING', 'The agenda item belongs to another meeting.', { agendaItemId, meetingId });
  }
}

const agendaOf = (db: Db, meetingId: string) =>
  db.selectFrom('agendaItem').select(ENTITY_FIELDS.agenda_item).where('meetingId', '=', meetingId).orderBy('position').execute();

export function addAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.add'>) {
  return write(ctx, async (w) => {
    await editableMeeting(w.rows, input.meetingId);
    const last = await w.db
      .selectFrom('agendaItem')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('meetingId', '=', input.meetingId)
      .executeTakeFirst();
    return w.insert('agenda_item', {
      id: ctx.newId(),
      meetingId: input.meetingId,
      position: Number(last?.max ?? 0) + 1,
      title: input.title,
      presenter: input.presenter,
      minutes: '',
      caseId: null,
    });
  });
}

export function updateAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    const current = await getAgendaRow(w.rows, id);
    await editableMeeting(w.rows, current.meetingId);
    return w.update('agenda_item', id, patch);
  });
}

/** Gives the items positions 1…n in the order given; only the ones that move are written. */
async function renumber(w: Writer, items: readonly AgendaItemRecord[]): Promise<AgendaItem[]> {
  const out: AgendaItem[] = [];
  for (const [i, item] of items.entries()) out.push(item.position === i + 1 ? item : await w.update('agenda_item', item.id, { position: i + 1 }));
  return out;
}

export function reorderAgenda(ctx: ServiceContext, input: ParsedInput<'agenda.reorder'>) {
  return write(ctx, async (w) => {
    await editableMeeting(w.rows, input.meetingId);
    const existing = await agendaOf(w.db, input.meetingId);
    const byId = new Map(existing.map((i) => [i.id, i]));
    const sameSet = existing.length === input.orderedIds.length && new Set(input.orderedIds).size === existing.length && input.orderedIds.every((id) => byId.has(id));
    if (!sameSet) {
      throw new AppError('VALIDATION_FAILED', "The new order must list each of the meeting's agenda items once.", {
        fields: { orderedIds: 'invalid' },
      });
    }
    return renumber(w, input.orderedIds.map((id) => byId.get(id)!));
  });
}

/** Removes an item; its decisions and action items stay in the meeting, detached from it. */
export function removeAgendaItem(ctx: ServiceContext, input: ParsedInput<'agenda.remove'>): Promise<AgendaRemoval> {
  return write(ctx, async (w) => {
    const current = await getAgendaRow(w.rows, input.id);
    await editableMeeting(w.rows, current.meetingId);
    const decisionIds = await w.db.selectFrom('decision').select('id').where('agendaItemId', '=', input.id).execute();
    const itemIds = await w.db.selectFrom('actionItem').select('id').where('agendaItemId', '=', input.id).execute();
    const decisions = [];
    for (const { id } of decisionIds) decisions.push(await w.update('decision', id, { agendaItemId: null }));
    const actionItems = [];
    for (const { id } of itemIds) actionItems.push(await w.update('action_item', id, { agendaItemId: null }));
    await w.remove('agenda_item', input.id);
    const agenda = await renumber(w, await agendaOf(w.db, current.meetingId));
    return { id: input.id, agenda, decisions, actionItems };
  });
}
