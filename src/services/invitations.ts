// Meetings for Outlook (issue 13.3): an iCalendar invitation per meeting — its agenda in the
// description, the roster's e-mails as attendees, a UID that stays with the meeting so that a new date
// updates the same event, METHOD:REQUEST or CANCEL — and the year's schedule as one calendar. Times
// are Europe/Warsaw with its VTIMEZONE; ical-generator writes the file.
import { TZDate } from '@date-fns/tz';
import { addDays, format, parseISO } from 'date-fns';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { ParsedInput } from '../api/contract';
import { INVITATION } from '../domain/documents.pl';
import { namedTypeWord } from '../domain/meetingTypes.pl';
import { isMemberOn, meetingFileKey, meetingNumber } from '../domain/rules';
import type { DocumentFile } from '../domain/types';
import type { Database } from '../db/schema';
import { notFound, type ServiceContext } from './context';
import { documentFile } from './files';
import type { ModelType } from '../domain/enums';
import { requireTeamRow } from './team';

const ZONE = 'Europe/Warsaw';
const PRODUCT = { company: 'PZK Animator', product: 'PZK Animator', language: 'PL' };

/** The instant of a Warsaw wall-clock time on a day. */
function at(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, ZONE);
}

/** SEQUENCE must grow with every change Outlook is to take: the seconds since 2020 of the last edit. */
const sequenceOf = (updatedAt: string) => Math.max(0, Math.floor((Date.parse(updatedAt) - Date.UTC(2020, 0, 1)) / 1000));

type MeetingRow = Pick<Database['meeting'], 'id' | 'kind' | 'pzkType' | 'year' | 'seqInYear' | 'date' | 'endsOn' | 'startTime' | 'endTime' | 'place' | 'onlineUrl' | 'updatedAt'>;

function calendar(name: string, method: ICalCalendarMethod): ICalCalendar {
  return ical({ name, prodId: PRODUCT, method, timezone: { name: ZONE, generator: getVtimezoneComponent } });
}

interface Person {
  name: string;
  email: string;
}

function addEvent(cal: ICalCalendar, m: MeetingRow, agenda: string[], options: { organizer: Person | null; attendees: Person[]; cancel: boolean; model: ModelType }) {
  const summary = INVITATION.summary(m.kind, meetingNumber(m), namedTypeWord(m), options.model);
  const description = [
    ...(agenda.length ? [INVITATION.agenda, ...agenda.map((title, i) => `${i + 1}. ${title}`)] : []),
    ...(m.place ? ['', INVITATION.place(m.place)] : []),
    ...(m.onlineUrl ? ['', INVITATION.online(m.onlineUrl)] : []),
  ].join('\n');
  const start = m.startTime ? at(m.date, m.startTime) : new TZDate(`${m.date}T00:00:00`, ZONE);
  // A meeting over several days ends on its last day; without an end time, two hours after the start
  // (a working meeting's usual length); without a start, whole days (DTEND is the day after, RFC 5545).
  const lastDay = m.endsOn ?? m.date;
  const end = m.startTime
    ? m.endTime && (lastDay > m.date || m.endTime > m.startTime)
      ? at(lastDay, m.endTime)
      : new Date(at(lastDay, m.startTime).getTime() + 2 * 3600_000)
    : undefined;
  const wholeDays = m.endsOn ? { allDay: true, end: new TZDate(`${format(addDays(parseISO(m.endsOn), 1), 'yyyy-MM-dd')}T00:00:00`, ZONE) } : { allDay: true };
  cal.createEvent({
    id: `${m.id}@pzk-animator`,
    sequence: sequenceOf(m.updatedAt) + (options.cancel ? 1 : 0),
    start,
    ...(end ? { end } : wholeDays),
    timezone: ZONE,
    stamp: new Date(m.updatedAt),
    summary: options.cancel ? INVITATION.cancelled(summary) : summary,
    description,
    location: m.place ?? m.onlineUrl ?? null,
    url: m.onlineUrl ?? null,
    status: options.cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: options.organizer ?? null,
    attendees: options.attendees.map((p) => ({ ...p, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: true })),
  });
}

async function meetingRow(ctx: ServiceContext, id: string): Promise<MeetingRow> {
  const row = await ctx.db.selectFrom('meeting').select(['id', 'kind', 'pzkType', 'year', 'seqInYear', 'date', 'endsOn', 'startTime', 'endTime', 'place', 'onlineUrl', 'updatedAt']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('meeting', id);
  return row;
}

/**
 * One meeting's invitation: every member of the team on that day who has an e-mail is invited; the
 * animator (or, without one, the lead) organises. Without an organiser's e-mail it is a calendar
 * entry to publish, not a request (a request needs an organiser to answer to).
 */
export async function meetingInvitation(ctx: ServiceContext, input: ParsedInput<'meetings.invitation'>): Promise<DocumentFile> {
  const m = await meetingRow(ctx, input.id);
  const [team, agenda, members] = await Promise.all([
    requireTeamRow(ctx.db),
    ctx.db.selectFrom('agendaItem').select('title').where('meetingId', '=', m.id).orderBy('position').execute(),
    ctx.db.selectFrom('member').select(['fullName', 'email', 'role', 'joinedOn', 'leftOn']).where('anonymisedOn', 'is', null).orderBy('fullName').execute(),
  ]);
  const onTheDay = members.filter((p) => p.email && isMemberOn(p, m.date));
  const organiser = onTheDay.find((p) => p.role === 'animator') ?? onTheDay.find((p) => p.role === 'lead') ?? null;
  const cancel = input.cancel;
  const method = organiser ? (cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST) : ICalCalendarMethod.PUBLISH;
  const cal = calendar(team.name, method);
  addEvent(cal, m, agenda.map((a) => a.title), {
    model: team.modelType,
    organizer: organiser ? { name: organiser.fullName, email: organiser.email! } : null,
    attendees: onTheDay.filter((p) => p !== organiser).map((p) => ({ name: p.fullName, email: p.email! })),
    cancel,
  });
  const name = `${cancel ? 'odwolanie' : 'zaproszenie'}_${meetingFileKey(m)}.ics`;
  return documentFile(name, 'text/calendar', Buffer.from(cal.toString(), 'utf8'));
}

/** The year's meetings as one calendar to import (the same UIDs as the invitations: they merge). */
export async function yearSchedule(ctx: ServiceContext, input: ParsedInput<'meetings.schedule'>): Promise<DocumentFile> {
  const team = await requireTeamRow(ctx.db);
  const meetings = await ctx.db
    .selectFrom('meeting')
    .select(['id', 'kind', 'pzkType', 'year', 'seqInYear', 'date', 'endsOn', 'startTime', 'endTime', 'place', 'onlineUrl', 'updatedAt'])
    .where('year', '=', input.year)
    .orderBy('date')
    .execute();
  const agenda = await ctx.db.selectFrom('agendaItem').innerJoin('meeting', 'meeting.id', 'agendaItem.meetingId').select(['agendaItem.meetingId', 'agendaItem.title']).where('meeting.year', '=', input.year).orderBy('agendaItem.position').execute();
  const cal = calendar(INVITATION.schedule(team.name, input.year), ICalCalendarMethod.PUBLISH);
  for (const m of meetings) addEvent(cal, m, agenda.filter((a) => a.meetingId === m.id).map((a) => a.title), { organizer: null, attendees: [], cancel: false, model: team.modelType });
  return documentFile(`harmonogram_${input.year}.ics`, 'text/calendar', Buffer.from(cal.toString(), 'utf8'));
}
