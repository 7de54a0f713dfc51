// A team installation restored from an older copy numbers new work with seq numbers the hub has
// already seen: the hub must refuse it (rollback or fork), say so in the team list, and accept the
// team again once the centre has issued a new enrolment and the team has sent everything.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyInto } from '../db/cipher';
import { developmentKeyFileOf } from '../security/keys';
import { HUB_MIGRATIONS } from '../../migrations/hub/index';
import { DATABASE_FILE_NAME } from '../config/dataDir';
import { openDatabase } from '../db/open';
import { hubDigest, seededCore, tempDir, testCore } from '../../test/helpers';
import { exportBundle, importEnrolment, importReceipt, syncStatus } from '../sync/team';
import { enrolTeam, HUB_APPLICATION_ID, hubJournal, hubReport, initHub, reEnrolTeam } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';

async function enrolledTeam() {
  const team = await seededCore({ now: '2026-03-01T10:00:00Z' });
  const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
  await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');
  const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
  await importEnrolment(team.core.database.db, JSON.stringify(enrolment));
  return { ...team, hub, db: team.core.database.db, schema: team.core.database.schemaVersion };
}

type Team = Awaited<ReturnType<typeof enrolledTeam>>;

/** Export, import at the hub, receipt back: the normal round. */
async function sendAll(t: Pick<Team, 'db' | 'schema' | 'hub'>, options: { full?: boolean } = {}) {
  const bundle = await exportBundle(t.db, t.schema, options);
  const report = await importBundle(t.hub, bundle.bytes, new Date(), bundle.fileName);
  if (report.receipt) await importReceipt(t.db, report.receipt);
  return { bundle, report };
}

/** A copy of the team's database, opened as another installation would open a restored backup. */
async function restoredCopy(t: Team) {
  const dir = tempDir();
  // A copy under the same key, with the development key file that opens it (issue 17.6).
  copyInto(t.core.database.sqlite, join(dir, DATABASE_FILE_NAME));
  copyFileSync(developmentKeyFileOf(t.core.database.file), developmentKeyFileOf(join(dir, DATABASE_FILE_NAME)));
  const copy = await testCore({ dataDir: dir, now: '2026-03-05T10:00:00Z' });
  return { ...copy, db: copy.core.database.db, schema: copy.core.database.schemaVersion, hub: t.hub };
}

