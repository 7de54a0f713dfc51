// The protocol and the attendance list as a reader gets them: text extracted with pdftotext
// (poppler-utils), page 1 rendered with pdftoppm and compared with a reviewed reference image.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../domain/types';
import { expectAppError, seededCore, tempDir } from '../../test/helpers';
import { bySurname, surnameKey } from '../domain/rules';

const pdfText = (file: DocumentFile, args: string[] = []) => {
  const path = join(tempDir(), file.fileName);
  writeFileSync(path, file.bytes);
  // Raw reading order, whitespace folded: text that wraps inside a table cell reads as one line.
  return execFileSync('pdftotext', ['-raw', ...args, path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};
const pageCount = (file: DocumentFile) => {
  const path = join(tempDir(), file.fileName);
  writeFileSync(path, file.bytes);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
};

/** Two meetings: 1/2026 with three action items, 2/2026 that reviews them; attendance and minutes. */
async function meetingWithEverything() {
  const t = await seededCore({ now: '2026-03-01T10:00:00Z' });
  const { api, lukasz, grazyna, jan } = t;
  const first = await api.meetings.create({ date: '2026-01-15', startTime: '10:00', endTime: '12:00', place: 'Urząd Miejski, sala 12', agenda: ['Otwarcie', 'Sprawy merytoryczne'] });
  const firstDetail = await api.meetings.get({ id: first.id });
  const a = await api.actionItems.create({ meetingId: first.id, text: 'Przygotować diagnozę rodziny R-07', ownerMemberId: grazyna.id, dueOn: '2026-02-01' });
  await api.actionItems.create({ meetingId: first.id, text: 'Zorganizować spotkanie z rodzicami', ownerMemberId: jan.id, dueOn: '2026-02-10' });
  await api.agenda.update({ id: firstDetail.agenda[1]!.id, minutes: 'Pierwsze posiedzenie.' });
  const second = await api.meetings.create({
    date: '2026-02-12', startTime: '10:00', endTime: '11:30', place: 'Urząd Miejski, sala 12',
    agenda: ['Otwarcie posiedzenia', 'Realizacja ustaleń', 'Sprawy merytoryczne — „Rodzina R-07”', 'Sprawy różne'],
  });
  await api.meetings.create({ date: '2026-02-26', startTime: '09:00', endTime: '11:00', place: 'Szkoła Podstawowa nr 1' });
  const detail = await api.meetings.get({ id: second.id });
  const [open, , item] = detail.agenda;
  await api.agenda.update({ id: open!.id, minutes: 'Posiedzenie otworzył Łukasz Żółć — przywitał zebranych.' });
  await api.agenda.update({
    id: item!.id,
    minutes: 'Zespół omówił sytuację rodziny.\n\nUstalenia robocze:\n- szkoła zgłasza nieobecności ucznia\n- OPS przygotuje „plan pomocy”\n\n<script>alert(1)</script> javascript:alert(2)',
  });
  await api.attendance.set({ meetingId: second.id, memberId: lukasz.id, status: 'present' });
  await api.attendance.set({ meetingId: second.id, memberId: grazyna.id, status: 'remote' });
  await api.attendance.set({ meetingId: second.id, memberId: jan.id, status: 'excused' });
  await api.attendance.addGuest({ meetingId: second.id, guestName: 'dr Maria Wójcik', guestInstitution: 'Poradnia P-P' });
  await api.decisions.add({ meetingId: second.id, agendaItemId: item!.id, text: 'Powołać ZZK dla rodziny R-07.' });
  await api.actionItems.create({ meetingId: second.id, agendaItemId: item!.id, text: 'Zwołać pierwsze posiedzenie ZZK', ownerMemberId: lukasz.id, dueOn: '2026-02-20' });
  await api.actionItems.review({ actionItemId: a.id, meetingId: second.id, note: 'Diagnoza przekazana 10.02.', status: 'done' });
  return { ...t, second };
}

describe('protocol PDF', () => {
  it('holds every section, the Polish letters, the counts and the carried-over items', async () => {
    const { api, second } = await meetingWithEverything();
    const file = await api.protocol.get({ meetingId: second.id });
    expect(file).toMatchObject({ fileName: 'protokol_2-2026_projekt.pdf', mediaType: 'application/pdf', approved: false, version: null });
    const text = pdfText(file);
    for (const expected of [
      'PROTOKÓŁ NR 2/2026',
      // The default for an urban gmina (TERYT type 1) names it as the unit it is.
      'z posiedzenia Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka',
      // The place after its label (issue 18.7).
      'Posiedzenie odbyło się 12 lutego 2026 r. w godz. 10:00–11:30. Miejsce: Urząd Miejski, sala 12.',
      'I. Obecność',
      'Obecnych 2 z 3 członków zespołu, w tym zdalnie: 1.',
      'Ośrodek Pomocy Społecznej: Łukasz Żółć',
      // A person's status is a noun (issue 18.1).
      'Grażyna Ślęzak (udział zdalny)',
      'Goście: dr Maria Wójcik (Poradnia P-P)',
      'Nieobecni usprawiedliwieni: Jan Kowalski Nieobecni nieusprawiedliwieni: brak',
      'Prowadzący posiedzenie: Łukasz Żółć.',
      'Lista obecności stanowi załącznik nr 1 do protokołu.',
      'II. Porządek obrad',
      'III. Realizacja zadań z poprzednich posiedzeń',
      'Nr Zadanie Osoba odpowiedzialna Termin realizacji Stan realizacji',
      'IV. Przebieg posiedzenia',
      'Ad 3. Sprawy merytoryczne — „Rodzina R-07”',
      'OPS przygotuje „plan pomocy”',
      '<script>alert(1)</script> javascript:alert(2)',
      'Powołać ZZK dla rodziny R-07.',
      // One numbering in the action items table: the item's own number (issue 18.7).
      'Nr Zadanie Osoba odpowiedzialna (instytucja) Termin realizacji 2/2026/1 Zwołać pierwsze posiedzenie ZZK',
      'Następne posiedzenie zaplanowano na 26 lutego 2026 r. w godz. 09:00–11:00. Miejsce: Szkoła Podstawowa nr 1.',
      'Protokolant Prowadzący posiedzenie',
      'Strona 1 z',
    ]) {
      expect(text).toContain(expected);
    }
    // Slashed forms and an assertion of what nobody said are gone (issue 18.1, 18.7).
    for (const gone of ['/a', 'Bez uwag', 'Lp.', 'Goście: 0']) expect(text).not.toContain(gone);
    // Both earlier items are carried: one reviewed as done, one not discussed.
    expect(text).toMatch(/1\/2026\/1[\s\S]*zrealizowane —[\s\S]*Diagnoza[\s\S]*przekazana/);
    expect(text).toMatch(/1\/2026\/2[\s\S]*nie omawiano/);
    // Metadata and fonts: title, language, everything embedded.
    const path = join(tempDir(), 'p.pdf');
    writeFileSync(path, file.bytes);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Title:\s+PROTOKÓŁ NR 2\/2026/);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => / yes\s+yes\s+yes /.test(line))).toBe(true);
  });

  it('switches optional sections off and numbers the rest without gaps', async () => {
    const { api, second } = await meetingWithEverything();
    await api.protocol.updateSettings({ footerText: 'Projekt współfinansowany ze środków UE', sections: { followUp: false, signatures: false } });
    const text = pdfText(await api.protocol.get({ meetingId: second.id }));
    expect(text).not.toContain('Realizacja zadań z poprzednich posiedzeń');
    expect(text).not.toContain('Protokolant Prowadzący posiedzenie');
    expect(text).toContain('III. Przebieg posiedzenia');
    expect(text).toContain('Projekt współfinansowany ze środków UE');
  });

  it('names the place in the title as the team chose it (issue 11.7)', async () => {
    const { api } = await seededCore();
    await api.team.update({ name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
    const m = await api.meetings.create({ date: '2026-03-12' });
    const text = pdfText(await api.protocol.get({ meetingId: m.id }));
    expect(text).toContain('z posiedzenia Partnerskiego Zespołu Kooperacyjnego w Zgierzu');
    expect(text).not.toContain('w Gminie');
    expect(pdfText(await api.protocol.attendanceList({ meetingId: m.id }))).toContain('LISTA OBECNOŚCI na posiedzeniu Partnerskiego Zespołu Kooperacyjnego w Zgierzu 12 marca 2026 r.');
    // Printed before the meeting, when it has no number yet (DECISIONS 12); once held it names it.
    await api.meetings.setStatus({ id: m.id, status: 'in_progress' });
    expect(pdfText(await api.protocol.attendanceList({ meetingId: m.id }))).toContain('LISTA OBECNOŚCI na posiedzeniu nr 1/2026 Partnerskiego Zespołu Kooperacyjnego w Zgierzu');
  });

  it('prints each decision once, points the follow-up item to its section, and "Sprawy różne" in one place (issue 11.9)', async () => {
    const { api, second } = await meetingWithEverything();
    const agenda = (await api.meetings.get({ id: second.id })).agenda;
    await api.decisions.add({ meetingId: second.id, agendaItemId: agenda[2]!.id, text: 'Zespół przyjmuje plan pomocy rodzinie.' });
    await api.meetings.update({ id: second.id, date: '2026-02-12', otherBusiness: 'Omówiono termin szkolenia.' });
    const text = pdfText(await api.protocol.get({ meetingId: second.id }));
    expect(text.split('Zespół przyjmuje plan pomocy rodzinie.').length - 1).toBe(1);
    expect(text).toMatch(/Ad 3\. .*Ustalenia nr 1, 2 — zob\. część V\./);
    // An item of the older standard agenda ("Realizacja ustaleń") still points to the follow-up.
    expect(text).toContain('Ad 2. Realizacja ustaleń Zob. część III „Realizacja zadań z poprzednich posiedzeń”.');
    expect(text).toContain('Ad 4. Sprawy różne Omówiono termin szkolenia.');
    expect(text.split('Sprawy różne').length - 1).toBe(2); // the agenda and its Ad item; no separate section
    expect(text).not.toContain('Bez uwag');
  });

  it('renders page 1 like the reviewed reference image', async () => {
    const { api, second } = await meetingWithEverything();
    const dir = tempDir();
    const pdf = join(dir, 'p.pdf');
    writeFileSync(pdf, (await api.protocol.get({ meetingId: second.id })).bytes);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    const actual = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const referencePath = resolve(import.meta.dirname, '../../test/fixtures/protocol-page1.png');
    // After a reviewed change of the layout: PZK_UPDATE_REFERENCE=1 npx vitest run src/protocol -t reference
    if (process.env.PZK_UPDATE_REFERENCE) {
      mkdirSync(resolve(referencePath, '..'), { recursive: true });
      writeFileSync(referencePath, PNG.sync.write(actual));
    }
    expect(existsSync(referencePath), 'the reference image test/fixtures/protocol-page1.png').toBe(true);
    const reference = PNG.sync.read(readFileSync(referencePath));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    const differing = pixelmatch(actual.data, reference.data, undefined, actual.width, actual.height, { threshold: 0.2 });
    expect(differing / (actual.width * actual.height)).toBeLessThan(0.01);
  });

  it('makes the same bytes every time from the same data, with the fonts parsed once per process, also beside other documents', async () => {
    const { api, second } = await meetingWithEverything();
    const a = await api.protocol.get({ meetingId: second.id });
    const b = await api.protocol.get({ meetingId: second.id });
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    // Made at the same time as other documents, with the thread pool kept busy by jobs of other sizes: the
    // streams finish in another order, and each file is still written in its own.
    const list = await api.protocol.attendanceList({ meetingId: second.id });
    const busy = [3, 1, 4, 1, 5].map((mb) => promisify(deflate)(randomBytes(mb << 19)));
    const [c, d, e] = await Promise.all([
      api.protocol.get({ meetingId: second.id }),
      api.protocol.attendanceList({ meetingId: second.id }),
      api.protocol.get({ meetingId: second.id }),
      ...busy,
    ]);
    for (const made of [c, e]) expect(Buffer.from(made.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    expect(Buffer.from(d.bytes).equals(Buffer.from(list.bytes))).toBe(true);
  });

  it('handles a 30-page protocol', async () => {
    const { api } = await seededCore();
    const m = await api.meetings.create({ date: '2026-05-05', agenda: Array.from({ length: 12 }, (_, i) => `Sprawa nr ${i + 1}`) });
    const paragraph = 'Zespół szczegółowo omówił sytuację rodziny, wskazując zasoby i trudności; ustalono podział zadań między instytucje. ';
    for (const item of (await api.meetings.get({ id: m.id })).agenda) {
      await api.agenda.update({ id: item.id, minutes: Array.from({ length: 30 }, () => paragraph.repeat(4)).join('\n\n') });
    }
    const file = await api.protocol.get({ meetingId: m.id });
    expect(pageCount(file)).toBeGreaterThanOrEqual(30);
    expect(pdfText(file, ['-f', '30', '-l', '30'])).toMatch(/Strona 30 z \d+/);
  });
});

describe('approval and corrections', () => {
  it('freezes the approved protocol: same bytes on every export, with their SHA-256', async () => {
    const { api, second } = await meetingWithEverything();
    await api.meetings.setStatus({ id: second.id, status: 'held' });
    await api.meetings.setStatus({ id: second.id, status: 'approved' });
    const first = await api.protocol.get({ meetingId: second.id });
    const again = await api.protocol.get({ meetingId: second.id });
    expect(first).toMatchObject({ approved: true, version: 1 });
    expect(Buffer.from(again.bytes)).toEqual(Buffer.from(first.bytes));
    expect((await api.protocol.versions({ meetingId: second.id }))[0]).toMatchObject({ version: 1, sha256: first.sha256, reason: null });
    expect(pdfText(first)).not.toContain('PROJEKT');
  });

  it('records a correction as a new version that names it; the original stays', async () => {
    const { api, second } = await meetingWithEverything();
    await expectAppError(api.protocol.correct({ meetingId: second.id, reason: 'x', correctedBy: 'y', text: 'z' }), 'MEETING_NOT_APPROVED');
    await api.meetings.setStatus({ id: second.id, status: 'held' });
    await api.meetings.setStatus({ id: second.id, status: 'approved' });
    const original = await api.protocol.get({ meetingId: second.id });
    const v2 = await api.protocol.correct({ meetingId: second.id, reason: 'Błędna godzina zakończenia', correctedBy: 'Łukasz Żółć', text: 'Posiedzenie zakończyło się o godz. 11:45.' });
    expect(v2.version).toBe(2);
    const corrected = await api.protocol.get({ meetingId: second.id });
    expect(corrected).toMatchObject({ version: 2, fileName: 'protokol_2-2026_korekta-2.pdf' });
    const text = pdfText(corrected);
    expect(text).toContain('Wersja 2 — z korektą');
    expect(text).toContain('Korekta nr 1 z dnia 1 marca 2026 r., wprowadzona przez: Łukasz Żółć. Przyczyna: Błędna godzina zakończenia.');
    expect(text).toContain('Posiedzenie zakończyło się o godz. 11:45.');
    expect((await api.protocol.get({ meetingId: second.id, version: 1 })).bytes).toEqual(original.bytes);
    expect((await api.protocol.versions({ meetingId: second.id })).map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('adoption of the protocol (issue 18.7)', () => {
  it('says where and when the protocol was adopted, and the adopting meeting names it', async () => {
    const { api, second } = await meetingWithEverything();
    const meetings = await api.meetings.list();
    const first = meetings.find((m) => m.date === '2026-01-15')!;
    const third = meetings.find((m) => m.date === '2026-02-26')!;
    await api.meetings.setStatus({ id: second.id, status: 'held' });
    // A protocol is adopted at a later meeting, never an earlier one; nothing changes on a refusal.
    await expectAppError(api.meetings.setStatus({ id: second.id, status: 'approved', adoptedAtMeetingId: first.id }), 'WRONG_MEETING');
    expect((await api.meetings.get({ id: second.id })).meeting.status).toBe('held');
    await api.meetings.setStatus({ id: second.id, status: 'approved', adoptedAtMeetingId: third.id });
    expect((await api.meetings.get({ id: second.id })).meeting).toMatchObject({ adoptedAtMeetingId: third.id, adoptedOn: '2026-02-26' });
    expect(pdfText(await api.protocol.get({ meetingId: second.id }))).toContain('Protokół przyjęto na posiedzeniu nr 3/2026 w dniu 26 lutego 2026 r. Protokolant');
    await api.agenda.add({ meetingId: third.id, title: 'Przyjęcie protokołu z poprzedniego posiedzenia' });
    expect(pdfText(await api.protocol.get({ meetingId: third.id }))).toContain('Ad 1. Przyjęcie protokołu z poprzedniego posiedzenia Przyjęto protokół nr 2/2026 z posiedzenia w dniu 12 lutego 2026 r.');
  });

  it('adopted outside a meeting: the day it was done', async () => {
    const { api, second } = await meetingWithEverything();
    await api.meetings.setStatus({ id: second.id, status: 'held' });
    await api.meetings.setStatus({ id: second.id, status: 'approved' });
    expect(pdfText(await api.protocol.get({ meetingId: second.id }))).toContain('Protokół przyjęto w dniu 1 marca 2026 r.');
  });
});

describe('sorting people by surname', () => {
  it('takes the last name word, whole when hyphenated, and ignores titles and ranks', () => {
    expect(surnameKey('dr hab. Anna Gęsiarz-Nowińska')).toBe('gęsiarz-nowińska anna');
    expect(surnameKey('mł. asp. Piotr Łęcki')).toBe('łęcki piotr');
    expect(['Łukasz Żółć', 'Anna Lis', 'Ewa Łoś', 'Jan Zieliński', 'Maria Źrebiec'].sort(bySurname)).toEqual(['Anna Lis', 'Ewa Łoś', 'Jan Zieliński', 'Maria Źrebiec', 'Łukasz Żółć']);
  });
});

describe('attendance list PDF', () => {
  it('lists every member with sector and function, blank guest rows, header on every page', async () => {
    const { api, ops } = await seededCore();
    for (let i = 0; i < 40; i++) await api.members.create({ fullName: `Członkini Zespołu ${i + 1}`, institutionId: ops.id, position: 'pracownik socjalny' });
    const m = await api.meetings.create({ date: '2026-03-12', startTime: '10:00', endTime: '12:00', place: 'Sala narad' });
    const file = await api.protocol.attendanceList({ meetingId: m.id });
    expect(file.fileName).toBe('lista-obecnosci_2026-03-12.pdf');
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) {
      expect(pdfText(file, ['-f', String(page), '-l', String(page)])).toMatch(/Lp\.\s+Imię i nazwisko\s+Instytucja\s+Sektor \/ funkcja\s+Podpis/);
    }
    const text = pdfText(file);
    // What the list is, once (issue 18.8).
    expect(text).toContain('LISTA OBECNOŚCI na posiedzeniu Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka 12 marca 2026 r., godz. 10:00–12:00 Miejsce: Sala narad');
    expect(text).toContain('Grażyna Ślęzak');
    expect(text).toMatch(/pomoc społeczna \/\s+pracownik socjalny/);
    expect(text).toContain('Goście');
  });

  it('says "udział zdalny" in a remote participant’s signature cell (issue 18.8)', async () => {
    const { api, second } = await meetingWithEverything();
    expect(pdfText(await api.protocol.attendanceList({ meetingId: second.id }))).toContain('Grażyna Ślęzak Szkoła Podstawowa nr 1 edukacja udział zdalny');
  });

  it('sorts members by surname (titles kept, not sorted by) and prints the guests who came by name, then blank rows (issue 11.10)', async () => {
    const { api, ops } = await seededCore();
    await api.members.create({ fullName: 'dr hab. Anna Gęsiarz-Nowińska', institutionId: ops.id });
    await api.members.create({ fullName: 'asp. szt. Zenon Ábel', institutionId: ops.id });
    const m = await api.meetings.create({ date: '2026-03-12' });
    await api.attendance.addGuest({ meetingId: m.id, guestName: 'Wiesława Żak', guestInstitution: 'Kuratorium Oświaty' });
    await api.attendance.addGuest({ meetingId: m.id, guestName: 'Ewa Nieobecna', status: 'absent' });
    const text = pdfText(await api.protocol.attendanceList({ meetingId: m.id }));
    if (process.env.PZK_REPORT) console.log(text);
    // Ábel, Gęsiarz-Nowińska, Kowalski, Ślęzak, Żółć — Polish order, by surname.
    const order = ['Zenon Ábel', 'Gęsiarz-Nowińska', 'Jan Kowalski', 'Grażyna Ślęzak', 'Łukasz Żółć'].map((n) => text.indexOf(n));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('asp. szt. Zenon Ábel');
    expect(text).toMatch(/Goście 6\. Wiesława Żak Kuratorium Oświaty gość 7\. 8\. 9\. 10\./);
    expect(text).not.toContain('Ewa Nieobecna');
  });
});

describe('RODO check of a meeting', () => {
  it('finds a PESEL in the minutes and says where', async () => {
    const { api, second } = await meetingWithEverything();
    const item = (await api.meetings.get({ id: second.id })).agenda[3]!;
    await api.agenda.update({ id: item.id, minutes: 'Matka (PESEL 44051401458) prosi o kontakt: 512 345 678.' });
    const findings = await api.protocol.check({ meetingId: second.id });
    expect(findings).toEqual([
      { kind: 'pesel', where: 'Ad 4. Sprawy różne', masked: '44*******58' },
      { kind: 'phone', where: 'Ad 4. Sprawy różne', masked: '51*******78' },
    ]);
  });

  it('covers exactly what the PDF prints: the place, guests, the footer — and not a section switched off', async () => {
    const { api, second } = await meetingWithEverything();
    await api.meetings.update({ id: second.id, date: '2026-02-12', place: 'Urząd Miejski, pokój p. Nowaka (tel. 512 345 678)', otherBusiness: 'PESEL 44051401458 do usunięcia.' });
    await api.attendance.addGuest({ meetingId: second.id, guestName: 'Jan Gość', guestInstitution: 'dowód ABA300000' });
    await api.protocol.updateSettings({ footerText: 'Projekt współfinansowany, kontakt: biuro@fundusz.example.pl' });
    const where = async () => (await api.protocol.check({ meetingId: second.id })).map((f) => [f.kind, f.where]);
    expect(await where()).toEqual([
      ['phone', 'PROTOKÓŁ NR 2/2026'],
      ['id_card', 'I. Obecność'],
      ['pesel', 'Ad 4. Sprawy różne'],
      ['email', 'Stopka'],
    ]);
    // Sprawy różne switched off: not printed, so nothing of it is a finding.
    await api.protocol.updateSettings({ sections: { otherBusiness: false } });
    expect((await where()).map(([kind]) => kind)).toEqual(['phone', 'id_card', 'email']);
  });

  it('checks the attendance list for what it prints, apart from the protocol', async () => {
    const { api, second } = await meetingWithEverything();
    await api.meetings.update({ id: second.id, date: '2026-02-12', place: 'Świetlica, tel. 512 345 678' });
    await api.attendance.addGuest({ meetingId: second.id, guestName: 'Gość z PESEL 44051401458' });
    // The list prints the place and the guests who came (by name, issue 11.10).
    expect((await api.protocol.check({ meetingId: second.id, document: 'attendanceList' })).map((f) => [f.kind, f.where])).toEqual([['phone', 'LISTA OBECNOŚCI'], ['pesel', 'LISTA OBECNOŚCI']]);
    expect((await api.protocol.check({ meetingId: second.id })).map((f) => f.kind)).toEqual(['phone', 'pesel']);
  });
});

