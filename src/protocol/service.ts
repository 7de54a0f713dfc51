// Protocol documents for the API and the CLI: the same bytes wherever they are made.
// Approval stores the PDF with its SHA-256 and the RODO findings of exactly what it prints; later
// exports return those stored bytes. A correction after approval adds a version that names it; every
// earlier version stays retrievable.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { DOC, LETTER, meetingRef, titleLocativeOf } from '../domain/documents.pl';
import { meetingWords } from '../domain/meetingTypes.pl';
import { scanForPersonalData, type Finding } from '../domain/rodo';
import { meetingFileKey } from '../domain/rules';
import { DOCX_MEDIA_TYPE, type DocumentFile, type ProtocolVersionInfo } from '../domain/types';
import type { ProtocolVersionTable } from '../db/schema';
import { localDate, timestamp, type Db, type ServiceContext } from '../services/context';
import { documentFile, sha256Hex } from '../services/files';
import { ensureNumbered, getMeetingRow, meetingLabel } from '../services/meetingGuard';
import { changeMeetingStatus, toMeeting } from '../services/meetings';
import { write } from '../services/write';
import { attendanceListDocument } from './attendanceList';
import { invitationLetterDocument } from './invitationLetter';
import { DEFAULT_PROTOCOL_SETTINGS, loadProtocolData, type Correction, type ProtocolData, type ProtocolSettings } from './data';
import { renderDocx } from './docxFile';
import { knownContacts } from '../services/knownContacts';
import { renderPdf, type DocDefinition } from './pdf';
import { protocolDocument } from './protocol';
import { documentTexts } from './texts';

export async function protocolSettings(db: Db): Promise<ProtocolSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'protocol').executeTakeFirst();
  if (!row) return DEFAULT_PROTOCOL_SETTINGS;
  const stored = JSON.parse(row.value) as Partial<ProtocolSettings>;
  return { ...DEFAULT_PROTOCOL_SETTINGS, ...stored, sections: { ...DEFAULT_PROTOCOL_SETTINGS.sections, ...stored.sections } };
}

export async function updateProtocolSettings(ctx: ServiceContext, input: ParsedInput<'protocol.updateSettings'>): Promise<ProtocolSettings> {
  const current = await protocolSettings(ctx.db);
  const next = { ...current, ...input, sections: { ...current.sections, ...input.sections } };
  await ctx.db
    .insertInto('settings')
    .values({ key: 'protocol', value: JSON.stringify(next) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(next) }))
    .execute();
  return next;
}

/** "5/2026", or "w dniu 12.03.2026" for a planned meeting, in a document's metadata. */
const numberOrDay = (d: ProtocolData) => d.meeting.number ?? meetingRef(null, d.meeting.date);

const metaOf = (d: ProtocolData, title: string) => ({
  title,
  author: d.team.name,
  subject: `${d.team.name} — ${numberOrDay(d)}`,
  // The meeting's own date, not "now": the same data gives the same document.
  createdAt: new Date(`${d.meeting.date}T12:00:00Z`),
});

/** The RODO findings of what a document prints; the roster's and the basket's known contacts are not findings. */
async function scanDocument(db: Db, doc: DocDefinition): Promise<Finding[]> {
  return scanForPersonalData(documentTexts(doc), await knownContacts(db));
}

async function protocolDefinition(db: Db, meetingId: string, corrections: Correction[] = []) {
  const data = await loadProtocolData(db, meetingId, await protocolSettings(db), corrections);
  return { data, doc: protocolDocument(data) };
}

export async function renderProtocol(db: Db, meetingId: string, corrections: Correction[] = []) {
  const { data, doc } = await protocolDefinition(db, meetingId, corrections);
  const title = `${DOC.protocolNo(data.meeting.number)} ${DOC.titleOf(meetingWords(data.meeting, data.team.modelType), titleLocativeOf(data.team))}`;
  return { data, doc, pdf: await renderPdf(doc, metaOf(data, title)) };
}

export async function renderAttendanceList(db: Db, meetingId: string) {
  const data = await loadProtocolData(db, meetingId, await protocolSettings(db));
  const doc = attendanceListDocument(data);
  return { data, doc, pdf: await renderPdf(doc, metaOf(data, `${DOC.listTitle} — ${numberOrDay(data)}`)) };
}

/**
 * What the file is, in its name: "protokol_5-2026_projekt.pdf" (a draft), "protokol_5-2026.pdf" (the
 * approved protocol), "protokol_5-2026_korekta-2.pdf" (version 2, a correction), "lista-obecnosci_5-2026.pdf".
 */
