// Bundle mutation (issue 10, "bundle mutation"): bit flips, truncations, appends and splices of the
// encrypted file; files added, removed or altered inside the archive; manifests and rows changed and
// re-signed with the team's own key (a hostile team); another key, another recipient; replays,
// bundles out of order; archive bombs. The hub never crashes (importBundle answers, never INTERNAL),
// and every refusal leaves it exactly as it was. ≥ 500 in `npm test`, ≥ 10,000 in `npm run soak`.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { monthlyReport } from '../../src/hub/report';
import { enrolTeam, hubReport, initHub } from '../../src/hub/hub';
import { openHubAt } from '../hubAt';
import { importBundle } from '../../src/hub/import';
import { decryptWith, encryptTo, newAgeIdentity, newSigningKeys, sha256Hex, signJson, unzipFiles } from '../../src/sync/crypto';
import type { Manifest, RecordLine } from '../../src/sync/format';
import { ensureIdentity } from '../../src/sync/identity';
import { exportBundle, importEnrolment, importReceipt } from '../../src/sync/team';
import { hubDigest, seededCore, tempDir } from '../helpers';
import { prng, recordFigures, rounds, SEED } from './scale';

const MUTATIONS = rounds(600, 10_000);

type Random = ReturnType<typeof prng>;
type Files = Record<string, Uint8Array>;

const HOSTILE_VALUES: unknown[] = [null, 0, -1, 1e308, 20260101, '', 'x'.repeat(300_000), '\u0000', '\ud800', [], {}, true, '2026-02-30', '../x', { $gt: '' }, 'pzk', 'upsert'];

function flipBits(bytes: Uint8Array, r: Random): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0, n = 1 + r.int(8); i < n; i++) out[r.int(out.length)]! ^= 1 << r.int(8);
  return out;
}

function byteMutation(bytes: Uint8Array, r: Random): [string, Uint8Array] {
  const at = r.int(bytes.length);
  switch (r.int(5)) {
    case 0:
      return ['bit flips', flipBits(bytes, r)];
    case 1:
      return ['truncated', bytes.subarray(0, at)];
    case 2:
      return ['appended', Buffer.concat([bytes, Buffer.from(Array.from({ length: 1 + r.int(64) }, () => r.int(256)))])];
    case 3:
      return ['spliced', Buffer.concat([bytes.subarray(0, at), Buffer.from(Array.from({ length: 1 + r.int(32) }, () => r.int(256))), bytes.subarray(at)])];
    default:
      return ['zeroed range', Buffer.concat([bytes.subarray(0, at), Buffer.alloc(Math.min(64, bytes.length - at)), bytes.subarray(at + 64)])];
  }
}

const recordsOf = (files: Files): RecordLine[] => Buffer.from(files['records.ndjson'] ?? new Uint8Array()).toString().split('\n').filter(Boolean).map((l) => JSON.parse(l) as RecordLine);

/** Puts `records` in, with the manifest's hash and counts to match (so the bundle is consistent). */
function setRecords(m: Manifest, files: Files, records: unknown[]) {
  const text = records.map((x) => JSON.stringify(x)).join('\n');
  files['records.ndjson'] = strToU8(text);
  m.files['records.ndjson'] = sha256Hex(text);
  for (const entity of Object.keys(m.counts) as Array<keyof Manifest['counts']>) m.counts[entity] = records.filter((x) => (x as RecordLine).entity === entity).length;
}

