// The API contract: every method once, with its zod input schema and its output type.
// The renderer's client, the Electron IPC handler and the browser host are derived from this map (the
// preload only needs the names, ./methods.ts); the core implements it in src/core/handlers.ts, and
// src/core/dispatch.ts validates every call against it.
import { z } from 'zod';
import {
  ACTION_ITEM_STATUSES,
  ATTENDANCE_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  WORLD_CAFE_FIELDS,
} from '../domain/enums';
import { ATTACHMENT_KINDS } from '../domain/attachments';
import type {
  ActionItem,
  Attachment,
  BoardActionItem,
  AgendaItem,
  AgendaRemoval,
  AnonymisationResult,
  AppStatus,
  DatabaseEncryption,
  BackupInfo,
  AttendanceRow,
  Dashboard,
  Decision,
  CheckedInstaller,
  DocumentFile,
  Institution,
  Meeting,
  MeetingDetail,
  MeetingSummary,
  Member,
  MemberHistory,
  ProtocolSettings,
  ProtocolVersionInfo,
  SearchResult,
  ReviewResult,
  Settings,
  SyncCheck,
  SyncStatusView,
  HubImportReport,
  HubJournalEntry,
  HubMonthRow,
  HubTeamRow,
  HubCaseFigures,
  AgendaTemplate,
  RosterImportPreview,
  TeamStatistics,
  RosterImportResult,
  Team,
} from '../domain/types';
import type { Finding } from '../domain/rodo';
import {
  bytes,
  choice,
  columnMapping,
  date,
  id,
  optionalDate,
  optionalText,
  requiredText,
  rosterFile,
  seriesRule,
  sha256,
  teryt,
} from './fields';
import { institutionInput, meetingInput, memberInput, teamInput } from './inputs';
import { METHOD_NAMES, type MethodName } from './methods';
import { method } from './method';
import { partnershipMethods } from './contractPartnership';
import { supportMethods } from './contractSupport';
import { caseMethods } from './contractCases';

export { institutionInput, memberInput, teamInput };


const empty = z.object({}).strict().optional();
const byId = z.object({ id });

const minutesText = z.string().max(200_000, { error: 'too_long' });