export function fileNameFor(kind: 'protokol' | 'lista-obecnosci', meeting: MeetingKey, version?: number | 'draft' | 'working-copy'): string {
  if (version === 'working-copy') return `${kind}_${meetingFileKey(meeting)}_kopia-robocza.docx`;
  const suffix = version === 'draft' ? '_projekt' : version && version > 1 ? `_korekta-${version}` : '';
  return `${kind}_${meetingFileKey(meeting)}${suffix}.pdf`;
}

type MeetingKey = Parameters<typeof meetingFileKey>[0];

const correctionsOf = (rows: ProtocolVersionTable[]): Correction[] =>
  rows
    .filter((r) => r.version > 1)
    .map((r) => ({ version: r.version, reason: r.reason!, correctedBy: r.correctedBy!, text: r.correctionText ?? '', createdAt: r.createdAt }));

async function versionRows(db: Db, meetingId: string) {
  return db.selectFrom('protocolVersion').selectAll().where('meetingId', '=', meetingId).orderBy('version').execute();
}

/** Renders the protocol and stores it as `version`, with the findings of exactly what it prints. */
async function freeze(ctx: ServiceContext, db: Db, meetingId: string, version: number, corrections: Correction[], correction?: { reason: string; correctedBy: string; text: string }) {
  const { doc, pdf } = await renderProtocol(db, meetingId, corrections);
  const findings = await scanDocument(db, doc);
  await db
    .insertInto('protocolVersion')
    .values({
      id: ctx.newId(),
      meetingId,
      version,
      pdf,
      sha256: sha256Hex(pdf),
      reason: correction?.reason ?? null,
      correctedBy: correction?.correctedBy ?? null,
      correctionText: correction?.text ?? null,
      createdAt: timestamp(ctx),
      findings: JSON.stringify(findings),
    })
    .execute();
  return pdf;
}

/**
 * Adoption (przyjęcie protokołu): the status change, where and when it was adopted, and the frozen PDF
 * that says so land in one transaction. The adopting meeting comes after this one (normally the next,
 * whose item "Przyjęcie protokołu z poprzedniego posiedzenia" then names this protocol).
 */
export function approveMeeting(ctx: ServiceContext, meetingId: string, adoptedAtMeetingId: string | null) {
  return write(ctx, async (w) => {
    const current = await getMeetingRow(w.rows, meetingId);
    let adoptedOn = localDate(ctx.now());
    if (adoptedAtMeetingId) {
      const at = await getMeetingRow(w.rows, adoptedAtMeetingId);
      if (at.id === current.id || at.date < current.date) {
        throw new AppError('WRONG_MEETING', 'A protocol is adopted at a later meeting than the one it records.', { meetingId: at.id });
      }
      adoptedOn = at.date;
      // The adopting meeting is one that takes place: it is numbered now, if it was not (DECISIONS 12).
      await ensureNumbered(w, at);
    }
    await changeMeetingStatus(w, meetingId, 'approved');
    const meeting = toMeeting(await w.update('meeting', meetingId, { adoptedAtMeetingId, adoptedOn }));
    await freeze(ctx, w.db, meetingId, 1, []);
    return meeting;
  });
}

export async function getProtocol(ctx: ServiceContext, input: ParsedInput<'protocol.get'>): Promise<DocumentFile> {
  const meeting = await getMeetingRow(ctx.db, input.meetingId);
  const rows = await versionRows(ctx.db, input.meetingId);
  if (rows.length === 0) {
    const { pdf } = await renderProtocol(ctx.db, input.meetingId);
    return documentFile(fileNameFor('protokol', meeting, 'draft'), 'application/pdf', pdf);
  }
  const row = input.version ? rows.find((r) => r.version === input.version) : rows.at(-1);
  if (!row) throw new AppError('NOT_FOUND', `Meeting ${meetingLabel(meeting)} has no protocol version ${input.version}.`, { version: input.version });
  return documentFile(fileNameFor('protokol', meeting, row.version), 'application/pdf', Buffer.from(row.pdf), { version: row.version, approved: true });
}

/**
 * The protocol as DOCX, a working copy to edit in Word: the same content as the PDF of its current
 * state (with the corrections of an approved one). It is never stored nor hashed: the protocol that
 * counts is the PDF.
 */
export async function getProtocolDocx(ctx: ServiceContext, input: ParsedInput<'protocol.docx'>): Promise<DocumentFile> {
  const meeting = await getMeetingRow(ctx.db, input.meetingId);
  const { data, doc } = await protocolDefinition(ctx.db, input.meetingId, correctionsOf(await versionRows(ctx.db, input.meetingId)));
  const title = `${DOC.protocolNo(data.meeting.number)} ${DOC.titleOf(meetingWords(data.meeting, data.team.modelType), titleLocativeOf(data.team))}`;
  const bytes = await renderDocx(doc, { title, author: data.team.name });
  return documentFile(fileNameFor('protokol', meeting, 'working-copy'), DOCX_MEDIA_TYPE, bytes);
}

