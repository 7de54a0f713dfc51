// The encrypted database beside the same one plain (issue 17.6: within 1.3× on the hot paths). One
// 20-year team, copied twice: one copy as the app keeps it (encrypted, the development key), the other
// decrypted; both opened by the same core in this process and called interleaved, call by call. The
// meetings opened are picked at random across the years, so pages come from disk, not the page cache.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';
import { useKey } from '../src/db/cipher';
import { keyForDatabase } from '../src/security/keys';
import { benchTeam } from './generate';
import { interleaved, printTable, type Row } from './measure';

const TARGET = 1.3;

/** A copy of an encrypted database, decrypted (SQLite3 Multiple Ciphers: an empty rekey; not in WAL mode). */
async function decryptCopy(file: string): Promise<void> {
  const { key } = await keyForDatabase(file, { developmentKey: true }, true);
  const sqlite = new BetterSqlite3(file);
  useKey(sqlite, key);
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma("rekey = ''");
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
}

export async function encryptionBench(): Promise<Row[]> {
  const team = await benchTeam(20);
  await team.core.close();
  const root = mkdtempSync(join(tmpdir(), 'pzk-bench-cipher-'));
  const missed: Row[] = [];
  try {
    const encryptedDir = join(root, 'encrypted');
    const plainDir = join(root, 'plain');
    for (const dir of [encryptedDir, plainDir]) cpSync(join('.tmp', 'bench-20y'), dir, { recursive: true, filter: (src) => !/backups|logs/.test(src) });
    await decryptCopy(join(plainDir, 'pzk.sqlite'));
    const encrypted = await openCore(encryptedDir, { backupLater: true });
    const plain = await openCore(plainDir, { plainForBenchmark: true, backupLater: true });
    const apis = [plain, encrypted].map((core) => createClient((m, i) => core.dispatch(m, i)));
    const [plainApi, encryptedApi] = apis as [ReturnType<typeof createClient>, ReturnType<typeof createClient>];

    const meetings = await plainApi.meetings.list();
    const latest = meetings[0]!;
    const detail = await plainApi.meetings.get({ id: latest.id });
    const item = detail.agenda[4]!;
    const member = detail.attendance[0]!.memberId!;
    // The same random sequence of meetings for both copies.
    let seed = 17;
    const picks = Array.from({ length: 400 }, () => meetings[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % meetings.length]!.id);
    const texts = ['', ''];

    const cases: Array<[string, number, (api: typeof plainApi, k: number, i: number) => Promise<unknown>]> = [
      ['agenda.update (autosave)', 400, (api, k) => api.agenda.update({ id: item.id, minutes: (texts[k] += ' Dalsza notatka z przebiegu.') })],
      ['meetings.get (a meeting of any year)', 400, (api, _k, i) => api.meetings.get({ id: picks[i]! })],
      ['meetings.get (the live meeting)', 200, (api) => api.meetings.get({ id: latest.id })],
      ['actionItems.create', 300, (api, _k, i) => api.actionItems.create({ meetingId: latest.id, text: `Zadanie ${i}`, ownerMemberId: member })],
      ['actionItems.list (open items)', 50, (api) => api.actionItems.list({ status: ['new', 'in_progress'] })],
      ['search.query ("rodziny asystenta")', 100, (api) => api.search.query({ q: 'rodziny asystenta' })],
      ['dashboard.get', 50, (api) => api.dashboard.get()],
    ];
    for (const [what, n, call] of cases) {
      const [floor, row] = await interleaved(n, [`${what}, plain (floor)`, `${what}, encrypted`], [
        (i) => call(plainApi, 0, i),
        (i) => call(encryptedApi, 1, i),
      ]);
      row!.targetRatio = TARGET;
      missed.push(...printTable(`Encrypted beside plain: ${what}`, [floor!, row!], floor));
    }
    await plain.close();
    await encrypted.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missed = await encryptionBench();
  if (missed.length) process.exitCode = 1;
}
