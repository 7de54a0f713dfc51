// Issue 13.6: the team's figures over a period, counted by hand on a small team, and the yearly
// report as PDF (read back with pdftotext) and DOCX.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectAppError, pdfText, seededCore, tempDir } from '../../test/helpers';

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
    expect(pdfText((await api.statistics.report({ year: 2026, format: 'pdf' })).bytes)).toContain('W okresie nie zapisano szkoleń, coachingu, superwizji ani warsztatów dla zespołu.');
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
      'W okresie odbyło się posiedzeń zespołu: 2; posiedzeń zadaniowych zespołów kooperacyjnych (ZZK): 1; innych spotkań: 0.',
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

  it('the Model’s measures: partners by sector, months of work, cases referred / active / closed by reason, completed share, median, tasks on time', async () => {
    const { api, ops, school, lukasz } = await year();
    const onTime = await api.actionItems.create({ meetingId: (await api.meetings.list())[0]!.id, text: 'Zaproszenie kuratora', ownerMemberId: lukasz.id, dueOn: '2026-12-20' });
    await api.actionItems.setStatus({ id: onTime.id, status: 'done' });
    const open = (code: string, openedOn: string) => api.cases.create({ code, kind: 'family', openedOn, referredByInstitutionId: school.id });
    const a = await open('RODZ-01', '2026-01-10');
    const b = await open('RODZ-02', '2026-02-01');
    await open('RODZ-03', '2025-11-01');
    await api.cases.close({ id: a.id, closedOn: '2026-07-10', closeReason: 'completed' });
    await api.cases.close({ id: b.id, closedOn: '2026-05-01', closeReason: 'resigned' });
    const s = await api.statistics.get({ from: '2026-01-01', to: '2026-12-31' });
    expect(s.model).toEqual({
      partnersBySector: [
        { sector: 'social_assistance', institutions: 1 },
        { sector: 'education', institutions: 1 },
      ],
      monthsActive: 11,
      sectors: [
        { sector: 'social_assistance', expected: 3, present: 3 },
        { sector: 'education', expected: 2, present: 1 },
      ],
      cases: {
        referred: 2,
        activeAtEnd: 1,
        closed: 2,
        closedByReason: { completed: 1, partly_completed: 0, resigned: 1, consent_withdrawn: 0, moved_away: 0, other_procedure: 0, other: 0 },
        completedShare: 0.5,
        medianMonths: 4.5,
      },
      // Jan's item of 1 March is open, Grażyna's was done after its deadline, Łukasz's before it.
      tasksOnTime: [
        { institution: ops.name, due: 2, onTime: 1 },
        { institution: school.name, due: 1, onTime: 0 },
      ],
    });
    expect(s.charts.map((c) => c.id)).toEqual(['partners', 'meetings', 'attendanceSector', 'attendanceInstitution', 'cases', 'closures', 'tasksOnTime', 'support']);
    const chart = (id: string) => s.charts.find((c) => c.id === id)!;
    expect(chart('closures').rows).toEqual([
      { label: 'IPW zrealizowany', display: '1' },
      { label: 'rezygnacja', display: '1' },
    ]);
    expect(chart('attendanceSector').rows).toEqual([
      { label: 'pomoc społeczna', display: '100% (3 z 3)' },
      { label: 'edukacja', display: '50% (1 z 2)' },
    ]);
    expect(chart('support').rows).toEqual([]);
    expect(chart('support').svg).toContain('>brak danych</text>');
    // Before the first meeting, the team has not started working.
    expect((await api.statistics.get({ from: '2025-01-01', to: '2025-12-31' })).model.monthsActive).toBeNull();
    await expectAppError(api.statistics.get({ from: '2026-12-31', to: '2026-01-01' }), 'VALIDATION_FAILED');
  });

  it('the period report carries the screen’s very charts: the same SVG in the DOCX, drawn in the PDF', async () => {
    const { api } = await year();
    await api.support.save({ date: '2026-02-10', kind: 'coaching', hours: 1.5, participants: 8, provider: 'ROPS' });
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const s = await api.statistics.get(period);
    const pdf = await api.statistics.report({ ...period, format: 'pdf' });
    expect(pdf.fileName).toBe('sprawozdanie_2026-01-01_2026-06-30.pdf');
    const text = pdfText(pdf.bytes);
    for (const expected of [
      'za okres od 01.01.2026 do 30.06.2026',
      'Wskaźniki Modelu Kooperacji',
      'Miesięcy pracy zespołu od pierwszego posiedzenia: 5.',
      'Wykres 1. Instytucje partnerskie według sektora',
      'Wykres 8. Wsparcie otrzymane przez zespół (godziny)',
      'coaching 1,5 h',
    ]) expect(text).toContain(expected);
    // The PDF draws the bars as vectors: pdfmake turns each SVG into paths, with its labels as text.
    expect(text).toContain('posiedzenia PZK');

    const files = unzipSync((await api.statistics.report({ ...period, format: 'docx' })).bytes);
    // Tables that touch would be merged by Word and LibreOffice (the last chart's with the signatures).
    expect(Buffer.from(files['word/document.xml']!).toString()).not.toContain('</w:tbl><w:tbl>');
    const svgs = Object.entries(files).filter(([name]) => name.startsWith('word/media/') && name.endsWith('.svg')).map(([, bytes]) => Buffer.from(bytes).toString());
    const pngs = Object.keys(files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(svgs.sort()).toEqual(s.charts.map((c) => c.svg).sort());
    // Each with a PNG beside it, for the word processors that draw no SVG.
    expect(pngs).toHaveLength(s.charts.length);
    for (const name of pngs) expect([...files[name]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

    // DECISIONS 11: LibreOffice reads the DOCX back with its charts' captions, where it is installed.
    if (spawnSync('soffice', ['--version']).status === 0) {
      const dir = tempDir();
      const path = join(dir, 'sprawozdanie.docx');
      writeFileSync(path, (await api.statistics.report({ ...period, format: 'docx' })).bytes);
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000, stdio: 'ignore' });
      const read = pdfText(readFileSync(join(dir, 'sprawozdanie.pdf')));
      for (const chart of s.charts) expect(read).toContain(chart.title);
    }

    await expectAppError(api.statistics.report({ from: '2026-01-01', format: 'pdf' }), 'VALIDATION_FAILED');
    await expectAppError(api.statistics.report({ year: 2026, from: '2026-01-01', to: '2026-02-01', format: 'pdf' }), 'VALIDATION_FAILED');
  }, 180_000);
});
