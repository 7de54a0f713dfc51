// Every method of the API by name, as a plain list: all the Electron preload needs (it imports
// nothing else, so it stays a few kilobytes). The contract (./contract.ts) defines each one and the
// compiler holds the two to the same set of names.
export const METHOD_NAMES = [
  'app.status',
  'app.loadDemo',
  'team.get',
  'team.setUp',
  'team.update',
  'institutions.list',
  'institutions.create',
  'institutions.update',
  'members.list',
  'members.create',
  'members.update',
  'members.deactivate',
  'members.reactivate',
  'members.delete',
  'members.history',
  'members.anonymise',
  'members.exportData',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.setStatus',
  'agenda.add',
  'agenda.update',
  'agenda.reorder',
  'agenda.remove',
  'attendance.set',
  'attendance.addGuest',
  'attendance.remove',
  'decisions.add',
  'decisions.update',
  'decisions.remove',
  'actionItems.create',
  'actionItems.update',
  'actionItems.setStatus',
  'actionItems.review',
  'actionItems.list',
  'actionItems.setStatusMany',
  'actionItems.carriedInto',
  'dashboard.get',
  'search.query',
  'settings.get',
  'settings.update',
  'protocol.get',
  'protocol.versions',
  'protocol.correct',
  'protocol.attendanceList',
  'protocol.check',
  'protocol.settings',
  'protocol.updateSettings',
  'sync.status',
  'sync.importEnrolment',
  'sync.check',
  'sync.exportBundle',
  'sync.importReceipt',
  'backup.list',
  'backup.createHandover',
  'backup.restoreHandover',
  'backup.restoreLocal',
  'backup.purge',
  'hub.status',
  'hub.init',
  'hub.enrol',
  'hub.import',
  'hub.reEnrol',
  'hub.teams',
  'hub.journal',
  'hub.monthly',
  'hub.csv',
  'cases.list',
  'cases.create',
  'cases.close',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);
export const isMethodName = (name: string): name is MethodName => NAMES.has(name);

/** One limit for a file crossing either transport (DECISIONS 6): bundles, copies, imports. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The IPC channels of the Electron shell: one to call, one for the change events. */
export const IPC_INVOKE = 'pzk:invoke';
export const IPC_CHANGED = 'pzk:changed';
