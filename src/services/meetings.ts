// Meetings: numbering per kind and year, the status workflow, and the lock of approved meetings.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS, type MeetingRecord } from '../domain/entities';
import { canMoveMeeting, MEETING_STEPS, pzkTypeFor, type MeetingKind, type MeetingStatus, type PzkMeetingType } from '../domain/enums';
import { meetingNumber, yearOf } from '../domain/rules';
import { MAX_SERIES } from '../domain/series';
import { seriesDates } from './seriesDates';
import type { Meeting, MeetingDetail, MeetingSummary } from '../domain/types';
import { carriedInto } from './actionItems';
import { listAttachments } from './attachments';
import type { ServiceContext } from './context';
import { editableMeeting, ensureNumbered, getMeetingRow, meetingLabel, nextSeq } from './meetingGuard';
import { assertCaseOpen, getCaseRow } from './cases';
import { write, type Writer } from './write';

export const toMeeting = (row: MeetingRecord): Meeting => ({ ...row, number: meetingNumber(row) });

export const toSummary = (row: MeetingRecord): MeetingSummary => ({
  id: row.id,
  kind: row.kind,
  pzkType: row.pzkType,
  year: row.year,
  seqInYear: row.seqInYear,
  number: meetingNumber(row),
  date: row.date,
  endsOn: row.endsOn,
  startTime: row.startTime,
  endTime: row.endTime,
  place: row.place,
  onlineUrl: row.onlineUrl,
  status: row.status,
});

export async function listMeetings(ctx: ServiceContext, input: ParsedInput<'meetings.list'>) {
  let query = ctx.db.selectFrom('meeting').select(ENTITY_FIELDS.meeting).orderBy('date', 'desc').orderBy('seqInYear', 'desc');
  if (input?.year !== undefined) query = query.where('year', '=', input.year);
  if (input?.kind !== undefined) query = query.where('kind', '=', input.kind);
  if (input?.limit !== undefined) query = query.limit(input.limit);
  return (await query.execute()).map(toSummary);
}

export async function meetingYears(ctx: ServiceContext) {
  const rows = await ctx.db
    .selectFrom('meeting')
    .select((eb) => ['year', eb.fn.countAll<number>().as('count')])
    .groupBy('year')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ year: r.year, count: Number(r.count) }));
}

export async function getMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.get'>): Promise<MeetingDetail> {
  const row = await getMeetingRow(ctx.db, input.id);
  const [agenda, attendance, decisions, actionItems, carriedOver, attachments] = await Promise.all([
    ctx.db.selectFrom('agendaItem').select(ENTITY_FIELDS.agenda_item).where('meetingId', '=', row.id).orderBy('position').execute(),
    ctx.db.selectFrom('attendance').select(ENTITY_FIELDS.attendance).where('meetingId', '=', row.id).orderBy('createdAt').execute(),
    ctx.db.selectFrom('decision').select(ENTITY_FIELDS.decision).where('meetingId', '=', row.id).orderBy('position').execute(),
    ctx.db.selectFrom('actionItem').select(ENTITY_FIELDS.action_item).where('originMeetingId', '=', row.id).orderBy('seqInMeeting').execute(),
    carriedInto(ctx.db, row),
    listAttachments(ctx.db, row.id),
  ]);
  return { meeting: toMeeting(row), agenda, attendance, decisions, actionItems, carriedOver, attachments };
}

/**
 * The Model's type and the days of a meeting, checked: only a PZK meeting has a type (one left out
 * is a working meeting, or keeps what it was), and a meeting over several days ends after it starts.
 */
function typeAndDays(kind: MeetingKind, asked: PzkMeetingType | null | undefined, current: PzkMeetingType | null, date: string, endsOn: string | null) {
  if (kind !== 'pzk' && asked) throw new AppError('VALIDATION_FAILED', 'Only a PZK meeting has a type of the Model.', { fields: { pzkType: 'invalid_choice' } });
  if (endsOn !== null && endsOn <= date) throw new AppError('VALIDATION_FAILED', 'A meeting over several days ends after its first day.', { fields: { endsOn: 'not_after_date' } });
  return { pzkType: pzkTypeFor(kind, asked ?? current), endsOn };
}

/** A planned meeting with its agenda, inside the caller's write; it is numbered when held (DECISIONS 12). */
async function insertMeeting(ctx: ServiceContext, w: Writer, input: ParsedInput<'meetings.create'>): Promise<Meeting> {
  const { agenda, pzkType, endsOn, ...fields } = input;
  // A task team's meeting for a case is a new entry for it: not once it is closed or its consent withdrawn.
  if (fields.kind === 'zzk' && fields.caseId) assertCaseOpen(getCaseRow(w.rows, fields.caseId), false);
  const year = yearOf(fields.date);
  const row = await w.insert('meeting', {
    id: ctx.newId(),
    ...fields,
    ...typeAndDays(fields.kind, pzkType, null, fields.date, endsOn),
    year,
    seqInYear: null,
    status: 'planned',
    adoptedAtMeetingId: null,
    adoptedOn: null,
    aspiration: null,
    teamValues: null,
    workingRules: null,
    communicationStandards: null,
  });
  for (const [i, title] of agenda.entries()) {
    await w.insert('agenda_item', { id: ctx.newId(), meetingId: row.id, position: i + 1, title, presenter: null, minutes: '', caseId: null });
  }
  return toMeeting(row);
}

