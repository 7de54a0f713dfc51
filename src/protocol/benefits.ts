// The register of mutual benefits as a document (issue 16.5): A4 landscape, one row per partner institution
// (those that have left are not partners any more and are left out), PDF or DOCX with the same content.
import type { ParsedInput } from '../api/contract';
import { declarationOverview } from '../domain/declarations';
import { BENEFITS, SECTOR_WORD, shortDate, titleLocativeOf } from '../domain/documents.pl';
import { ENTITY_FIELDS } from '../domain/entities';
import { meetingNumber } from '../domain/rules';
import { DOCX_MEDIA_TYPE, type DocumentFile } from '../domain/types';
import { localDate, type ServiceContext } from '../services/context';
import { documentFile } from '../services/files';
import { requireTeamRow } from '../services/team';
import type { Content } from './content';
import { renderDocx } from './docxFile';
import { renderPdf, type DocDefinition } from './pdf';
import { protocolSettings } from './service';

export async function benefitsDocument(ctx: ServiceContext): Promise<{ doc: DocDefinition; title: string; team: string }> {
  const today = localDate(ctx.now());
  const [team, settings, institutions, members, declarations, entries, meetings] = await Promise.all([
    requireTeamRow(ctx.db),
    protocolSettings(ctx.db),
    ctx.db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute(),
    ctx.db.selectFrom('member').select(ENTITY_FIELDS.member).execute(),
    ctx.db.selectFrom('declaration').select(ENTITY_FIELDS.declaration).execute(),
    ctx.db.selectFrom('benefit').select(ENTITY_FIELDS.benefit).execute(),
    ctx.db.selectFrom('meeting').select(['id', 'seqInYear', 'year', 'date']).execute(),
  ]);
  const partners = declarationOverview(institutions, members, declarations, today).institutions.filter((r) => r.standing !== 'left');
  const byInstitution = new Map(entries.map((e) => [e.institutionId, e]));
  const meeting = new Map(meetings.map((m) => [m.id, m]));
  const agreed = (id: string | null) => {
    const m = id ? meeting.get(id) : undefined;
    return m ? BENEFITS.agreedAt(meetingNumber(m), shortDate(m.date)) : '';
  };
  const cell = (text: string, extra: object = {}): Content => ({ text, margin: [0, 3, 0, 3], ...extra });
  const rows: Content[][] = partners.map((r, i) => {
    const e = byInstitution.get(r.institution.id);
    return [
      cell(`${i + 1}.`),
      { stack: [{ text: r.institution.name, bold: true }, { text: SECTOR_WORD[r.institution.sector], style: 'small' }], margin: [0, 3, 0, 3] },
      cell(e?.contributes ?? ''),
      cell(e?.gains ?? ''),
      cell([agreed(e?.agreedAtMeetingId ?? null), e?.reviewedOn ? BENEFITS.reviewedOn(shortDate(e.reviewedOn)) : ''].filter(Boolean).join('\n')),
    ];
  });
  const title = `${BENEFITS.title} ${BENEFITS.of(titleLocativeOf(team))}`;
  const doc: DocDefinition = {
    pageOrientation: 'landscape',
    content: [
      { text: BENEFITS.title.toUpperCase(), style: 'title' },
      { text: BENEFITS.of(titleLocativeOf(team)), style: 'subtitle' },
      { text: BENEFITS.asOf(shortDate(today)), alignment: 'center', style: 'small', margin: [0, 2, 0, 12] },
      rows.length
        ? { table: { headerRows: 1, widths: [24, 150, '*', '*', 110], body: [BENEFITS.header.map((h) => ({ text: h, bold: true, fillColor: '#f0f2f5' })), ...rows] }, layout: { hLineColor: '#999999', vLineColor: '#999999' } }
        : { text: BENEFITS.none, italics: true },
    ],
    pageMargins: [40, settings.headerImage ? 80 : 40, 40, 44],
    header: settings.headerImage ? { image: settings.headerImage, fit: [600, 46], alignment: 'center', margin: [0, 14, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({ text: `${settings.footerText ? `${settings.footerText} · ` : ''}${current}/${total}`, style: 'small', alignment: 'right', margin: [40, 14, 40, 0] }),
    defaultStyle: { fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 11.5, alignment: 'center' },
      small: { fontSize: 8, color: '#333333' },
    },
  };
  return { doc, title, team: team.name };
}

export async function getBenefitsDocument(ctx: ServiceContext, input: ParsedInput<'benefits.document'>): Promise<DocumentFile> {
  const { doc, title, team } = await benefitsDocument(ctx);
  const stem = `rejestr-korzysci_${localDate(ctx.now())}`;
  if (input.format === 'docx') return documentFile(`${stem}.docx`, DOCX_MEDIA_TYPE, await renderDocx(doc, { title, author: team }));
  return documentFile(`${stem}.pdf`, 'application/pdf', await renderPdf(doc, { title, author: team, subject: title, createdAt: new Date(`${localDate(ctx.now())}T12:00:00Z`) }));
}
