// Meetings: numbering per kind and year, the status workflow, and the lock of approved meetings.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { MEETING_TRANSITIONS, type MeetingStatus } from '../domain/enums';
import type { Meeting, MeetingDetail, MeetingSummary } from '../domain/types';
import type { MeetingRow } from '../db/schema';
import { carriedInto, toActionItem } from './actionItems';
import { toAgendaItem } from './agenda';
import { toAttendance } from './attendance';
import { toDecision } from './decisions';
import { logChange, timestamp, withoutStamps, write, type Db, type ServiceContext } from './context';
import { editableMeeting, getMeetingRow, meetingNumber } from './meetingGuard';

export const toMeeting = (row: MeetingRow): Meeting => ({ ...withoutStamps(row), number: meetingNumber(row) });

export const toSummary = (row: MeetingRow): MeetingSummary => {
  const { chairMemberId: _c, minuteTakerMemberId: _m, caseId: _k, otherBusiness: _o, ...summary } = toMeeting(row);
  return summary;
};

export async function listMeetings(ctx: ServiceContext, input: ParsedInput<'meetings.list'>) {
  let query = ctx.db.selectFrom('meeting').selectAll().orderBy('date', 'desc').orderBy('seqInYear', 'desc');
  if (input?.year !== undefined) query = query.where('year', '=', input.year);
  return (await query.execute()).map(toSummary);
}

export async function getMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.get'>): Promise<MeetingDetail> {
  const row = await getMeetingRow(ctx.db, input.id);
  const [agenda, attendance, decisions, actionItems, carriedOver] = await Promise.all([
    ctx.db.selectFrom('agendaItem').selectAll().where('meetingId', '=', row.id).orderBy('position').execute(),
    ctx.db.selectFrom('attendance').selectAll().where('meetingId', '=', row.id).orderBy('createdAt').execute(),
    ctx.db.selectFrom('decision').selectAll().where('meetingId', '=', row.id).orderBy('position').execute(),
    ctx.db
      .selectFrom('actionItem')
      .selectAll()
      .where('originMeetingId', '=', row.id)
      .orderBy('seqInMeeting')
      .execute(),
    carriedInto(ctx.db, row),
  ]);
  return {
    meeting: toMeeting(row),
    agenda: agenda.map(toAgendaItem),
    attendance: attendance.map(toAttendance),
    decisions: decisions.map(toDecision),
    actionItems: actionItems.map(toActionItem),
    carriedOver,
  };
}

async function nextSeq(trx: Db, kind: MeetingRow['kind'], year: number): Promise<number> {
  const r = await trx
    .selectFrom('meeting')
    .select((eb) => eb.fn.max('seqInYear').as('max'))
    .where('kind', '=', kind)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.max ?? 0) + 1;
}

export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): Promise<Meeting> {
  const { agenda, ...fields } = input;
  return write(ctx, async (trx) => {
    const year = Number(fields.date.slice(0, 4));
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('meeting')
      .values({
        id: ctx.newId(),
        ...fields,
        year,
        seqInYear: await nextSeq(trx, fields.kind, year),
        status: 'planned',
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'meeting', row.id, 'insert', row);
    for (const [i, title] of agenda.entries()) {
      const item = await trx
        .insertInto('agendaItem')
        .values({
          id: ctx.newId(),
          meetingId: row.id,
          position: i + 1,
          title,
          presenter: null,
          minutes: '',
          caseId: null,
          createdAt: now,
          updatedAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await logChange(trx, ctx, 'agenda_item', item.id, 'insert', item);
    }
    return toMeeting(row);
  });
}

export function updateMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.update'>): Promise<Meeting> {
  const { id, ...patch } = input;
  return write(ctx, async (trx) => {
    const current = await editableMeeting(trx, id);
    const year = Number(patch.date.slice(0, 4));
    let seqInYear = current.seqInYear;
    if (year !== current.year) {
      // Action item numbers embed the meeting number, so a meeting that has any keeps its year.
      const items = await trx.selectFrom('actionItem').select('id').where('originMeetingId', '=', id).executeTakeFirst();
      if (items) {
        throw new AppError('VALIDATION_FAILED', 'The meeting already has numbered action items; its year cannot change.', {
          fields: { date: 'year_locked' },
        });
      }
      seqInYear = await nextSeq(trx, current.kind, year);
    }
    const row = await trx
      .updateTable('meeting')
      .set({ ...patch, year, seqInYear, updatedAt: timestamp(ctx) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'meeting', row.id, 'update', row);
    return toMeeting(row);
  });
}

/** The status move itself, inside the caller's transaction (approval adds the frozen PDF to it). */
export async function changeMeetingStatus(ctx: ServiceContext, trx: Db, id: string, status: MeetingStatus): Promise<Meeting> {
  const current = await editableMeeting(trx, id);
  const allowed: readonly MeetingStatus[] = MEETING_TRANSITIONS[current.status];
  if (!allowed.includes(status)) {
    throw new AppError(
      'INVALID_STATUS_TRANSITION',
      `Meeting ${meetingNumber(current)} cannot go from ${current.status} to ${status}.`,
      { from: current.status, to: status, allowed: [...allowed] },
    );
  }
  const row = await trx
    .updateTable('meeting')
    .set({ status, updatedAt: timestamp(ctx) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await logChange(trx, ctx, 'meeting', row.id, 'update', row);
  return toMeeting(row);
}

export function setMeetingStatus(ctx: ServiceContext, input: ParsedInput<'meetings.setStatus'>): Promise<Meeting> {
  return write(ctx, (trx) => changeMeetingStatus(ctx, trx, input.id, input.status));
}
