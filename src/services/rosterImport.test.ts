// Issue 13.2: the roster from what Polish Excel saves — XLSX written by ExcelJS (with a formula and
// merged cells), CSV with semicolons in UTF-8 with a BOM and in Windows-1250 — checked row by row,
// duplicates flagged, nothing written before the confirmation, then one transaction; and bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore, tempDir } from '../../test/helpers';
import { decodeText, readTable } from './spreadsheet';

const HEADER = ['Imię', 'Nazwisko', 'Instytucja', 'Sektor', 'Funkcja', 'E-mail', 'Telefon'];
const ROWS = [
  ['Zofia', 'Wróbel', 'Poradnia Psychologiczno-Pedagogiczna', 'edukacja', 'psycholog', 'z.wrobel@ppp.example.pl', '22 111 22 33'],
  ['Łukasz', 'Żółć', 'Ośrodek Pomocy Społecznej', 'pomoc społeczna', '', '', ''], // on the roster already
  ['Piotr', 'Nowak', 'Komisariat Policji', 'policja', 'dzielnicowy', 'nie-email', ''], // a bad e-mail
  ['zofia', 'WRÓBEL', '', '', '', '', ''], // the same person again in the file
  ['Ewa', 'Mazur', 'Ośrodek Pomocy Społecznej', 'zupełnie inny', '', '', ''], // an unknown sector
  ['Anna', 'Kaczmarek', 'Stowarzyszenie „Razem”', 'organizacje pozarządowe', 'prezes', '', '+48 600 700 800'],
];

async function xlsx(rows: string[][], decorate?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lista');
  for (const r of rows) sheet.addRow(r);
  decorate?.(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const csv = (rows: string[][]) => Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });

/** Windows-1250 bytes of a text (Node has no encoder for it): Polish letters by their code points. */
function cp1250(text: string): Uint8Array {
  const map: Record<string, number> = { ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, Ą: 0xa5, Ć: 0xc6, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf, '„': 0x84, '”': 0x94, '—': 0x97 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f)));
}