/** What a hostile team can sign: a change to one manifest field, or to rows, made consistent. */
function teamMutation(m: Manifest, files: Files, r: Random): string {
  const records = recordsOf(files);
  const kind = r.int(6);
  if (kind === 0) {
    const key = r.pick(Object.keys(m) as Array<keyof Manifest>);
    (m as unknown as Record<string, unknown>)[key] = r.pick([...HOSTILE_VALUES, m.baseSeq + 1, m.toSeq + 5, 0]);
    return `manifest.${key}`;
  }
  if (kind === 1 && records.length) {
    const i = r.int(records.length);
    const rec = records[i]!;
    const row = (rec.row ?? {}) as Record<string, unknown>;
    const field = r.pick(Object.keys(row).length ? Object.keys(row) : ['id']);
    records[i] = { ...rec, row: { ...row, [field]: r.pick(HOSTILE_VALUES) } };
    setRecords(m, files, records);
    return `row ${rec.entity}.${field}`;
  }
  if (kind === 2 && records.length) {
    const i = r.int(records.length);
    const key = r.pick(['entity', 'id', 'seq', 'op', 'row'] as const);
    records[i] = { ...records[i]!, [key]: r.pick([...HOSTILE_VALUES, 'delete', 'anonymise', 'team', m.toSeq + 1]) } as RecordLine;
    setRecords(m, files, records);
    return `record.${key}`;
  }
  if (kind === 3 && records.length) {
    const op = r.int(3);
    if (op === 0) records.push(records[r.int(records.length)]!);
    else if (op === 1) records.splice(r.int(records.length), 1);
    else records.reverse();
    setRecords(m, files, records);
    return ['duplicated record', 'dropped record', 'reordered records'][op]!;
  }
  if (kind === 4) {
    const name = r.pick(['protocols/x-v1.pdf', 'records.ndjson', 'protocols/../../evil', 'extra.json']);
    files[name] = r.next() < 0.5 ? strToU8('%PDF-1.7 not really') : strToU8('<html>');
    m.files[name] = sha256Hex(files[name]!);
    return `file ${name}`;
  }
  m.sessions = r.pick([[], [{ fromSeq: m.baseSeq + 1, session: 'other' }], [...m.sessions, ...m.sessions], [{ fromSeq: 0, session: 'x' }]]);
  return 'sessions';
}

async function setup() {
  const team = await seededCore({ now: '2026-03-01T10:00:00Z' });
  const m = await team.api.meetings.create({ date: '2026-02-10', agenda: ['Otwarcie', 'Sprawy merytoryczne'] });
  await team.api.actionItems.create({ meetingId: m.id, text: 'Przygotować diagnozę', ownerMemberId: team.lukasz.id, dueOn: '2026-03-01' });
  await team.api.attendance.set({ meetingId: m.id, memberId: team.lukasz.id, status: 'present' });
  await team.api.meetings.setStatus({ id: m.id, status: 'held' });
  await team.api.meetings.setStatus({ id: m.id, status: 'approved' });
  const dir = tempDir();
  const hubFile = join(dir, 'hub.sqlite');
  let hub = await openHubAt(hubFile);
  await initHub(hub, 'Centrum');
  const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
  const db = team.core.database.db;
  await importEnrolment(db, JSON.stringify(enrolment));
  const schema = team.core.database.schemaVersion;
  const b1 = await exportBundle(db, schema);
  await importReceipt(db, (await importBundle(hub, b1.bytes)).receipt!);
  // Two more bundles: the second is what most mutations start from; the third comes after it.
  await team.api.members.create({ fullName: 'Nowa Osoba', institutionId: team.ops.id });
  const b2 = await exportBundle(db, schema);
  const h = await hub.db.selectFrom('hub').selectAll().executeTakeFirstOrThrow();
  const identity = await ensureIdentity(db);
  const snapshot = join(dir, 'hub-snapshot.sqlite');
  hub.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(hubFile, snapshot);
  return {
    team,
    get hub() {
      return hub;
    },
    enrolment,
    b1,
    b2,
    files2: () => unzipFiles(decryptWithSync.get(b2.bytes)!),
    ageIdentity: h.ageIdentity,
    privateKey: identity.privateKey,
    /** The hub as it was before any mutation (after a mutated bundle was rightly accepted). */
    async reset() {
      await hub.close();
      for (const suffix of ['-wal', '-shm']) rmSync(`${hubFile}${suffix}`, { force: true });
      copyFileSync(snapshot, hubFile);
      hub = await openHubAt(hubFile);
    },
  };
}
const decryptWithSync = new Map<Uint8Array, Uint8Array>();

