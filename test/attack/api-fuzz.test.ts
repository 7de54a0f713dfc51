// API fuzz generated from the contract (test/attack/fuzz.ts): every method, malformed inputs of every
// kind, straight to the core and over the browser host's HTTP. Nothing answers INTERNAL or 5xx,
// every refusal has the {code, message, details} shape, and a refused call changes no table of the
// team's database or the hub's (a digest of every row before and after). 15 inputs per method in
// `npm test`, 300 in `npm run soak`.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/api/client';
import { isErrorCode, type Envelope } from '../../src/api/errors';
import { METHOD_NAMES } from '../../src/api/methods';
import { decodeWire } from '../../src/api/wire';
import { openCore } from '../../src/core/core';
import { startBrowserHost } from '../../main/browser/host';
import { openKeyed, tempDir } from '../helpers';
import { malformed } from './fuzz';
import { prng, recordFigures, rounds, SEED } from './scale';

const PER_METHOD = rounds(15, 300);

/** Every row of every table, hashed (blobs included). */
function digest(db: Database.Database): string {
  const h = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as Array<{ name: string }>;
  for (const { name } of tables) {
    h.update(`#${name}`);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate()) h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : v)));
  }
  return h.digest('hex');
}

/** JSON of an input, or of its start when it nests too deep to serialise here (V8's stack). */
function json(input: unknown): string {
  try {
    return JSON.stringify(input ?? null) ?? 'null';
  } catch {
    return '[[[…]]]';
  }
}

function checkShape(envelope: Envelope<unknown>, what: string) {
  if (envelope.ok) return;
  const { error } = envelope;
  expect(isErrorCode(error.code), `${what}: code ${error.code}`).toBe(true);
  expect(error.code, `${what}: ${error.message}`).not.toBe('INTERNAL');
  expect(typeof error.message === 'string' && error.message.length > 0, what).toBe(true);
  if (error.details !== undefined) expect(typeof error.details === 'object' && error.details !== null, what).toBe(true);
}

describe('API fuzz from the contract', () => {
  it(`every method refuses malformed input cleanly and changes nothing (${PER_METHOD} per method, seed ${SEED})`, { timeout: 60_000 + PER_METHOD * 20_000 }, async () => {
    const random = prng(SEED);
    const dir = tempDir();
    const unexpected: unknown[] = [];
    const core = await openCore(dir, { logError: (error, method) => unexpected.push([method, error]) });
    const api = createClient((m, i) => core.dispatch(m, i));
    await api.app.loadDemo({ seed: 3 });
    await api.hub.status(); // the hub's file exists beside the team's, so it is watched too
    const hubDb = openKeyed(join(dir, 'hub.sqlite'));
    const teamDb = openKeyed(join(dir, 'pzk.sqlite'));
    // SQLite's data_version, read on a connection of its own, moves with every commit of any other
    // connection: exact for "did this call write anything" and cheap enough for every call. The full
    // digest of every row is compared at the start and the end.
    const state = () => `${String(teamDb.pragma('data_version', { simple: true }))}:${String(hubDb.pragma('data_version', { simple: true }))}`;
    const fullDigest = () => `${digest(teamDb)}:${digest(hubDb)}`;
    const host = await startBrowserHost({ dispatch: core.dispatch, rendererDir: dir });
    const startDigest = fullDigest();
    let digestOfAccepted = startDigest;
    let calls = 0;
    let writesSeen = 0;
    let refused = 0;
    let accepted = 0;
    try {
      let before = state();
      for (const method of METHOD_NAMES) {
        for (let i = 0; i < PER_METHOD; i++) {
          const input = malformed(method, random);
          const overHttp = i % 3 === 0;
          let envelope: Envelope<unknown>;
          const what = `${method} #${i} (${overHttp ? 'HTTP' : 'core'}): ${json(input).slice(0, 120)}`;
          if (overHttp) {
            const body = json(input);
            const r = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body });
            expect(r.status, what).toBeLessThan(500);
            envelope = decodeWire(Buffer.from(await r.arrayBuffer()), r.headers.get('content-type') ?? '') as Envelope<unknown>;
          } else {
            envelope = await core.dispatch(method, input);
          }
          calls += 1;
          checkShape(envelope, what);
          const after = state();
          if (envelope.ok) {
            accepted += 1;
            if (after !== before) {
              writesSeen += 1;
              digestOfAccepted = fullDigest();
            }
            before = after;
          } else {
            refused += 1;
            expect(after, `${what} was refused (${envelope.error.code}) but changed data`).toBe(before);
          }
        }
      }
      // Bodies that are not what they claim.
      const raw: Array<[string, string | Buffer]> = [
        ['application/json', '{"unterminated": '],
        ['application/json', '\u0000\u0001'],
        ['application/json', `${'['.repeat(100_000)}`],
        ['application/octet-stream', Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3])],
        ['application/octet-stream', Buffer.alloc(0)],
        ['application/json; charset=latin1', '{"fullName": "\xff"}'],
      ];
      for (const [type, body] of raw) {
        const r = await fetch(`http://127.0.0.1:${host.port}/api/members.create`, { method: 'POST', headers: { 'Content-Type': type, Authorization: `Bearer ${host.token}` }, body });
        expect(r.status, `${type}: ${String(body).slice(0, 20)}`).toBeLessThan(500);
        const envelope = decodeWire(Buffer.from(await r.arrayBuffer()), r.headers.get('content-type') ?? '') as Envelope<unknown>;
        checkShape(envelope, type);
        calls += 1;
        if (envelope.ok) {
          accepted += 1;
          before = state();
          digestOfAccepted = fullDigest();
        } else {
          refused += 1;
          expect(state(), `${type} was refused but changed data`).toBe(before);
        }
      }
      expect(state()).toBe(before);
      // Every row as the last accepted call left it: the refused ones after it wrote nothing.
      expect(fullDigest()).toBe(digestOfAccepted);
      expect(unexpected).toEqual([]);
      // The watch works: accepted calls that wrote were seen writing.
      expect(writesSeen).toBeGreaterThan(0);
    } finally {
      hubDb.close();
      teamDb.close();
      await host.close();
      await core.close();
    }
    recordFigures('api-fuzz', { methods: METHOD_NAMES.length, calls, refused, accepted, serverErrors: 0, partialWrites: 0 });
    writeFileSync(join(dir, 'done'), '');
  });
});
