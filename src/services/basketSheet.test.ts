// The basket in a spreadsheet (issue 16.4): the export reads back as the same offers; an edited file
// changes the offers it names, adds the new ones and leaves out the bad rows, each with its reason —
// an unknown institution, one that left the team, a word not on a list, a date to come, the same
// service twice — and nothing is written before the confirmation; a file without the basket's columns
// is refused with their names.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore } from '../../test/helpers';
import { readList } from '../domain/basket';
import { TARGET_GROUP_WORD } from '../domain/basket.pl';
import { readTable } from './spreadsheet';

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Oferty');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the basket in a spreadsheet', () => {
  it('exports every offer in columns the import reads back unchanged', async () => {
    const { api, ops } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    await api.basket.save({
      institutionId: ops.id,
      service: 'Mieszkanie chronione treningowe',
      description: 'Pobyt w mieszkaniu chronionym z pracą socjalną.',
      targetGroups: ['homeless', 'other'],
      otherTarget: 'osoby opuszczające pieczę zastępczą',
      problemAreas: ['housing', 'homelessness'],
      referralWays: ['referral', 'in_person'],
      cost: 'partly',
      contactPhone: '22 761 00 11',
      verifiedOn: '2026-01-10',
    });
    const file = await api.basket.export({ format: 'xlsx' });
    expect(file.fileName).toBe('koszyk-uslug_2026-03-20.xlsx');
    const table = await readTable(file.bytes);
    expect(table[0]).toEqual(['Instytucja', 'Usługa', 'Opis', 'Dla kogo', 'Dla kogo – inne', 'Obszary problemowe', 'Warunki dostępu', 'Jak skierować', 'Gdzie i kiedy', 'Odpłatność', 'Liczba miejsc / czas oczekiwania', 'Telefon instytucji', 'E-mail instytucji', 'Sprawdzono']);
    expect(table[1]).toEqual(['Ośrodek Pomocy Społecznej', 'Mieszkanie chronione treningowe', 'Pobyt w mieszkaniu chronionym z pracą socjalną.', 'osoby w kryzysie bezdomności, inne', 'osoby opuszczające pieczę zastępczą', 'mieszkanie, bezdomność', '', 'skierowanie, zgłoszenie osobiste', '', 'częściowo odpłatnie', '', '22 761 00 11', '', '2026-01-10']);
    const back = await api.basket.importPreview({ bytes: file.bytes });
    expect(back.counts).toEqual({ new: 0, update: 0, same: 1, duplicate: 0, error: 0 });
    // The CSV says the same, in semicolons.
    const csv = await api.basket.export({ format: 'csv' });
    expect((await api.basket.importPreview({ bytes: csv.bytes })).counts.same).toBe(1);
  });

  it('previews without writing, then adds and changes in one go; bad rows are left out with their reasons', async () => {
    const { api, ops, school } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    await api.basket.save({ institutionId: ops.id, service: 'Poradnictwo rodzinne', contactEmail: 'ops@example.pl', targetGroups: ['families'] });
    const police = await api.institutions.create({ name: 'Komisariat Policji', sector: 'police', level: 'gmina' });
    const d = await api.declarations.create({ kind: 'accession', institutionId: police.id, signedOn: '2026-01-05' });
    await api.declarations.update({ id: d.id, signedOn: '2026-01-05', withdrawnOn: '2026-03-01' });

    // A file as an animator types it: its own column order, no Polish letters in a list, a Polish date.
    const bytes = await xlsx([
      ['Lokalny Koszyk Usług — Zielonka'],
      ['Usługa', 'Instytucja', 'Dla kogo', 'Obszary problemowe', 'Sprawdzono', 'Odpłatność'],
      ['Poradnictwo rodzinne', 'ośrodek pomocy społecznej', 'rodziny z dziecmi, osoby starsze', 'ubóstwo', '10.03.2026', 'bezpłatnie'], // changes the OPS's offer
      ['Zajęcia wyrównawcze', 'Szkoła Podstawowa nr 1', 'dzieci i młodzież', 'edukacja', '2026-02-01', ''], // new
      ['Zajęcia wyrównawcze', 'SZKOŁA PODSTAWOWA NR 1', 'dzieci i młodzież', '', '', ''], // the same again
      ['Terapia', 'Poradnia Nieznana', '', '', '', ''], // an unknown institution
      ['Patrol', 'Komisariat Policji', '', '', '', ''], // an institution that left
      ['Świetlica', 'Szkoła Podstawowa nr 1', 'marsjanie', '', '', ''], // a word not on the list
      ['Dyżur', 'Szkoła Podstawowa nr 1', '', '', '2027-01-01', ''], // verified on a day to come
      ['', 'Szkoła Podstawowa nr 1', '', '', '', ''], // no service
    ]);
    const preview = await api.basket.importPreview({ bytes });
    expect(preview.headerLine).toBe(2);
    expect(preview.columns).toEqual(['institution', 'service', 'targetGroups', 'problemAreas', 'cost', 'verifiedOn']);
    expect(preview.counts).toEqual({ new: 1, update: 1, same: 0, duplicate: 1, error: 5 });
    expect(preview.rows.map((r) => [r.line, r.status, r.errors.map((e) => `${e.field}:${e.key}`).join(' '), r.repeats])).toEqual([
      [3, 'update', '', null],
      [4, 'new', '', null],
      [5, 'duplicate', '', 4],
      [6, 'error', 'institution:not_found', null],
      [7, 'error', 'institution:institution_left', null],
      [8, 'error', 'targetGroups:invalid_choice', null],
      [9, 'error', 'verifiedOn:in_future', null],
      [10, 'error', 'service:required', null],
    ]);
    expect(await api.basket.list()).toHaveLength(1); // nothing written yet

    // The confirmation counts what the preview saw; a stale count writes nothing.
    await expectAppError(api.basket.import({ bytes, expectChanges: 3 }), 'IMPORT_CHANGED');
    expect(await api.basket.import({ bytes, expectChanges: 2 })).toEqual({ added: 1, updated: 1, skipped: 6 });
    const offers = await api.basket.list();
    expect(offers.map((o) => [o.institutionName, o.service, o.targetGroups, o.problemAreas, o.verifiedOn])).toEqual([
      ['Ośrodek Pomocy Społecznej', 'Poradnictwo rodzinne', ['families', 'seniors'], ['poverty'], '2026-03-10'],
      ['Szkoła Podstawowa nr 1', 'Zajęcia wyrównawcze', ['children'], ['education'], '2026-02-01'],
    ]);
    // A column the file lacks left the offer's field as it was.
    expect(offers[0]!.contactEmail).toBe('ops@example.pl');
    expect(school.id).toBe(offers[1]!.institutionId);
    // Imported again: nothing to change.
    expect((await api.basket.importPreview({ bytes })).counts).toMatchObject({ new: 0, update: 0, same: 2 });
  });

  it('refuses a file without the basket columns, naming them, and a file that is no table', async () => {
    const { api } = await seededCore({ now: '2026-03-20T10:00:00Z' });
    const noService = await expectAppError(api.basket.importPreview({ bytes: await xlsx([['Instytucja', 'Opis'], ['Ośrodek Pomocy Społecznej', 'x']]) }), 'IMPORT_MISSING_COLUMNS');
    expect(noService.details).toMatchObject({ columns: 'Usługa' });
    const none = await expectAppError(api.basket.importPreview({ bytes: Buffer.from(Papa.unparse([['a', 'b'], ['1', '2']]), 'utf8') }), 'IMPORT_MISSING_COLUMNS');
    expect(none.details).toMatchObject({ columns: 'Instytucja, Usługa' });
    await expectAppError(api.basket.importPreview({ bytes: Buffer.from('%PDF-1.7 …') }), 'UNREADABLE_FILE');
  });

  it('reads a list cell by its words, without Polish letters or by its codes', () => {
    expect(readList('Rodziny z dziecmi; osoby starsze, children, nikt', TARGET_GROUP_WORD)).toEqual({ values: ['families', 'seniors', 'children'], unknown: ['nikt'] });
  });
});
