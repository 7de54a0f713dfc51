// Team → hub → receipt → team, and every way a bundle can be wrong: each is refused with its
// reason and leaves the hub's content exactly as it was (compared by a digest of its tables); only
// the import journal notes the refusal.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { craft, recordsOf, setRecords, setup } from '../../test/bundles';
import { hubDigest } from '../../test/helpers';
import { decryptWith, encryptTo, newAgeIdentity, newSigningKeys, sha256Hex, unzipFiles } from '../sync/crypto';
import type { Manifest, RecordLine } from '../sync/format';
import { exportBundle, importReceipt, syncStatus } from '../sync/team';
import { hubJournal, hubReport, hubRow } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';

describe('synchronisation round trip', () => {
  it('exports, imports at the hub, returns a receipt, and advances the acknowledged seq', async () => {
    const s = await setup();
    const before = await syncStatus(s.db);
    expect(before).toMatchObject({ enrolled: true, ackSeq: 0, hubName: 'Mazowieckie Centrum Polityki Społecznej' });
    expect(before.unsent).toBeGreaterThan(0);
    const first = await exportBundle(s.db, s.schema);
    expect(first.fileName).toBe(`1434011_0-${before.lastSeq}.pzkb`);
    expect(Object.keys(first.manifest.files).some((f) => f.startsWith('protocols/'))).toBe(true);
    // One record per changed row: team, 2 institutions, 3 members, the meeting (written four times), its
    // agenda of 2 and the action item.
    expect(first.manifest.counts).toMatchObject({ team: 1, institution: 2, member: 3, meeting: 1, agenda_item: 2, action_item: 1 });
    expect(first.payload.recordCount).toBe(10);
    const report = await importBundle(s.hub, first.bytes);
    expect(report).toMatchObject({ accepted: true, imported: 10, files: 1, toSeq: before.lastSeq });
    expect(await importReceipt(s.db, report.receipt!)).toEqual({ ackSeq: before.lastSeq });
    expect((await syncStatus(s.db)).unsent).toBe(0);

    // More work, a second bundle from the acknowledged seq; the receipt moves on again.
    await s.api.members.create({ fullName: 'Nowa Osoba', institutionId: s.ops.id });
    const second = await exportBundle(s.db, s.schema);
    expect(second.manifest.baseSeq).toBe(before.lastSeq);
    expect(second.manifest.enrolmentToken).toBeNull();
    const report2 = await importBundle(s.hub, second.bytes);
    expect(report2).toMatchObject({ accepted: true, imported: 1 });
    await importReceipt(s.db, report2.receipt!);
    const [row] = await hubReport(s.hub);
    expect(row).toMatchObject({ teryt: '1434011', meetings: 1, meetingsHeld: 1, members: 4, actionItems: 1 });

    // Replays change nothing; a stale receipt is refused.
    const digest = await hubDigest(s.hub);
    expect(await importBundle(s.hub, first.bytes)).toMatchObject({ accepted: true, alreadyImported: true, imported: 0 });
    expect(await hubDigest(s.hub)).toBe(digest);
    await expect(importReceipt(s.db, report.receipt!)).rejects.toMatchObject({ code: 'STALE_RECEIPT' });
  });
});

