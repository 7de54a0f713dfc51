// The basket of services in a spreadsheet (issue 16.4): exported in the columns its import reads back,
// and imported as the roster is — the file read and every row checked with the offer form's rules, shown
// before anything is written, then read and checked again and written in one transaction. A row names its
// institution by name (an unknown one, or one that left the team, is an error); a row whose institution
// already offers a service of that name changes that offer, and a column the file lacks leaves its field be.
import { z } from 'zod';
import type { ParsedInput } from '../api/contract';
import { offerInput } from '../api/contractPartnership';
import { AppError } from '../api/errors';
import { BASKET_FIELDS, BASKET_REQUIRED_FIELDS, offerKey, readList, type BasketField } from '../domain/basket';
import { BASKET_COLUMN, BASKET_SHEET, COST_WORD, PROBLEM_AREA_WORD, REFERRAL_WORD, TARGET_GROUP_WORD } from '../domain/basket.pl';
import { foldChars } from '../domain/search';
import { ENTITY_FIELDS, type OfferRecord } from '../domain/entities';
import { XLSX_MEDIA_TYPE, type BasketImportPreview, type BasketImportResult, type BasketImportRow, type DocumentFile } from '../domain/types';
import { leftInstitutions, listOffers } from './basket';
import { localDate, type Db, type ServiceContext } from './context';
import { documentFile } from './files';
import { readTable, writeCsv, writeXlsx } from './spreadsheet';
import { write } from './write';

/** A basket is tens of offers, a region's a few thousand; a longer file is something else. */
export const MAX_BASKET_ROWS = 5000;

const rowSchema = offerInput.omit({ id: true, institutionId: true });
type OfferValues = z.output<typeof rowSchema>;
type ErrorKey = BasketImportRow['errors'][number]['key'];

const fold = (s: string) => foldChars(s.trim()).toLowerCase();

/** Each basket field's column in the header row (by any of its titles, case- and diacritics-blind). */
function columnsOf(header: string[]): Partial<Record<BasketField, number>> {
  const out: Partial<Record<BasketField, number>> = {};
  const titles = header.map(fold);
  for (const field of BASKET_FIELDS) {
    const i = titles.findIndex((t) => BASKET_COLUMN[field].some((c) => fold(c) === t));
    if (i >= 0) out[field] = i;
  }
  return out;
}

/** "12.03.2026" as Polish offices write a date, or the ISO date a spreadsheet's date cell reads as. */
function isoDate(cell: string): string {
  const pl = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*r\.?)?$/.exec(cell);
  return pl ? `${pl[3]}-${pl[2]!.padStart(2, '0')}-${pl[1]!.padStart(2, '0')}` : cell;
}

const LIST_WORDS: Record<'targetGroups' | 'problemAreas' | 'referralWays', Record<string, string>> = { targetGroups: TARGET_GROUP_WORD, problemAreas: PROBLEM_AREA_WORD, referralWays: REFERRAL_WORD };

/** The stored offer's values in the shape a row is checked into, to tell a changed row from the same one. */
function storedValues(o: OfferRecord): Record<string, unknown> {
  const { id: _id, institutionId: _i, ...rest } = o;
  return { ...rest, targetGroups: JSON.parse(o.targetGroups), problemAreas: JSON.parse(o.problemAreas), referralWays: JSON.parse(o.referralWays) };
}

interface Checked {
  preview: BasketImportPreview;
  /** The values to write for each row that adds or changes an offer. */
  writes: Array<{ offerId: string | null; institutionId: string; values: OfferValues }>;
}

