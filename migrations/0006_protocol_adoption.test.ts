import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0006_protocol_adoption', () => {
  it('gives existing meetings no adoption record: their frozen protocols say nothing of it, and stay as they are', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v5 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
    const run = (q: string) => v5.sqlite.prepare(q).run();
    run(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 2026, 1, '2026-01-15', 'approved', 'now', 'now')`);
    run(`INSERT INTO protocol_version (id, meeting_id, version, pdf, sha256, created_at, findings) VALUES ('p1', 'm1', 1, x'25504446', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'now', '[]')`);
    await v5.close();
    const v6 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 6) });
    expect(v6.migration.applied).toEqual(['0006_protocol_adoption']);
    const meeting = await v6.db.selectFrom('meeting').selectAll().executeTakeFirstOrThrow();
    expect(meeting).toMatchObject({ id: 'm1', status: 'approved', adoptedAtMeetingId: null, adoptedOn: null });
    const version = v6.sqlite.prepare('SELECT hex(pdf) AS pdf, sha256 FROM protocol_version').get();
    expect(version).toEqual({ pdf: '25504446', sha256: 'a'.repeat(64) });
    await v6.close();
  });
});
