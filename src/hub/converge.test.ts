// Property: whatever the order in which overlapping and duplicated bundles arrive (refused ones are
// simply sent again later), the hub ends in the same state.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir } from '../../test/helpers';
import { sha256Hex } from '../sync/crypto';
import { bundleId } from '../sync/format';
import { exportBundle, importEnrolment } from '../sync/team';
import { enrolTeam, initHub } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';

describe('hub convergence', () => {
  it('any order of duplicated or overlapping bundles converges to the same hub state', async () => {
    const team = await seededCore();
    const dir = tempDir();
    const pristine = join(dir, 'pristine.sqlite');
    const setupHub = await openHubAt(pristine);
    await initHub(setupHub, 'Centrum');
    const enrolment = await enrolTeam(setupHub, { name: 'PZK', teryt: '1434011' });
    await setupHub.close();
    const db = team.core.database.db;
    await importEnrolment(db, JSON.stringify(enrolment));
    const schema = team.core.database.schemaVersion;
    // What a receipt for `bundle` does: the next bundle starts at its end and follows it in the chain.
    const acknowledge = async (bundle: Awaited<ReturnType<typeof exportBundle>>) => {
      for (const [key, value] of [['sync.ackSeq', bundle.manifest.toSeq], ['sync.ackBundleHash', bundleId(bundle.manifest, sha256Hex)]] as const) {
        const json = JSON.stringify(value);
        await db.insertInto('settings').values({ key, value: json }).onConflict((oc) => oc.column('key').doUpdateSet({ value: json })).execute();
      }
    };

    // Bundles: 0–a, a–b, 0–b (full), b–c, and c–d made after more work; the meeting is edited between
    // them, so that overlapping bundles carry different states of the same record.
    const first = await exportBundle(db, schema);
    const m = await team.api.meetings.create({ date: '2026-04-01', agenda: ['Punkt'] });
    await acknowledge(first);
    const second = await exportBundle(db, schema);
    const full = await exportBundle(db, schema, { full: true });
    await team.api.actionItems.create({ meetingId: m.id, text: 'Zadanie' });
    await team.api.meetings.update({ id: m.id, date: '2026-04-01', place: 'Sala 2' });
    await acknowledge(second);
    const third = await exportBundle(db, schema);
    await team.api.members.create({ fullName: 'Ktoś Nowy' });
    await team.api.meetings.update({ id: m.id, date: '2026-04-01', place: 'Sala 3' });
    await acknowledge(third);
    const fourth = await exportBundle(db, schema);
    const bundles = [first, second, full, third, fourth].map((b) => b.bytes);

    const finalState = async (order: number[]) => {
      const file = join(dir, `run-${sha256Hex(order.join(','))}-${Math.random()}.sqlite`);
      copyFileSync(pristine, file);
      const hub = await openHubAt(file);
      let pending = order.map((i) => bundles[i]!);
      for (let round = 0; round < 10 && pending.length; round++) {
        const next = [];
        for (const bytes of pending) if (!(await importBundle(hub, bytes)).accepted) next.push(bytes);
        pending = next;
      }
      const records = await hub.db.selectFrom('hubRecord').selectAll().orderBy('entity').orderBy('entityId').execute();
      const teamRow = await hub.db.selectFrom('hubTeam').select(['ackedSeq', 'ledgerFrom']).executeTakeFirstOrThrow();
      const sessions = await hub.db.selectFrom('hubSession').selectAll().orderBy('fromSeq').execute();
      await hub.close();
      return sha256Hex(JSON.stringify({ records, team: teamRow, sessions }));
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
