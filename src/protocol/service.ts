// Protocol documents for the API and the CLI: the same bytes wherever they are made.
import type { ServiceContext } from '../services/context';
import { attendanceListDocument } from './attendanceList';
import { DEFAULT_PROTOCOL_SETTINGS, loadProtocolData, type Correction, type ProtocolData, type ProtocolSettings } from './data';
import { renderPdf } from './pdf';
import { protocolDocument } from './protocol';
import { DOC } from './strings.pl';

export async function protocolSettings(ctx: ServiceContext): Promise<ProtocolSettings> {
  const row = await ctx.db.selectFrom('settings').select('value').where('key', '=', 'protocol').executeTakeFirst();
  if (!row) return DEFAULT_PROTOCOL_SETTINGS;
  const stored = JSON.parse(row.value) as Partial<ProtocolSettings>;
  return { ...DEFAULT_PROTOCOL_SETTINGS, ...stored, sections: { ...DEFAULT_PROTOCOL_SETTINGS.sections, ...stored.sections } };
}

const metaOf = (d: ProtocolData, title: string) => ({
  title,
  author: d.team.name,
  subject: `${d.team.name} — ${d.meeting.number}`,
  // The meeting's own date, not "now": the same data gives the same document.
  createdAt: new Date(`${d.meeting.date}T12:00:00Z`),
});

export async function renderProtocol(ctx: ServiceContext, meetingId: string, corrections: Correction[] = []) {
  const data = await loadProtocolData(ctx.db, meetingId, await protocolSettings(ctx), corrections);
  const pdf = await renderPdf(protocolDocument(data), metaOf(data, `${DOC.protocolNo(data.meeting.number)} ${DOC.titleOf(data.meeting.kind, data.team.gminaName)}`));
  return { data, pdf };
}

export async function renderAttendanceList(ctx: ServiceContext, meetingId: string) {
  const data = await loadProtocolData(ctx.db, meetingId, await protocolSettings(ctx));
  const pdf = await renderPdf(attendanceListDocument(data), metaOf(data, `${DOC.listTitle} — ${data.meeting.number}`));
  return { data, pdf };
}

/** "protokol_5-2026.pdf" */
export const fileNameFor = (kind: 'protokol' | 'lista-obecnosci', number: string, version?: number) =>
  `${kind}_${number.replace(/\//g, '-')}${version && version > 1 ? `_v${version}` : ''}.pdf`;
