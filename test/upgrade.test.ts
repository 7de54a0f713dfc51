// The upgrade from 0.1.0 (bundle format 1, team schema 0003, hub schema 0002) against files that
// version really wrote (test/fixtures/v0.1.0): the corrected PESEL of the old history leaves the team's
// file, the hub that holds the team's format-1 data accepts its first format-2 bundle without a new
// enrolment, and a format-1 bundle still in the post is refused with the reason and what to do.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptWith, unzipFiles } from '../src/sync/crypto';
import { BUNDLE_FORMAT_VERSION } from '../src/sync/format';
import { exportBundle, importReceipt, syncStatus } from '../src/sync/team';
import { hubReport } from '../src/hub/hub';
import { openHubAt } from './hubAt';
import { importBundle } from '../src/hub/import';
import { hubDigest, tempDir, testCore } from './helpers';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'v0.1.0');
const PESEL = '44051401359';

async function upgraded() {
  const teamDir = tempDir();
  copyFileSync(join(FIXTURES, 'team.sqlite'), join(teamDir, 'pzk.sqlite'));
  const hubFile = join(tempDir(), 'hub.sqlite');
  copyFileSync(join(FIXTURES, 'hub.sqlite'), hubFile);
  const team = await testCore({ dataDir: teamDir, now: '2026-03-12T10:00:00Z' });
  const hub = await openHubAt(hubFile, { mustExist: true });
  return { team, hub, teamDir, db: team.core.database.db, schema: team.core.database.schemaVersion };
}

describe('upgrading from 0.1.0', () => {
  it('drops the old history: the PESEL typed and corrected before is gone from the file', async () => {
    expect(readFileSync(join(FIXTURES, 'team.sqlite')).includes(PESEL)).toBe(true);
    const { team, teamDir } = await upgraded();
    const detail = await team.api.meetings.get({ id: (await team.api.meetings.list({ year: 2026 })).at(-1)!.id });
    expect(detail.agenda[1]!.minutes).toBe('Omówiono sytuację rodziny R-07.');
    team.core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(teamDir, 'pzk.sqlite')).includes(PESEL)).toBe(false);
  });

  it('the hub holding format-1 data takes the first format-2 bundle, and a full one, without re-enrolment', async () => {
    const { team, hub, db, schema } = await upgraded();
    const before = await syncStatus(db);
    expect(before).toMatchObject({ enrolled: true, ackSeq: 21, lastSeq: 29 });
    const next = await exportBundle(db, schema);
    expect(next.manifest).toMatchObject({ formatVersion: BUNDLE_FORMAT_VERSION, baseSeq: 21, toSeq: 29 });
    const report = await importBundle(hub, next.bytes);
    expect(report).toMatchObject({ accepted: true, code: null });
    expect(report.imported + report.updated).toBe(next.payload.recordCount);
    expect(await importReceipt(db, report.receipt!)).toEqual({ ackSeq: 29 });
    expect((await hubReport(hub))[0]).toMatchObject({ state: 'ok', ackedSeq: 29, meetings: 2, members: 3 });

    // New work goes on in the chain; a full bundle is checked against what the hub got in format 1.
    await team.api.members.create({ fullName: 'Nowa Osoba' });
    expect(await importBundle(hub, (await exportBundle(db, schema)).bytes)).toMatchObject({ accepted: true, imported: 1 });
    expect(await importBundle(hub, (await exportBundle(db, schema, { full: true })).bytes)).toMatchObject({ accepted: true });
    await hub.close();
  });

  it('refuses a bundle made in format 1, saying what to do, and changes nothing', async () => {
    const { hub } = await upgraded();
    const digest = await hubDigest(hub);
    const report = await importBundle(hub, readFileSync(join(FIXTURES, 'bundle-1434011_v1.pzkb')), new Date(), 'bundle-1434011_v1.pzkb');
    expect(report).toMatchObject({ accepted: false, code: 'FORMAT_TOO_OLD', reason: expect.stringContaining('update its app and send again') });
    expect(await hubDigest(hub)).toBe(digest);
    // It is a real format-1 bundle of this team: the hub's key opens it, its changes are the old log.
    const h = await hub.db.selectFrom('hub').select('ageIdentity').executeTakeFirstOrThrow();
    expect(Object.keys(unzipFiles(await decryptWith(h.ageIdentity, readFileSync(join(FIXTURES, 'bundle-1434011_v1.pzkb')))))).toContain('changes.ndjson');
    await hub.close();
  });
});
