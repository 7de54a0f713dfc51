// `pzk hub …`, `pzk enrol`, `pzk bundle …`: synchronisation from the command line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { enrolTeam, hubReport, initHub, openHub, reEnrolTeam, type Hub } from '../hub/hub';
import { importBundle } from '../hub/import';
import { exportBundle, importEnrolment, importReceipt } from '../sync/team';
import { SyncError } from '../sync/format';
import { openCoreFile } from '../core/core';

export class UsageError extends Error {}

export interface SyncArgs {
  db?: string | undefined;
  hub?: string | undefined;
  name?: string | undefined;
  teryt?: string | undefined;
  out?: string | undefined;
  receipts?: string | undefined;
  csv?: boolean | undefined;
  full?: boolean | undefined;
  positionals: string[];
}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function withHub<T>(file: string | undefined, mustExist: boolean, fn: (hub: Hub) => Promise<T>): Promise<T> {
  if (!file) throw new UsageError('--hub FILE is required');
  const hub = await openHub(resolve(file), { mustExist });
  try {
    return await fn(hub);
  } finally {
    await hub.close();
  }
}

async function withTeamDb<T>(file: string | undefined, fn: (db: Awaited<ReturnType<typeof openCoreFile>>) => Promise<T>): Promise<T> {
  if (!file) throw new UsageError('--db FILE is required');
  const core = await openCoreFile(resolve(file), { mustExist: true, logError: () => undefined });
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

const readArg = (path: string | undefined, what: string) => {
  if (!path) throw new UsageError(`${what} FILE is required`);
  try {
    return readFileSync(resolve(path));
  } catch {
    throw new SyncError('NOT_A_SYNC_FILE', `cannot read ${path}`);
  }
};

export async function hubCommand(sub: string | undefined, a: SyncArgs): Promise<number> {
  switch (sub) {
    case 'init':
      return withHub(a.hub, false, async (hub) => {
        const { recipient } = await initHub(hub, a.name ?? 'Centrum regionalne');
        out(recipient);
        return 0;
      });
    case 'enrol':
      if (!a.name || !a.teryt || !a.out) throw new UsageError('pzk hub enrol needs --name, --teryt and --out');
      return withHub(a.hub, true, async (hub) => {
        const enrolment = await enrolTeam(hub, { name: a.name!, teryt: a.teryt! });
        writeFileSync(resolve(a.out!), JSON.stringify(enrolment, null, 2));
        out(resolve(a.out!));
        return 0;
      });
    case 'reenrol':
      if (!a.teryt || !a.out) throw new UsageError('pzk hub reenrol needs --teryt and --out');
      return withHub(a.hub, true, async (hub) => {
        const teams = (await hubReport(hub)).filter((t) => t.teryt === a.teryt);
        if (teams.length !== 1) throw new SyncError('UNKNOWN_TEAM', teams.length ? `${teams.length} teams have TERYT ${a.teryt}` : `no team with TERYT ${a.teryt} is enrolled here`);
        const enrolment = await reEnrolTeam(hub, teams[0]!.teamId);
        writeFileSync(resolve(a.out!), JSON.stringify(enrolment, null, 2));
        out(resolve(a.out!));
        return 0;
      });
    case 'import': {
      if (a.positionals.length === 0) throw new UsageError('pzk hub import needs at least one BUNDLE file');
      return withHub(a.hub, true, async (hub) => {
        let failed = 0;
        for (const file of a.positionals) {
          const report = await importBundle(hub, readArg(file, 'BUNDLE'), new Date(), basename(file));
          if (report.accepted) {
            out(`${basename(file)}: ${report.alreadyImported ? 'already imported' : 'accepted'} — TERYT ${report.teryt}, seq ${report.baseSeq}–${report.toSeq}: ${report.imported} imported, ${report.updated} updated, ${report.ignored} ignored, ${report.files} files`);
            if (a.receipts && report.receipt) {
              mkdirSync(resolve(a.receipts), { recursive: true });
              const path = join(resolve(a.receipts), `${report.teryt}_${report.toSeq}.pzkr`);
              writeFileSync(path, report.receipt);
              out(`  receipt: ${path}`);
            }
          } else {
            failed += 1;
            out(`${basename(file)}: refused (${report.code}) — ${report.reason}`);
          }
        }
        return failed === 0 ? 0 : 1;
      });
    }
    case 'report':
      return withHub(a.hub, true, async (hub) => {
        const rows = await hubReport(hub);
        if (a.csv) {
          out('teryt;name;acked_seq;last_bundle_at;meetings;meetings_held;members;action_items;action_items_open;state;last_refusal');
          for (const r of rows) {
            const refusal = r.lastRefusal ? `"${(r.lastRefusal.report.reason ?? '').replace(/"/g, '""')}"` : '';
            out([r.teryt, `"${r.name.replace(/"/g, '""')}"`, r.ackedSeq, r.lastBundleAt ?? '', r.meetings, r.meetingsHeld, r.members, r.actionItems, r.actionItemsOpen, r.state, refusal].join(';'));
          }
        } else {
          for (const r of rows) {
            out(`${r.teryt}  ${r.name} [${r.state}]: seq ${r.ackedSeq}, last bundle ${r.lastBundleAt ?? 'never'}, ${r.meetingsHeld}/${r.meetings} meetings held, ${r.members} members, ${r.actionItemsOpen}/${r.actionItems} action items open`);
            if (r.lastRefusal) out(`  last bundle refused ${r.lastRefusal.at} (${r.lastRefusal.report.code}): ${r.lastRefusal.report.reason}`);
          }
        }
        return 0;
      });
    default:
      throw new UsageError('pzk hub needs one of: init, enrol, reenrol, import, report');
  }
}

export async function enrolCommand(a: SyncArgs): Promise<number> {
  const text = readArg(a.positionals[0], 'ENROLMENT').toString('utf8');
  return withTeamDb(a.db, async (core) => {
    const enrolment = await importEnrolment(core.database.db, text);
    out(`enrolled with ${enrolment.hubName}`);
    return 0;
  });
}

export async function bundleCommand(sub: string | undefined, a: SyncArgs): Promise<number> {
  if (sub === 'export') {
    if (!a.out) throw new UsageError('pzk bundle export needs --out FILE');
    return withTeamDb(a.db, async (core) => {
      const bundle = await exportBundle(core.database.db, core.database.schemaVersion, { full: a.full ?? false });
      writeFileSync(resolve(a.out!), bundle.bytes);
      out(`${resolve(a.out!)} (changes ${bundle.manifest.baseSeq + 1}–${bundle.manifest.toSeq})`);
      return 0;
    });
  }
  if (sub === 'receipt') {
    const text = readArg(a.positionals[0], 'RECEIPT').toString('utf8');
    return withTeamDb(a.db, async (core) => {
      const { ackSeq } = await importReceipt(core.database.db, text);
      out(`acknowledged up to seq ${ackSeq}`);
      return 0;
    });
  }
  throw new UsageError('pzk bundle needs export or receipt');
}