describe('the protocols a bundle carries', () => {
  it('are the approved bytes, read when archived; one changed since its approval stops the export', async () => {
    const s = await setup();
    const sqlite = s.core.database.sqlite;
    const approved = sqlite.prepare<[string], { pdf: Buffer; sha256: string }>('SELECT pdf, sha256 FROM protocol_version WHERE meeting_id = ?').get(s.meetingId)!;
    const bundle = await exportBundle(s.db, s.schema);
    const path = `protocols/${s.meetingId}-v1.pdf`;
    expect(bundle.manifest.files[path]).toBe(approved.sha256);
    expect(Buffer.from(unzipFiles(await decryptWith((await hubRow(s.hub)).ageIdentity, bundle.bytes))[path]!).equals(approved.pdf)).toBe(true);

    // A stored PDF that no longer matches the SHA-256 it was approved with (a damaged file: the app itself
    // cannot change a version, a trigger refuses it) never leaves.
    sqlite.exec('DROP TRIGGER protocol_version_no_update');
    sqlite.prepare('UPDATE protocol_version SET pdf = ? WHERE meeting_id = ?').run(Buffer.concat([approved.pdf, Buffer.from('%')]), s.meetingId);
    await expect(exportBundle(s.db, s.schema, { full: true })).rejects.toMatchObject({ code: 'HASH_MISMATCH', message: expect.stringContaining(path) });
  });

  it('one damaged on its way is refused when the hub stores it, after the records were written, and nothing stays; in a replay too', async () => {
    const s = await setup();
    const path = `protocols/${s.meetingId}-v1.pdf`;
    const damage = (_m: Manifest, files: Record<string, Uint8Array>) => void (files[path] = Buffer.concat([files[path]!, Buffer.from('%')]));
    const digest = await hubDigest(s.hub);
    expect(await importBundle(s.hub, await craft(s, damage))).toMatchObject({ accepted: false, code: 'HASH_MISMATCH', reason: expect.stringContaining(path) });
    expect(await hubDigest(s.hub)).toBe(digest);
    const first = await exportBundle(s.db, s.schema);
    expect(await importBundle(s.hub, first.bytes)).toMatchObject({ accepted: true });
    const imported = await hubDigest(s.hub);
    // The same changes again, one file damaged: not taken for a replay of what the hub has.
    expect(await importBundle(s.hub, await craft(s, damage, { full: true }))).toMatchObject({ accepted: false, code: 'HASH_MISMATCH' });
    expect(await hubDigest(s.hub)).toBe(imported);
  });
});