describe('a restored installation', () => {
  it('is refused as a fork when it numbers new work again, and accepted after a new enrolment', async () => {
    const t = await enrolledTeam();
    const first = await sendAll(t);
    expect(first.report.accepted).toBe(true);
    const copy = await restoredCopy(t);

    // The original goes on and the hub receives it.
    await t.api.members.create({ fullName: 'Anna Nowak', institutionId: t.ops.id });
    await t.api.members.create({ fullName: 'Ewa Lis', institutionId: t.ops.id });
    expect((await sendAll(t)).report.accepted).toBe(true);

    // The copy does other work under the same seq numbers, and a little more.
    const ops = (await copy.api.institutions.list())[0]!;
    for (const name of ['Piotr Zając', 'Maria Wilk', 'Adam Sowa']) await copy.api.members.create({ fullName: name, institutionId: ops.id });
    const before = await hubDigest(t.hub);
    const forked = await importBundle(t.hub, (await exportBundle(copy.db, copy.schema)).bytes, new Date('2026-03-05T12:00:00Z'), 'kopia.pzkb');
    expect(forked).toMatchObject({ accepted: false, code: 'FORK', params: { seq: first.bundle.manifest.toSeq + 1 } });
    expect(await hubDigest(t.hub)).toBe(before);

    // The centre sees it in the team list and in the journal.
    const [row] = await hubReport(t.hub);
    expect(row).toMatchObject({ state: 'refused', lastRefusal: { source: 'kopia.pzkb', report: { code: 'FORK' } } });
    expect((await hubJournal(t.hub))[0]).toMatchObject({ teamName: 'PZK Zielonka', source: 'kopia.pzkb', report: { accepted: false, code: 'FORK' } });

    // A new enrolment: the old key stops working at once, the hub's data stays until the full bundle.
    const again = await reEnrolTeam(t.hub, row!.teamId);
    expect((await hubReport(t.hub))[0]).toMatchObject({ state: 'reenrolled', members: 5 });
    expect(await importBundle(t.hub, (await exportBundle(t.db, t.schema)).bytes)).toMatchObject({ accepted: false, code: 'BAD_TOKEN' });

    await importEnrolment(copy.db, JSON.stringify(again));
    expect(await syncStatus(copy.db)).toMatchObject({ ackSeq: 0 });
    const replaced = await sendAll(copy);
    expect(replaced.bundle.manifest).toMatchObject({ baseSeq: 0, enrolmentToken: again.token, previousBundleHash: null });
    expect(replaced.report).toMatchObject({ accepted: true });
    // The hub now holds the copy's data: its three new members, not the original's two.
    expect((await hubReport(t.hub))[0]).toMatchObject({ state: 'ok', members: 6, lastRefusal: null });
    expect(await syncStatus(copy.db)).toMatchObject({ unsent: 0 });

    // And the chain goes on from there.
    await copy.api.members.create({ fullName: 'Ola Kruk', institutionId: ops.id });
    const next = await sendAll(copy);
    expect(next.bundle.manifest.previousBundleHash).toBe(replaced.report.receipt && JSON.parse(Buffer.from(JSON.parse(replaced.report.receipt).payload, 'base64').toString()).bundleHash);
    expect(next.report).toMatchObject({ accepted: true, imported: 1 });
  });

  it('without new work is harmless; a bundle below what the hub has that it cannot verify is a rollback', async () => {
    const t = await enrolledTeam();
    await sendAll(t);
    const copy = await restoredCopy(t);
    await t.api.members.create({ fullName: 'Anna Nowak', institutionId: t.ops.id });
    await t.api.members.create({ fullName: 'Ewa Lis', institutionId: t.ops.id });
    const ahead = await sendAll(t);

    // The copy did nothing new: its bundle ends below what the hub has, and holds nothing else.
    const before = await hubDigest(t.hub);
    const stale = await importBundle(t.hub, (await exportBundle(copy.db, copy.schema)).bytes);
    expect(stale).toMatchObject({ accepted: true, alreadyImported: true, imported: 0, updated: 0 });
    expect((await t.hub.db.selectFrom('hubRecord').selectAll().execute()).length).toBeGreaterThan(0);
    expect(await t.hub.db.selectFrom('hubTeam').select('ackedSeq').executeTakeFirstOrThrow()).toEqual({ ackedSeq: ahead.bundle.manifest.toSeq });
    expect(await hubDigest(t.hub)).not.toBe(before); // only the bundle's own row was added
    // The receipt tells the copy it is behind the data the centre has.
    await expect(importReceipt(copy.db, stale.receipt!)).rejects.toMatchObject({ code: 'BAD_CHANGE' });

    // A hub that holds those seqs from bundle format 1 has no write sessions for them: it cannot tell, rollback.
    await t.hub.db.deleteFrom('hubSession').execute();
    await t.hub.db.updateTable('hubTeam').set({ ledgerFrom: null }).execute();
    await t.hub.db.updateTable('hubRecord').set({ format: 1 }).execute();
    const legacy = await hubDigest(t.hub);
    const ops = (await copy.api.institutions.list())[0]!;
    await copy.api.members.create({ fullName: 'Piotr Zając', institutionId: ops.id });
    const rollback = await importBundle(t.hub, (await exportBundle(copy.db, copy.schema)).bytes);
    expect(rollback).toMatchObject({ accepted: false, code: 'ROLLBACK', params: { acked: ahead.bundle.manifest.toSeq } });
    expect(await hubDigest(t.hub)).toBe(legacy);
    expect((await hubReport(t.hub))[0]).toMatchObject({ state: 'refused', lastRefusal: { report: { code: 'ROLLBACK' } } });
  });

  it('a bundle that claims to follow one the hub never acknowledged is refused; a full one is checked change by change', async () => {
    const t = await enrolledTeam();
    await sendAll(t);
    await t.api.members.create({ fullName: 'Jan Nowy', institutionId: t.ops.id });
    await t.db.updateTable('settings').set({ value: JSON.stringify('0'.repeat(64)) }).where('key', '=', 'sync.ackBundleHash').execute();
    const before = await hubDigest(t.hub);
    expect(await importBundle(t.hub, (await exportBundle(t.db, t.schema)).bytes)).toMatchObject({ accepted: false, code: 'BROKEN_CHAIN' });
    expect(await hubDigest(t.hub)).toBe(before);
    expect((await hubReport(t.hub))[0]).toMatchObject({ state: 'refused', lastRefusal: { report: { code: 'BROKEN_CHAIN' } } });
    const full = await importBundle(t.hub, (await exportBundle(t.db, t.schema, { full: true })).bytes);
    expect(full).toMatchObject({ accepted: true, imported: 1 });
    expect((await hubReport(t.hub))[0]).toMatchObject({ state: 'ok', lastRefusal: null });
  });
});

