// `pzk hub …`, `pzk enrol`, `pzk bundle …`: synchronisation from the command line, through the same
// API contract the screens use (so the CLI runs the same RODO check before a bundle is made).
import { accessSync, constants, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ApiClient } from '../api/client';
import { AppError } from '../api/errors';
import { TARGET_GROUPS, type TargetGroup } from '../domain/basket';
import { blocks, type Finding } from '../domain/rodo';
import { savingTo, UsageError, withHub, withTeam } from './cores';

export interface SyncArgs {
  db?: string | undefined;
  hub?: string | undefined;
  name?: string | undefined;
  teryt?: string | undefined;
  out?: string | undefined;
  receipts?: string | undefined;
  csv?: boolean | undefined;
  format?: string | undefined;
  powiat?: string | undefined;
  gmina?: string | undefined;
  'target-group'?: string | undefined;
  year?: string | undefined;
  full?: boolean | undefined;
  'accept-findings'?: boolean | undefined;
  positionals: string[];
}

const out = (line: string) => process.stdout.write(`${line}\n`);

const readArg = (path: string | undefined, what: string) => {
  if (!path) throw new UsageError(`${what} FILE is required`);
  try {
    return readFileSync(resolve(path));
  } catch {
    throw new AppError('NOT_FOUND', `cannot read ${path}`);
  }
};

/** Refuses a path that is no readable file, as `readArg` would, without reading it. */
function mustBeReadable(path: string) {
  try {
    accessSync(resolve(path), constants.R_OK);
    if (statSync(resolve(path)).isFile()) return;
  } catch {
    // refused below, as any unreadable file
  }
  throw new AppError('NOT_FOUND', `cannot read ${path}`);
}

/** A file named on the command line, read whole; one line on stderr when it cannot be. */
export const readInput = (path: string) => readArg(path, 'FILE');

const KIND: Record<Finding['kind'], string> = { pesel: 'PESEL', id_card: 'ID card', pesel_like: 'PESEL-like number', phone: 'phone', email: 'e-mail', attachment: 'attachment, not read: check its content' };

/** Lists the findings on stdout; refuses (one line on stderr) if one blocks and was not accepted. */
export function reportFindings(findings: readonly Finding[], accepted: boolean, what: string): void {
  for (const f of findings) out(`${blocks(f) ? 'finding' : 'warning'}: ${KIND[f.kind]} ${f.masked} — ${f.where}`);
  const blocking = findings.filter(blocks).length;
  if (blocking && !accepted) {
    throw new AppError('RODO_FINDINGS', `${what} was not made: ${blocking} PESEL or ID-card number(s) (listed above); correct the text, or run again with --accept-findings`);
  }
}

async function findTeamId(api: ApiClient, teryt: string): Promise<string> {
  const teams = (await api.hub.teams()).filter((t) => t.teryt === teryt);
  if (teams.length !== 1) throw new AppError('UNKNOWN_TEAM', teams.length ? `${teams.length} teams have TERYT ${teryt}` : `no team with TERYT ${teryt} is enrolled here`);
  return teams[0]!.teamId;
}