async function check(db: Db, bytes: Uint8Array, today: string): Promise<Checked> {
  const table = await readTable(bytes);
  const h = table.slice(0, 10).findIndex((r) => BASKET_REQUIRED_FIELDS.every((f) => columnsOf(r)[f] !== undefined));
  if (h < 0) {
    const found = columnsOf(table.slice(0, 10).sort((a, b) => Object.keys(columnsOf(b)).length - Object.keys(columnsOf(a)).length)[0] ?? []);
    const missing = BASKET_REQUIRED_FIELDS.filter((f) => found[f] === undefined);
    throw new AppError('IMPORT_MISSING_COLUMNS', `the file has no column ${missing.map((f) => `"${BASKET_COLUMN[f][0]}"`).join(', ')}`, { columns: missing.map((f) => BASKET_COLUMN[f][0]).join(', ') });
  }
  const columns = columnsOf(table[h]!);
  const body = table.slice(h + 1).map((cells, i) => ({ cells, line: h + 2 + i })).filter((r) => r.cells.some((c) => c !== ''));
  if (body.length > MAX_BASKET_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS', `the file has ${body.length} rows; a basket import takes at most ${MAX_BASKET_ROWS}`, { rows: body.length, max: MAX_BASKET_ROWS });

  const [institutions, offers, left] = await Promise.all([
    db.selectFrom('institution').select(['id', 'name']).execute(),
    db.selectFrom('offer').select(ENTITY_FIELDS.offer).execute(),
    leftInstitutions(db, today),
  ]);
  const institutionByName = new Map(institutions.map((i) => [fold(i.name), i]));
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const offerByKey = new Map(offers.map((o) => [offerKey(names.get(o.institutionId) ?? '', o.service), o]));
  const seen = new Map<string, number>();
  const writes: Checked['writes'] = [];

  const rows = body.map(({ cells, line }): BasketImportRow => {
    const cell = (f: BasketField) => (columns[f] === undefined ? undefined : (cells[columns[f]] ?? ''));
    const errors: BasketImportRow['errors'] = [];
    const institutionName = cell('institution')!;
    const institution = institutionByName.get(fold(institutionName));
    if (!institutionName) errors.push({ field: 'institution', key: 'required' });
    else if (!institution) errors.push({ field: 'institution', key: 'not_found' });
    const key = offerKey(institution?.name ?? institutionName, cell('service')!);
    const existing = offerByKey.get(key) ?? null;
    if (institution && left.has(institution.id) && !existing) errors.push({ field: 'institution', key: 'institution_left' });

    // What the file says, over what the offer says today (a column the file lacks changes nothing).
    const typed: Record<string, unknown> = existing ? storedValues(existing) : {};
    for (const field of BASKET_FIELDS) {
      const text = cell(field);
      if (text === undefined || field === 'institution') continue;
      if (field === 'targetGroups' || field === 'problemAreas' || field === 'referralWays') {
        const read = readList(text, LIST_WORDS[field]);
        if (read.unknown.length) errors.push({ field, key: 'invalid_choice' });
        typed[field] = read.values;
      } else if (field === 'cost') {
        const read = readList(text, COST_WORD);
        if (read.unknown.length || read.values.length > 1) errors.push({ field, key: 'invalid_choice' });
        typed.cost = read.values[0] ?? 'free';
      } else typed[field] = field === 'verifiedOn' ? isoDate(text) : text;
    }
    const parsed = rowSchema.safeParse(typed);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as BasketField;
        if (!errors.some((e) => e.field === field)) errors.push({ field, key: issue.message as ErrorKey });
      }
    } else if (parsed.data.verifiedOn && parsed.data.verifiedOn > today) errors.push({ field: 'verifiedOn', key: 'in_future' });

    const earlier = seen.get(key) ?? null;
    if (!seen.has(key) && cell('service')) seen.set(key, line);
    let status: BasketImportRow['status'];
    if (errors.length || !parsed.success) status = 'error';
    else if (earlier !== null) status = 'duplicate';
    else if (!existing) status = 'new';
    else status = JSON.stringify(parsed.data) === JSON.stringify(rowSchema.parse(storedValues(existing))) ? 'same' : 'update';
    if ((status === 'new' || status === 'update') && parsed.success && institution) writes.push({ offerId: existing?.id ?? null, institutionId: institution.id, values: parsed.data });
    return { line, institution: institution?.name ?? institutionName, service: cell('service')!, errors, status, repeats: status === 'duplicate' ? earlier : null };
  });
  const counts = { new: 0, update: 0, same: 0, duplicate: 0, error: 0 };
  for (const r of rows) counts[r.status] += 1;
  return { preview: { headerLine: h + 1, columns: BASKET_FIELDS.filter((f) => columns[f] !== undefined), rows, counts }, writes };
}

