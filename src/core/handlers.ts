// The core's implementation of every contract method. TypeScript checks that the map is complete
// and that each handler takes the parsed input and returns the declared output.
import { randomBytes } from 'node:crypto';
import type { MethodName, MethodOutput, ParsedInput } from '../api/contract';
import * as actionItems from '../services/actionItems';
import * as agenda from '../services/agenda';
import * as attachments from '../services/attachments';
import * as attendance from '../services/attendance';
import * as cases from '../services/cases';
import * as casePlan from '../services/casePlan';
import * as caseReport from '../services/caseReport';
import type { ServiceContext } from '../services/context';
import type { HostSaving } from '../services/files';
import * as decisions from '../services/decisions';
import * as declarations from '../services/declarations';
import * as meetings from '../services/meetings';
import * as memberHistory from '../services/memberHistory';
import * as privacy from '../services/privacy';
import * as roster from '../services/roster';
import * as agendaTemplates from '../services/agendaTemplates';
import * as invitations from '../services/invitations';
import * as statistics from '../services/statistics';
import * as rosterImport from '../services/rosterImport';
import * as team from '../services/team';
import * as dashboard from '../services/dashboard';
import * as search from '../services/search';
import * as settings from '../services/settings';
import * as protocol from '../protocol/service';
import { yearReport } from '../protocol/yearReport';
import { printDeclarations } from '../protocol/declaration';
import { adoptRules, getRulesDocument } from '../protocol/teamRules';
import { getBenefitsDocument } from '../protocol/benefits';
import * as teamRules from '../services/teamRules';
import * as benefits from '../services/benefits';
import * as actionPlans from '../services/actionPlans';
import * as basket from '../services/basket';
import * as basketSheet from '../services/basketSheet';
import * as support from '../services/support';
import { getBasketGuide } from '../protocol/basket';
import { getPlanDocument } from '../protocol/actionPlan';
import * as sync from '../sync/service';
import { recipients } from '../sync/team';
import * as hub from '../hub/service';
import type { Hub } from '../hub/hub';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { AppStatus, Team } from '../domain/types';
import * as backup from '../backup/service';
import { diagnosticReport } from '../log/diagnostics';
import { checkInstaller } from '../update/release';
import { documentFile } from '../services/files';
import type { SecretStore } from '../sync/secrets';
import { AppError } from '../api/errors';
import type { DatabaseKey } from '../db/cipher';
import { draftKeyOf, setRecoveryPassphrase, type OpenedKey } from '../security/keys';

/** The recovery passphrase is wrapped around the open database's key; the database itself is not touched. */
async function setRecovery(ctx: HandlerContext, input: ParsedInput<'security.setRecoveryPassphrase'>) {
  const opened = ctx.security();
  if (!opened) throw new AppError('VALIDATION_FAILED', 'This database is not encrypted (it is in memory).', { fields: { passphrase: 'not_encrypted' } });
  await setRecoveryPassphrase(opened.databaseFile, opened.key, input.passphrase);
  opened.recoverySet = true;
  // The regional hub's database beside it opens with the same passphrase.
  const hub = ctx.hubSecurity();
  if (hub) {
    await setRecoveryPassphrase(hub.databaseFile, hub.key, input.passphrase);
    hub.recoverySet = true;
  }
  return { source: opened.source, recoverySet: true };
}

// An in-memory database has no key: its drafts get one for the life of the process, as the database has.
let inMemoryDraftKey: Buffer | null = null;
async function draftKey(ctx: HandlerContext) {
  const opened = ctx.security();
  const key = opened ? draftKeyOf(opened.key) : (inMemoryDraftKey ??= randomBytes(32));
  return { key: key.toString('base64') };
}