export async function listProtocolVersions(ctx: ServiceContext, input: ParsedInput<'protocol.versions'>): Promise<ProtocolVersionInfo[]> {
  await getMeetingRow(ctx.db, input.meetingId);
  return (await versionRows(ctx.db, input.meetingId)).map((r) => ({
    version: r.version,
    sha256: r.sha256,
    createdAt: r.createdAt,
    reason: r.reason,
    correctedBy: r.correctedBy,
  }));
}

export function correctProtocol(ctx: ServiceContext, input: ParsedInput<'protocol.correct'>): Promise<ProtocolVersionInfo> {
  return write(ctx, async (w) => {
    const meeting = await getMeetingRow(w.rows, input.meetingId);
    if (meeting.status !== 'approved') {
      throw new AppError('MEETING_NOT_APPROVED', `Meeting ${meetingLabel(meeting)} is not approved; edit it instead of correcting.`);
    }
    const rows = await versionRows(w.db, input.meetingId);
    const version = (rows.at(-1)?.version ?? 0) + 1;
    const correction = { reason: input.reason, correctedBy: input.correctedBy, text: input.text };
    const corrections = [...correctionsOf(rows), { version, ...correction, createdAt: timestamp(ctx) }];
    const pdf = await freeze(ctx, w.db, input.meetingId, version, corrections, correction);
    // The meeting is what changed: its next bundle carries the new version.
    await w.mark('meeting', input.meetingId, 'upsert', input.meetingId);
    return { version, sha256: sha256Hex(pdf), createdAt: timestamp(ctx), reason: input.reason, correctedBy: input.correctedBy };
  });
}

/** The invitation letter, dated today, signed by the team's animator (a member with that role). */
async function invitationDefinition(ctx: ServiceContext, meetingId: string) {
  const data = await loadProtocolData(ctx.db, meetingId, await protocolSettings(ctx.db));
  const animator = await ctx.db.selectFrom('member').select('fullName').where('role', '=', 'animator').where('anonymisedOn', 'is', null).where('leftOn', 'is', null).orderBy('fullName').executeTakeFirst();
  return { data, doc: invitationLetterDocument(data, localDate(ctx.now()), animator?.fullName ?? null) };
}

export async function getInvitationLetter(ctx: ServiceContext, input: ParsedInput<'protocol.invitationLetter'>): Promise<DocumentFile> {
  const { data, doc } = await invitationDefinition(ctx, input.meetingId);
  const pdf = await renderPdf(doc, metaOf(data, `${LETTER.title} — ${numberOrDay(data)}`));
  return documentFile(`zaproszenie_${meetingFileKey(data.meeting)}.pdf`, 'application/pdf', pdf);
}

export async function getAttendanceList(ctx: ServiceContext, input: ParsedInput<'protocol.attendanceList'>): Promise<DocumentFile> {
  const { data, pdf } = await renderAttendanceList(ctx.db, input.meetingId);
  return documentFile(fileNameFor('lista-obecnosci', data.meeting), 'application/pdf', pdf);
}

/**
 * The RODO check of exactly what the protocol (or the attendance list) PDF would print now; for
 * `invitation`, what the invitation letter prints, which holds all the .ics invitation carries but
 * the roster's own e-mails (the agenda, the place, the online link).
 */
export async function checkProtocol(ctx: ServiceContext, input: ParsedInput<'protocol.check'>): Promise<Finding[]> {
  if (input.document === 'invitation') return scanDocument(ctx.db, (await invitationDefinition(ctx, input.meetingId)).doc);
  if (input.document === 'attendanceList') {
    const data = await loadProtocolData(ctx.db, input.meetingId, await protocolSettings(ctx.db));
    return scanDocument(ctx.db, attendanceListDocument(data));
  }
  const { doc } = await protocolDefinition(ctx.db, input.meetingId);
  return scanDocument(ctx.db, doc);
}

/** The findings stored with a protocol version; for a version made before 0004, checked now. */
export async function versionFindings(db: Db, version: Pick<ProtocolVersionTable, 'meetingId' | 'version' | 'findings' | 'reason' | 'correctedBy' | 'correctionText' | 'createdAt'>): Promise<Finding[]> {
  if (version.findings !== null) return JSON.parse(version.findings) as Finding[];
  const rows = await versionRows(db, version.meetingId);
  const { doc } = await protocolDefinition(db, version.meetingId, correctionsOf(rows.filter((r) => r.version <= version.version)));
  return scanDocument(db, doc);
}