describe('the hub database', () => {
  it('opens a hub made before the import journal and adds it', async () => {
    const file = join(tempDir(), 'hub.sqlite');
    const old = await openDatabase(file, { migrations: HUB_MIGRATIONS.slice(0, 1), applicationId: HUB_APPLICATION_ID, backupDir: null });
    await old.close();
    const hub = await openHubAt(file, { mustExist: true });
    await initHub(hub, 'Centrum');
    await enrolTeam(hub, { name: 'PZK', teryt: '1434011' });
    expect(await importBundle(hub, new Uint8Array([1, 2, 3]), new Date(), 'smieci.pzkb')).toMatchObject({ accepted: false, code: 'DECRYPT_FAILED' });
    expect(await hubJournal(hub)).toMatchObject([{ source: 'smieci.pzkb', teamId: null, report: { code: 'DECRYPT_FAILED' } }]);
    expect((await hubReport(hub))[0]).toMatchObject({ state: 'waiting', lastRefusal: null });
    await hub.close();
  });

  it('0005 purges the case rows and the task teams’ meetings with all of theirs, and nothing else', async () => {
    const file = join(tempDir(), 'hub.sqlite');
    const v4 = await openDatabase(file, { migrations: HUB_MIGRATIONS.slice(0, 4), applicationId: HUB_APPLICATION_ID, backupDir: null });
    v4.sqlite.prepare(`INSERT INTO hub_team (id, name, teryt, token, created_at) VALUES ('t1', 'PZK', '1434011', 'tok', '2026-01-01')`).run();
    const put = v4.sqlite.prepare(`INSERT INTO hub_record (team_id, entity, entity_id, seq, deleted, row, format) VALUES ('t1', ?, ?, 1, 0, ?, 2)`);
    put.run('case', 'c1', JSON.stringify({ id: 'c1', code: 'R-01', kind: 'family', openedOn: '2026-01-10', closedOn: null }));
    put.run('institution', 'i1', JSON.stringify({ id: 'i1', name: 'OPS', sector: 'social_assistance', level: 'gmina', address: null }));
    // A task team's meeting with its minutes, an item, its review and a protocol, beside a PZK meeting's.
    put.run('meeting', 'z1', JSON.stringify({ id: 'z1', kind: 'zzk', date: '2026-02-01' }));
    put.run('meeting', 'p1', JSON.stringify({ id: 'p1', kind: 'pzk', date: '2026-02-02' }));
    put.run('agenda_item', 'a1', JSON.stringify({ id: 'a1', meetingId: 'z1', minutes: 'Przebieg ZZK' }));
    put.run('agenda_item', 'a2', JSON.stringify({ id: 'a2', meetingId: 'p1', minutes: 'Przebieg PZK' }));
    put.run('action_item', 'x1', JSON.stringify({ id: 'x1', originMeetingId: 'z1' }));
    put.run('action_item_review', 'r1', JSON.stringify({ id: 'r1', actionItemId: 'x1', meetingId: 'p1' }));
    const putFile = v4.sqlite.prepare(`INSERT INTO hub_file (team_id, path, sha256, content) VALUES ('t1', ?, 'x', x'00')`);
    putFile.run('protocols/z1-v1.pdf');
    putFile.run('protocols/p1-v1.pdf');
    await v4.close();
    const v5 = await openDatabase(file, { migrations: HUB_MIGRATIONS.slice(0, 5), applicationId: HUB_APPLICATION_ID, backupDir: null });
    expect(v5.migration.applied).toEqual(['0005_cases']);
    expect(v5.sqlite.prepare('SELECT entity, entity_id FROM hub_record ORDER BY entity, entity_id').all()).toEqual([
      { entity: 'agenda_item', entity_id: 'a2' },
      { entity: 'institution', entity_id: 'i1' },
      { entity: 'meeting', entity_id: 'p1' },
    ]);
    expect(v5.sqlite.prepare('SELECT path FROM hub_file').all()).toEqual([{ path: 'protocols/p1-v1.pdf' }]);
    expect(v5.sqlite.prepare('SELECT cases FROM hub_team').get()).toEqual({ cases: null });
    await v5.close();
  });

  it('0006 adds the published figures, empty, and the making time of the last bundle, unknown; nothing else changes', async () => {
    const file = join(tempDir(), 'hub.sqlite');
    const v5 = await openDatabase(file, { migrations: HUB_MIGRATIONS.slice(0, 5), applicationId: HUB_APPLICATION_ID, backupDir: null });
    v5.sqlite.prepare(`INSERT INTO hub_team (id, name, teryt, token, created_at, last_bundle_at, cases) VALUES ('t1', 'PZK', '1434011', 'tok', '2026-01-01', '2027-01-05T10:00:00.000Z', '[]')`).run();
    await v5.close();
    const v6 = await openDatabase(file, { migrations: HUB_MIGRATIONS.slice(0, 6), applicationId: HUB_APPLICATION_ID, backupDir: null });
    expect(v6.migration.applied).toEqual(['0006_published']);
    expect(v6.sqlite.prepare('SELECT id, last_bundle_at, last_bundle_made_at, cases FROM hub_team').all()).toEqual([{ id: 't1', last_bundle_at: '2027-01-05T10:00:00.000Z', last_bundle_made_at: null, cases: '[]' }]);
    expect(v6.sqlite.prepare('SELECT count(*) AS n FROM hub_case_figures').get()).toEqual({ n: 0 });
    await v6.close();
  });
});
