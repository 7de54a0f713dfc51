// Issue 13.1: the protocol as DOCX, read back: the same texts in the same order as the PDF, Word's own
// structures (headings, numbered lists, a table whose header row repeats, page fields, Polish), and —
// where LibreOffice is installed (.ci/run installs it) — opened and converted by LibreOffice headless.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../domain/types';
import { seededCore, tempDir } from '../../test/helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function parts(file: DocumentFile) {
  const zip = unzipSync(file.bytes);
  const xml = (name: string) => {
    const bytes = zip[name];
    if (!bytes) throw new Error(`${name} is missing from the package`);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(Buffer.from(bytes).toString('utf8'), 'application/xml');
    expect(errors, `${name} is well-formed XML`).toEqual([]);
    return doc;
  };
  return { zip, xml };
}

const textOf = (p: Element) =>
  Array.from(p.getElementsByTagNameNS(W, 't'))
    .map((t) => t.textContent ?? '')
    .join('');

/** Each paragraph's text, in document order (table cells included). */
const paragraphs = (doc: Document): string[] => Array.from(doc.getElementsByTagNameNS(W, 'p')).map(textOf);

const pdfText = (file: DocumentFile) => {
  const path = join(tempDir(), file.fileName);
  writeFileSync(path, file.bytes);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

/** Where each text stands in `haystack`; -1 when missing. */
const positions = (haystack: string, needles: string[]) => needles.map((n) => haystack.indexOf(n));
const increasing = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > xs[i - 1]!));

