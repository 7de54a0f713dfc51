// The declarations to print and sign (issue 16.2), one per page: the institution's "Deklaracja
// przystąpienia do PZK", pre-filled with what the record holds (the head, the delegate and the deputy
// from the roster) and lines to fill by hand where it holds nothing; and a member's "Oświadczenie o
// zachowaniu poufności". The team's header and footer are the protocol's; the body is the team's wording.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { declarationState } from '../domain/declarations';
import { DECLARATION, type DeclarationTexts } from '../domain/declarations.pl';
import { titleLocativeOf } from '../domain/documents.pl';
import { ENTITY_FIELDS, type InstitutionRecord, type MemberRecord, type TeamRecord } from '../domain/entities';
import type { Declaration, DocumentFile } from '../domain/types';
import { localDate, type ServiceContext } from '../services/context';
import { listDeclarations } from '../services/declarations';
import { documentFile } from '../services/files';
import type { Content } from './content';
import type { ProtocolSettings } from './data';
import { renderPdf, type DocDefinition } from './pdf';
import { protocolSettings } from './service';

export type DeclarationSheet =
  | {
      kind: 'accession';
      /** null: a person who joined in their own name (a declaration from before 0012). */
      institution: InstitutionRecord | null;
      person: MemberRecord | null;
      headName: string | null;
      headPosition: string | null;
      delegate: MemberRecord | null;
      deputy: MemberRecord | null;
    }
  | { kind: 'confidentiality'; member: MemberRecord; institution: InstitutionRecord | null };

const filled = (value: string | null | undefined) => (value && value.trim() ? value.trim() : DECLARATION.blank);

const field = (label: string, value: string | null | undefined): Content => ({
  columns: [
    { text: label, width: 150, color: '#333333' },
    { text: filled(value), width: '*', bold: !!value?.trim() },
  ],
  columnGap: 8,
  margin: [0, 0, 0, 6],
});

const signature = (caption: string): Content => ({
  columns: [
    { text: '', width: '*' },
    {
      width: 220,
      alignment: 'center',
      stack: [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 210, y2: 0, lineWidth: 0.6 }] }, { text: caption, style: 'small', margin: [0, 3, 0, 0] }],
    },
  ],
  margin: [0, 48, 0, 0],
});

/** "Jan Nowak, pedagog" and, on the next line, the contacts from the roster. */
const person = (m: MemberRecord | null) => {
  if (!m) return null;
  const contact = DECLARATION.contact(m.email, m.phone);
  return [m.fullName, m.position].filter(Boolean).join(', ') + (contact ? `\n${contact}` : '');
};

function accession(sheet: Extract<DeclarationSheet, { kind: 'accession' }>, where: string, texts: DeclarationTexts): Content[] {
  const head = [sheet.headName, sheet.headPosition].filter((v) => v?.trim()).join(', ');
  const commitments = texts.accessionCommitments.split('\n').map((l) => l.trim()).filter(Boolean);
  return [
    { text: DECLARATION.accessionTitle, style: 'title' },
    { text: DECLARATION.accessionOf(where), style: 'subtitle', margin: [0, 2, 0, 20] },
    field(DECLARATION.institution, sheet.institution?.name ?? sheet.person?.fullName),
    field(DECLARATION.address, sheet.institution?.address),
    field(DECLARATION.representedBy, head || null),
    { text: texts.accessionIntro, margin: [0, 12, 0, 6] },
    ...(commitments.length ? [{ ol: commitments, margin: [10, 0, 0, 12] } as Content] : []),
    { text: DECLARATION.representatives, margin: [0, 6, 0, 6] },
    field(DECLARATION.delegate, person(sheet.delegate)),
    field(DECLARATION.deputy, person(sheet.deputy)),
    signature(DECLARATION.headSignature),
  ];
}

function confidentiality(sheet: Extract<DeclarationSheet, { kind: 'confidentiality' }>, where: string, texts: DeclarationTexts): Content[] {
  return [
    { text: DECLARATION.confidentialityTitle, style: 'title' },
    { text: DECLARATION.confidentialityOf(where), style: 'subtitle', margin: [0, 2, 0, 20] },
    { text: DECLARATION.signer, margin: [0, 0, 0, 8] },
    field(DECLARATION.fullName, sheet.member.fullName),
    field(DECLARATION.memberInstitution, sheet.institution?.name),
    field(DECLARATION.position, sheet.member.position),
    { text: texts.confidentiality, margin: [0, 12, 0, 0], alignment: 'justify' },
    signature(DECLARATION.memberSignature),
  ];
}

