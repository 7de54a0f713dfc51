// Protocol documents for the API and the CLI: the same bytes wherever they are made.
// Approval stores the PDF with its SHA-256; later exports return those stored bytes. A correction
// after approval adds a version that names it; every earlier version stays retrievable.
import { createHash } from 'node:crypto';
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { scanForPersonalData, type Finding } from '../domain/rodo';
import type { DocumentFile, ProtocolVersionInfo } from '../domain/types';
import type { ProtocolVersionTable } from '../db/schema';
import { timestamp, write, type Db, type ServiceContext } from '../services/context';
import { getMeetingRow, meetingNumber } from '../services/meetingGuard';
import { changeMeetingStatus } from '../services/meetings';
import { attendanceListDocument } from './attendanceList';
import { DEFAULT_PROTOCOL_SETTINGS, loadProtocolData, type Correction, type ProtocolData, type ProtocolSettings } from './data';
import { renderPdf } from './pdf';
import { protocolDocument } from './protocol';
import { DOC } from './strings.pl';

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

const metaOf = (d: ProtocolData, title: string) => ({
  title,
  author: d.team.name,
  subject: `${d.team.name} — ${d.meeting.number}`,
  // The meeting's own date, not "now": the same data gives the same document.
  createdAt: new Date(`${d.meeting.date}T12:00:00Z`),
});

export async function renderProtocol(db: Db, meetingId: string, corrections: Correction[] = []) {
  const data = await loadProtocolData(db, meetingId, await protocolSettings(db), corrections);
  const title = `${DOC.protocolNo(data.meeting.number)} ${DOC.titleOf(data.meeting.kind, data.team.gminaName)}`;
  return { data, pdf: await renderPdf(protocolDocument(data), metaOf(data, title)) };
}

export async function renderAttendanceList(db: Db, meetingId: string) {
  const data = await loadProtocolData(db, meetingId, await protocolSettings(db));
  return { data, pdf: await renderPdf(attendanceListDocument(data), metaOf(data, `${DOC.listTitle} — ${data.meeting.number}`)) };
}

/** "protokol_5-2026.pdf" */
export const fileNameFor = (kind: 'protokol' | 'lista-obecnosci', number: string, version?: number) =>
  `${kind}_${number.replace(/\//g, '-')}${version && version > 1 ? `_v${version}` : ''}.pdf`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const asFile = (fileName: string, pdf: Buffer, version: number | null, approved: boolean): DocumentFile => ({
  fileName,
  mediaType: 'application/pdf',
  base64: pdf.toString('base64'),
  sha256: sha256(pdf),
  version,
  approved,
});

const correctionsOf = (rows: ProtocolVersionTable[]): Correction[] =>
  rows
    .filter((r) => r.version > 1)
    .map((r) => ({ version: r.version, reason: r.reason!, correctedBy: r.correctedBy!, text: r.correctionText ?? '', createdAt: r.createdAt }));

async function versionRows(db: Db, meetingId: string) {
  return db.selectFrom('protocolVersion').selectAll().where('meetingId', '=', meetingId).orderBy('version').execute();
}

async function storeVersion(ctx: ServiceContext, trx: Db, meetingId: string, version: number, pdf: Buffer, correction?: { reason: string; correctedBy: string; text: string }) {
  await trx
    .insertInto('protocolVersion')
    .values({
      id: ctx.newId(),
      meetingId,
      version,
      pdf,
      sha256: sha256(pdf),
      reason: correction?.reason ?? null,
      correctedBy: correction?.correctedBy ?? null,
      correctionText: correction?.text ?? null,
      createdAt: timestamp(ctx),
    })
    .execute();
}

/** Approval: the status change and the frozen PDF land in one transaction. */
export function approveMeeting(ctx: ServiceContext, meetingId: string) {
  return write(ctx, async (trx) => {
    const meeting = await changeMeetingStatus(ctx, trx, meetingId, 'approved');
    const { pdf } = await renderProtocol(trx, meetingId);
    await storeVersion(ctx, trx, meetingId, 1, pdf);
    return meeting;
  });
}

export async function getProtocol(ctx: ServiceContext, input: ParsedInput<'protocol.get'>): Promise<DocumentFile> {
  const meeting = await getMeetingRow(ctx.db, input.meetingId);
  const rows = await versionRows(ctx.db, input.meetingId);
  if (rows.length === 0) {
    const { pdf } = await renderProtocol(ctx.db, input.meetingId);
    return asFile(fileNameFor('protokol', meetingNumber(meeting)), pdf, null, false);
  }
  const row = input.version ? rows.find((r) => r.version === input.version) : rows.at(-1);
  if (!row) throw new AppError('NOT_FOUND', `Meeting ${meetingNumber(meeting)} has no protocol version ${input.version}.`, { version: input.version });
  return asFile(fileNameFor('protokol', meetingNumber(meeting), row.version), Buffer.from(row.pdf), row.version, true);
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
  return write(ctx, async (trx) => {
    const meeting = await getMeetingRow(trx, input.meetingId);
    if (meeting.status !== 'approved') {
      throw new AppError('MEETING_NOT_APPROVED', `Meeting ${meetingNumber(meeting)} is not approved; edit it instead of correcting.`);
    }
    const rows = await versionRows(trx, input.meetingId);
    const version = (rows.at(-1)?.version ?? 0) + 1;
    const correction = { reason: input.reason, correctedBy: input.correctedBy, text: input.text };
    const corrections = [...correctionsOf(rows), { version, ...correction, createdAt: timestamp(ctx) }];
    const { pdf } = await renderProtocol(trx, input.meetingId, corrections);
    await storeVersion(ctx, trx, input.meetingId, version, pdf, correction);
    return { version, sha256: sha256(pdf), createdAt: timestamp(ctx), reason: input.reason, correctedBy: input.correctedBy };
  });
}

export async function getAttendanceList(ctx: ServiceContext, input: ParsedInput<'protocol.attendanceList'>): Promise<DocumentFile> {
  const { data, pdf } = await renderAttendanceList(ctx.db, input.meetingId);
  return asFile(fileNameFor('lista-obecnosci', data.meeting.number), pdf, null, false);
}

/** The RODO check of everything typed for this meeting that the protocol would carry. */
export async function checkProtocol(ctx: ServiceContext, input: ParsedInput<'protocol.check'>): Promise<Finding[]> {
  const data = await loadProtocolData(ctx.db, input.meetingId, await protocolSettings(ctx.db));
  const members = await ctx.db.selectFrom('member').select(['email', 'phone']).execute();
  const sources = [
    ...data.agenda.flatMap((i) => [
      { where: DOC.ad(i.position, i.title), text: i.title },
      { where: DOC.ad(i.position, i.title), text: i.minutes },
    ]),
    ...data.decisions.map((d, i) => ({ where: `${DOC.decisions} ${i + 1}`, text: d.text })),
    ...data.actionItems.map(({ item }) => ({ where: `${DOC.actionItems} ${item.number}`, text: `${item.text} ${item.verification ?? ''}` })),
    ...data.followUp.filter((f) => f.review).map((f) => ({ where: `${DOC.followUp} ${f.item.number}`, text: f.review!.note })),
    { where: DOC.otherBusiness, text: data.meeting.otherBusiness ?? '' },
  ];
  return scanForPersonalData(sources, { emails: members.map((m) => m.email), phones: members.map((m) => m.phone) });
}