export async function hubCommand(sub: string | undefined, a: SyncArgs): Promise<number> {
  switch (sub) {
    case 'init':
      return withHub(a.hub, 'write', 'hub init', async (api) => {
        out((await api.hub.init({ name: a.name ?? 'Centrum regionalne' })).recipient ?? '');
        return 0;
      }, false);
    case 'enrol':
      if (!a.name || !a.teryt || !a.out) throw new UsageError('pzk hub enrol needs --name, --teryt and --out');
      return withHub(a.hub, 'write', 'hub enrol', async (api) => {
        const file = await api.hub.enrol({ name: a.name!, teryt: a.teryt! });
        writeFileSync(resolve(a.out!), file.bytes);
        out(resolve(a.out!));
        return 0;
      });
    case 'reenrol':
      if (!a.teryt || !a.out) throw new UsageError('pzk hub reenrol needs --teryt and --out');
      return withHub(a.hub, 'write', 'hub reenrol', async (api) => {
        const file = await api.hub.reEnrol({ teamId: await findTeamId(api, a.teryt!) });
        writeFileSync(resolve(a.out!), file.bytes);
        out(resolve(a.out!));
        return 0;
      });
    case 'import': {
      if (a.positionals.length === 0) throw new UsageError('pzk hub import needs at least one BUNDLE file');
      // Every file is checked before anything is imported (a mistyped name stops the command at once),
      // then read and imported one at a time: a region's bundles together can take gigabytes (a full
      // bundle of a 20-year team is 22 MB, and a centre imports hundreds).
      for (const path of a.positionals) mustBeReadable(path);
      return withHub(a.hub, 'write', 'hub import', async (api) => {
        let failed = 0;
        for (const path of a.positionals) {
          for (const { name, report, receipt } of await api.hub.import({ files: [{ name: basename(path), bytes: readArg(path, 'BUNDLE') }] })) {
            if (!report.accepted) {
              failed += 1;
              out(`${name}: refused (${report.code}) — ${report.reason}`);
              continue;
            }
            out(
              `${name}: ${report.alreadyImported ? 'already imported' : 'accepted'} — TERYT ${report.teryt}, seq ${report.baseSeq}–${report.toSeq}: ` +
                `${report.imported} imported, ${report.updated} updated, ${report.ignored} ignored, ${report.deleted} deleted, ${report.anonymised} anonymised, ${report.files} files`,
            );
            if (a.receipts && receipt) {
              mkdirSync(resolve(a.receipts), { recursive: true });
              const path = join(resolve(a.receipts), `${report.teryt}_${report.toSeq}.pzkr`);
              writeFileSync(path, receipt.bytes);
              out(`  receipt: ${path}`);
            }
          }
        }
        return failed === 0 ? 0 : 1;
      });
    }
    case 'report':
      return withHub(a.hub, 'read', 'hub report', async (api) => {
        const rows = await api.hub.teams();
        if (a.csv) {
          out('teryt;name;acked_seq;last_bundle_at;meetings;meetings_held;members;action_items;action_items_open;state;last_refusal');
          for (const r of rows) {
            const refusal = r.lastRefusal ? `"${(r.lastRefusal.report.reason ?? '').replace(/"/g, '""')}"` : '';
            out([r.teryt, `"${r.name.replace(/"/g, '""')}"`, r.ackedSeq, r.lastBundleAt ?? '', r.meetings, r.meetingsHeld, r.members, r.actionItems, r.actionItemsOpen, r.state, refusal].join(';'));
          }
        } else {
          for (const r of rows) {
            out(`${r.teryt}  ${r.name} [${r.state}]: seq ${r.ackedSeq}, last bundle ${r.lastBundleAt ?? 'never'}, ${r.meetingsHeld}/${r.meetings} meetings held, ${r.members} members, ${r.actionItemsOpen}/${r.actionItems} action items open, Model stage: ${r.stage}, declarations ${r.declarations.signed}/${r.declarations.expected}`);
            if (r.lastRefusal) out(`  last bundle refused ${r.lastRefusal.at} (${r.lastRefusal.report.code}): ${r.lastRefusal.report.reason}`);
          }
        }
        return 0;
      });
    case 'catalogue': {
      const format = a.format ?? 'xlsx';
      if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format must be xlsx or csv, not "${format}"`);
      const group = a['target-group'];
      if (group !== undefined && !(TARGET_GROUPS as readonly string[]).includes(group)) throw new UsageError(`--target-group must be one of ${TARGET_GROUPS.join(', ')}, not "${group}"`);
      return withHub(a.hub, 'read', 'hub catalogue', async (api) => {
        const filters = { ...(a.powiat && { powiat: a.powiat }), ...(a.gmina && { gmina: a.gmina }), ...(group && { targetGroup: group as TargetGroup }) };
        const file = await api.hub.catalogueExport({ ...filters, format });
        const path = resolve(a.out ?? file.fileName);
        writeFileSync(path, file.bytes);
        out(`${(await api.hub.catalogue(filters)).rows.length} offers → ${path}`);
        return 0;
      });
    }
    case 'cases': {
      const format = a.format ?? 'xlsx';
      if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format must be xlsx or csv, not "${format}"`);
      if (a.year !== undefined && !/^\d{4}$/.test(a.year)) throw new UsageError(`--year must be a year such as 2026, not "${a.year}"`);
      const year = a.year === undefined ? {} : { year: Number(a.year) };
      return withHub(a.hub, 'read', 'hub cases', async (api) => {
        const figures = await api.hub.caseFigures(year);
        if (figures.year === null) throw new AppError('NOT_FOUND', 'no team has sent case figures yet');
        const file = await api.hub.caseFiguresExport({ ...year, format });
        const path = resolve(a.out ?? file.fileName);
        writeFileSync(path, file.bytes);
        const waiting = figures.pending.length ? `, ${figures.pending.length} not published yet (the year must end and every team send a bundle made after it)` : '';
        out(`${figures.year}: ${figures.models.length} model types${waiting} → ${path}`);
        return 0;
      });
    }
    default:
      throw new UsageError('pzk hub needs one of: init, enrol, reenrol, import, report, catalogue, cases');
  }
}

export async function enrolCommand(a: SyncArgs): Promise<number> {
  const text = readArg(a.positionals[0], 'ENROLMENT').toString('utf8');
  return withTeam(a.db, 'write', 'enrol', async (api) => {
    out(`enrolled with ${(await api.sync.importEnrolment({ text })).hubName}`);
    return 0;
  });
}

export async function bundleCommand(sub: string | undefined, a: SyncArgs): Promise<number> {
  if (sub === 'export') {
    if (!a.out) throw new UsageError('pzk bundle export needs --out FILE');
    return withTeam(
      a.db,
      'write',
      'bundle export',
      async (api) => {
        const full = a.full ?? false;
        const check = await api.sync.check({ full });
        reportFindings(check.findings, a['accept-findings'] ?? false, 'the bundle');
        // Written to --out as it is encrypted, not handed over as bytes (issue 12: a full bundle is tens of MB).
        const saved = await api.sync.saveBundle({ full, acceptFindings: check.digest });
        if (!saved.saved) throw new AppError('INTERNAL', `the bundle was not saved (${saved.reason})`);
        out(`${saved.path} (${check.records} records, seq ${check.baseSeq + 1}–${check.toSeq})`);
        return 0;
      },
      true,
      savingTo(a.out),
    );
  }
  if (sub === 'receipt') {
    const text = readArg(a.positionals[0], 'RECEIPT').toString('utf8');
    return withTeam(a.db, 'write', 'bundle receipt', async (api) => {
      out(`acknowledged up to seq ${(await api.sync.importReceipt({ text })).ackSeq}`);
      return 0;
    });
  }
  throw new UsageError('pzk bundle needs export or receipt');
}
