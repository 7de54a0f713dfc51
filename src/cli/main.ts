// The `pzk` command line. Exit code 0 only on success; every error is one line on stderr.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiClient } from '../api/client';
import { AppError } from '../api/errors';
import { loadDemo } from '../demo/demo';
import { isOpen } from '../domain/actionItems';
import type { MeetingKind } from '../domain/enums';
import { APP_VERSION } from '../version';
import { UsageError, withTeam } from './cores';
import { casesCommand } from './cases';
import { basketCommand, declarationCommand, planCommand } from './partnership';
import { bundleCommand, enrolCommand, hubCommand, readInput, reportFindings } from './sync';

const HELP = `pzk ${APP_VERSION} — PZK Animator from the command line

Usage:
  pzk demo --db FILE [--seed N]            create a demo team (12 members, the meetings of 2026)
  pzk info --db FILE [--json]              the team, counts and the list of meetings
  pzk protocol --db FILE --meeting N/YYYY [--kind pzk|zzk|other] [--version V] [--format pdf|docx] [--out FILE]
              [--accept-findings]          the protocol PDF (an approved one as stored), or with
                                           --format docx a working copy to edit in Word (the PDF stays
                                           the protocol); a PESEL or ID-card number in it stops it
                                           unless --accept-findings
  pzk attendance-list --db FILE --meeting N/YYYY [--kind pzk|zzk|other] [--out FILE.pdf] [--accept-findings]
                                           the attendance list to print and sign
  pzk declaration --db FILE (--institution ID|NAME | --all) [--out FILE.pdf]
  pzk declaration --db FILE --confidentiality (--member ID|NAME | --all) [--out FILE.pdf]
                                           the declaration of accession (or the confidentiality
                                           declaration) pre-filled to print and sign; --all: every one
                                           not signed yet; --list: who has signed
  pzk plan export --db FILE [--format pdf|docx] [--plan ID] [--out FILE]
                                           the action plan: goals, tasks, progress and schedule (the plan
                                           of today's period unless --plan)
  pzk basket export --db FILE [--format pdf|xlsx|csv] [--out FILE]
                                           the Lokalny Koszyk Usług: the guide for social workers (PDF)
                                           or every offer in the columns the import reads (XLSX, CSV)
  pzk basket import --db FILE [--dry-run] FILE.xlsx
                                           offers from a spreadsheet: each row checked (a new offer, a
                                           change, the same, a repeat, an error and why); --dry-run
                                           writes nothing
  pzk report --db FILE (--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY) [--format pdf|docx] [--out FILE]
                                           the report of the team's work over the period
                                           ("Sprawozdanie z działalności PZK za okres …"), with its charts
  pzk cases --db FILE [--json]              per case: code, stage, the IPW goals with their tasks and
                                           results (what the case screen shows, on this computer only)
  pzk attach --db FILE --meeting N/YYYY [--kind …] [--title TEXT] [--scan] FILE...
                                           attach files to a meeting not yet approved (PDF, JPG, PNG,
                                           DOCX, XLSX, ODT by their content, 25 MB each); --scan: the
                                           scan of the signed attendance list; prints each SHA-256
  pzk attachments --db FILE --meeting N/YYYY [--kind …] [--save DIR]
                                           list a meeting's attachments with their SHA-256, or save them

Synchronisation with the regional centre:
  pzk hub init --hub FILE [--name NAME]   create the hub database and keys; prints its age recipient
  pzk hub enrol --hub FILE --name NAME --teryt 1234567 --out ENROLMENT.json
  pzk hub reenrol --hub FILE --teryt 1234567 --out ENROLMENT.json
                                          a new enrolment for a restored or replaced installation
  pzk hub import --hub FILE [--receipts DIR] BUNDLE...   import bundles; a report line each
  pzk hub report --hub FILE [--csv]       per team: state, last bundle, acknowledged seq, last refusal, counts
  pzk hub catalogue --hub FILE [--powiat P] [--gmina G] [--target-group CODE] [--format xlsx|csv] --out FILE
                                          the regional catalogue of every team's basket of services
  pzk hub cases --hub FILE [--year YYYY] [--format xlsx|csv] [--out FILE]
                                          the region's case figures per type of gmina for a year, counts
                                          under 3 and what would give them back hidden ("x")
  pzk enrol --db FILE ENROLMENT.json      the team imports its enrolment
  pzk bundle export --db FILE --out FILE.pzkb [--full] [--accept-findings]
                                          after the RODO check of exactly what the bundle carries
  pzk bundle receipt --db FILE RECEIPT.pzkr

  pzk --help | --version                  (also: pzk COMMAND --help)

Commands that change data refuse while the app or the browser host has the data folder open;
the others (info, protocol, attendance-list, declaration, report, cases, plan export, basket export, attachments,
hub report, hub catalogue, hub cases) read beside it.
`;