function headerPng(): string {
  const png = new PNG({ width: 400, height: 40 });
  png.data.fill(200);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

async function meeting() {
  const t = await seededCore({ now: '2026-03-01T10:00:00Z' });
  const { api, lukasz, grazyna } = t;
  const m = await api.meetings.create({ date: '2026-02-12', startTime: '10:00', endTime: '11:30', place: 'Urząd Miejski, sala 12', agenda: ['Otwarcie posiedzenia', 'Sprawy merytoryczne — „Rodzina R-07”', 'Sprawy różne'] });
  const detail = await api.meetings.get({ id: m.id });
  await api.agenda.update({ id: detail.agenda[0]!.id, minutes: 'Posiedzenie otworzył Łukasz Żółć.' });
  await api.agenda.update({ id: detail.agenda[1]!.id, minutes: 'Zespół omówił sytuację rodziny.\n\n- szkoła zgłasza nieobecności\n- OPS przygotuje plan pomocy' });
  await api.attendance.set({ meetingId: m.id, memberId: lukasz.id, status: 'present' });
  await api.attendance.set({ meetingId: m.id, memberId: grazyna.id, status: 'remote' });
  await api.attendance.addGuest({ meetingId: m.id, guestName: 'dr Maria Wójcik', guestInstitution: 'Poradnia P-P' });
  await api.decisions.add({ meetingId: m.id, agendaItemId: detail.agenda[1]!.id, text: 'Powołać ZZK dla rodziny R-07.' });
  await api.actionItems.create({ meetingId: m.id, text: 'Zwołać pierwsze posiedzenie ZZK', ownerMemberId: lukasz.id, dueOn: '2026-02-20' });
  await api.protocol.updateSettings({ footerText: 'PZK Zielonka — stopka', headerImage: headerPng() });
  return { ...t, m };
}

const ORDER = [
  'PROTOKÓŁ NR 1/2026',
  'Obecność',
  'Łukasz Żółć',
  'dr Maria Wójcik (Poradnia P-P)',
  'Porządek obrad',
  'Ad 1. Otwarcie posiedzenia',
  'Posiedzenie otworzył Łukasz Żółć.',
  'Ad 2. Sprawy merytoryczne — „Rodzina R-07”',
  'szkoła zgłasza nieobecności',
  'Powołać ZZK dla rodziny R-07.',
  'Zwołać pierwsze posiedzenie ZZK',
  'Protokolant',
];

describe('protocol DOCX', () => {
  it('carries the PDF’s texts in the PDF’s order, as a working copy', async () => {
    const { api, m } = await meeting();
    const pdf = await api.protocol.get({ meetingId: m.id });
    const docx = await api.protocol.docx({ meetingId: m.id });
    expect(docx).toMatchObject({ fileName: 'protokol_1-2026_kopia-robocza.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', approved: false, version: null });
    const text = paragraphs(parts(docx).xml('word/document.xml')).join(' ').replace(/\s+/g, ' ');
    const inPdf = pdfText(pdf);
    expect(positions(inPdf, ORDER), `the PDF holds ${ORDER.join(' → ')}`).toSatisfy(increasing);
    expect(positions(text, ORDER), `the DOCX holds ${ORDER.join(' → ')}`).toSatisfy(increasing);
    // Every paragraph of the DOCX prints in the PDF too (nothing added, no markup leaking).
    for (const p of paragraphs(parts(docx).xml('word/document.xml')).filter((x) => x.trim().length > 3)) expect(inPdf).toContain(p.replace(/\s+/g, ' ').trim().slice(0, 40));
  });

  it('is a Word package with headings, restarting numbered lists, a repeating table header, page fields, the header image and Polish', async () => {
    const { api, m } = await meeting();
    const { zip, xml } = parts(await api.protocol.docx({ meetingId: m.id }));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    const doc = xml('word/document.xml');
    const styleOf = (p: Element) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;
    const ps = Array.from(doc.getElementsByTagNameNS(W, 'p'));
    const headingTexts = (style: string) => ps.filter((p) => styleOf(p) === style).map(textOf);
    expect(headingTexts('Title')).toEqual(['PROTOKÓŁ NR 1/2026']);
    expect(headingTexts('Heading1').length).toBeGreaterThanOrEqual(4);
    expect(headingTexts('Heading2')).toEqual(expect.arrayContaining(['Ad 1. Otwarcie posiedzenia']));
    // Two numbered lists (agenda, decisions) numbered each from 1: separate instances.
    const numIds = new Set(ps.flatMap((p) => Array.from(p.getElementsByTagNameNS(W, 'numId')).map((n) => n.getAttributeNS(W, 'val'))));
    expect(numIds.size).toBeGreaterThanOrEqual(3);
    expect(doc.getElementsByTagNameNS(W, 'tblHeader').length).toBeGreaterThanOrEqual(1);
    const styles = Buffer.from(zip['word/styles.xml']!).toString();
    expect(styles).toContain('w:val="pl-PL"');
    const footer = Object.keys(zip).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
    const footerXml = Buffer.from(zip[footer]!).toString();
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
    expect(paragraphs(xml(footer)).join('')).toMatch(/^PZK Zielonka — stopka\s*Strona\s*z\s*$/);
    expect(Object.keys(zip).some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
    const header = Object.keys(zip).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(paragraphs(xml(header)).join('')).toBe('PROJEKT');
  });

  it('an approved protocol has no draft mark and carries its corrections', async () => {
    const { api, m } = await meeting();
    await api.meetings.setStatus({ id: m.id, status: 'held' });
    await api.meetings.setStatus({ id: m.id, status: 'approved', adoptedAtMeetingId: null });
    await api.protocol.correct({ meetingId: m.id, reason: 'Błąd w nazwisku', correctedBy: 'Łukasz Żółć', text: 'Poprawiono pisownię nazwiska gościa.' });
    const { zip, xml } = parts(await api.protocol.docx({ meetingId: m.id }));
    const text = paragraphs(xml('word/document.xml')).join(' ');
    expect(text).toContain('Poprawiono pisownię nazwiska gościa.');
    const header = Object.keys(zip).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(paragraphs(xml(header)).join('')).not.toContain('PROJEKT');
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it.skipIf(soffice.status !== 0)('LibreOffice opens it and converts it to a PDF with the same texts (runs where soffice is installed)', async () => {
    const { api, m } = await meeting();
    const file = await api.protocol.docx({ meetingId: m.id });
    const dir = tempDir();
    const path = join(dir, file.fileName);
    writeFileSync(path, file.bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000, stdio: 'ignore' });
    const converted = readFileSync(path.replace(/\.docx$/, '.pdf'));
    const text = pdfText({ ...file, fileName: 'converted.pdf', bytes: converted });
    expect(positions(text, ORDER), `LibreOffice's PDF holds ${ORDER.join(' → ')}`).toSatisfy(increasing);
    expect(text).toMatch(/Strona 1 z \d/);
  }, 180_000);
});