export async function previewBasketImport(ctx: ServiceContext, input: ParsedInput<'basket.importPreview'>): Promise<BasketImportPreview> {
  return (await check(ctx.db, input.bytes, localDate(ctx.now()))).preview;
}

/** Adds the new offers and changes the changed ones (the other rows are left out and counted), in one transaction. */
export async function importBasket(ctx: ServiceContext, input: ParsedInput<'basket.import'>): Promise<BasketImportResult> {
  return write(ctx, async (w) => {
    // Checked again inside the write: what goes in is what this check saw.
    const { preview, writes } = await check(w.db, input.bytes, localDate(ctx.now()));
    if (writes.length !== input.expectChanges) {
      throw new AppError('IMPORT_CHANGED', `the file or the basket changed since the preview (${writes.length} rows to write, ${input.expectChanges} expected)`, { ready: writes.length });
    }
    for (const { offerId, institutionId, values } of writes) {
      const row = { institutionId, ...values, targetGroups: JSON.stringify(values.targetGroups), problemAreas: JSON.stringify(values.problemAreas), referralWays: JSON.stringify(values.referralWays) };
      if (offerId) await w.update('offer', offerId, row);
      else await w.insert('offer', { id: ctx.newId(), ...row });
    }
    return { added: preview.counts.new, updated: preview.counts.update, skipped: preview.rows.length - writes.length };
  });
}

const title = (f: BasketField) => BASKET_COLUMN[f][0]!;

/** Every offer (stale ones too: the file is for checking them) in the import's columns; a second sheet lists the words the list columns take. */
export async function exportBasket(ctx: ServiceContext, input: ParsedInput<'basket.export'>): Promise<DocumentFile> {
  const offers = await listOffers(ctx, {});
  const words = <T extends string>(codes: readonly T[], map: Record<T, string>) => codes.map((c) => map[c]).join(', ');
  const table = [
    BASKET_FIELDS.map(title),
    ...offers.map((o) =>
      BASKET_FIELDS.map((f): string => {
        switch (f) {
          case 'institution':
            return o.institutionName;
          case 'targetGroups':
            return words(o.targetGroups, TARGET_GROUP_WORD);
          case 'problemAreas':
            return words(o.problemAreas, PROBLEM_AREA_WORD);
          case 'referralWays':
            return words(o.referralWays, REFERRAL_WORD);
          case 'cost':
            return COST_WORD[o.cost];
          default:
            return o[f] ?? '';
        }
      }),
    ),
  ];
  const name = `${BASKET_SHEET.fileStem}_${localDate(ctx.now())}`;
  if (input.format === 'csv') return documentFile(`${name}.csv`, 'text/csv', writeCsv(table));
  const columns: string[][] = [TARGET_GROUP_WORD, PROBLEM_AREA_WORD, REFERRAL_WORD, COST_WORD].map((m) => Object.values(m));
  const lists = [
    [title('targetGroups'), title('problemAreas'), title('referralWays'), title('cost')],
    ...Array.from({ length: Math.max(...columns.map((c) => c.length)) }, (_, i) => columns.map((c) => c[i] ?? '')),
  ];
  return documentFile(`${name}.xlsx`, XLSX_MEDIA_TYPE, await writeXlsx([{ name: BASKET_SHEET.offers, rows: table }, { name: BASKET_SHEET.lists, rows: lists }]));
}
