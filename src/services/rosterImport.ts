// The roster from a spreadsheet (issue 13.2): the file is read and every row checked — the same
// field rules as the member form — and shown before anything is written; on confirmation the same
// bytes are read and checked again, and the rows that are ready go in in one transaction. Also the
// template to fill in and the roster's export.
import { sql } from 'kysely';
import { z } from 'zod';
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../api/fields';
import { ROSTER_COLUMN, SECTOR_WORD } from '../domain/documents.pl';
import { SECTORS } from '../domain/enums';
import { guessMapping, namesPerson, personKey, personName, sectorOf, type ColumnMapping, type RosterField } from '../domain/roster';
import { XLSX_MEDIA_TYPE, type DocumentFile, type RosterImportPreview, type RosterImportResult, type RosterImportRow } from '../domain/types';
import { localDate, type Db, type ServiceContext } from './context';
import { documentFile } from './files';
import { readTable, writeCsv, writeXlsx } from './spreadsheet';
import { write } from './write';

/** A roster is tens of people; a longer file is not a roster (and its preview would not be read). */
export const MAX_IMPORT_ROWS = 1000;

const rowSchema = z.object({
  fullName: requiredText(150),
  institution: optionalText(200),
  position: optionalText(150),
  email: optionalEmail,
  phone: optionalPhone,
});
type ErrorKey = RosterImportRow['errors'][number]['key'];

/** The header row: the first of the first ten that names a person's column; -1 when none does. */
const headerRow = (rows: string[][]) => rows.slice(0, 10).findIndex((r) => namesPerson(guessMapping(r)));