export interface HandlerContext extends ServiceContext {
  status: () => Promise<AppStatus>;
  loadDemo: (seed: number) => Promise<Team>;
  schemaVersion: string;
  hub: () => Promise<Hub>;
  files: { dataDir: string; backupDir: string; sqlite: BetterSqlite3.Database; key: DatabaseKey | null };
  /** The open database's key and what opened it; null: an in-memory database, not encrypted. */
  security: () => (OpenedKey & { databaseFile: string }) | null;
  /** The regional hub's key, once the hub was opened (null: none, or a plain hub). */
  hubSecurity: () => (OpenedKey & { databaseFile: string }) | null;
  /** Protects the installation's signing key (Electron safeStorage); null in plain Node. */
  secrets: SecretStore | null;
  /** Swaps the open database for a staged restore (src/core/core.ts). */
  replaceDatabase(): Promise<void>;
  /** The host's way of saving a document where the user chooses (issue 13.5); null: the renderer downloads. */
  saving: HostSaving | null;
  /** The host's way of running a verified installer (the Electron shell); null: the person runs it. */
  installer: HostInstaller | null;
  /** The release keys this build trusts ("Aktualizacja z pliku"). */
  releaseKeys: readonly string[];
}

/** A host capability: runs an installer whose bytes were verified a moment ago, then the app closes. */
export interface HostInstaller {
  run(fileName: string, bytes: Uint8Array): Promise<void>;
}

export type Handlers = {
  [N in MethodName]: (ctx: HandlerContext, input: ParsedInput<N>) => Promise<MethodOutput<N>>;
};