describe('the hub refuses, and changes nothing', () => {
  it('a flipped byte anywhere, and a truncated file', async () => {
    const s = await setup();
    const { bytes } = await exportBundle(s.db, s.schema);
    const digest = await hubDigest(s.hub);
    for (const at of [0, 40, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const broken = Uint8Array.from(bytes);
      broken[at] = broken[at]! ^ 0x01;
      expect((await importBundle(s.hub, broken)).accepted, `byte ${at}`).toBe(false);
    }
    expect(await importBundle(s.hub, bytes.subarray(0, bytes.length - 100))).toMatchObject({ accepted: false, code: 'DECRYPT_FAILED' });
    expect(await hubDigest(s.hub)).toBe(digest);
  });

  it('a bundle for another hub, from another signer, or of a team not enrolled', async () => {
    const s = await setup();
    const digest = await hubDigest(s.hub);
    const other = await newAgeIdentity();
    expect(await importBundle(s.hub, await craft(s, () => undefined, { recipient: other.recipient }))).toMatchObject({ code: 'DECRYPT_FAILED' });
    expect(await importBundle(s.hub, await craft(s, () => undefined, { signingKey: newSigningKeys().privateKey }))).toMatchObject({ code: 'BAD_SIGNATURE' });
    expect(await importBundle(s.hub, await craft(s, (m) => void (m.teamId = 'someone-else')))).toMatchObject({ code: 'UNKNOWN_TEAM' });
    expect(await importBundle(s.hub, await craft(s, (m) => void (m.enrolmentToken = 'x'.repeat(32))))).toMatchObject({ code: 'BAD_TOKEN' });
    expect(await hubDigest(s.hub)).toBe(digest);
    // Only the journal notes them, newest first; a bundle it cannot open or whose manifest is not
    // validly signed is attributed to no team (its claims cannot be trusted).
    const journal = await hubJournal(s.hub);
    expect(journal.map((e) => [e.report.code, e.teamName])).toEqual([
      ['BAD_TOKEN', 'PZK Zielonka'],
      ['UNKNOWN_TEAM', null],
      ['BAD_SIGNATURE', null],
      ['DECRYPT_FAILED', null],
    ]);
  });

  it('a newer format or schema, hash mismatches, malformed rows, unsafe paths, a zip bomb', async () => {
    const s = await setup();
    const digest = await hubDigest(s.hub);
    const newer = await craft(s, (m) => void ((m as { formatVersion: number }).formatVersion = 5));
    expect(await importBundle(s.hub, newer)).toMatchObject({ code: 'FORMAT_TOO_NEW' });
    const older = await craft(s, (m) => void ((m as { formatVersion: number }).formatVersion = 1));
    expect(await importBundle(s.hub, older)).toMatchObject({ code: 'FORMAT_TOO_OLD', reason: expect.stringContaining('update its app and send again') });
    expect(await importBundle(s.hub, await craft(s, (m) => void (m.schemaVersion = '0099_future')))).toMatchObject({ code: 'SCHEMA_TOO_NEW' });
    const tampered = await craft(s, (_m, files) => void (files['records.ndjson'] = strToU8('{"seq":1}')));
    expect(await importBundle(s.hub, tampered)).toMatchObject({ code: 'HASH_MISMATCH' });
    const malformed = await craft(s, (m, files) => {
      const text = `${Buffer.from(files['records.ndjson']!).toString()}\n{not json`;
      files['records.ndjson'] = strToU8(text);
      m.files['records.ndjson'] = sha256Hex(text);
    });
    expect(await importBundle(s.hub, malformed)).toMatchObject({ code: 'BAD_CHANGE' });
    const traversal = await craft(s, (_m, files) => void (files['../../etc/evil'] = strToU8('x')));
    expect(await importBundle(s.hub, traversal)).toMatchObject({ code: 'BAD_ARCHIVE' });

    // A zip that declares 2 GB for one file: refused from the header, before anything is inflated.
    const h = await s.hub.db.selectFrom('hub').selectAll().executeTakeFirstOrThrow();
    const zip = unzipFiles(await decryptWith(h.ageIdentity, (await exportBundle(s.db, s.schema)).bytes));
    const archive = zipSync(zip);
    const central = Buffer.from(archive).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    Buffer.from(archive.buffer, archive.byteOffset).writeUInt32LE(0x7fffffff, central + 24);
    expect(await importBundle(s.hub, await encryptTo(s.enrolment.hubRecipient, archive))).toMatchObject({ code: 'BAD_ARCHIVE' });
    expect(await hubDigest(s.hub)).toBe(digest);
  });

  it('rows that are not what their entity allows, and files that are not what they claim', async () => {
    const s = await setup();
    const digest = await hubDigest(s.hub);
    const edit = (change: (records: RecordLine[]) => RecordLine[]) => craft(s, (m, files) => setRecords(m, files, change(recordsOf(files))));
    const row = (r: RecordLine) => r.row as Record<string, unknown>;
    const cases: Array<[string, Uint8Array]> = [
      ['a date that is a number', await edit((rs) => rs.map((r) => (r.entity === 'meeting' ? { ...r, row: { ...row(r), date: 20260101 } } : r)))],
      ['an upsert without a row', await edit((rs) => rs.map((r) => (r.entity === 'member' ? { ...r, row: null } : r)))],
      ['a team row of another TERYT', await edit((rs) => rs.map((r) => (r.entity === 'team' ? { ...r, row: { ...row(r), teryt: '1465011' } } : r)))],
      ['minutes over the limit', await edit((rs) => rs.map((r) => (r.entity === 'agenda_item' ? { ...r, row: { ...row(r), minutes: 'L'.repeat(200_001) } } : r)))],
      ['a row of another record', await edit((rs) => rs.map((r) => (r.entity === 'member' ? { ...r, id: 'someone-else' } : r)))],
      ['a seq outside the range', await edit((rs) => rs.map((r, i) => (i === 0 ? { ...r, seq: 10_000 } : r)))],
      ['a record twice', await edit((rs) => [...rs, rs[0]!])],
      ['an unknown entity', await edit((rs) => [...rs, { ...rs[0]!, entity: 'secret' as RecordLine['entity'] }])],
    ];
    for (const [what, bundle] of cases) expect(await importBundle(s.hub, bundle), what).toMatchObject({ accepted: false, code: 'BAD_CHANGE' });
    const counted = await craft(s, (m) => void (m.counts.member = 99));
    expect(await importBundle(s.hub, counted)).toMatchObject({ accepted: false, code: 'BAD_CHANGE', reason: expect.stringContaining('counts 99 member') });
    const notPdf = await craft(s, (m, files) => {
      const name = Object.keys(files).find((f) => f.startsWith('protocols/'))!;
      files[name] = strToU8('<html>not a protocol</html>');
      m.files[name] = sha256Hex(files[name]!);
    });
    expect(await importBundle(s.hub, notPdf)).toMatchObject({ accepted: false, code: 'BAD_CHANGE', reason: expect.stringContaining('is not a PDF') });
    expect(await hubDigest(s.hub)).toBe(digest);
  });

  it('an incremental bundle that names no previous bundle', async () => {
    const s = await setup();
    const first = await exportBundle(s.db, s.schema);
    await importReceipt(s.db, (await importBundle(s.hub, first.bytes)).receipt!);
    await s.api.members.create({ fullName: 'Druga Osoba', institutionId: s.ops.id });
    const digest = await hubDigest(s.hub);
    const unchained = await craft(s, (m) => void (m.previousBundleHash = null));
    expect(await importBundle(s.hub, unchained)).toMatchObject({ accepted: false, code: 'BROKEN_CHAIN' });
    expect(await hubDigest(s.hub)).toBe(digest);
  });

  it('a gap (out of order), a conflicting replay, and a fork', async () => {
    const s = await setup();
    const first = await exportBundle(s.db, s.schema);
    const r1 = await importBundle(s.hub, first.bytes);
    await importReceipt(s.db, r1.receipt!);
    await s.api.members.create({ fullName: 'Druga Osoba', institutionId: s.ops.id });
    const second = await exportBundle(s.db, s.schema);

    // A hub that has the team enrolled and pinned but never got the first bundle's changes.
    await s.hub.close();
    const gapFile = join(s.dir, 'gap.sqlite');
    copyFileSync(s.hubFile, gapFile);
    const gapHub = await openHubAt(gapFile);
    await gapHub.db.updateTable('hubTeam').set({ ackedSeq: 0 }).execute();
    await gapHub.db.deleteFrom('hubBundle').execute();
    await gapHub.db.deleteFrom('hubRecord').execute();
    await gapHub.db.deleteFrom('hubFile').execute();
    const gapDigest = await hubDigest(gapHub);
    const gap = await importBundle(gapHub, second.bytes);
    expect(gap).toMatchObject({ accepted: false, code: 'GAP' });
    expect(gap.reason).toContain('send a bundle from seq 0');
    expect(await hubDigest(gapHub)).toBe(gapDigest);
    await gapHub.close();

    const hub = await openHubAt(s.hubFile);
    const t = { ...s, hub };
    const digest = await hubDigest(hub);
    /** A full bundle of the records up to `to`, each changed by `change`. */
    const sameRange = (m: Manifest, files: Record<string, Uint8Array>, to: number, change: (text: string) => string) => {
      m.baseSeq = 0;
      m.toSeq = to;
      setRecords(m, files, recordsOf(files).filter((r) => r.seq <= to).map((r) => JSON.parse(change(JSON.stringify(r))) as RecordLine));
    };
    const conflicting = await craft(t, (m, files) => sameRange(m, files, first.manifest.toSeq, (text) => text.replace('Zielonka', 'Zielonki')), { full: true });
    expect(await importBundle(hub, conflicting)).toMatchObject({ accepted: false, code: 'CONFLICTING_REPLAY' });
    // The team row of seq 1 again, but different: the same seq with other content (a restored installation).
    const forked = await craft(t, (m, files) => sameRange(m, files, 3, (text) => text.replace('Zielonka', 'Zielonki')), { full: true });
    expect(await importBundle(hub, forked)).toMatchObject({ accepted: false, code: 'FORK', params: { seq: 1 } });
    // The same seqs said to be written by another session: a restored copy wrote them.
    const otherSession = await craft(t, (m) => void (m.sessions = [{ fromSeq: 1, session: 'another-session' }]), { full: true });
    expect(await importBundle(hub, otherSession)).toMatchObject({ accepted: false, code: 'FORK', params: { seq: 1 } });
    expect(await hubDigest(hub)).toBe(digest);
    await hub.close();
  });
});
