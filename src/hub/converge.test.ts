// Property: whatever the order in which overlapping and duplicated bundles arrive (refused ones are
// simply sent again later), the hub ends in the same state.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir } from '../../test/helpers';
import { sha256Hex } from '../sync/crypto';
import { exportBundle, importEnrolment } from '../sync/team';
import { enrolTeam, initHub, openHub } from './hub';
import { importBundle } from './import';

describe('hub convergence', () => {
  it('any order of duplicated or overlapping bundles converges to the same hub state', async () => {
    const team = await seededCore();
    const dir = tempDir();
    const pristine = join(dir, 'pristine.sqlite');
    const setupHub = await openHub(pristine);
    await initHub(setupHub, 'Centrum');
    const enrolment = await enrolTeam(setupHub, { name: 'PZK', teryt: '1434011' });
    await setupHub.close();
    const db = team.core.database.db;
    await importEnrolment(db, JSON.stringify(enrolment));
    const schema = team.core.database.schemaVersion;
    const setAck = (seq: number) =>
      db.insertInto('settings').values({ key: 'sync.ackSeq', value: String(seq) }).onConflict((oc) => oc.column('key').doUpdateSet({ value: String(seq) })).execute();

    // Bundles: 0–a, a–b, 0–b (full), b–c, and c–d made after more work.
    const a = (await exportBundle(db, schema)).manifest.toSeq;
    const first = await exportBundle(db, schema);
    const m = await team.api.meetings.create({ date: '2026-04-01', agenda: ['Punkt'] });
    await setAck(a);
    const second = await exportBundle(db, schema);
    const full = await exportBundle(db, schema, { full: true });
    await team.api.actionItems.create({ meetingId: m.id, text: 'Zadanie' });
    await setAck(second.manifest.toSeq);
    const third = await exportBundle(db, schema);
    await team.api.members.create({ fullName: 'Ktoś Nowy' });
    await setAck(third.manifest.toSeq);
    const fourth = await exportBundle(db, schema);
    const bundles = [first, second, full, third, fourth].map((b) => b.bytes);

    const finalState = async (order: number[]) => {
      const file = join(dir, `run-${sha256Hex(order.join(','))}-${Math.random()}.sqlite`);
      copyFileSync(pristine, file);
      const hub = await openHub(file);
      let pending = order.map((i) => bundles[i]!);
      for (let round = 0; round < 10 && pending.length; round++) {
        const next = [];
        for (const bytes of pending) if (!(await importBundle(hub, bytes)).accepted) next.push(bytes);
        pending = next;
      }
      const records = await hub.db.selectFrom('hubRecord').selectAll().orderBy('entity').orderBy('entityId').execute();
      const teamRow = await hub.db.selectFrom('hubTeam').select(['ackedSeq']).executeTakeFirstOrThrow();
      await hub.close();
      return sha256Hex(JSON.stringify({ records, acked: teamRow.ackedSeq }));
    };

    const reference = await finalState([0, 1, 3, 4]);
    await fc.assert(
      fc.asyncProperty(
        // Every bundle at least once (so the chain can complete), plus random duplicates, shuffled.
        fc
          .array(fc.integer({ min: 0, max: 4 }), { maxLength: 9 })
          .chain((extra) => fc.shuffledSubarray([0, 1, 2, 3, 4, ...extra], { minLength: 5 + extra.length })),
        async (order) => {
          expect(await finalState(order)).toBe(reference);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