describe('bundle mutation', () => {
  it(`a hub refuses every broken or forged bundle and is left exactly as it was (${MUTATIONS}, seed ${SEED})`, { timeout: 120_000 + MUTATIONS * 200 }, async () => {
    const random = prng(SEED);
    const s = await setup();
    decryptWithSync.set(s.b2.bytes, await decryptWith(s.ageIdentity, s.b2.bytes));
    const other = await newAgeIdentity();
    const otherKeys = newSigningKeys();
    const base = await hubDigest(s.hub);
    const tally: Record<string, { tried: number; refused: number; accepted: number; answeredAsReplay: number }> = {};
    const count = (family: string, outcome: 'refused' | 'accepted' | 'answeredAsReplay') => {
      const t = (tally[family] ??= { tried: 0, refused: 0, accepted: 0, answeredAsReplay: 0 });
      t.tried += 1;
      t[outcome] += 1;
    };

    const sign = (m: Manifest, files: Files, key = s.privateKey) => zipSync({ ...files, 'manifest.json': strToU8(signJson(m, key)) });
    for (let i = 0; i < MUTATIONS; i++) {
      const family = random.pick(['bytes', 'archive', 'team-signed', 'team-signed', 'forged', 'order', 'bomb'] as const);
      let bytes: Uint8Array;
      let what: string;
      const files = s.files2();
      const manifest = structuredClone(s.b2.manifest);
      if (family === 'bytes') {
        [what, bytes] = byteMutation(s.b2.bytes, random);
      } else if (family === 'archive') {
        const names = Object.keys(files);
        const name = random.pick(names);
        const op = random.int(4);
        if (op === 0) delete files[name];
        else if (op === 1) files[name] = flipBits(files[name]!, random);
        else if (op === 2) files[name] = files[name]!.subarray(0, random.int(files[name]!.length));
        else files[random.pick(['evil.txt', 'protocols/y-v1.pdf', 'records.ndjson.bak'])] = strToU8('x');
        what = `archive: ${['removed', 'bit flips in', 'truncated', 'added a file beside'][op]} ${name}`;
        bytes = await encryptTo(s.enrolment.hubRecipient, zipSync(files));
      } else if (family === 'team-signed') {
        delete files['manifest.json'];
        what = `team-signed: ${teamMutation(manifest, files, random)}`;
        bytes = await encryptTo(s.enrolment.hubRecipient, sign(manifest, files));
      } else if (family === 'forged') {
        delete files['manifest.json'];
        const op = random.int(3);
        what = ['signed by another key', 'another key named in the manifest', 'encrypted to another hub'][op]!;
        if (op === 2) bytes = await encryptTo(other.recipient, sign(manifest, files));
        else {
          if (op === 1) manifest.publicKey = otherKeys.publicKey;
          bytes = await encryptTo(s.enrolment.hubRecipient, sign(manifest, files, otherKeys.privateKey));
        }
      } else if (family === 'order') {
        const op = random.int(2);
        what = op === 0 ? 'replay of the first bundle' : 'an incremental bundle that skips one (gap)';
        if (op === 0) bytes = s.b1.bytes;
        else {
          delete files['manifest.json'];
          manifest.baseSeq += 1;
          manifest.toSeq = Math.max(manifest.toSeq, manifest.baseSeq);
          setRecords(manifest, files, recordsOf(files).filter((x) => x.seq > manifest.baseSeq));
          bytes = await encryptTo(s.enrolment.hubRecipient, sign(manifest, files));
        }
      } else {
        // Declared sizes that lie (the central directory says 190 MB per entry).
        const zip = Buffer.from(zipSync(files));
        let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
        while (at >= 0) {
          zip.writeUInt32LE(random.pick([190 * 1024 * 1024, 0x7fffffff, 1, 0]), at + 24);
          at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
        }
        what = 'archive bomb';
        bytes = await encryptTo(s.enrolment.hubRecipient, zip);
      }

      const report = await importBundle(s.hub, bytes);
      expect(report.code, `#${i} ${what}: ${report.reason}`).not.toBe('INTERNAL');
      const unchanged = (await hubDigest(s.hub)) === base;
      if (!report.accepted) {
        expect(unchanged, `#${i} ${what} was refused (${report.code}) but changed the hub`).toBe(true);
      } else if (report.alreadyImported) {
        expect(unchanged, `#${i} ${what}: a replay changed the hub`).toBe(true);
      } else {
        // Only what the team itself could rightly have signed gets in; the figures still compute.
        expect(family, `#${i} ${what} was accepted`).toBe('team-signed');
        for (const t of await hubReport(s.hub)) await monthlyReport(s.hub, t.teamId, '2026-03-20');
        await s.reset();
      }
      count(family, !report.accepted ? 'refused' : report.alreadyImported ? 'answeredAsReplay' : 'accepted');
    }
    expect(await hubDigest(s.hub)).toBe(base);
    const refused = Object.values(tally).reduce((n, t) => n + t.refused, 0);
    recordFigures('bundles', { mutations: MUTATIONS, refused, byFamily: tally, wronglyAccepted: 0, hubChangedOnRefusal: 0, crashes: 0 });
  });
});
