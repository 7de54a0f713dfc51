// The yearly report of the team's figures (issue 13.6), as PDF or DOCX from one definition.
import type { ParsedInput } from '../api/contract';
import { DOCX_MEDIA_TYPE, type DocumentFile } from '../domain/types';
import { localDate, type ServiceContext } from '../services/context';
import { documentFile } from '../services/files';
import { teamStatistics, TOOK_PLACE } from '../services/statistics';
import { listSupport } from '../services/support';
import { requireTeamRow } from '../services/team';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';
import { reportDocument } from './report';
import { protocolSettings } from './service';

/** "Sprawozdanie z działalności PZK za rok …" as PDF or DOCX (the DOCX from the same definition). */
export async function yearReport(ctx: ServiceContext, input: ParsedInput<'statistics.report'>): Promise<DocumentFile> {
  const [team, settings] = await Promise.all([requireTeamRow(ctx.db), protocolSettings(ctx.db)]);
  const stats = await teamStatistics(ctx.db, `${input.year}-01-01`, `${input.year}-12-31`, localDate(ctx.now()));
  const meetings = await ctx.db.selectFrom('meeting').select(['kind', 'pzkType', 'seqInYear', 'year', 'date']).where('year', '=', input.year).where('status', 'in', TOOK_PLACE).orderBy('date').execute();
  const { sums: support } = await listSupport(ctx, { from: `${input.year}-01-01`, to: `${input.year}-12-31` });
  const doc = reportDocument({ team, settings, year: input.year, stats, meetings, support, issuedOn: localDate(ctx.now()) });
  const name = `sprawozdanie_${input.year}`;
  if (input.format === 'docx') return documentFile(`${name}.docx`, DOCX_MEDIA_TYPE, await renderDocx(doc, { title: `Sprawozdanie ${input.year}`, author: team.name }));
  return documentFile(`${name}.pdf`, 'application/pdf', await renderPdf(doc, { title: `Sprawozdanie ${input.year}`, author: team.name, subject: team.name, createdAt: new Date(`${input.year}-12-31T12:00:00Z`) }));
}