describe('roster import', () => {
  it('previews an XLSX without writing, flags errors and duplicates, then imports the ready rows in one go', async () => {
    const t = await seededCore();
    const before = await t.api.members.list();
    const bytes = await xlsx([HEADER, ...ROWS]);
    const preview = await t.api.roster.importPreview({ bytes });
    expect(preview.headerLine).toBe(1);
    expect(preview.mapping).toMatchObject({ firstName: 0, lastName: 1, fullName: null, institution: 2, sector: 3, position: 4, email: 5, phone: 6 });
    expect(preview.rows.map((r) => [r.line, r.fullName, r.status])).toEqual([
      [2, 'Zofia Wróbel', 'ready'],
      [3, 'Łukasz Żółć', 'duplicate'],
      [4, 'Piotr Nowak', 'error'],
      [5, 'zofia WRÓBEL', 'duplicate'],
      [6, 'Ewa Mazur', 'error'],
      [7, 'Anna Kaczmarek', 'ready'],
    ]);
    expect(preview.rows[1]!.duplicate).toMatchObject({ of: 'roster', name: 'Łukasz Żółć' });
    expect(preview.rows[3]!.duplicate).toEqual({ of: 'file', line: 2 });
    expect(preview.rows[2]!.errors).toEqual([{ field: 'email', key: 'invalid_email' }]);
    expect(preview.rows[4]!.errors).toEqual([{ field: 'sector', key: 'invalid_choice' }]);
    expect(preview.counts).toEqual({ ready: 2, duplicate: 2, error: 2 });
    expect(preview.newInstitutions).toEqual(['Poradnia Psychologiczno-Pedagogiczna', 'Stowarzyszenie „Razem”']);
    expect(await t.api.members.list()).toEqual(before); // a preview writes nothing

    // A changed count (the roster moved on since the preview) writes nothing either.
    await expectAppError(t.api.roster.import({ bytes, expectReady: 3 }), 'IMPORT_CHANGED');
    expect(await t.api.members.list()).toEqual(before);

    const result = await t.api.roster.import({ bytes, expectReady: 2 });
    expect(result).toEqual({ members: 2, institutions: 2, skipped: 4 });
    const after = await t.api.members.list();
    expect(after.map((m) => m.fullName)).toEqual(expect.arrayContaining(['Zofia Wróbel', 'Anna Kaczmarek']));
    expect(after).toHaveLength(before.length + 2);
    const institutions = await t.api.institutions.list();
    expect(institutions.find((i) => i.name === 'Poradnia Psychologiczno-Pedagogiczna')).toMatchObject({ sector: 'education' });
    const zofia = after.find((m) => m.fullName === 'Zofia Wróbel')!;
    expect(zofia).toMatchObject({ position: 'psycholog', email: 'z.wrobel@ppp.example.pl', phone: '22 111 22 33', institutionId: institutions.find((i) => i.name.startsWith('Poradnia'))!.id });
    // The same file again: everyone ready before is now a duplicate.
    expect((await t.api.roster.importPreview({ bytes })).counts).toEqual({ ready: 0, duplicate: 4, error: 2 });
  });

  it('reads what Polish Excel saves as CSV: semicolons, UTF-8 with a BOM, Windows-1250; a title row above the header', async () => {
    const rows = [['Skład PZK — stan na 1 grudnia'], ['Imię i nazwisko', 'Instytucja', 'Tel.'], ['Grzegorz Brzęczyszczykiewicz', 'Szkoła „Źródło”', '601 602 603']];
    const text = csv(rows);
    for (const bytes of [Buffer.from(`\ufeff${text}`, 'utf8'), cp1250(text), Buffer.from(text, 'utf8')]) {
      expect(decodeText(bytes)).toBe(text);
      const t = await seededCore();
      const preview = await t.api.roster.importPreview({ bytes });
      expect(preview.headerLine).toBe(2);
      expect(preview.mapping).toMatchObject({ fullName: 0, institution: 1, phone: 2 });
      expect(preview.rows).toMatchObject([{ line: 3, fullName: 'Grzegorz Brzęczyszczykiewicz', institution: 'Szkoła „Źródło”', phone: '601 602 603', status: 'ready' }]);
    }
  });

  it('an XLSX with a formula and merged cells reads what Excel shows; a chosen mapping overrides the guess', async () => {
    const bytes = await xlsx(
      [
        ['Lista członków', '', ''],
        ['Osoba', 'Organizacja', 'Mail'],
        ['Jan Mały', 'Ośrodek Pomocy Społecznej', ''],
        ['Maria Duża', '', ''],
      ],
      (sheet) => {
        sheet.mergeCells('A1:C1');
        sheet.mergeCells('B3:B4'); // one institution for two people, as rosters are often laid out
        sheet.getCell('C3').value = { formula: 'LOWER("JAN@OPS.EXAMPLE.PL")', result: 'jan@ops.example.pl' };
      },
    );
    expect((await readTable(bytes))[0]).toEqual(['Lista członków', 'Lista członków', 'Lista członków']);
    const t = await seededCore();
    const preview = await t.api.roster.importPreview({ bytes });
    expect(preview.rows).toMatchObject([
      { fullName: 'Jan Mały', institution: 'Ośrodek Pomocy Społecznej', email: 'jan@ops.example.pl', status: 'ready' },
      { fullName: 'Maria Duża', institution: 'Ośrodek Pomocy Społecznej', status: 'ready' },
    ]);
    const chosen = await t.api.roster.importPreview({ bytes, mapping: { ...preview.mapping, institution: null, position: 1 } });
    expect(chosen.rows[0]).toMatchObject({ institution: null, position: 'Ośrodek Pomocy Społecznej' });
  });

  it('bad input: not a table, too many rows, too large, no name — a clear refusal and nothing written', async () => {
    const t = await seededCore();
    const before = await t.api.members.list();
    await expectAppError(t.api.roster.importPreview({ bytes: Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(100)]) }), 'UNREADABLE_FILE');
    await expectAppError(t.api.roster.importPreview({ bytes: Buffer.from('%PDF-1.7\n...') }), 'UNREADABLE_FILE');
    await expectAppError(t.api.roster.importPreview({ bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }), 'UNREADABLE_FILE');
    const many = csv([['Imię i nazwisko'], ...Array.from({ length: 10_000 }, (_, i) => [`Osoba ${i}`])]);
    await expectAppError(t.api.roster.importPreview({ bytes: Buffer.from(many) }), 'IMPORT_TOO_MANY_ROWS');
    await expectAppError(t.api.roster.importPreview({ bytes: new Uint8Array(6 * 1024 * 1024) }), 'VALIDATION_FAILED');
    const unnamed = await t.api.roster.importPreview({ bytes: Buffer.from(csv([['Imię', 'Nazwisko', 'E-mail'], ['', '', 'ktos@example.pl']])) });
    expect(unnamed.rows[0]).toMatchObject({ status: 'error', errors: [{ field: 'lastName', key: 'required' }] });
    expect(await t.api.members.list()).toEqual(before);
  });

  it('the template and the export read back through the import', async () => {
    const t = await seededCore();
    const template = await t.api.roster.template();
    expect(template.fileName).toBe('wzor_skladu_zespolu.xlsx');
    const fromTemplate = await t.api.roster.importPreview({ bytes: template.bytes });
    expect(fromTemplate.mapping).toMatchObject({ firstName: 0, lastName: 1, institution: 2, sector: 3, position: 4, email: 5, phone: 6 });
    expect(fromTemplate.rows).toMatchObject([{ fullName: 'Jan Kowalski', sector: 'social_assistance', status: 'duplicate' }]); // the seeded roster has a Jan Kowalski
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await t.api.roster.export({ format });
      expect(file.fileName).toMatch(new RegExp(`^sklad_zespolu_\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const back = await t.api.roster.importPreview({ bytes: file.bytes });
      expect(back.rows.map((r) => [r.fullName, r.institution, r.status])).toEqual([
        ['Grażyna Ślęzak', 'Szkoła Podstawowa nr 1', 'duplicate'],
        ['Jan Kowalski', 'Ośrodek Pomocy Społecznej', 'duplicate'],
        ['Łukasz Żółć', 'Ośrodek Pomocy Społecznej', 'duplicate'],
      ]);
    }
    // CSV for Polish Excel: a BOM, semicolons, and a name that starts like a formula stays text.
    await t.api.members.create({ fullName: '=HYPERLINK("http://x")' });
    const csvText = Buffer.from((await t.api.roster.export({ format: 'csv' })).bytes).toString('utf8');
    expect(csvText.startsWith('\ufeff"Imię i nazwisko";"Instytucja"')).toBe(true);
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  // DECISIONS 11: read back by another implementation than the writer.
  it.skipIf(spawnSync('soffice', ['--version']).status !== 0 || !existsSync('/usr/lib/libreoffice/program/libsclo.so'))('LibreOffice Calc reads the exported XLSX (runs where it is installed)', async () => {
    const t = await seededCore();
    const file = await t.api.roster.export({ format: 'xlsx' });
    const dir = tempDir();
    const path = join(dir, file.fileName);
    writeFileSync(path, file.bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76', '--outdir', dir, path], { timeout: 120_000, stdio: 'ignore' });
    const csvText = readFileSync(path.replace(/\.xlsx$/, '.csv'), 'utf8');
    expect(csvText.split('\n')[0]).toBe('Imię i nazwisko;Instytucja;Sektor;Funkcja;E-mail;Telefon');
    expect(csvText).toContain('Łukasz Żółć;Ośrodek Pomocy Społecznej;pomoc społeczna');
  }, 180_000);
});
