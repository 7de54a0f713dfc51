// The regional centre's hub: its database and keys, enrolment of teams, the teams' state and the
// import journal. The import pipeline itself is in import.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { HUB_MIGRATIONS } from '../../migrations/hub/index';
import { openDatabase } from '../db/open';
import type { DatabaseKey } from '../db/cipher';
import type { HubImportReport, HubJournalEntry, HubTeamRow, HubTeamState } from '../domain/types';
import { newAgeIdentity, newSigningKeys } from '../sync/crypto';
import { SyncError } from '../api/errors';
import { ENROLMENT_FORMAT_VERSION, type Enrolment } from '../sync/format';
import { isOpen } from '../domain/actionItems';
import { isHeld, pzkTypeFor, type MeetingKind, type MeetingStatus, type PzkMeetingType } from '../domain/enums';
import { modelPathOf, type ModelStage } from '../domain/modelPath';
import { teamRecords } from './records';
import { declarationOverview } from '../domain/declarations';
import { localDate } from '../services/context';
import type { Hub, HubDatabase } from './schema';

/** "PZKH" */
export const HUB_APPLICATION_ID = 0x505a4b48;

export type { Hub };

/** Opens the hub's database; `key`: its encryption key (the core gives it; the unit tests open plain files). */
export async function openHub(file: string, options: { mustExist?: boolean; readOnly?: boolean; key?: DatabaseKey | null } = {}): Promise<Hub> {
  const opened = await openDatabase(file, {
    key: options.key ?? null,
    migrations: HUB_MIGRATIONS,
    applicationId: HUB_APPLICATION_ID,
    mustExist: options.mustExist ?? false,
    readOnly: options.readOnly ?? false,
    backupDir: null,
  });
  return { db: opened.db as unknown as Kysely<HubDatabase>, sqlite: opened.sqlite, close: () => opened.close() };
}

export async function initHub(hub: Hub, name: string, now = new Date()): Promise<{ recipient: string }> {
  const existing = await hub.db.selectFrom('hub').select('ageRecipient').executeTakeFirst();
  if (existing) return { recipient: existing.ageRecipient };
  const age = await newAgeIdentity();
  const keys = newSigningKeys();
  await hub.db
    .insertInto('hub')
    .values({ singleton: 1, name, ageIdentity: age.identity, ageRecipient: age.recipient, receiptPrivateKey: keys.privateKey, receiptPublicKey: keys.publicKey, createdAt: now.toISOString() })
    .execute();
  return { recipient: age.recipient };
}

export async function hubRow(hub: Hub) {
  const row = await hub.db.selectFrom('hub').selectAll().executeTakeFirst();
  if (!row) throw new SyncError('NOT_ENROLLED', 'the hub is not initialised: run pzk hub init first');
  return row;
}

const newToken = () => randomBytes(24).toString('base64url');

function enrolmentFile(h: HubDatabase['hub'], team: { id: string; teryt: string; token: string }): Enrolment {
  return { format: 'pzk-enrolment', formatVersion: ENROLMENT_FORMAT_VERSION, teamId: team.id, teryt: team.teryt, hubName: h.name, hubRecipient: h.ageRecipient, hubReceiptKey: h.receiptPublicKey, token: team.token };
}

export async function enrolTeam(hub: Hub, team: { name: string; teryt: string }, now = new Date()): Promise<Enrolment> {
  if (!/^\d{7}$/.test(team.teryt)) throw new SyncError('UNKNOWN_TEAM', 'TERYT must be 7 digits');
  const h = await hubRow(hub);
  const row = { id: randomUUID(), teryt: team.teryt, token: newToken() };
  await hub.db.insertInto('hubTeam').values({ ...row, name: team.name, installId: null, pinnedKey: null, ackedSeq: 0, lastBundleHash: null, lastBundleAt: null, createdAt: now.toISOString() }).execute();
  return enrolmentFile(h, row);
}

/**
 * A new enrolment file for a team already enrolled: for a restored or replaced installation (its
 * bundles are refused as a rollback or a fork) or a lost file. The old token and the pinned key stop
 * working at once; what the hub holds stays until the team's first full bundle replaces it.
 */