export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): Promise<Meeting> {
  return write(ctx, (w) => insertMeeting(ctx, w, input));
}

/** The days a series rule gives (the preview of `meetings.createSeries`). */
export async function seriesPreview(_ctx: ServiceContext, input: ParsedInput<'meetings.seriesDates'>): Promise<{ dates: string[]; tooMany: boolean }> {
  const dates = seriesDates(input.rule, input.from, input.until);
  return { dates: dates.slice(0, MAX_SERIES), tooMany: dates.length > MAX_SERIES };
}

/** Planned meetings on every day of a series, in date order, in one transaction (all or none). */
export function createSeries(ctx: ServiceContext, input: ParsedInput<'meetings.createSeries'>): Promise<Meeting[]> {
  const { rule, from, until, ...meeting } = input;
  // A series is of one-day meetings: its days are the rule's.
  if (meeting.endsOn) throw new AppError('VALIDATION_FAILED', 'A series plans one-day meetings.', { fields: { endsOn: 'invalid' } });
  const dates = seriesDates(rule, from, until);
  if (dates.length === 0) throw new AppError('VALIDATION_FAILED', 'The series gives no date in that period.', { fields: { until: 'invalid' } });
  if (dates.length > MAX_SERIES) throw new AppError('VALIDATION_FAILED', `A series plans at most ${MAX_SERIES} meetings at once.`, { fields: { until: 'too_long' } });
  return write(ctx, async (w) => {
    const created: Meeting[] = [];
    for (const date of dates) created.push(await insertMeeting(ctx, w, { ...meeting, date }));
    return created;
  });
}

export function updateMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.update'>): Promise<Meeting> {
  const { id, pzkType, endsOn, ...patch } = input;
  return write(ctx, async (w) => {
    const current = await editableMeeting(w.rows, id);
    const typed = typeAndDays(current.kind, pzkType, current.pzkType, patch.date, endsOn);
    const year = yearOf(patch.date);
    let seqInYear = current.seqInYear;
    if (year !== current.year && seqInYear !== null) {
      // Action item numbers embed the meeting number, so a meeting that has any keeps its year.
      const items = await w.db.selectFrom('actionItem').select('id').where('originMeetingId', '=', id).executeTakeFirst();
      if (items) {
        throw new AppError('VALIDATION_FAILED', 'The meeting already has numbered action items; its year cannot change.', {
          fields: { date: 'year_locked' },
        });
      }
      seqInYear = await nextSeq(w.db, current.kind, year);
    }
    return toMeeting(await w.update('meeting', id, { ...patch, ...typed, year, seqInYear }));
  });
}

/** One output of a World Café meeting; an empty text clears it. Only a World Café meeting has them. */
export function setWorldCafe(ctx: ServiceContext, input: ParsedInput<'meetings.setWorldCafe'>): Promise<Meeting> {
  return write(ctx, async (w) => {
    const current = await editableMeeting(w.rows, input.id);
    if (current.pzkType !== 'world_cafe') {
      throw new AppError('VALIDATION_FAILED', `Meeting ${meetingLabel(current)} is not a World Café meeting.`, { fields: { field: 'not_world_cafe' } });
    }
    return toMeeting(await w.update('meeting', input.id, { [input.field]: input.text === '' ? null : input.text }));
  });
}

/** The status move itself, inside the caller's transaction (approval adds the frozen PDF to it). */
export async function changeMeetingStatus(w: Writer, id: string, status: MeetingStatus): Promise<Meeting> {
  const current = await editableMeeting(w.rows, id);
  if (!canMoveMeeting(current.status, status)) {
    throw new AppError('INVALID_STATUS_TRANSITION', `Meeting ${meetingLabel(current)} cannot go from ${current.status} to ${status}.`, {
      from: current.status,
      to: status,
      allowed: MEETING_STEPS[current.status].map((s) => s.to),
    });
  }
  // Held from now on: numbered, if it was not yet.
  await ensureNumbered(w, current);
  return toMeeting(await w.update('meeting', id, { status }));
}

export function setMeetingStatus(ctx: ServiceContext, input: ParsedInput<'meetings.setStatus'>): Promise<Meeting> {
  return write(ctx, (w) => changeMeetingStatus(w, input.id, input.status));
}
