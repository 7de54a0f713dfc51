import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open';
import { titleLocativeOf } from '../src/domain/documents.pl';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0005_team_title', () => {
  it('adds the title words to an existing team, empty, so its protocols keep a title built from the TERYT', async () => {
    const dir = tempDir();
    const file = join(dir, 'pzk.sqlite');
    const v4 = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 4) });
    v4.sqlite
      .prepare(`INSERT INTO team (id, name, gmina_name, teryt, model_type, created_at, updated_at) VALUES ('t1', 'PZK', 'Zgierz', '1020011', 'miejska', 'now', 'now')`)
      .run();
    await v4.close();
    const v5 = await openDatabase(file, { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 5) });
    expect(v5.migration.applied).toEqual(['0005_team_title']);
    const team = await v5.db.selectFrom('team').selectAll().executeTakeFirstOrThrow();
    expect(team).toMatchObject({ name: 'PZK', gminaName: 'Zgierz', titleLocative: null });
    expect(titleLocativeOf(team)).toBe('w Gminie Miasto Zgierz');
    await v5.close();
  });

  it('the default names the unit the TERYT names; the team’s own words win', () => {
    expect(titleLocativeOf({ titleLocative: null, gminaName: 'Zgierz', teryt: '1020022' })).toBe('w Gminie Zgierz');
    expect(titleLocativeOf({ titleLocative: null, gminaName: 'Zgierz', teryt: '1020011' })).toBe('w Gminie Miasto Zgierz');
    expect(titleLocativeOf({ titleLocative: null, gminaName: 'Mokotów', teryt: '1465028' })).toBe('w Dzielnicy Mokotów');
    expect(titleLocativeOf({ titleLocative: ' w Zgierzu ', gminaName: 'Zgierz', teryt: '1020011' })).toBe('w Zgierzu');
  });
});
