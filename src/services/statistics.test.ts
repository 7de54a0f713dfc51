// Issue 13.6: the team's figures over a period, counted by hand on a small team, and the yearly
// report as PDF (read back with pdftotext) and DOCX.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfText, seededCore } from '../../test/helpers';

async function year() {
  const t = await seededCore({ now: '2026-12-01T10:00:00Z' });
  const { api, lukasz, grazyna, jan } = t;
  await api.members.update({ id: jan.id, fullName: jan.fullName, institutionId: jan.institutionId, joinedOn: '2026-03-01' });
  const held = async (date: string, present: string[], kind: 'pzk' | 'zzk' = 'pzk') => {
    const m = await api.meetings.create({ date, kind });
    for (const id of present) await api.attendance.set({ meetingId: m.id, memberId: id, status: 'present' });
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    return m;
  };
  const jan15 = await held('2026-01-15', [lukasz.id, grazyna.id]); // Jan not yet a member
  const apr = await held('2026-04-16', [lukasz.id, jan.id]);
  await held('2026-06-11', [lukasz.id], 'zzk'); // a ZZK meeting: counted, not in the PZK attendance
  await api.meetings.create({ date: '2026-12-10' }); // planned: not held
  await api.decisions.add({ meetingId: apr.id, text: 'Powołać ZZK.' });
  const a = await api.actionItems.create({ meetingId: jan15.id, text: 'Diagnoza', ownerMemberId: grazyna.id, dueOn: '2026-02-01' });
  await api.actionItems.create({ meetingId: jan15.id, text: 'Spotkanie z rodzicami', ownerMemberId: jan.id, dueOn: '2026-03-01' });
  await api.actionItems.create({ meetingId: apr.id, text: 'Plan pomocy', ownerMemberId: lukasz.id, dueOn: '2027-01-31' });
  await api.actionItems.review({ actionItemId: a.id, meetingId: apr.id, note: 'Gotowe', status: 'done' });
  return t;
}

describe('team statistics', () => {
  it('meetings held by kind, attendance per institution and member on PZK meetings, action items', async () => {
    const { api, ops, school } = await year();
    const s = await api.statistics.get({ from: '2026-01-01', to: '2026-12-31' });
    expect(s.meetings).toEqual({ pzk: 2, zzk: 1, other: 0 });
    expect(s.members).toEqual([
      { id: expect.any(String), fullName: 'Grażyna Ślęzak', institution: 'Szkoła Podstawowa nr 1', expected: 2, present: 1 },
      { id: expect.any(String), fullName: 'Jan Kowalski', institution: 'Ośrodek Pomocy Społecznej', expected: 1, present: 1 },
      { id: expect.any(String), fullName: 'Łukasz Żółć', institution: 'Ośrodek Pomocy Społecznej', expected: 2, present: 2 },
    ]);
    expect(s.institutions).toEqual([
      { id: ops.id, name: 'Ośrodek Pomocy Społecznej', sector: 'social_assistance', expected: 3, present: 3 },
      { id: school.id, name: 'Szkoła Podstawowa nr 1', sector: 'education', expected: 2, present: 1 },
    ]);
    expect(s.actionItems).toEqual({ opened: 3, closed: 1, openAtEnd: 2, overdueAtEnd: 1 });
    expect(s.decisions).toBe(1);
    // A shorter period: January only.
    const january = await api.statistics.get({ from: '2026-01-01', to: '2026-01-31' });
    expect(january.meetings).toEqual({ pzk: 1, zzk: 0, other: 0 });
    expect(january.actionItems).toEqual({ opened: 2, closed: 0, openAtEnd: 2, overdueAtEnd: 0 });
  });

  it('the yearly report, as PDF and as DOCX', async () => {
    const { api } = await year();
    expect(pdfText((await api.statistics.report({ year: 2026, format: 'pdf' })).bytes)).toContain('W roku nie zapisano szkoleń, coachingu, superwizji ani warsztatów dla zespołu.');
    await api.support.save({ date: '2026-02-10', kind: 'coaching', hours: 1.5, participants: 8, provider: 'ROPS' });
    await api.support.save({ date: '2026-03-10', kind: 'coaching', hours: 2, participants: 8, provider: 'ROPS' });
    await api.support.save({ date: '2025-12-10', kind: 'training', hours: 6, participants: 20, provider: 'ROPS' });
    const pdf = await api.statistics.report({ year: 2026, format: 'pdf' });
    expect(pdf.fileName).toBe('sprawozdanie_2026.pdf');
    const text = pdfText(pdf.bytes);
    for (const expected of [
      'SPRAWOZDANIE',
      'z działalności Partnerskiego Zespołu Kooperacyjnego',
      'za rok 2026',
      'W roku odbyło się posiedzeń zespołu: 2; posiedzeń zadaniowych zespołów kooperacyjnych (ZZK): 1; innych spotkań: 0.',
      'PZK nr 1/2026 15.01.2026',
      'Ośrodek Pomocy Społecznej pomoc społeczna 3 z 3 100%',
      'Szkoła Podstawowa nr 1 edukacja 1 z 2 50%',
      'Ustalono zadań: 3; zrealizowano lub zamknięto: 1; w toku na koniec okresu: 2, w tym po terminie: 1.',
      'Podjęto ustaleń: 1.',
      // The support of the year only (the training of 2025 is not in it).
      'Wsparcie otrzymane przez zespół',
      'coaching 2 3,5 16',
      'Razem 2 3,5 16',
    ]) expect(text).toContain(expected);
    const docx = await api.statistics.report({ year: 2026, format: 'docx' });
    expect(docx.fileName).toBe('sprawozdanie_2026.docx');
    const xml = Buffer.from(unzipSync(docx.bytes)['word/document.xml']!).toString();
    expect(xml).toContain('SPRAWOZDANIE');
    expect(xml).toContain('Podjęto ustaleń: 1.');
  });
});
