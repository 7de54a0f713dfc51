import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/api/client';
import { openCore } from '../src/core/core';
import { openDatabase } from '../src/db/open';
import { tempDir } from '../test/helpers';
import { MIGRATIONS } from './index';

describe('0002_search', () => {
  it('indexes what a 0001 database already holds', async () => {
    const dir = tempDir();
    const v1 = await openDatabase(join(dir, 'pzk.sqlite'), { migrations: MIGRATIONS.slice(0, 1) });
    const now = '2026-01-01T00:00:00Z';
    v1.sqlite
      .prepare(`INSERT INTO meeting (id, kind, year, seq_in_year, date, status, created_at, updated_at) VALUES ('m1', 'pzk', 2026, 1, '2026-01-10', 'held', ?, ?)`)
      .run(now, now);
    v1.sqlite
      .prepare(`INSERT INTO agenda_item (id, meeting_id, position, title, minutes, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Sprawy różne', 'Wyjazd do Łodzi w sprawie uchwały.', ?, ?)`)
      .run(now, now);
    v1.sqlite
      .prepare(`INSERT INTO member (id, full_name, role, created_at, updated_at) VALUES ('p1', 'Łukasz Żółć', 'member', ?, ?)`)
      .run(now, now);
    await v1.close();

    const core = await openCore(dir, { logError: () => undefined });
    const api = createClient((m, i) => core.dispatch(m, i));
    expect((await api.search.query({ q: 'lodzi' })).map((r) => r.refId)).toEqual(['a1']);
    expect((await api.search.query({ q: 'zolc' })).map((r) => r.refId)).toEqual(['p1']);
    await core.close();
  });
});
