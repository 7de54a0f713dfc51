// kill -9 of the browser host at random moments while the minutes autosave and members are added:
// after every kill the database passes integrity_check and holds every write the host acknowledged
// (issue 10, "crash"). 20 rounds in `npm test`, 200 in `npm run soak`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/client';
import { openCore } from '../../src/core/core';
import { openKeyed, tempDir, TEAM } from '../helpers';
import { prng, recordFigures, rounds, SEED } from './scale';

const HOST = resolve(import.meta.dirname, '../../main/browser/cli.ts');
const ROUNDS = rounds(20, 200);

async function startHost(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', HOST, '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PZK_DEV_KEY: '1' } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', (l) => done(l.trim()));
    child.once('exit', (code) => fail(new Error(`host exited ${code}: ${stderr}`)));
  });
  const u = new URL(url);
  const token = u.hash.replace('#token=', '');
  const call = async (method: string, input: unknown) => {
    const r = await fetch(`${u.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
    const body = (await r.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.code}`);
    return body.value;
  };
  return { child, call };
}

describe('kill -9 during autosave', () => {
  it(`loses no acknowledged write and never corrupts the database (${ROUNDS} rounds, seed ${SEED})`, { timeout: ROUNDS * 20_000 }, async () => {
    const random = prng(SEED);
    const dir = tempDir();
    const core = await openCore(dir, { logError: () => undefined });
    const api = createClient((m, i) => core.dispatch(m, i));
    await api.team.setUp(TEAM);
    const meeting = await api.meetings.create({ date: '2026-03-01', agenda: ['Sprawy bieżące', 'Wolne wnioski'] });
    const items = (await api.meetings.get({ id: meeting.id })).agenda.map((a) => a.id);
    await core.close();

    const acknowledged = new Map<string, string>(); // item id → last minutes the host acknowledged
    const members = new Set<string>();
    let writes = 0;
    let killedInFlight = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const host = await startHost(dir);
      const killAfter = 30 + random.int(800);
      const started = Date.now();
      let inFlight = false;
      // The write in flight when the host died may have committed without its answer arriving.
      let sent = null as { item: string; text: string } | null;
      // The writer: autosaves (growing text, as typing does) and now and then a new member.
      const writer = (async () => {
        for (let i = 0; ; i++) {
          const item = random.pick(items);
          const text = `${acknowledged.get(item) ?? ''} r${round}w${i} Zespół omówił sytuację rodziny.`.slice(-20_000);
          inFlight = true;
          try {
            if (i % 7 === 3) {
              const name = `Osoba ${round}-${i}`;
              await host.call('members.create', { fullName: name });
              members.add(name);
            } else {
              sent = { item, text };
              await host.call('agenda.update', { id: item, minutes: text });
              acknowledged.set(item, text);
            }
            writes += 1;
          } catch {
            return; // the host is gone: this write was never acknowledged
          } finally {
            inFlight = false;
          }
        }
      })();
      while (Date.now() - started < killAfter) await new Promise((r) => setTimeout(r, 5));
      if (inFlight) killedInFlight += 1;
      host.child.kill('SIGKILL');
      await once(host.child, 'exit');
      await writer;

      const db = openKeyed(join(dir, 'pzk.sqlite'), join(dir, 'pzk.sqlite'), { readonly: false });
      try {
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        for (const [item, text] of acknowledged) {
          const row = db.prepare('SELECT minutes FROM agenda_item WHERE id = ?').get(item) as { minutes: string };
          const landed = sent?.item === item && row.minutes === sent.text;
          if (landed) acknowledged.set(item, sent!.text);
          else expect(row.minutes, `round ${round}, item ${item}`).toBe(text);
        }
        const names = new Set((db.prepare('SELECT full_name AS n FROM member').all() as Array<{ n: string }>).map((r) => r.n));
        for (const name of members) expect(names.has(name), `round ${round}: ${name}`).toBe(true);
      } finally {
        db.close();
      }
    }
    recordFigures('crash', { rounds: ROUNDS, acknowledgedWrites: writes, killedWithAWriteInFlight: killedInFlight, corruptDatabases: 0, lostWrites: 0 });
  });
});
