import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0012_declarations', () => {
  it('moves the members’ declaration dates into declaration records, marks them for the regional centre, and drops the columns', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v11 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 11) });
    const now = '2026-01-01T00:00:00Z';
    const run = (db: typeof v11, query: string, ...params: unknown[]) => db.sqlite.prepare(query).run(...params);
    run(v11, `INSERT INTO institution (id, name, sector, level, created_at, updated_at) VALUES ('ops', 'OPS', 'social_assistance', 'gmina', ?, ?), ('sp', 'SP 1', 'education', 'gmina', ?, ?), ('pup', 'PUP', 'labour_market', 'powiat', ?, ?)`, now, now, now, now, now, now);
    const member = (id: string, institution: string | null, declaration: string | null, confidentiality: string | null) =>
      run(v11, `INSERT INTO member (id, full_name, institution_id, declaration_signed_on, confidentiality_signed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, id, `Osoba ${id}`, institution, declaration, confidentiality, now, now);
    member('a', 'ops', '2025-09-10', '2025-09-10');
    member('b', 'ops', '2025-09-01', null);
    member('c', 'sp', '2025-10-01', '2025-10-02');
    member('d', null, '2025-11-01', null);
    member('e', 'pup', null, null);
    run(v11, `INSERT INTO outbox (entity, entity_id, seq, op) VALUES ('member', 'a', 7, 'upsert')`);
    await v11.close();

    const v12 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 12) });
    expect(v12.migration.applied).toEqual(['0012_declarations']);
    const rows = v12.sqlite.prepare(`SELECT kind, institution_id, member_id, delegate_member_id, signed_on FROM declaration ORDER BY kind, signed_on`).all();
    expect(rows).toEqual([
      // The institution's accession is its earliest member's date; its one signer is its delegate.
      { kind: 'accession', institution_id: 'ops', member_id: null, delegate_member_id: null, signed_on: '2025-09-01' },
      { kind: 'accession', institution_id: 'sp', member_id: null, delegate_member_id: 'c', signed_on: '2025-10-01' },
      // A member without an institution keeps a declaration in their own name.
      { kind: 'accession', institution_id: null, member_id: 'd', delegate_member_id: null, signed_on: '2025-11-01' },
      { kind: 'confidentiality', institution_id: null, member_id: 'a', delegate_member_id: null, signed_on: '2025-09-10' },
      { kind: 'confidentiality', institution_id: null, member_id: 'c', delegate_member_id: null, signed_on: '2025-10-02' },
    ]);
    // Marked after everything before, so the next bundle carries them.
    expect(v12.sqlite.prepare(`SELECT DISTINCT seq FROM outbox WHERE entity = 'declaration'`).all()).toEqual([{ seq: 8 }]);
    expect(v12.sqlite.prepare(`SELECT count(*) AS n FROM outbox WHERE entity = 'declaration'`).get()).toEqual({ n: 5 });
    const columns = (v12.sqlite.prepare(`PRAGMA table_info(member)`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('declaration_signed_on');
    expect(columns).not.toContain('confidentiality_signed_on');
    // One declaration in force per institution; a withdrawal needs a signature before it.
    expect(() => run(v12, `INSERT INTO declaration (id, kind, institution_id, created_at, updated_at) VALUES ('x', 'accession', 'ops', ?, ?)`, now, now)).toThrow(/UNIQUE/);
    expect(() => run(v12, `INSERT INTO declaration (id, kind, institution_id, withdrawn_on, created_at, updated_at) VALUES ('y', 'accession', 'pup', '2026-01-01', ?, ?)`, now, now)).toThrow(/CHECK/);
    expect(() => run(v12, `INSERT INTO declaration (id, kind, institution_id, member_id, created_at, updated_at) VALUES ('z', 'confidentiality', 'pup', 'e', ?, ?)`, now, now)).toThrow(/CHECK/);
    await v12.close();
  });
});
