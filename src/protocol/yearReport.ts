// The yearly report of the team's figures (issue 13.6), as PDF or DOCX from one definition.
import type { ParsedInput } from '../api/contract';
import { DOCX_MEDIA_TYPE, type DocumentFile } from '../domain/types';
import { localDate, type ServiceContext } from '../services/context';
import { documentFile } from '../services/files';
import { teamStatistics, TOOK_PLACE } from '../services/statistics';
import { listSupport } from '../services/support';
import { requireTeamRow } from '../services/team';
import { renderDocx } from './docxFile';
import { renderPdf } from './pdf';
import { reportDocument } from './report';
import { protocolSettings } from './service';

/**
 * "Sprawozdanie z działalności PZK za okres …" (or "… za rok …") as PDF or DOCX (the DOCX from the same
 * definition), with the statistics' charts as the screen draws them (issue 17.4).
 */
export async function yearReport(ctx: ServiceContext, input: ParsedInput<'statistics.report'>): Promise<DocumentFile> {
  const period = input.year !== undefined ? { from: `${input.year}-01-01`, to: `${input.year}-12-31`, year: input.year } : { from: input.from!, to: input.to!, year: null };
  const [team, settings] = await Promise.all([requireTeamRow(ctx.db), protocolSettings(ctx.db)]);
  const stats = await teamStatistics(ctx.db, period.from, period.to, localDate(ctx.now()));
  const meetings = await ctx.db.selectFrom('meeting').select(['kind', 'pzkType', 'seqInYear', 'year', 'date']).where('date', '>=', period.from).where('date', '<=', period.to).where('status', 'in', TOOK_PLACE).orderBy('date').execute();
  const { sums: support } = await listSupport(ctx, { from: period.from, to: period.to });
  const doc = reportDocument({ team, settings, period, stats, meetings, support, issuedOn: localDate(ctx.now()) });
  const name = period.year !== null ? `sprawozdanie_${period.year}` : `sprawozdanie_${period.from}_${period.to}`;
  const title = period.year !== null ? `Sprawozdanie ${period.year}` : `Sprawozdanie ${period.from} – ${period.to}`;
  if (input.format === 'docx') return documentFile(`${name}.docx`, DOCX_MEDIA_TYPE, await renderDocx(doc, { title, author: team.name }));
  return documentFile(`${name}.pdf`, 'application/pdf', await renderPdf(doc, { title, author: team.name, subject: team.name, createdAt: new Date(`${period.to}T12:00:00Z`) }));
}