export const handlers: Handlers = {
  'app.status': (ctx) => ctx.status(),
  'files.save': async (ctx, input) => {
    if (!ctx.saving) return { saved: false, reason: 'download' };
    const path = await ctx.saving.save(input.fileName, input.bytes);
    return path === null ? { saved: false, reason: 'cancelled' } : { saved: true, path };
  },
  'files.showInFolder': async (ctx, input) => ({ shown: ctx.saving?.showInFolder(input.path) ?? false }),
  'app.loadDemo': (ctx, input) => ctx.loadDemo(input?.seed ?? 1),

  'team.get': (ctx) => team.getTeam(ctx),
  'team.setUp': team.setUpTeam,
  'team.update': team.updateTeam,

  'institutions.list': (ctx) => roster.listInstitutions(ctx),
  'institutions.create': roster.createInstitution,
  'institutions.update': roster.updateInstitution,

  'members.list': roster.listMembers,
  'members.create': roster.createMember,
  'roster.importPreview': rosterImport.previewRosterImport,
  'roster.import': rosterImport.importRoster,
  'roster.template': rosterImport.rosterTemplate,
  'roster.export': rosterImport.exportRoster,
  'members.update': roster.updateMember,
  'members.deactivate': roster.deactivateMember,
  'members.reactivate': roster.reactivateMember,
  'members.delete': roster.deleteMember,
  'members.history': memberHistory.memberHistory,
  'members.anonymise': privacy.anonymiseMember,
  'members.exportData': async (ctx, input) => privacy.exportMemberData(ctx, input, await recipients(ctx.db)),

  'meetings.list': meetings.listMeetings,
  'meetings.years': meetings.meetingYears,
  'meetings.get': meetings.getMeeting,
  'meetings.create': meetings.createMeeting,
  'meetings.update': meetings.updateMeeting,
  'meetings.seriesDates': meetings.seriesPreview,
  'meetings.createSeries': meetings.createSeries,
  'meetings.invitation': invitations.meetingInvitation,
  'meetings.schedule': invitations.yearSchedule,
  'meetings.setWorldCafe': meetings.setWorldCafe,
  'meetings.setStatus': (ctx, input) =>
    input.status === 'approved' ? protocol.approveMeeting(ctx, input.id, input.adoptedAtMeetingId) : meetings.setMeetingStatus(ctx, input),

  'agenda.add': agenda.addAgendaItem,
  'agenda.update': agenda.updateAgendaItem,
  'agenda.reorder': agenda.reorderAgenda,
  'agenda.remove': agenda.removeAgendaItem,

  'attendance.set': attendance.setAttendance,
  'attendance.addGuest': attendance.addGuest,
  'attendance.remove': attendance.removeAttendance,

  'decisions.add': decisions.addDecision,
  'decisions.update': decisions.updateDecision,
  'decisions.remove': decisions.removeDecision,
  'attachments.list': attachments.meetingAttachments,
  'attachments.add': attachments.addAttachment,
  'attachments.get': attachments.getAttachment,
  'attachments.rename': attachments.renameAttachment,
  'attachments.remove': attachments.removeAttachment,

  'actionItems.create': actionItems.createActionItem,
  'actionItems.update': actionItems.updateActionItem,
  'actionItems.remove': actionItems.removeActionItem,
  'actionItems.setStatus': actionItems.setActionItemStatus,
  'actionItems.review': actionItems.reviewActionItem,
  'actionItems.list': actionItems.listActionItems,
  'actionItems.setStatusMany': actionItems.setActionItemsStatus,
  'actionItems.carriedInto': actionItems.carriedIntoMeeting,

  'dashboard.get': (ctx) => dashboard.getDashboard(ctx),
  'search.query': search.search,
  'statistics.get': statistics.getStatistics,
  'statistics.report': yearReport,
  'agendaTemplates.list': agendaTemplates.listAgendaTemplates,
  'agendaTemplates.save': agendaTemplates.saveAgendaTemplate,
  'agendaTemplates.remove': agendaTemplates.removeAgendaTemplate,
  'settings.get': (ctx) => settings.getSettings(ctx),
  'settings.update': settings.updateSettings,

  'protocol.get': protocol.getProtocol,
  'protocol.docx': protocol.getProtocolDocx,
  'protocol.versions': protocol.listProtocolVersions,
  'protocol.correct': protocol.correctProtocol,
  'protocol.attendanceList': protocol.getAttendanceList,
  'protocol.invitationLetter': protocol.getInvitationLetter,
  'protocol.check': protocol.checkProtocol,
  'protocol.settings': (ctx) => protocol.protocolSettings(ctx.db),
  'protocol.updateSettings': protocol.updateProtocolSettings,

  'sync.status': (ctx) => sync.getSyncStatus(ctx),
  'sync.importEnrolment': sync.importEnrolmentText,
  'sync.check': sync.checkSync,
  'sync.exportBundle': sync.exportBundleFile,
  'sync.saveBundle': sync.saveBundleFile,
  'sync.importReceipt': sync.importReceiptText,

  'backup.list': backup.listLocalBackups,
  'backup.createHandover': backup.createHandover,
  'backup.restoreHandover': backup.restoreHandover,
  'backup.restoreLocal': backup.restoreLocal,
  'backup.purge': backup.purgeLocalBackups,
  'security.setRecoveryPassphrase': setRecovery,
  'security.draftKey': draftKey,
  'update.check': async (ctx, input) => checkInstaller(input.manifest, input.fileName, input.bytes, ctx.releaseKeys),
  'update.install': async (ctx, input) => {
    checkInstaller(input.manifest, input.fileName, input.bytes, ctx.releaseKeys);
    if (!ctx.installer) return { started: false };
    await ctx.installer.run(input.fileName, input.bytes);
    return { started: true };
  },
  'diagnostics.report': async (ctx) => {
    const now = ctx.now();
    const bytes = diagnosticReport({ ...ctx.files, schemaVersion: ctx.schemaVersion, now });
    return documentFile(`pzk-raport-diagnostyczny_${now.toISOString().slice(0, 10)}.zip`, 'application/zip', bytes);
  },

  'hub.status': (ctx) => hub.hubStatus(ctx),
  'hub.init': hub.hubInit,
  'hub.enrol': hub.hubEnrol,
  'hub.import': hub.hubImport,
  'hub.reEnrol': hub.hubReEnrol,
  'hub.teams': (ctx) => hub.hubTeams(ctx),
  'hub.journal': (ctx) => hub.hubJournalEntries(ctx),
  'hub.monthly': hub.hubMonthly,
  'hub.csv': (ctx) => hub.hubCsv(ctx),
  'hub.caseFigures': (ctx, input) => hub.hubCaseFigures(ctx, input),
  'hub.caseFiguresExport': hub.hubCaseFiguresExport,
  'hub.catalogue': (ctx, input) => hub.hubCatalogue(ctx, input),
  'hub.catalogueExport': (ctx, input) => hub.hubCatalogueExport(ctx, input),

  'cases.list': (ctx) => cases.listCases(ctx),
  'cases.get': cases.getCase,
  'cases.create': cases.createCase,
  'cases.updateReferral': cases.updateReferral,
  'cases.diagnose': cases.diagnoseCase,
  'cases.recordConsent': cases.recordConsent,
  'cases.withdrawConsent': cases.withdrawConsent,
  'cases.setTeam': casePlan.setTeam,
  'cases.saveGoal': casePlan.saveGoal,
  'cases.removeGoal': casePlan.removeGoal,
  'cases.saveTask': casePlan.saveTask,
  'cases.removeTask': casePlan.removeTask,
  'cases.review': casePlan.reviewCase,
  'cases.close': cases.closeCase,
  'cases.pzkReport': caseReport.pzkCaseReport,

  'declarations.list': (ctx) => declarations.listDeclarations(ctx),
  'declarations.create': declarations.createDeclaration,
  'declarations.update': declarations.updateDeclaration,
  'declarations.remove': declarations.removeDeclaration,
  'declarations.prepareMissing': declarations.prepareMissing,
  'declarations.print': printDeclarations,
  'declarations.attachScan': declarations.attachScan,
  'declarations.getScan': declarations.getScan,
  'declarations.removeScan': declarations.removeScan,
  'declarations.updateTexts': declarations.updateDeclarationTexts,

  'rules.list': (ctx) => teamRules.listRules(ctx),
  'rules.start': (ctx) => teamRules.startRules(ctx),
  'rules.update': teamRules.updateRules,
  'rules.setSection': teamRules.setRulesSection,
  'rules.addSection': teamRules.addRulesSection,
  'rules.removeSection': teamRules.removeRulesSection,
  'rules.fillPreamble': teamRules.fillPreamble,
  'rules.adopt': adoptRules,
  'rules.remove': teamRules.removeRules,
  'rules.document': getRulesDocument,

  'benefits.list': (ctx) => benefits.listBenefits(ctx),
  'benefits.save': benefits.saveBenefit,
  'benefits.remove': benefits.removeBenefit,
  'benefits.document': getBenefitsDocument,

  'plans.list': (ctx) => actionPlans.listPlans(ctx),
  'plans.create': actionPlans.createPlan,
  'plans.update': actionPlans.updatePlan,
  'plans.remove': actionPlans.removePlan,
  'plans.addTask': actionPlans.addTask,
  'plans.updateTask': actionPlans.updateTask,
  'plans.setTaskStatus': actionPlans.setTaskStatus,
  'plans.removeTask': actionPlans.removeTask,
  'plans.linkActionItem': actionPlans.linkActionItem,
  'plans.adopt': actionPlans.adoptPlan,
  'plans.document': getPlanDocument,

  'basket.list': basket.listOffers,
  'basket.save': basket.saveOffer,
  'basket.verify': basket.verifyOffer,
  'basket.linkActionItem': basket.linkActionItem,
  'basket.remove': basket.removeOffer,
  'basket.document': (ctx) => getBasketGuide(ctx),
  'basket.export': basketSheet.exportBasket,
  'basket.importPreview': basketSheet.previewBasketImport,
  'basket.import': basketSheet.importBasket,

  'support.list': support.listSupport,
  'support.save': support.saveSupport,
  'support.remove': support.removeSupport,
};
