import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0008_attachments', () => {
  it('keeps every outbox row, lets the outbox name attachments, and stores their bytes apart, going with their row', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v7 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 7) });
    const now = '2026-01-01T00:00:00Z';
    v7.sqlite.prepare(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 2026, 1, '2026-01-10', 'held', ?, ?)`).run(now, now);
    v7.sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('meeting', 'm1', 3, 'upsert'), ('decision', 'd1', 4, 'delete')`).run();
    expect(() => v7.sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('attachment', 'f0', 5, 'upsert')`).run()).toThrow(/CHECK/);
    const before = v7.sqlite.prepare('SELECT * FROM outbox ORDER BY seq').all();
    await v7.close();

    const v8 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 8) });
    expect(v8.migration.applied).toEqual(['0008_attachments']);
    const run = (query: string, ...params: unknown[]) => v8.sqlite.prepare(query).run(...params);
    expect(v8.sqlite.prepare('SELECT * FROM outbox ORDER BY seq').all()).toEqual(before);
    expect(v8.sqlite.prepare("EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE seq > 3").all().map((r) => (r as { detail: string }).detail).join()).toContain('outbox_seq');
    run(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('attachment', 'f1', 5, 'upsert')`);

    const attach = (id: string, mediaType: string, size = 3) =>
      run(
        `INSERT INTO attachment (id, meeting_id, position, kind, title, file_name, media_type, size, sha256, created_at, updated_at) VALUES (?, 'm1', 1, 'document', 'Skan', 'skan.pdf', ?, ?, ?, ?, ?)`,
        id, mediaType, size, 'a'.repeat(64), now, now,
      );
    attach('f1', 'application/pdf');
    run(`INSERT INTO attachment_content (attachment_id, content) VALUES ('f1', x'255044')`);
    expect(() => attach('f2', 'application/x-msdownload')).toThrow(/CHECK/);
    expect(() => attach('f3', 'application/pdf', 26 * 1024 * 1024)).toThrow(/CHECK/);
    // The bytes go with their row; a meeting with attachments is not removed from under them.
    expect(() => run(`DELETE FROM meeting WHERE id = 'm1'`)).toThrow(/FOREIGN KEY/);
    run(`DELETE FROM attachment WHERE id = 'f1'`);
    expect(v8.sqlite.prepare('SELECT count(*) FROM attachment_content').pluck().get()).toBe(0);
    await v8.close();
  });
});