async function findMeeting(api: ApiClient, number: string | undefined, kind: string | undefined) {
  if (!number || !/^\d+\/\d{4}$/.test(number)) throw new UsageError('--meeting N/YYYY is required, e.g. --meeting 5/2026');
  const wanted = (kind ?? 'pzk') as MeetingKind;
  const meeting = (await api.meetings.list({ year: Number(number.split('/')[1]) })).find((m) => m.number === number && m.kind === wanted);
  if (!meeting) throw new AppError('NOT_FOUND', `no ${wanted.toUpperCase()} meeting ${number} in this database`);
  return meeting;
}

/** The report's period: --from and --to (days, inclusive) or a whole --year. */
function reportPeriod(values: { from?: string | undefined; to?: string | undefined; year?: string | undefined }): { from: string; to: string } | { year: number } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (values.year !== undefined) {
    if (values.from !== undefined || values.to !== undefined) throw new UsageError('give either --year or --from and --to, not both');
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(`--year must be a year such as 2026, not "${values.year}"`);
    return { year: Number(values.year) };
  }
  if (values.from === undefined || values.to === undefined) throw new UsageError('--from YYYY-MM-DD and --to YYYY-MM-DD are required (or --year YYYY)');
  for (const [flag, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (!day.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw new UsageError(`${flag} must be a date YYYY-MM-DD, not "${value}"`);
  }
  if (values.from > values.to) throw new UsageError(`--from ${values.from} is later than --to ${values.to}`);
  return { from: values.from, to: values.to };
}

function writeDocument(out: string | undefined, fileName: string, bytes: Uint8Array): string {
  const path = resolve(out ?? fileName);
  writeFileSync(path, bytes);
  return path;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === '--version') {
    process.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      hub: { type: 'string' },
      name: { type: 'string' },
      teryt: { type: 'string' },
      receipts: { type: 'string' },
      csv: { type: 'boolean' },
      full: { type: 'boolean' },
      'accept-findings': { type: 'boolean' },
      db: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      meeting: { type: 'string' },
      kind: { type: 'string' },
      version: { type: 'string' },
      format: { type: 'string' },
      'dry-run': { type: 'boolean' },
      powiat: { type: 'string' },
      gmina: { type: 'string' },
      'target-group': { type: 'string' },
      out: { type: 'string' },
      title: { type: 'string' },
      scan: { type: 'boolean' },
      save: { type: 'string' },
      institution: { type: 'string' },
      member: { type: 'string' },
      all: { type: 'boolean' },
      confidentiality: { type: 'boolean' },
      list: { type: 'boolean' },
      plan: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      year: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const syncArgs = { ...values, positionals: positionals.slice(command === 'hub' || command === 'bundle' ? 1 : 0) };
  switch (command) {
    case 'hub':
      return hubCommand(positionals[0], syncArgs);
    case 'enrol':
      return enrolCommand(syncArgs);
    case 'bundle':
      return bundleCommand(positionals[0], syncArgs);
    case 'demo': {
      const seed = values.seed === undefined ? 1 : Number(values.seed);
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
      if (values.db && existsSync(values.db)) throw new UsageError(`${values.db} already exists; demo data goes into a new file`);
      await withTeam(values.db, 'write', 'demo', (api) => loadDemo(api, seed), false);
      process.stdout.write(`demo team written to ${resolve(values.db!)}\n`);
      return 0;
    }
    case 'info':
      return withTeam(values.db, 'read', 'info', async (api) => {
        const team = await api.team.get();
        if (!team) throw new AppError('TEAM_NOT_SET_UP', 'the database holds no team yet');
        const [meetings, members, institutions, items] = await Promise.all([api.meetings.list(), api.members.list(), api.institutions.list(), api.actionItems.list()]);
        const info = {
          team: { name: team.name, gmina: team.gminaName, teryt: team.teryt, modelType: team.modelType },
          counts: { institutions: institutions.length, members: members.filter((m) => m.active).length, meetings: meetings.length, actionItems: items.length, openActionItems: items.filter(isOpen).length },
          meetings: [...meetings].reverse().map((m) => ({ number: m.number, kind: m.kind, date: m.date, status: m.status })),
        };
        if (values.json) process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
        else {
          const lines = [
            `${info.team.name}`,
            `gmina ${info.team.gmina}, TERYT ${info.team.teryt}, ${info.team.modelType}`,
            `${info.counts.institutions} institutions, ${info.counts.members} members, ${info.counts.meetings} meetings, ${info.counts.actionItems} action items (${info.counts.openActionItems} open)`,
            '',
            ...info.meetings.map((m) => `${m.kind.toUpperCase().padEnd(5)} ${(m.number ?? 'planned').padEnd(8)} ${m.date}  ${m.status}`),
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        return 0;
      });
    case 'protocol':
      return withTeam(values.db, 'read', 'protocol', async (api) => {
        const meeting = await findMeeting(api, values.meeting, values.kind);
        const version = values.version === undefined ? undefined : Number(values.version);
        const format = values.format ?? 'pdf';
        if (format !== 'pdf' && format !== 'docx') throw new UsageError(`--format must be pdf or docx, not "${format}"`);
        if (format === 'docx' && version !== undefined) throw new UsageError('--version names a stored PDF; a DOCX is made of the protocol as it stands');
        reportFindings(await api.protocol.check({ meetingId: meeting.id }), values['accept-findings'] ?? false, 'the protocol');
        const file = format === 'docx' ? await api.protocol.docx({ meetingId: meeting.id }) : await api.protocol.get({ meetingId: meeting.id, ...(version !== undefined && { version }) });
        process.stdout.write(`${writeDocument(values.out, file.fileName, file.bytes)}\n`);
        return 0;
      });
    case 'attendance-list':
      return withTeam(values.db, 'read', 'attendance-list', async (api) => {
        const meeting = await findMeeting(api, values.meeting, values.kind);
        reportFindings(await api.protocol.check({ meetingId: meeting.id, document: 'attendanceList' }), values['accept-findings'] ?? false, 'the attendance list');
        const file = await api.protocol.attendanceList({ meetingId: meeting.id });
        process.stdout.write(`${writeDocument(values.out, file.fileName, file.bytes)}\n`);
        return 0;
      });
    case 'declaration':
      return declarationCommand(values);
    case 'report':
      return withTeam(values.db, 'read', 'report', async (api) => {
        const format = values.format ?? 'pdf';
        if (format !== 'pdf' && format !== 'docx') throw new UsageError(`--format must be pdf or docx, not "${format}"`);
        const file = await api.statistics.report({ ...reportPeriod(values), format });
        process.stdout.write(`${writeDocument(values.out, file.fileName, file.bytes)}\n`);
        return 0;
      });
    case 'cases':
      return casesCommand(values);
    case 'plan':
      return planCommand(positionals[0], values);
    case 'basket':
      return basketCommand(positionals[0], { ...values, files: positionals.slice(1) });
    case 'attach':
      return withTeam(values.db, 'write', 'attach', async (api) => {
        const meeting = await findMeeting(api, values.meeting, values.kind);
        if (!positionals.length) throw new UsageError('name the files to attach, e.g. pzk attach --db pzk.sqlite --meeting 5/2026 lista.pdf');
        if (values.title !== undefined && positionals.length > 1) throw new UsageError('--title describes one file; attach the files one by one');
        for (const path of positionals) {
          const added = await api.attachments.add({ meetingId: meeting.id, fileName: basename(path), bytes: readInput(path), kind: values.scan ? 'attendance_scan' : 'document', title: values.title ?? null });
          process.stdout.write(`${added.sha256}  ${added.fileName}  ${added.mediaType}  ${added.size} bytes\n`);
        }
        return 0;
      });
    case 'attachments':
      return withTeam(values.db, 'read', 'attachments', async (api) => {
        const meeting = await findMeeting(api, values.meeting, values.kind);
        const list = await api.attachments.list({ meetingId: meeting.id });
        for (const a of list) {
          const saved = values.save ? `  → ${writeDocument(join(values.save, a.fileName), a.fileName, (await api.attachments.get({ id: a.id })).bytes)}` : '';
          process.stdout.write(`${a.position}. ${a.sha256}  ${a.fileName}  ${a.mediaType}  ${a.size} bytes  ${a.title}${saved}\n`);
        }
        if (!list.length) process.stdout.write(`meeting ${meeting.number ?? meeting.date} has no attachments\n`);
        return 0;
      });
    default:
      throw new UsageError(`unknown command "${command}" (see pzk --help)`);
  }
}

export function describeFailure(error: unknown): { line: string; code: number } {
  if (error instanceof UsageError) return { line: `pzk: ${error.message}`, code: 2 };
  if (error instanceof AppError) return { line: `pzk: ${error.message}`, code: 1 };
  if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
    return { line: `pzk: ${error.message}`, code: 2 };
  }
  return { line: `pzk: unexpected error: ${error instanceof Error ? error.message : String(error)}`, code: 1 };
}