export function declarationsDocument(team: TeamRecord, sheets: readonly DeclarationSheet[], texts: DeclarationTexts, settings: ProtocolSettings): DocDefinition {
  const where = titleLocativeOf(team);
  const content: Content[] = sheets.map((sheet, i) => ({
    stack: [
      { text: DECLARATION.placeAndDate(team.gminaName), alignment: 'right', margin: [0, 0, 0, 24] },
      ...(sheet.kind === 'accession' ? accession(sheet, where, texts) : confidentiality(sheet, where, texts)),
    ],
    ...(i > 0 ? { pageBreak: 'before' } : {}),
  }));
  return {
    content,
    pageMargins: [56, settings.headerImage ? 86 : 56, 56, 52],
    header: settings.headerImage ? { image: settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: settings.footerText ? () => ({ text: settings.footerText, style: 'small', margin: [56, 16, 56, 0] }) : undefined,
    defaultStyle: { fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 11.5, alignment: 'center' },
      small: { fontSize: 8.5, color: '#333333' },
    },
  };
}

/**
 * The declarations to sign, one per page: of the institutions (or members) named, or of every one
 * that has not signed. Each is pre-filled from its declaration in force; an institution without one
 * gets lines to fill in by hand. A member who has left gets none.
 */
export async function printDeclarations(ctx: ServiceContext, input: ParsedInput<'declarations.print'>): Promise<DocumentFile> {
  const today = localDate(ctx.now());
  const view = await listDeclarations(ctx);
  const team = await ctx.db.selectFrom('team').select(ENTITY_FIELDS.team).executeTakeFirst();
  if (!team) throw new AppError('TEAM_NOT_SET_UP', 'Set up the team first.');
  const members = new Map(view.overview.members.map((r) => [r.member.id, r.member]));
  const allMembers = new Map((await ctx.db.selectFrom('member').select(ENTITY_FIELDS.member).execute()).map((m) => [m.id, m]));
  const institutions = new Map((await ctx.db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute()).map((i) => [i.id, i]));
  const unsigned = (standing: string) => standing === 'missing' || standing === 'unsigned' || standing === 'withdrawn';
  const open = (d: Declaration | null) => (d && declarationState(d, today) !== 'withdrawn' ? d : null);
  const sheets: DeclarationSheet[] = [];
  if (input.kind === 'accession') {
    const ids = input.ids ?? view.overview.institutions.filter((r) => unsigned(r.standing)).map((r) => r.institution.id);
    for (const institutionId of ids) {
      const institution = institutions.get(institutionId);
      if (!institution) throw new AppError('NOT_FOUND', `No institution with id ${institutionId}.`, { entity: 'institution', id: institutionId, fields: { ids: 'not_found' } });
      const d = open(view.overview.institutions.find((r) => r.institution.id === institutionId)?.declaration ?? null);
      const rep = (memberId: string | null | undefined) => (memberId ? (allMembers.get(memberId) ?? null) : null);
      sheets.push({ kind: 'accession', institution, person: null, headName: d?.headName ?? null, headPosition: d?.headPosition ?? null, delegate: rep(d?.delegateMemberId), deputy: rep(d?.deputyMemberId) });
    }
  } else {
    const ids = input.ids ?? view.overview.members.filter((r) => r.standing !== 'left' && unsigned(r.standing)).map((r) => r.member.id);
    for (const memberId of ids) {
      const member = members.get(memberId);
      if (!member) {
        if (allMembers.has(memberId)) throw new AppError('MEMBER_INACTIVE', 'The person has left the team; no declaration is printed for them.', { fields: { ids: 'inactive' } });
        throw new AppError('NOT_FOUND', `No member with id ${memberId}.`, { entity: 'member', id: memberId, fields: { ids: 'not_found' } });
      }
      sheets.push({ kind: 'confidentiality', member, institution: member.institutionId ? (institutions.get(member.institutionId) ?? null) : null });
    }
  }
  if (sheets.length === 0) throw new AppError('NOTHING_TO_PRINT', 'Everyone has signed: there is no declaration to print.');
  const doc = declarationsDocument(team, sheets, view.texts, await protocolSettings(ctx.db));
  const title = DECLARATION.fileTitle[input.kind];
  const pdf = await renderPdf(doc, { title, author: team.name, subject: `${team.name} — ${title}`, createdAt: new Date(`${today}T12:00:00Z`) });
  const which = sheets.length === 1 && input.ids ? `_${input.ids[0]!.slice(0, 8)}` : '';
  return documentFile(`${DECLARATION.fileStem[input.kind]}${which}_${today}.pdf`, 'application/pdf', pdf);
}
