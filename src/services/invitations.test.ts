// Issue 13.3: invitations and the year's schedule as iCalendar, parsed back with ical.js: the UID that
// stays with a meeting (a new date updates the same event), a growing SEQUENCE, REQUEST / CANCEL /
// PUBLISH, Europe/Warsaw with its VTIMEZONE, the roster's e-mails as attendees, text that would break
// the format (newlines, commas, semicolons) coming back as written.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../domain/types';
import { pdfText, seededCore } from '../../test/helpers';

function parse(file: DocumentFile) {
  const text = Buffer.from(file.bytes).toString('utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((v) => ({
    event: new ICAL.Event(v),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: v.getFirstPropertyValue('status'),
    attendees: v.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:')),
    organizer: String(v.getFirstProperty('organizer')?.getFirstValue() ?? '').replace(/^mailto:/i, 'mailto:') || null,
  }));
  return { text, method: cal.getFirstPropertyValue('method'), zones: cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')), events };
}

async function team() {
  const t = await seededCore({ now: '2026-01-10T09:00:00Z' });
  const { api, lukasz, grazyna, jan } = t;
  await api.members.update({ id: lukasz.id, fullName: lukasz.fullName, institutionId: lukasz.institutionId, role: 'animator', email: 'lukasz.zolc@ops.example.pl' });
  await api.members.update({ id: grazyna.id, fullName: grazyna.fullName, institutionId: grazyna.institutionId, email: 'g.slezak@sp1.example.pl' });
  await api.members.update({ id: jan.id, fullName: jan.fullName, institutionId: jan.institutionId, email: 'jan.kowalski@ops.example.pl', joinedOn: '2025-01-01' });
  await api.members.deactivate({ id: jan.id, leftOn: '2026-01-31' });
  const place = 'Urząd Miejski, sala 12; wejście od ul. Długiej, II piętro';
  const meeting = await api.meetings.create({ date: '2026-02-12', startTime: '10:00', endTime: '12:00', place, agenda: ['Otwarcie', 'Sprawy bieżące; wnioski, uwagi\ni inne'] });
  return { ...t, meeting, place };
}

