// The team's rules (issue 16.3) and the register of mutual benefits (16.5): a draft from the framework with
// the World Café outputs as preamble, edited section by section, adopted by a decision of a named meeting and
// then locked; an amendment is the next version and says what it changes; PDF and DOCX.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectAppError, pdfText, seededCore, tempDir } from '../../test/helpers';
import { rulesFramework } from '../domain/teamRules.pl';

describe('the team’s rules', () => {
  it('start from the framework with the World Café outputs as preamble, are edited by section, adopted at a meeting, then locked', async () => {
    const { api, core } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const cafe = await api.meetings.create({ date: '2026-01-24', pzkType: 'world_cafe' });
    await api.meetings.setWorldCafe({ id: cafe.id, field: 'aspiration', text: 'Żadna rodzina nie zostaje sama.' });
    await api.meetings.setWorldCafe({ id: cafe.id, field: 'teamValues', text: 'Zaufanie, szacunek, odpowiedzialność.' });
    const draft = await api.rules.start();
    expect(draft).toMatchObject({ version: 1, title: 'Regulamin Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka', adoptedOn: null });
    expect(draft.preamble).toBe('Aspiracja zespołu: Żadna rodzina nie zostaje sama.\n\nWartości: Zaufanie, szacunek, odpowiedzialność.');
    expect(draft.sections.map((s) => s.title)).toEqual(rulesFramework('miejska').map((s) => s.title));
    await expectAppError(api.rules.start(), 'DUPLICATE');

    // Section by section: a text changed, a title changed, one added at the end, one removed.
    const key = (i: number) => draft.sections[i]!.key;
    await api.rules.setSection({ id: draft.id, key: key(3), text: '1. Posiedzenia odbywają się w drugi i czwarty wtorek miesiąca.' });
    const added = await api.rules.addSection({ id: draft.id, title: 'Postanowienia końcowe' });
    await api.rules.setSection({ id: draft.id, key: added.sections[9]!.key, text: 'Regulamin obowiązuje od dnia przyjęcia.' });
    const edited = await api.rules.removeSection({ id: draft.id, key: key(7) });
    expect(edited.sections).toHaveLength(9);
    expect(edited.sections[8]).toMatchObject({ title: 'Postanowienia końcowe', text: 'Regulamin obowiązuje od dnia przyjęcia.' });
    await expectAppError(api.rules.setSection({ id: draft.id, key: key(7), text: 'x' }), 'NOT_FOUND');
    const draftPdf = pdfText((await api.rules.document({ id: draft.id })).bytes);
    expect(draftPdf).toContain('REGULAMIN Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(draftPdf).toContain('wersja 1 (projekt)');
    expect(draftPdf).toContain('Preambuła Aspiracja zespołu: Żadna rodzina nie zostaje sama.');
    expect(draftPdf).toContain('§ 4. Posiedzenia Zespołu 1. Posiedzenia odbywają się w drugi i czwarty wtorek miesiąca.');
    expect(draftPdf).toContain('§ 9. Postanowienia końcowe');

    // Adopted by a decision of a named PZK meeting that took place; one still to come is refused.
    const future = await api.meetings.create({ date: '2026-04-10', pzkType: 'formalising' });
    await expectAppError(api.rules.adopt({ id: draft.id, meetingId: future.id }), 'WRONG_MEETING');
    const formal = await api.meetings.create({ date: '2026-03-12', pzkType: 'formalising' });
    const adopted = await api.rules.adopt({ id: draft.id, meetingId: formal.id });
    expect(adopted).toMatchObject({ adoptedOn: '2026-03-12', adoptedAtMeetingNumber: '1/2026', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const detail = await api.meetings.get({ id: formal.id });
    expect(detail.decisions.map((d) => d.text)).toEqual(['Przyjęto Regulamin Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka.']);
    // Locked: not edited, not removed, its decision stays; the database itself refuses too.
    await expectAppError(api.rules.setSection({ id: draft.id, key: key(0), text: 'Inaczej' }), 'RULES_ADOPTED');
    await expectAppError(api.rules.update({ id: draft.id, title: 'Inny' }), 'RULES_ADOPTED');
    await expectAppError(api.rules.remove({ id: draft.id }), 'RULES_ADOPTED');
    await expectAppError(api.decisions.remove({ id: detail.decisions[0]!.id }), 'DECISION_ADOPTS_RULES');
    await expectAppError(api.decisions.update({ id: detail.decisions[0]!.id, text: 'Inne' }), 'DECISION_ADOPTS_RULES');
    expect(() => core.database.sqlite.prepare(`UPDATE rules_version SET title = 'x' WHERE id = ?`).run(draft.id)).toThrow(/adopted/);
    // The adopted PDF is the frozen one, the same bytes every time.
    const a = await api.rules.document({ id: draft.id });
    const b = await api.rules.document({ id: draft.id });
    expect(a.sha256).toBe(adopted.sha256);
    expect(b.sha256).toBe(a.sha256);
    const text = pdfText(a.bytes);
    expect(text).not.toContain('projekt');
    expect(text).toContain('Regulamin przyjęto na posiedzeniu nr 1/2026 w dniu 12 marca 2026 r.');
    const docx = await api.rules.document({ id: draft.id, format: 'docx' });
    expect(docx.fileName).toBe('regulamin-pzk_wersja-1.docx');
    expect(Buffer.from(unzipSync(docx.bytes)['word/document.xml']!).toString()).toContain('Postanowienia końcowe');

    // An amendment: the next version, from the rules in force, which must say what it changes.
    const amendment = await api.rules.start();
    expect(amendment).toMatchObject({ version: 2, preamble: draft.preamble, changeNote: null });
    await api.rules.setSection({ id: amendment.id, key: amendment.sections[3]!.key, text: '1. Posiedzenia odbywają się raz w miesiącu.' });
    const refused = await expectAppError(api.rules.adopt({ id: amendment.id, meetingId: formal.id }), 'VALIDATION_FAILED');
    expect(refused.details).toMatchObject({ fields: { changeNote: 'required' } });
    await api.rules.update({ id: amendment.id, changeNote: 'Zmieniono częstotliwość posiedzeń (§ 4 ust. 1).' });
    const working = await api.meetings.create({ date: '2026-03-19' });
    await api.rules.adopt({ id: amendment.id, meetingId: working.id });
    const view = await api.rules.list();
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(view.inForce).toBe(amendment.id);
    expect(view.draft).toBeNull();
    expect((await api.meetings.get({ id: working.id })).decisions[0]!.text).toBe(
      'Przyjęto Regulamin Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka w wersji 2. Zmiany: Zmieniono częstotliwość posiedzeń (§ 4 ust. 1).',
    );
    const amended = pdfText((await api.rules.document({ id: amendment.id })).bytes);
    expect(amended).toContain('wersja 2');
    expect(amended).toContain('Zmiany w stosunku do poprzedniej wersji: Zmieniono częstotliwość posiedzeń');
  });

  it('are not adopted at an approved meeting, nor with no text; a PESEL typed into them is found before the bundle leaves', async () => {
    const { api, core } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const draft = await api.rules.start();
    const m = await api.meetings.create({ date: '2026-03-01' });
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    await api.meetings.setStatus({ id: m.id, status: 'approved' });
    await expectAppError(api.rules.adopt({ id: draft.id, meetingId: m.id }), 'MEETING_LOCKED');
    for (const section of draft.sections) await api.rules.removeSection({ id: draft.id, key: section.key });
    const m2 = await api.meetings.create({ date: '2026-03-10' });
    const empty = await expectAppError(api.rules.adopt({ id: draft.id, meetingId: m2.id }), 'VALIDATION_FAILED');
    expect(empty.details).toMatchObject({ fields: { sections: 'required' } });
    const cel = await api.rules.addSection({ id: draft.id, title: 'Cel' });
    await api.rules.setSection({ id: draft.id, key: cel.sections[0]!.key, text: 'Kontakt: 44051401359' });
    const check = await api.sync.check({ full: true });
    expect(check.findings).toEqual([expect.objectContaining({ kind: 'pesel', where: 'Regulamin zespołu, wersja 1 (paragrafy)' })]);
    // The sections' own keys are no text anyone typed: digits in them are never findings (a key of phone-like digits).
    core.database.sqlite.prepare(`UPDATE rules_version SET sections = ? WHERE id = ?`).run(JSON.stringify([{ key: '78120451-0000-4000-8000-000000602151', title: 'Cel', text: 'Bez danych.' }]), draft.id);
    expect((await api.sync.check({ full: true })).findings).toEqual([]);
  });
});

describe('the register of mutual benefits', () => {
  it('keeps per partner what it brings and gains, agreed at a meeting, and prints the partners in force', async () => {
    const { api, ops, school } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const m = await api.meetings.create({ date: '2026-01-15', pzkType: 'initiating' });
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    await api.benefits.save({ institutionId: ops.id, contributes: 'Pracownicy socjalni, asystent rodziny, sala na posiedzenia.', gains: 'Szybsza wymiana informacji o rodzinach.', agreedAtMeetingId: m.id });
    const again = await api.benefits.save({ institutionId: ops.id, contributes: 'Pracownicy socjalni, asystent rodziny, sala na posiedzenia.', gains: 'Szybsza wymiana informacji.', agreedAtMeetingId: m.id, reviewedOn: '2026-03-19' });
    expect(await api.benefits.list()).toEqual([again]);
    await api.benefits.save({ institutionId: school.id, contributes: 'Pedagog szkolny.', gains: 'Wsparcie uczniów w trudnej sytuacji.' });
    await expectAppError(api.benefits.save({ institutionId: 'nope', contributes: '', gains: '' }), 'NOT_FOUND');
    const future = await expectAppError(api.benefits.save({ institutionId: school.id, contributes: '', gains: '', reviewedOn: '2026-05-01' }), 'VALIDATION_FAILED');
    expect(future.details).toMatchObject({ fields: { reviewedOn: 'in_future' } });
    // The school left: it is no partner any more, and the register prints the partners in force.
    const d = await api.declarations.create({ kind: 'accession', institutionId: school.id, signedOn: '2026-01-20' });
    await api.declarations.update({ id: d.id, signedOn: '2026-01-20', withdrawnOn: '2026-03-01' });
    const text = pdfText((await api.benefits.document({})).bytes);
    expect(text).toContain('REJESTR WZAJEMNYCH KORZYŚCI Partnerskiego Zespołu Kooperacyjnego w Gminie Miasto Zielonka');
    expect(text).toContain('Ośrodek Pomocy Społecznej');
    expect(text).toContain('Szybsza wymiana informacji.');
    expect(text).toContain('uzgodniono na posiedzeniu nr 1/2026');
    expect(text).toContain('przegląd: 19.03.2026');
    expect(text).not.toContain('Pedagog szkolny');
    const docx = await api.benefits.document({ format: 'docx' });
    expect(Buffer.from(unzipSync(docx.bytes)['word/document.xml']!).toString()).toContain('Szybsza wymiana informacji.');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
it.skipIf(soffice.status !== 0)('the rules and the register as DOCX are read back by LibreOffice with their texts (runs where soffice is installed)', async () => {
  const { api, ops } = await seededCore({ now: '2026-03-20T10:00:00Z' });
  const draft = await api.rules.start();
  await api.benefits.save({ institutionId: ops.id, contributes: 'Sala na posiedzenia.', gains: 'Wymiana informacji.' });
  const dir = tempDir();
  const files = [await api.rules.document({ id: draft.id, format: 'docx' }), await api.benefits.document({ format: 'docx' })];
  const paths = files.map((f) => join(dir, f.fileName));
  files.forEach((f, i) => writeFileSync(paths[i]!, f.bytes));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { timeout: 120_000, stdio: 'ignore' });
  const [rules, register] = paths.map((p) => pdfText(readFileSync(p.replace(/\.docx$/, '.pdf'))));
  expect(rules).toContain('§ 9. Zmiana regulaminu');
  expect(rules).toContain('wersja 1 (projekt)');
  expect(register).toContain('Sala na posiedzenia.');
}, 180_000);
