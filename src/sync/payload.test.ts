// The bundle's payload at the size of a 100-year team: more records than SQLite takes variables in one
// statement (32,766). The bench's 100-year team found `IN (…)` lists failing there (issue 12).
import { describe, expect, it } from 'vitest';
import { seededCore } from '../../test/helpers';
import { buildPayload } from './payload';

describe('the payload of a very old team', () => {
  it('names the reviewed items of any number of records', async () => {
    const t = await seededCore();
    const held = await t.api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    const later = await t.api.meetings.create({ date: '2026-03-24', agenda: ['Sprawy'] });
    const sqlite = t.core.database.sqlite;
    const n = 33_000;
    const stamp = '2026-03-24T10:00:00.000Z';
    const item = sqlite.prepare(`INSERT INTO action_item (id, origin_meeting_id, seq_in_meeting, number, text, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'Zadanie', 'new', ?, ?)`);
    const review = sqlite.prepare(`INSERT INTO action_item_review (id, action_item_id, meeting_id, note, status_after, reviewed_at) VALUES (?, ?, ?, 'W toku.', 'in_progress', ?)`);
    const mark = sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES (?, ?, 1000, 'upsert')`);
    sqlite.transaction(() => {
      for (let i = 1; i <= n; i++) {
        item.run(`item-${i}`, held.id, i, `1/2026/${i}`, stamp, stamp);
        review.run(`review-${i}`, `item-${i}`, later.id, stamp);
        mark.run('action_item', `item-${i}`);
        mark.run('action_item_review', `review-${i}`);
      }
    })();
    const payload = await buildPayload(t.core.database.db, 0);
    expect(payload.counts.action_item_review).toBe(n);
    expect(payload.counts.action_item).toBe(n);
  }, 60_000);
});
