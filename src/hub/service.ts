// The regional hub as the API offers it (the app in "Centrum regionalne" mode). The hub's database
// is `hub.sqlite` in the data folder, opened on first use.
import type { ParsedInput } from '../api/contract';
import type { DocumentFile, HubCaseFigures } from '../domain/types';
import { caseFiguresFile, hubCaseFigures as shownFigures } from './caseFigures';
import { documentFile } from '../services/files';
import { enrolTeam, hubJournal, hubReport, initHub, reEnrolTeam, type Hub } from './hub';
import { importBundle, type ImportReport } from './import';
import { catalogueFile, regionalCatalogue } from './catalogue';
import { monthlyReport, type MonthRow } from './report';

export interface HubContext {
  hub(): Promise<Hub>;
  now(): Date;
}

const file = (fileName: string, text: string, mediaType: DocumentFile['mediaType'] = 'application/octet-stream'): DocumentFile => documentFile(fileName, mediaType, Buffer.from(text));

export async function hubStatus(ctx: HubContext) {
  const row = await (await ctx.hub()).db.selectFrom('hub').select(['name', 'ageRecipient']).executeTakeFirst();
  return { initialised: row !== undefined, name: row?.name ?? null, recipient: row?.ageRecipient ?? null };
}

export async function hubInit(ctx: HubContext, input: ParsedInput<'hub.init'>) {
  await initHub(await ctx.hub(), input.name, ctx.now());
  return hubStatus(ctx);
}

export async function hubEnrol(ctx: HubContext, input: ParsedInput<'hub.enrol'>): Promise<DocumentFile> {
  const enrolment = await enrolTeam(await ctx.hub(), input, ctx.now());
  return file(`zgloszenie_${input.teryt}.json`, JSON.stringify(enrolment, null, 2), 'application/json');
}

/** A new enrolment file for a team whose installation was restored or replaced. */
export async function hubReEnrol(ctx: HubContext, input: ParsedInput<'hub.reEnrol'>): Promise<DocumentFile> {
  const enrolment = await reEnrolTeam(await ctx.hub(), input.teamId);
  return file(`zgloszenie_${enrolment.teryt}.json`, JSON.stringify(enrolment, null, 2), 'application/json');
}

export async function hubImport(ctx: HubContext, input: ParsedInput<'hub.import'>): Promise<Array<{ name: string; report: Omit<ImportReport, 'receipt'>; receipt: DocumentFile | null }>> {
  const hub = await ctx.hub();
  const out = [];
  for (const f of input.files) {
    const { receipt, ...report } = await importBundle(hub, f.bytes, ctx.now(), f.name);
    out.push({ name: f.name, report, receipt: receipt ? file(`potwierdzenie_${report.teryt}_${report.toSeq}.pzkr`, receipt) : null });
  }
  return out;
}

export const hubTeams = async (ctx: HubContext) => hubReport(await ctx.hub());

export const hubJournalEntries = async (ctx: HubContext) => hubJournal(await ctx.hub());

export async function hubMonthly(ctx: HubContext, input: ParsedInput<'hub.monthly'>): Promise<MonthRow[]> {
  return monthlyReport(await ctx.hub(), input.teamId, ctx.now().toISOString().slice(0, 10));
}

/** A text cell: quoted, and never read by a spreadsheet as a formula ("=HYPERLINK(…)" in a name). */
const csvText = (s: string) => `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;

/** CSV for a spreadsheet: one row per team and month (semicolons, as Polish Excel expects). */
export async function hubCsv(ctx: HubContext): Promise<DocumentFile> {
  const hub = await ctx.hub();
  const lines = ['teryt;zespol;miesiac;posiedzenia_odbyte;frekwencja_proc;sektory_obecne;zadania_nowe;zadania_zakonczone;zadania_po_terminie;wsparcie_spotkania;wsparcie_godziny;wsparcie_uczestnicy'];
  for (const team of await hubReport(hub)) {
    let months: MonthRow[];
    try {
      months = await monthlyReport(hub, team.teamId, ctx.now().toISOString().slice(0, 10));
    } catch (error) {
      // One team's data can never take the others' figures down; its rows are left out, and logged
      // by id only (no names, no figures).
      console.error(`[pzk] hub: the figures of team ${team.teamId} could not be computed:`, error instanceof Error ? error.message : error);
      continue;
    }
    for (const m of months) {
      lines.push([team.teryt, csvText(team.name), m.month, m.meetingsHeld, m.attendanceRate ?? '', m.sectorsPresent, m.actionItemsOpened, m.actionItemsClosed, m.actionItemsOverdue, m.supportSessions, String(m.supportHours).replace('.', ','), m.supportParticipants].join(';'));
    }
  }
  return file(`raport_${ctx.now().toISOString().slice(0, 10)}.csv`, `\ufeff${lines.join('\r\n')}\r\n`, 'text/csv');
}

export async function hubCatalogue(ctx: HubContext, input: ParsedInput<'hub.catalogue'>) {
  return regionalCatalogue(await ctx.hub(), input ?? {}, ctx.now().toISOString().slice(0, 10));
}

export async function hubCatalogueExport(ctx: HubContext, input: ParsedInput<'hub.catalogueExport'>): Promise<DocumentFile> {
  const { format, ...filters } = input;
  const today = ctx.now().toISOString().slice(0, 10);
  return catalogueFile(await regionalCatalogue(await ctx.hub(), filters, today), format, today);
}

export async function hubCaseFigures(ctx: HubContext, input: ParsedInput<'hub.caseFigures'>): Promise<HubCaseFigures> {
  return shownFigures(await ctx.hub(), ctx.now(), input?.year);
}

export async function hubCaseFiguresExport(ctx: HubContext, input: ParsedInput<'hub.caseFiguresExport'>): Promise<DocumentFile> {
  return caseFiguresFile(await shownFigures(await ctx.hub(), ctx.now(), input.year), input.format);
}