async function check(db: Db, bytes: Uint8Array, chosen: ColumnMapping | undefined): Promise<RosterImportPreview> {
  const table = await readTable(bytes);
  const h = headerRow(table);
  const headers = h >= 0 ? table[h]! : (table[0] ?? []).map((_, i) => `${i + 1}`);
  const mapping = chosen ?? guessMapping(h >= 0 ? headers : []);
  const body = table.slice(h + 1).map((cells, i) => ({ cells, line: h + 2 + i })).filter((r) => r.cells.some((c) => c !== ''));
  if (body.length > MAX_IMPORT_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS', `the file has ${body.length} rows; a roster import takes at most ${MAX_IMPORT_ROWS}`, { rows: body.length, max: MAX_IMPORT_ROWS });

  const members = await db.selectFrom('member').select(['id', 'fullName', 'email']).where('anonymisedOn', 'is', null).execute();
  const byName = new Map(members.map((m) => [personKey(m.fullName), m]));
  const byEmail = new Map(members.filter((m) => m.email).map((m) => [m.email!.toLowerCase(), m]));
  const institutions = new Set((await db.selectFrom('institution').select(sql<string>`lower(name)`.as('name')).execute()).map((i) => i.name));
  const seenName = new Map<string, number>();
  const seenEmail = new Map<string, number>();
  const newInstitutions = new Map<string, string>();

  const rows = body.map(({ cells, line }): RosterImportRow => {
    const cell = (f: RosterField) => (mapping[f] === null ? '' : (cells[mapping[f]!] ?? ''));
    const errors: RosterImportRow['errors'] = [];
    const typed = { fullName: personName({ fullName: cell('fullName'), firstName: cell('firstName'), lastName: cell('lastName') }), institution: cell('institution') || null, position: cell('position') || null, email: cell('email') || null, phone: cell('phone') || null };
    const parsed = rowSchema.safeParse(typed);
    if (!parsed.success) {
      // A missing name is the surname's column when the file splits names.
      for (const issue of parsed.error.issues) errors.push({ field: (issue.path[0] === 'fullName' && mapping.fullName === null ? 'lastName' : issue.path[0]) as RosterField, key: issue.message as ErrorKey });
    }
    const values = parsed.success ? parsed.data : typed;
    const sector = sectorOf(cell('sector'));
    if (cell('sector') && !sector) errors.push({ field: 'sector', key: 'invalid_choice' });
    let duplicate: RosterImportRow['duplicate'] = null;
    const key = personKey(values.fullName);
    const email = values.email?.toLowerCase() ?? null;
    const onRoster = (key && byName.get(key)) || (email && byEmail.get(email)) || null;
    if (onRoster) duplicate = { of: 'roster', memberId: onRoster.id, name: onRoster.fullName };
    else {
      const earlier = (key && seenName.get(key)) || (email && seenEmail.get(email)) || null;
      if (earlier) duplicate = { of: 'file', line: earlier };
    }
    if (key && !seenName.has(key)) seenName.set(key, line);
    if (email && !seenEmail.has(email)) seenEmail.set(email, line);
    const status = errors.length ? 'error' : duplicate ? 'duplicate' : 'ready';
    if (status === 'ready' && values.institution && !institutions.has(values.institution.toLowerCase())) newInstitutions.set(values.institution.toLowerCase(), values.institution);
    return { line, ...values, sector, errors, duplicate, status };
  });
  const count = (s: RosterImportRow['status']) => rows.filter((r) => r.status === s).length;
  return { headers, headerLine: h + 1, mapping, rows, counts: { ready: count('ready'), duplicate: count('duplicate'), error: count('error') }, newInstitutions: [...newInstitutions.values()] };
}

export const previewRosterImport = (ctx: ServiceContext, input: ParsedInput<'roster.importPreview'>) => check(ctx.db, input.bytes, input.mapping);

/** Adds the rows that are ready (the others are left out and counted), with their new institutions, in one transaction. */
export async function importRoster(ctx: ServiceContext, input: ParsedInput<'roster.import'>): Promise<RosterImportResult> {
  return write(ctx, async (w) => {
    // Checked again inside the write: what goes in is what this check saw.
    const preview = await check(w.db, input.bytes, input.mapping);
    if (preview.counts.ready !== input.expectReady) {
      throw new AppError('IMPORT_CHANGED', `the file or the roster changed since the preview (${preview.counts.ready} rows ready, ${input.expectReady} expected)`, { ready: preview.counts.ready });
    }
    const institutionIds = new Map((await w.db.selectFrom('institution').select(['id', 'name']).execute()).map((i) => [i.name.toLowerCase(), i.id]));
    let created = 0;
    for (const row of preview.rows.filter((r) => r.status === 'ready')) {
      let institutionId: string | null = null;
      if (row.institution) {
        const known = institutionIds.get(row.institution.toLowerCase());
        institutionId = known ?? (await w.insert('institution', { id: ctx.newId(), name: row.institution, sector: row.sector ?? 'other', level: 'gmina', address: null })).id;
        if (!known) created += 1;
        institutionIds.set(row.institution.toLowerCase(), institutionId);
      }
      await w.insert('member', {
        id: ctx.newId(),
        fullName: row.fullName,
        institutionId,
        position: row.position,
        role: 'member',
        email: row.email,
        phone: row.phone,
        joinedOn: localDate(ctx.now()),
        leftOn: null,
        anonymisedOn: null,
      });
    }
    return { members: preview.counts.ready, institutions: created, skipped: preview.rows.length - preview.counts.ready };
  });
}

const TEMPLATE_FIELDS = ['firstName', 'lastName', 'institution', 'sector', 'position', 'email', 'phone'] as const satisfies readonly RosterField[];
const title = (f: RosterField) => ROSTER_COLUMN[f][0];

/** The file to fill in: the columns the import reads by their first names, the sectors as a list to pick from. */
export async function rosterTemplate(): Promise<DocumentFile> {
  const sectors = SECTORS.map((s) => [SECTOR_WORD[s]]);
  const bytes = await writeXlsx([
    { name: 'Skład zespołu', rows: [TEMPLATE_FIELDS.map(title), ['Jan', 'Kowalski', 'Ośrodek Pomocy Społecznej', SECTOR_WORD.social_assistance, 'pracownik socjalny', 'jan.kowalski@ops.example.pl', '22 123 45 67']], validation: { column: 3, list: `Sektory!$A$1:$A$${sectors.length}` } },
    { name: 'Sektory', rows: sectors },
  ]);
  return documentFile('wzor_skladu_zespolu.xlsx', XLSX_MEDIA_TYPE, bytes);
}

const EXPORT_FIELDS = ['fullName', 'institution', 'sector', 'position', 'email', 'phone'] as const satisfies readonly RosterField[];

/** The roster (current members; with `all`, those who left too) as XLSX or CSV, in the columns the import reads back. */
export async function exportRoster(ctx: ServiceContext, input: ParsedInput<'roster.export'>): Promise<DocumentFile> {
  const today = localDate(ctx.now());
  const rows = await ctx.db
    .selectFrom('member')
    .leftJoin('institution', 'institution.id', 'member.institutionId')
    .select(['member.fullName', 'member.position', 'member.email', 'member.phone', 'member.joinedOn', 'member.leftOn', 'institution.name as institution', 'institution.sector'])
    .where('member.anonymisedOn', 'is', null)
    .execute();
  const current = rows.filter((r) => input.all || !r.leftOn || r.leftOn > today).sort((a, b) => a.fullName.localeCompare(b.fullName, 'pl'));
  const table = [
    EXPORT_FIELDS.map(title),
    ...current.map((r) => [r.fullName, r.institution ?? '', r.sector ? SECTOR_WORD[r.sector] : '', r.position ?? '', r.email ?? '', r.phone ?? '']),
  ];
  const name = `sklad_zespolu_${today}`;
  if (input.format === 'csv') return documentFile(`${name}.csv`, 'text/csv', writeCsv(table));
  return documentFile(`${name}.xlsx`, XLSX_MEDIA_TYPE, await writeXlsx([{ name: 'Skład zespołu', rows: table }]));
}