export async function reEnrolTeam(hub: Hub, teamId: string): Promise<Enrolment> {
  const h = await hubRow(hub);
  const team = await hub.db.selectFrom('hubTeam').select(['id', 'teryt']).where('id', '=', teamId).executeTakeFirst();
  if (!team) throw new SyncError('UNKNOWN_TEAM', `no team ${teamId} is enrolled here`);
  const row = { ...team, token: newToken() };
  await hub.db.updateTable('hubTeam').set({ token: row.token, pinnedKey: null, installId: null }).where('id', '=', teamId).execute();
  return enrolmentFile(h, row);
}

type JournalRow = Selectable<HubDatabase['hubImport']> & { teamName: string | null };

const journalEntry = (r: JournalRow): HubJournalEntry => ({
  id: r.id,
  at: r.at,
  source: r.source,
  teamId: r.teamId,
  teamName: r.teamName,
  report: JSON.parse(r.report) as HubImportReport,
});

/** The latest bundles tried, newest first. */
export async function hubJournal(hub: Hub, limit = 100): Promise<HubJournalEntry[]> {
  const rows = await hub.db
    .selectFrom('hubImport')
    .leftJoin('hubTeam', 'hubTeam.id', 'hubImport.teamId')
    .select(['hubImport.id', 'hubImport.at', 'hubImport.source', 'hubImport.teamId', 'hubImport.accepted', 'hubImport.code', 'hubImport.report', 'hubTeam.name as teamName'])
    .orderBy('hubImport.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(journalEntry);
}

export type TeamReportRow = HubTeamRow;

/** The team's stage on the Model's path; a bundle from before the types reads its PZK meetings as working ones. */
function stageOf(meetings: ReadonlyArray<{ kind: MeetingKind; pzkType: PzkMeetingType | null; status: MeetingStatus; date: string }>): ModelStage {
  const lastHeld: Partial<Record<PzkMeetingType, string>> = {};
  for (const m of meetings) {
    const type = pzkTypeFor(m.kind, m.pzkType);
    if (type && isHeld(m.status) && (lastHeld[type] ?? '') < m.date) lastHeld[type] = m.date;
  }
  return modelPathOf(lastHeld).stage;
}

/** Per team: its state, last bundle, acknowledged seq, last refusal, and counts from the imported records. */
export async function hubReport(hub: Hub, today = localDate(new Date())): Promise<TeamReportRow[]> {
  const teams = await hub.db.selectFrom('hubTeam').selectAll().orderBy('teryt').execute();
  const out: TeamReportRow[] = [];
  for (const t of teams) {
    const records = await teamRecords(hub, t.id, ['meeting', 'member', 'action_item', 'institution', 'declaration']);
    const meetings = [...records.meeting.values()];
    const items = [...records.action_item.values()];
    const last = await hub.db.selectFrom('hubImport').selectAll().where('teamId', '=', t.id).orderBy('id', 'desc').limit(1).executeTakeFirst();
    const lastRefusal = last && !last.accepted ? journalEntry({ ...last, teamName: t.name }) : null;
    const state: HubTeamState = t.pinnedKey === null ? (t.lastBundleAt === null ? 'waiting' : 'reenrolled') : lastRefusal ? 'refused' : 'ok';
    out.push({
      teamId: t.id,
      name: t.name,
      teryt: t.teryt,
      state,
      ackedSeq: t.ackedSeq,
      lastBundleAt: t.lastBundleAt,
      lastRefusal,
      stage: stageOf(meetings),
      declarations: declarationOverview([...records.institution.values()], [...records.member.values()], [...records.declaration.values()], today).accession,
      meetings: meetings.length,
      meetingsHeld: meetings.filter((m) => isHeld(m.status)).length,
      members: [...records.member.values()].filter((m) => m.leftOn === null).length,
      actionItems: items.length,
      actionItemsOpen: items.filter(isOpen).length,
    });
  }
  return out;
}