describe('invitations (.ics)', () => {
  it('a request from the animator to the members of that day, in Warsaw time, with the agenda as written', async () => {
    const { api, meeting, place } = await team();
    const file = await api.meetings.invitation({ id: meeting.id });
    // Planned, so not yet numbered (DECISIONS 12): named by its day.
    expect(file).toMatchObject({ fileName: 'zaproszenie_2026-02-12.ics', mediaType: 'text/calendar' });
    const ics = parse(file);
    expect(ics.method).toBe('REQUEST');
    expect(ics.zones).toEqual(['Europe/Warsaw']);
    expect(ics.text).toContain('DTSTART;TZID=Europe/Warsaw:20260212T100000');
    expect(ics.events).toHaveLength(1);
    const [{ event, attendees, organizer, status }] = ics.events as [(typeof ics.events)[number]];
    expect(event.uid).toBe(`${meeting.id}@pzk-animator`);
    expect(event.summary).toBe('Posiedzenie PZK');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-02-12T09:00:00.000Z'); // 10:00 in Warsaw, winter time
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-02-12T11:00:00.000Z');
    expect(event.location).toBe(place);
    expect(event.description).toBe(`Porządek obrad:\n1. Otwarcie\n2. Sprawy bieżące; wnioski, uwagi\ni inne\n\nMiejsce: ${place}`);
    expect(status).toBe('CONFIRMED');
    expect(organizer).toBe('mailto:lukasz.zolc@ops.example.pl');
    // Jan left before the meeting: not invited; the animator organises, so is no attendee.
    expect(attendees).toEqual(['mailto:g.slezak@sp1.example.pl']);
  });

  it('a new date updates the same event; a cancellation cancels it', async () => {
    const { api, meeting } = await team();
    const first = parse(await api.meetings.invitation({ id: meeting.id })).events[0]!;
    // Summer time: the same 10:00 is 08:00 UTC.
    const moved = await api.meetings.update({ id: meeting.id, date: '2026-06-18', startTime: '10:00', endTime: '11:30', place: null, onlineUrl: 'https://spotkania.example.pl/pzk?a=1,2;b' });
    const second = parse(await api.meetings.invitation({ id: moved.id })).events[0]!;
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.sequence).toBeGreaterThanOrEqual(first.sequence);
    expect(second.event.startDate.toJSDate().toISOString()).toBe('2026-06-18T08:00:00.000Z');
    expect(second.event.location).toBe('https://spotkania.example.pl/pzk?a=1,2;b');
    expect(second.event.description).toContain('Udział zdalny: https://spotkania.example.pl/pzk?a=1,2;b');
    const cancel = parse(await api.meetings.invitation({ id: meeting.id, cancel: true }));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events[0]).toMatchObject({ status: 'CANCELLED' });
    expect(cancel.events[0]!.event.uid).toBe(first.event.uid);
    expect(cancel.events[0]!.sequence).toBeGreaterThan(second.sequence);
    expect(cancel.events[0]!.event.summary).toBe('ODWOŁANE: Posiedzenie PZK');
  });

  it('without an organiser’s e-mail it is an entry to publish; without a time, the whole day', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-03-05' });
    const ics = parse(await api.meetings.invitation({ id: m.id }));
    expect(ics.method).toBe('PUBLISH');
    expect(ics.events[0]!.event.startDate.isDate).toBe(true);
    expect(ics.events[0]!.organizer).toBeNull();
  });

  it('the year’s schedule holds its meetings under the invitations’ UIDs', async () => {
    const { api, meeting } = await team();
    const second = await api.meetings.create({ date: '2026-02-26', startTime: '09:00', endTime: '11:00' });
    await api.meetings.create({ date: '2027-01-14', startTime: '09:00' });
    // A series across the change to summer time (29 March 2026): 10:00 stays 10:00 in Warsaw.
    const series = await api.meetings.createSeries({ rule: { every: 'twoWeeks', weekday: 3, weeks: [] }, from: '2026-03-19', until: '2026-04-02', startTime: '10:00', endTime: '12:00' });
    // The first one has been held by now: it carries its number; the others are still planned.
    await api.meetings.setStatus({ id: meeting.id, status: 'held' });
    const file = await api.meetings.schedule({ year: 2026 });
    expect(file.fileName).toBe('harmonogram_2026.ics');
    const ics = parse(file);
    expect(ics.method).toBe('PUBLISH');
    expect(ics.events.map((e) => e.event.uid)).toEqual([meeting, second, ...series].map((m) => `${m.id}@pzk-animator`));
    expect(ics.events.map((e) => e.event.summary)).toEqual(['Posiedzenie PZK nr 1/2026', 'Posiedzenie PZK', 'Posiedzenie PZK', 'Posiedzenie PZK']);
    expect(ics.events.slice(2).map((e) => e.event.startDate.toJSDate().toISOString())).toEqual(['2026-03-19T09:00:00.000Z', '2026-04-02T08:00:00.000Z']);
    expect(ics.text).toContain('DTSTART;TZID=Europe/Warsaw:20260402T100000');
    expect(ics.text).toContain('X-WR-CALNAME:Harmonogram posiedzeń 2026 — ');
  });

  it('the invitation letter: dated today, the meeting, its agenda, the animator’s signature', async () => {
    const { api, meeting, place } = await team();
    const file = await api.protocol.invitationLetter({ meetingId: meeting.id });
    expect(file).toMatchObject({ fileName: 'zaproszenie_2026-02-12.pdf', mediaType: 'application/pdf' });
    const text = pdfText(file.bytes);
    for (const expected of [
      'Zielonka, dnia 10 stycznia 2026 r.',
      'ZAPROSZENIE',
      'na posiedzenie Partnerskiego Zespołu Kooperacyjnego',
      'Uprzejmie zapraszam na posiedzenie, które odbędzie się w dniu 12 lutego 2026 r. w godz. 10:00–12:00.',
      `Miejsce: ${place}`,
      'Proponowany porządek obrad:',
      'Sprawy bieżące; wnioski, uwagi',
      'Animator PZK Łukasz Żółć',
    ]) expect(text).toContain(expected);
  });

  it('is checked for personal data before it leaves: the agenda and the place go to every member', async () => {
    const { api, meeting } = await team();
    expect(await api.protocol.check({ meetingId: meeting.id, document: 'invitation' })).toEqual([]);
    await api.agenda.add({ meetingId: meeting.id, title: 'Sprawa ucznia, PESEL 44051401458' });
    await api.meetings.update({ id: meeting.id, date: meeting.date, startTime: '10:00', place: 'Sala 12 (klucz: tel. 512 345 678)' });
    const findings = await api.protocol.check({ meetingId: meeting.id, document: 'invitation' });
    expect(findings.map((f) => [f.kind, f.masked])).toEqual(expect.arrayContaining([['pesel', '44*******58'], ['phone', expect.stringMatching(/^51/)]]));
  });
});
