// The team's rules as a document (issue 16.3): the title, the preamble (the World Café outputs), § 1 … § n,
// and for an adopted version where and when it was adopted. Adoption records the decision at the named
// meeting and freezes the PDF with its SHA-256, in one transaction; later exports return those bytes.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { longDate, shortDate, titleLocativeOf } from '../domain/documents.pl';
import type { RulesVersionRecord, TeamRecord } from '../domain/entities';
import { isLocked, meetingNumber } from '../domain/rules';
import { adoptionProblem, isAdopted, printedSections, sectionsOf } from '../domain/teamRules';
import { RULES } from '../domain/teamRules.pl';
import { DOCX_MEDIA_TYPE, type DocumentFile, type RulesVersion } from '../domain/types';
import { localDate, timestamp, type Db, type ServiceContext } from '../services/context';
import { documentFile, sha256Hex } from '../services/files';
import { ensureNumbered, getMeetingRow } from '../services/meetingGuard';
import { requireTeamRow } from '../services/team';
import { draftRow, rulesRow, toRulesVersion } from '../services/teamRules';
import { write } from '../services/write';
import type { Content } from './content';
import type { ProtocolSettings } from './data';
import { renderDocx } from './docxFile';
import { renderPdf, type DocDefinition } from './pdf';
import { protocolSettings } from './service';

const paragraphs = (text: string, extra: object = {}): Content[] =>
  text.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => ({ text: line, margin: [0, 0, 0, 4], alignment: 'justify', ...extra }));

export function rulesDocument(team: TeamRecord, v: RulesVersionRecord, adoptedAt: string | null, settings: ProtocolSettings): DocDefinition {
  const where = titleLocativeOf(team);
  const content: Content[] = [
    { text: RULES.heading, style: 'title' },
    { text: RULES.of(where), style: 'subtitle' },
    { text: isAdopted(v) ? RULES.version(v.version) : RULES.draftVersion(v.version), alignment: 'center', style: 'small', margin: [0, 2, 0, 16] },
  ];
  if (v.changeNote?.trim()) content.push({ text: RULES.changes, bold: true, margin: [0, 0, 0, 2] }, ...paragraphs(v.changeNote, { italics: true }), { text: '', margin: [0, 0, 0, 8] });
  if (v.preamble.trim()) content.push({ text: RULES.preamble, style: 'section' }, ...paragraphs(v.preamble));
  printedSections(sectionsOf(v)).forEach((s, i) => content.push({ text: RULES.section(i + 1, s.title.trim()), style: 'section' }, ...paragraphs(s.text)));
  if (v.adoptedOn && adoptedAt) content.push({ text: RULES.adopted(adoptedAt, longDate(v.adoptedOn)), margin: [0, 16, 0, 0], italics: true });
  return {
    content,
    pageMargins: [56, settings.headerImage ? 86 : 56, 56, 52],
    header: settings.headerImage ? { image: settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({ text: `${settings.footerText ? `${settings.footerText} · ` : ''}${current}/${total}`, style: 'small', alignment: 'right', margin: [56, 16, 56, 0] }),
    ...(isAdopted(v) ? {} : { watermark: { text: RULES.draft, opacity: 0.07, bold: true } }),
    defaultStyle: { fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 12, alignment: 'center' },
      section: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 8.5, color: '#333333' },
    },
  };
}

async function definition(db: Db, v: RulesVersionRecord) {
  const team = await requireTeamRow(db);
  const at = v.adoptedAtMeetingId ? await getMeetingRow(db, v.adoptedAtMeetingId) : null;
  const adoptedAt = at ? (meetingNumber(at) ? `nr ${meetingNumber(at)}` : `z dnia ${shortDate(at.date)}`) : null;
  return { team, doc: rulesDocument(team, v, adoptedAt, await protocolSettings(db)) };
}

const meta = (team: TeamRecord, v: RulesVersionRecord) => ({
  title: `${v.title} (${RULES.version(v.version)})`,
  author: team.name,
  subject: v.title,
  createdAt: new Date(`${v.adoptedOn ?? '2000-01-01'}T12:00:00Z`),
});
const fileName = (v: RulesVersionRecord, ext: 'pdf' | 'docx') => `${RULES.fileStem}_wersja-${v.version}${isAdopted(v) ? '' : '_projekt'}.${ext}`;

/** PDF (an adopted version: the frozen bytes) or DOCX, the same content. */
export async function getRulesDocument(ctx: ServiceContext, input: ParsedInput<'rules.document'>): Promise<DocumentFile> {
  const v = await rulesRow(ctx.db, input.id);
  if (input.format === 'pdf' && isAdopted(v)) {
    const frozen = await ctx.db.selectFrom('rulesPdf').select(['pdf', 'sha256']).where('rulesVersionId', '=', v.id).executeTakeFirst();
    if (frozen) return documentFile(fileName(v, 'pdf'), 'application/pdf', frozen.pdf, { approved: true });
  }
  const { team, doc } = await definition(ctx.db, v);
  if (input.format === 'docx') return documentFile(fileName(v, 'docx'), DOCX_MEDIA_TYPE, await renderDocx(doc, { title: meta(team, v).title, author: team.name }));
  return documentFile(fileName(v, 'pdf'), 'application/pdf', await renderPdf(doc, meta(team, v)));
}

/**
 * Adoption by a decision of a named PZK meeting that has taken place (or takes place today) and is not
 * approved: the decision is recorded there, the version is dated by that meeting and locked, and its PDF
 * frozen — together or not at all.
 */
export function adoptRules(ctx: ServiceContext, input: ParsedInput<'rules.adopt'>): Promise<RulesVersion> {
  return write(ctx, async (w) => {
    const v = await draftRow(w, input.id);
    const problem = adoptionProblem(v);
    if (problem) throw new AppError('VALIDATION_FAILED', problem.field === 'changeNote' ? 'An amendment says what it changes.' : 'The rules have no section with text.', { fields: { [problem.field]: problem.key } });
    const meeting = await getMeetingRow(w.rows, input.meetingId);
    if (meeting.kind !== 'pzk' || meeting.date > localDate(ctx.now())) {
      throw new AppError('WRONG_MEETING', 'The rules are adopted at a PZK meeting that has taken place.', { meetingId: meeting.id, fields: { meetingId: 'invalid' } });
    }
    if (isLocked(meeting)) throw new AppError('MEETING_LOCKED', 'The meeting is approved; its decisions do not change.', { meetingId: meeting.id });
    await ensureNumbered(w, meeting);
    const last = Number(w.rows.scalar('SELECT coalesce(max(position), 0) FROM decision WHERE meeting_id = ?', meeting.id));
    const decision = await w.insert('decision', { id: ctx.newId(), meetingId: meeting.id, agendaItemId: null, position: last + 1, text: RULES.decision(v.title, v.version, v.changeNote) });
    const adopted = await w.update('rules_version', v.id, { adoptedAtMeetingId: meeting.id, adoptedOn: meeting.date, decisionId: decision.id });
    const { team, doc } = await definition(w.db, adopted);
    const pdf = await renderPdf(doc, meta(team, adopted));
    await w.db.insertInto('rulesPdf').values({ rulesVersionId: adopted.id, pdf, sha256: sha256Hex(pdf), createdAt: timestamp(ctx) }).execute();
    return toRulesVersion(w.db, adopted);
  });
}
