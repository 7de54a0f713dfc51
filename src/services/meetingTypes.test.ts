// The Model's meeting types (issue 16.1): one PZK numbering across them, the agenda and the documents'
// words of each, a workshop over several days, and the World Café outputs in the protocol and the bundle.
import { describe, expect, it } from 'vitest';
import { expectAppError, pdfText, seededCore } from '../../test/helpers';
import { PZK_MEETING_TYPES } from '../domain/enums';
import { AGENDA_OF_TYPE, meetingDays, standardAgendaOf } from '../domain/meetingTypes.pl';
import { STANDARD_AGENDA } from '../domain/documents.pl';

describe('the Model’s meeting types', () => {
  it('share the PZK’s numbering in a year, while ZZK meetings keep their own; a PZK meeting always has a type', async () => {
    const { api } = await seededCore();
    const held = async (input: Parameters<typeof api.meetings.create>[0]) => {
      const m = await api.meetings.create(input);
      return api.meetings.setStatus({ id: m.id, status: 'held' });
    };
    const first = await held({ date: '2026-01-10', pzkType: 'initiating' });
    const cafe = await held({ date: '2026-01-24', pzkType: 'world_cafe' });
    const zzk = await held({ date: '2026-01-30', kind: 'zzk' });
    const formal = await held({ date: '2026-02-07', pzkType: 'formalising' });
    const working = await held({ date: '2026-02-21' });
    expect([first, cafe, zzk, formal, working].map((m) => [m.number, m.kind, m.pzkType])).toEqual([
      ['1/2026', 'pzk', 'initiating'],
      ['2/2026', 'pzk', 'world_cafe'],
      ['1/2026', 'zzk', null],
      ['3/2026', 'pzk', 'formalising'],
      ['4/2026', 'pzk', 'working'],
    ]);
    // A type is kept when an edit does not name it; only a PZK meeting may have one.
    expect((await api.meetings.update({ id: formal.id, date: '2026-02-08' })).pzkType).toBe('formalising');
    expect((await api.meetings.update({ id: formal.id, date: '2026-02-08', pzkType: 'workshop' })).number).toBe('3/2026');
    const refused = await expectAppError(api.meetings.create({ date: '2026-03-01', kind: 'zzk', pzkType: 'workshop' }), 'VALIDATION_FAILED');
    expect(refused.details).toMatchObject({ fields: { pzkType: 'invalid_choice' } });
    expect((await api.meetings.list({ year: 2026 })).map((m) => m.pzkType)).toEqual(['working', 'workshop', null, 'world_cafe', 'initiating']);
  });

  it('lets a workshop run over several days, the last one after the first, and says so in its documents', async () => {
    const { api, lukasz } = await seededCore();
    const bad = await expectAppError(api.meetings.create({ date: '2026-05-14', endsOn: '2026-05-14', pzkType: 'workshop' }), 'VALIDATION_FAILED');
    expect(bad.details).toMatchObject({ fields: { endsOn: 'not_after_date' } });
    const workshop = await api.meetings.create({ date: '2026-05-14', endsOn: '2026-05-15', pzkType: 'workshop', startTime: '09:00', endTime: '15:00', place: 'Ośrodek szkoleniowy w Serocku', agenda: [...AGENDA_OF_TYPE.workshop] });
    expect(workshop.endsOn).toBe('2026-05-15');
    await api.attendance.set({ meetingId: workshop.id, memberId: lukasz.id, status: 'present' });
    await api.meetings.setStatus({ id: workshop.id, status: 'held' });
    const protocol = pdfText((await api.protocol.get({ meetingId: workshop.id })).bytes);
    expect(protocol).toContain('z warsztatów kooperacyjnych Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(protocol).toContain('Warsztaty odbyły się w dniach 14–15 maja 2026 r. w godz. 09:00–15:00.');
    expect(protocol).toContain('Przebieg warsztatów');
    expect(protocol).toContain('Ad 3. Zajęcia warsztatowe');
    const list = pdfText((await api.protocol.attendanceList({ meetingId: workshop.id })).bytes);
    expect(list).toContain('na warsztatach kooperacyjnych nr 1/2026 Partnerskiego Zespołu Kooperacyjnego');
    expect(list).toContain('w dniach 14–15 maja 2026 r.');
    // Signed each day: a column per day.
    expect(list).toContain('Podpis 14.05 Podpis 15.05');
    // The calendar holds both days.
    const ics = new TextDecoder().decode((await api.meetings.invitation({ id: workshop.id })).bytes);
    expect(ics).toMatch(/SUMMARY:Warsztaty kooperacyjne PZK nr 1\/2026/);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Warsaw:20260514T090000/);
    expect(ics).toMatch(/DTEND;TZID=Europe\/Warsaw:20260515T150000/);
  });

  it('titles each document after the type, leaving a working meeting’s words as they always were', async () => {
    const { api } = await seededCore();
    const formal = await api.meetings.create({ date: '2026-03-05', pzkType: 'formalising', agenda: [...standardAgendaOf('pzk', 'formalising')] });
    const working = await api.meetings.create({ date: '2026-03-19' });
    await api.meetings.setStatus({ id: formal.id, status: 'held' });
    const protocol = pdfText((await api.protocol.get({ meetingId: formal.id })).bytes);
    expect(protocol).toContain('PROTOKÓŁ NR 1/2026 ze spotkania formalizującego Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(protocol).toContain('Spotkanie odbyło się 5 marca 2026 r.');
    expect(protocol).toContain('Ad 4. Podpisanie deklaracji przystąpienia do Partnerskiego Zespołu Kooperacyjnego');
    const letter = pdfText((await api.protocol.invitationLetter({ meetingId: working.id })).bytes);
    expect(letter).toContain('na posiedzenie Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(letter).toContain('Uprzejmie zapraszam na posiedzenie, które odbędzie się w dniu 19 marca 2026 r.');
    const formalLetter = pdfText((await api.protocol.invitationLetter({ meetingId: formal.id })).bytes);
    expect(formalLetter).toContain('na spotkanie formalizujące nr 1/2026 Partnerskiego Zespołu Kooperacyjnego');
    // Every type has its agenda; a working meeting's is the standard one, as are ZZK and other meetings'.
    for (const type of PZK_MEETING_TYPES) expect(AGENDA_OF_TYPE[type].length).toBeGreaterThan(4);
    expect(standardAgendaOf('pzk', undefined)).toBe(STANDARD_AGENDA);
    expect(standardAgendaOf('zzk', null)).toBe(STANDARD_AGENDA);
  });

  it('keeps a World Café’s four outputs, prints them, refuses them elsewhere, and lets them through the RODO check of the bundle', async () => {
    const { api } = await seededCore();
    const cafe = await api.meetings.create({ date: '2026-01-24', pzkType: 'world_cafe', agenda: [...AGENDA_OF_TYPE.world_cafe] });
    const other = await api.meetings.create({ date: '2026-02-24' });
    await api.meetings.setWorldCafe({ id: cafe.id, field: 'aspiration', text: 'Żadna rodzina nie zostaje sama.' });
    const saved = await api.meetings.setWorldCafe({ id: cafe.id, field: 'workingRules', text: 'Ustalenia zapisujemy z terminem.\nSprawy rodzin omawiamy pod kodem.' });
    expect([saved.aspiration, saved.teamValues, saved.workingRules]).toEqual(['Żadna rodzina nie zostaje sama.', null, 'Ustalenia zapisujemy z terminem.\nSprawy rodzin omawiamy pod kodem.']);
    // Found by the search, diacritics-blind, and opened at the outputs.
    const [hit] = await api.search.query({ q: 'zadna rodzina' });
    expect(hit).toMatchObject({ kind: 'world_cafe', meetingId: cafe.id, excerpt: expect.stringContaining('rodzina') });
    const refused = await expectAppError(api.meetings.setWorldCafe({ id: other.id, field: 'aspiration', text: 'x' }), 'VALIDATION_FAILED');
    expect(refused.details).toMatchObject({ fields: { field: 'not_world_cafe' } });
    await api.meetings.setStatus({ id: cafe.id, status: 'held' });
    const protocol = pdfText((await api.protocol.get({ meetingId: cafe.id })).bytes);
    expect(protocol).toContain('ze spotkania inicjującego Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka (World Café)');
    expect(protocol).toContain('Wyniki pracy metodą World Café Aspiracja zespołu Żadna rodzina nie zostaje sama.');
    expect(protocol).toContain('Zasady pracy Ustalenia zapisujemy z terminem. Sprawy rodzin omawiamy pod kodem.');
    expect(protocol).not.toContain('Standardy komunikacji');
    // A PESEL typed into an output is found before anything leaves the machine, and named where it is.
    await api.meetings.setWorldCafe({ id: cafe.id, field: 'communicationStandards', text: 'Kontakt: 44051401359' });
    const findings = await api.sync.check({ full: true });
    expect(findings.findings).toEqual([expect.objectContaining({ kind: 'pesel', where: expect.stringContaining('standardy komunikacji') })]);
    // Once approved, the outputs are part of the locked record.
    await api.meetings.setWorldCafe({ id: cafe.id, field: 'communicationStandards', text: '' });
    await api.meetings.setStatus({ id: cafe.id, status: 'approved' });
    await expectAppError(api.meetings.setWorldCafe({ id: cafe.id, field: 'aspiration', text: 'Inaczej' }), 'MEETING_LOCKED');
  });

  it('are counted by type in the team’s figures', async () => {
    const { api } = await seededCore();
    for (const [date, pzkType] of [['2026-01-10', 'initiating'], ['2026-01-24', 'world_cafe'], ['2026-02-07', 'formalising'], ['2026-02-21', 'working'], ['2026-03-07', 'working']] as const) {
      const m = await api.meetings.create({ date, pzkType });
      await api.meetings.setStatus({ id: m.id, status: 'held' });
    }
    await api.meetings.create({ date: '2026-03-21', pzkType: 'workshop' });
    const stats = await api.statistics.get({ from: '2026-01-01', to: '2026-12-31' });
    expect(stats.meetings.pzk).toBe(5);
    expect(stats.pzkTypes).toEqual({ initiating: 1, world_cafe: 1, formalising: 1, working: 2, workshop: 0 });
    const report = pdfText((await api.statistics.report({ year: 2026 })).bytes);
    expect(report).toContain('W tym: spotkanie inicjujące — 1; spotkanie inicjujące (World Café) — 1; spotkanie formalizujące — 1; posiedzenie robocze — 2.');
    expect(report).toContain('PZK nr 3/2026 (spotkanie formalizujące)');
  });

  it('show on the dashboard where the team stands on the path and its next step, planned or not', async () => {
    const { api } = await seededCore({ now: '2026-01-05T10:00:00Z' });
    expect((await api.dashboard.get()).modelPath).toEqual({ stage: 'not_started', since: null, next: 'initiating', nextPlanned: null });
    const first = await api.meetings.create({ date: '2026-01-10', pzkType: 'initiating' });
    expect((await api.dashboard.get()).modelPath.nextPlanned).toEqual({ id: first.id, date: '2026-01-10' });
    await api.meetings.setStatus({ id: first.id, status: 'held' });
    expect((await api.dashboard.get()).modelPath).toEqual({ stage: 'initiated', since: '2026-01-10', next: 'world_cafe', nextPlanned: null });
    const formal = await api.meetings.create({ date: '2026-02-07', pzkType: 'formalising' });
    await api.meetings.setStatus({ id: formal.id, status: 'held' });
    expect((await api.dashboard.get()).modelPath).toEqual({ stage: 'formalised', since: '2026-02-07', next: null, nextPlanned: null });
  });

  it('writes the days of a meeting as a clerk does', () => {
    expect(meetingDays('2026-05-14', null)).toBe('14 maja 2026 r.');
    expect(meetingDays('2026-05-14', '2026-05-15')).toBe('w dniach 14–15 maja 2026 r.');
    expect(meetingDays('2026-05-31', '2026-06-01')).toBe('w dniach 31 maja – 1 czerwca 2026 r.');
    expect(meetingDays('2026-12-31', '2027-01-01')).toBe('w dniach 31 grudnia 2026 r. – 1 stycznia 2027 r.');
  });
});