export const contract = {
  'app.status': method<AppStatus>()(empty),
  /** Fills an empty database with the demo team (the same as `pzk demo`). */
  'app.loadDemo': method<Team>()(z.object({ seed: z.int().default(1) }).optional()),

  'team.get': method<Team | null>()(empty),
  'team.setUp': method<Team>()(teamInput),
  'team.update': method<Team>()(teamInput),

  'institutions.list': method<Institution[]>()(empty),
  'institutions.create': method<Institution>()(institutionInput),
  'institutions.update': method<Institution>()(institutionInput.extend({ id })),

  'members.list': method<Member[]>()(z.object({ includeInactive: z.boolean().default(true) }).optional()),
  'members.create': method<Member>()(memberInput),
  /** A roster file (XLSX or CSV) read and checked row by row; nothing is written. */
  'roster.importPreview': method<RosterImportPreview>()(z.object({ bytes: rosterFile, mapping: columnMapping.optional() })),
  /** The rows of the file that are ready, in one transaction; `expectReady`: how many the preview showed. */
  'roster.import': method<RosterImportResult>()(z.object({ bytes: rosterFile, mapping: columnMapping.optional(), expectReady: z.int().min(0).max(100_000) })),
  'roster.template': method<DocumentFile>()(empty),
  'roster.export': method<DocumentFile>()(z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx'), all: z.boolean().default(false) })),
  'members.update': method<Member>()(memberInput.extend({ id })),
  'members.deactivate': method<Member>()(z.object({ id, leftOn: date })),
  'members.reactivate': method<Member>()(byId),
  'members.delete': method<{ id: string }>()(byId),
  /** The latest `limit` meetings attended and items owned, with how many there are in all (a long membership is paged). */
  'members.history': method<MemberHistory>()(z.object({ id, limit: z.int().min(1).max(5000).default(50) })),
  /** Erases the name and contacts of a member who has left (RODO art. 17); history and counts stay. */
  'members.anonymise': method<AnonymisationResult>()(byId),
  /** Everything the app holds about one person, as a file (RODO art. 15). */
  'members.exportData': method<DocumentFile>()(byId),

  /** The latest first; a year, a kind and a count narrow it (the screen shows a year at a time). */
  'meetings.list': method<MeetingSummary[]>()(
    z.object({ year: z.int().min(2000).max(2100).optional(), kind: choice(MEETING_KINDS).optional(), limit: z.int().min(1).max(10_000).optional() }).optional(),
  ),
  /** The years that have meetings, the latest first, with how many. */
  'meetings.years': method<Array<{ year: number; count: number }>>()(empty),
  'meetings.get': method<MeetingDetail>()(byId),
  'meetings.create': method<Meeting>()(
    meetingInput.extend({
      kind: choice(MEETING_KINDS).default('pzk'),
      agenda: z.array(requiredText(300)).max(100).default([]),
    }),
  ),
  'meetings.update': method<Meeting>()(meetingInput.extend({ id })),
  /** The days a series rule gives ("co drugi wtorek", "2. i 4. czwartek miesiąca"); at most 60. */
  'meetings.seriesDates': method<{ dates: string[]; tooMany: boolean }>()(z.object({ rule: seriesRule, from: date, until: date })),
  /** Planned meetings on each of those days, numbered in date order, in one transaction. */
  'meetings.createSeries': method<Meeting[]>()(
    meetingInput.omit({ date: true }).extend({
      rule: seriesRule,
      from: date,
      until: date,
      kind: choice(MEETING_KINDS).default('pzk'),
      agenda: z.array(requiredText(300)).max(100).default([]),
    }),
  ),
  /** The meeting's invitation for Outlook (.ics); `cancel`: the cancellation of the same event. */
  'meetings.invitation': method<DocumentFile>()(z.object({ id, cancel: z.boolean().default(false) })),
  /** The year's meetings as one calendar (.ics). */
  'meetings.schedule': method<DocumentFile>()(z.object({ year: z.int().min(2000).max(2100) })),
  /** One output of a World Café meeting (autosaved as it is typed); '' clears it. */
  'meetings.setWorldCafe': method<Meeting>()(z.object({ id, field: choice(WORLD_CAFE_FIELDS), text: z.string().max(20_000, { error: 'too_long' }) })),
  /** With `approved`: the meeting that adopts the protocol (by default the next one; null: outside a meeting, today). */
  'meetings.setStatus': method<Meeting>()(z.object({ id, status: choice(MEETING_STATUSES), adoptedAtMeetingId: id.nullish().transform((v) => v ?? null) })),

  'agenda.add': method<AgendaItem>()(
    z.object({ meetingId: id, title: requiredText(300), presenter: optionalText(150) }),
  ),
  'agenda.update': method<AgendaItem>()(
    z.object({
      id,
      title: requiredText(300).optional(),
      presenter: optionalText(150).optional(),
      minutes: minutesText.optional(),
      caseId: id.nullable().optional(),
    }),
  ),
  'agenda.reorder': method<AgendaItem[]>()(z.object({ meetingId: id, orderedIds: z.array(id).min(1) })),
  'agenda.remove': method<AgendaRemoval>()(byId),

  'attendance.set': method<AttendanceRow>()(
    z.object({
      meetingId: id,
      memberId: id,
      status: choice(ATTENDANCE_STATUSES),
      substituteName: optionalText(150),
    }),
  ),
  'attendance.addGuest': method<AttendanceRow>()(
    z.object({
      meetingId: id,
      guestName: requiredText(150),
      guestInstitution: optionalText(200),
      status: choice(ATTENDANCE_STATUSES).default('present'),
    }),
  ),
  'attendance.remove': method<{ id: string }>()(byId),

  'decisions.add': method<Decision>()(
    z.object({ meetingId: id, agendaItemId: id.nullish().transform((v) => v ?? null), text: requiredText(5000) }),
  ),
  'decisions.update': method<Decision>()(z.object({ id, text: requiredText(5000) })),
  'decisions.remove': method<{ id: string }>()(byId),

  'attachments.list': method<Attachment[]>()(z.object({ meetingId: id })),
  /** The type is judged by the bytes; the name only gives the stem of the stored name. */
  'attachments.add': method<Attachment>()(
    z.object({ meetingId: id, fileName: requiredText(255), bytes, kind: choice(ATTACHMENT_KINDS).default('document'), title: optionalText(300) }),
  ),
  'attachments.get': method<DocumentFile>()(byId),
  'attachments.rename': method<Attachment>()(z.object({ id, title: requiredText(300) })),
  'attachments.remove': method<{ id: string }>()(byId),

  'actionItems.create': method<ActionItem>()(
    z.object({
      meetingId: id,
      agendaItemId: id.nullish().transform((v) => v ?? null),
      text: requiredText(2000),
      ownerMemberId: id.nullish().transform((v) => v ?? null),
      dueOn: optionalDate,
      verification: optionalText(500),
      caseId: id.nullish().transform((v) => v ?? null),
      /** The basket's offer the item makes use of ("kto może pomóc w…", issue 16.4). */
      offerId: id.nullish().transform((v) => v ?? null),
      /** The IPW task of the meeting's case it carries out (a task team's meeting, issue 17.3). */
      ipwTaskId: id.nullish().transform((v) => v ?? null),
    }),
  ),
  'actionItems.update': method<ActionItem>()(
    z.object({
      id,
      text: requiredText(2000),
      ownerMemberId: id.nullish().transform((v) => v ?? null),
      dueOn: optionalDate,
      verification: optionalText(500),
      caseId: id.nullish().transform((v) => v ?? null),
    }),
  ),
  /** Removes an item added by mistake, while its meeting is not approved and no later meeting reviewed it. */
  'actionItems.remove': method<{ id: string }>()(byId),
  'actionItems.setStatus': method<ActionItem>()(z.object({ id, status: choice(ACTION_ITEM_STATUSES) })),
  'actionItems.review': method<ReviewResult>()(
    z.object({
      actionItemId: id,
      meetingId: id,
      note: optionalText(2000).transform((v) => v ?? ''),
      status: choice(ACTION_ITEM_STATUSES),
    }),
  ),
  'actionItems.list': method<BoardActionItem[]>()(
    z
      .object({
        status: z.array(choice(ACTION_ITEM_STATUSES)).optional(),
        ownerMemberId: id.optional(),
        institutionId: id.optional(),
        dueBefore: date.optional(),
        dueOnOrBefore: date.optional(),
      })
      .optional(),
  ),
  'actionItems.setStatusMany': method<ActionItem[]>()(
    z.object({ ids: z.array(id).min(1).max(1000), status: choice(ACTION_ITEM_STATUSES) }),
  ),
  'actionItems.carriedInto': method<MeetingDetail['carriedOver']>()(z.object({ meetingId: id })),

  'dashboard.get': method<Dashboard>()(empty),

  'search.query': method<SearchResult[]>()(
    z.object({ q: z.string().max(200, { error: 'too_long' }), limit: z.int().min(1).max(200).default(50) }),
  ),

  /** The team's figures over a period (dates inclusive). */
  'statistics.get': method<TeamStatistics>()(z.object({ from: date, to: date }).refine((p) => p.from <= p.to, { path: ['to'], error: 'period_order' })),
  /** "Sprawozdanie z działalności PZK za okres …" (a period) or "… za rok …" (a year), as PDF or DOCX, with the statistics' charts. */
  'statistics.report': method<DocumentFile>()(
    z
      .object({ year: z.int().min(2000).max(2100).optional(), from: date.optional(), to: date.optional(), format: z.enum(['pdf', 'docx']).default('pdf') })
      .refine((p) => (p.year !== undefined) !== (p.from !== undefined && p.to !== undefined) && (p.from === undefined) === (p.to === undefined), { path: ['from'], error: 'required' })
      .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ['to'], error: 'period_order' }),
  ),
  'agendaTemplates.list': method<AgendaTemplate[]>()(empty),
  'agendaTemplates.save': method<AgendaTemplate>()(z.object({ id: id.optional(), name: requiredText(120), items: z.array(requiredText(300)).min(1, { error: 'required' }).max(50, { error: 'too_long' }) })),
  'agendaTemplates.remove': method<{ id: string }>()(byId),
  'settings.get': method<Settings>()(empty),
  'settings.update': method<Settings>()(z.object({ language: z.enum(['pl', 'en']).optional() })),

  'protocol.get': method<DocumentFile>()(z.object({ meetingId: id, version: z.int().min(1).optional() })),
  /** The protocol as DOCX: a working copy for editing; the approved protocol stays the PDF. */
  'protocol.docx': method<DocumentFile>()(z.object({ meetingId: id })),
  'protocol.versions': method<ProtocolVersionInfo[]>()(z.object({ meetingId: id })),
  'protocol.correct': method<ProtocolVersionInfo>()(
    z.object({ meetingId: id, reason: requiredText(500), correctedBy: requiredText(150), text: requiredText(20000) }),
  ),
  'protocol.attendanceList': method<DocumentFile>()(z.object({ meetingId: id })),
  /** "Zaproszenie na posiedzenie": the letter with the agenda, dated today. */
  'protocol.invitationLetter': method<DocumentFile>()(z.object({ meetingId: id })),
  /** The RODO check of exactly what the document would print. */
  'protocol.check': method<Finding[]>()(z.object({ meetingId: id, document: z.enum(['protocol', 'attendanceList', 'invitation']).default('protocol') })),
  'protocol.settings': method<ProtocolSettings>()(empty),
  'protocol.updateSettings': method<ProtocolSettings>()(
    z.object({
      footerText: z.string().trim().max(300, { error: 'too_long' }).optional(),
      headerImage: z
        .string()
        .max(3_000_000, { error: 'too_long' })
        .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { error: 'invalid_image' })
        .nullable()
        .optional(),
      sections: z
        .object({ followUp: z.boolean(), otherBusiness: z.boolean(), nextMeeting: z.boolean(), signatures: z.boolean() })
        .partial()
        .optional(),
    }),
  ),

  'sync.status': method<SyncStatusView>()(empty),
  'sync.importEnrolment': method<{ hubName: string }>()(z.object({ text: z.string().min(1).max(100_000) })),
  /** The RODO check of exactly what the next bundle would carry; run before an export. */
  'sync.check': method<SyncCheck>()(z.object({ full: z.boolean().default(false) }).optional()),
  /** `acceptFindings`: the digest of a checked payload whose findings the animator sends anyway. */
  'sync.exportBundle': method<DocumentFile>()(z.object({ full: z.boolean().default(false), acceptFindings: sha256.optional() }).optional()),
  /**
   * The same bundle, saved where the user chooses (the host's save dialog; the CLI's --out) without crossing
   * the contract as bytes; `download`: the host has no dialog, so the renderer asks `sync.exportBundle`.
   */
  'sync.saveBundle': method<{ saved: true; path: string; fileName: string } | { saved: false; reason: 'cancelled' | 'download' }>()(
    z.object({ full: z.boolean().default(false), acceptFindings: sha256.optional() }).optional(),
  ),
  'sync.importReceipt': method<{ ackSeq: number }>()(z.object({ text: z.string().min(1).max(100_000) })),

  /** Saves a document where the user chooses (the Electron shell's save dialog); `download`: the host has none, the renderer downloads it. */
  'files.save': method<{ saved: true; path: string } | { saved: false; reason: 'cancelled' | 'download' }>()(z.object({ fileName: requiredText(255), bytes })),
  /** Opens the file manager at a file saved by `files.save`. */
  'files.showInFolder': method<{ shown: boolean }>()(z.object({ path: z.string().min(1).max(4096) })),

  'backup.list': method<{ backups: BackupInfo[] }>()(empty),
  'backup.createHandover': method<DocumentFile>()(z.object({ passphrase: z.string().max(200) })),
  /** A restore replaces the open database at once; every window is told to reload. */
  'backup.restoreHandover': method<{ restored: true }>()(z.object({ bytes, passphrase: z.string().max(200) })),
  'backup.restoreLocal': method<{ restored: true }>()(z.object({ name: z.string().min(1).max(200) })),
  /** Deletes every local copy made before now (they may hold text corrected since), then makes a fresh one. */
  'backup.purge': method<{ removed: number }>()(empty),
  /** Sets or changes the recovery passphrase that opens the encrypted database anywhere (issue 17.6). */
  'security.setRecoveryPassphrase': method<DatabaseEncryption>()(z.object({ passphrase: z.string().max(200) })),
  /** The key (base64, 32 bytes) the window encrypts its unsaved drafts with in local storage; derived from the database's. */
  'security.draftKey': method<{ key: string }>()(empty),

  /** "Aktualizacja z pliku": the installer's bytes against its release's signed manifest; nothing runs. */
  'update.check': method<CheckedInstaller>()(z.object({ manifest: z.string().min(1).max(1_000_000), fileName: requiredText(255), bytes })),
  /** The same check, then the host runs the installer (the Electron shell; the app closes). `started: false`: the host cannot. */
  'update.install': method<{ started: boolean }>()(z.object({ manifest: z.string().min(1).max(1_000_000), fileName: requiredText(255), bytes })),

  /** "Zapisz raport diagnostyczny": the log, versions and database state for IT support, no personal data (a zip). */
  'diagnostics.report': method<DocumentFile>()(empty),

  'hub.status': method<{ initialised: boolean; name: string | null; recipient: string | null }>()(empty),
  'hub.init': method<{ initialised: boolean; name: string | null; recipient: string | null }>()(z.object({ name: requiredText(200) })),
  'hub.enrol': method<DocumentFile>()(z.object({ name: requiredText(200), teryt })),
  'hub.import': method<Array<{ name: string; report: HubImportReport; receipt: DocumentFile | null }>>()(
    z.object({ files: z.array(z.object({ name: z.string().max(300), bytes })).min(1).max(100) }),
  ),
  'hub.reEnrol': method<DocumentFile>()(z.object({ teamId: id })),
  'hub.teams': method<HubTeamRow[]>()(empty),
  'hub.journal': method<HubJournalEntry[]>()(empty),
  'hub.monthly': method<HubMonthRow[]>()(z.object({ teamId: id })),
  'hub.csv': method<DocumentFile>()(empty),
  /** The region's case figures per model type for a calendar year (the latest by default), small counts hidden (17.5). */
  'hub.caseFigures': method<HubCaseFigures>()(z.object({ year: z.int().min(2000).max(2100).optional() }).optional()),
  'hub.caseFiguresExport': method<DocumentFile>()(z.object({ year: z.int().min(2000).max(2100).optional(), format: z.enum(['csv', 'xlsx']).default('xlsx') })),

  ...caseMethods,

  ...partnershipMethods,
  ...supportMethods,
} as const;

export type Contract = typeof contract;
export type { MethodName };
// The contract defines exactly the methods named in ./methods.ts, no more and no fewer.
const exactlyTheNames: [Exclude<keyof Contract, MethodName>, Exclude<MethodName, keyof Contract>] extends [never, never] ? true : never = true;
void exactlyTheNames;
export type MethodInput<N extends MethodName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends MethodName> = z.output<Contract[N]['input']>;
export type MethodOutput<N extends MethodName> = Exclude<Contract[N]['output'], undefined>;

export { METHOD_NAMES };
export { isMethodName } from './methods';
