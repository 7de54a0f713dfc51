// Issue 17.4: the support the team received — entries of counts, never names — summed by kind over a period;
// bad input refused in words; the entries stay on the laptop: a bundle carries none of them, and a hub
// refuses a bundle that would.
import { describe, expect, it } from 'vitest';
import { expectAppError, hubDigest, seededCore } from '../../test/helpers';
import { supportSums } from '../domain/support';
import { recordLineSchema } from '../sync/format';
import { craft, recordsOf, setRecords, setup } from '../../test/bundles';
import { importBundle } from '../hub/import';
import { supportOf } from '../hub/report';
import { decryptWith, unzipFiles } from '../sync/crypto';
import { exportBundle } from '../sync/team';

describe('the support the team received', () => {
  it('sums sessions, hours and participants by kind over a period', async () => {
    const { api } = await seededCore({ now: '2026-06-30T10:00:00Z' });
    const provider = 'Mazowieckie Centrum Polityki Społecznej';
    const coaching = await api.support.save({ date: '2026-02-10', kind: 'coaching', hours: 1.5, participants: 8, provider });
    await api.support.save({ date: '2026-03-10', kind: 'coaching', hours: 2.25, participants: 8, provider });
    await api.support.save({ date: '2026-04-20', kind: 'training', hours: 6, participants: 21, provider, topic: 'Procedura „Niebieskie Karty”' });
    await api.support.save({ date: '2025-11-05', kind: 'supervision', hours: 3, participants: 5, provider: 'Superwizor rekomendowany' });
    const view = await api.support.list({ from: '2026-01-01', to: '2026-06-30' });
    expect(view.entries.map((e) => e.date)).toEqual(['2026-04-20', '2026-03-10', '2026-02-10', '2025-11-05']);
    expect(view.sums.byKind.coaching).toEqual({ sessions: 2, hours: 3.75, participants: 16 });
    expect(view.sums.byKind.training).toEqual({ sessions: 1, hours: 6, participants: 21 });
    expect(view.sums.byKind.supervision).toEqual({ sessions: 0, hours: 0, participants: 0 });
    expect(view.sums.total).toEqual({ sessions: 3, hours: 9.75, participants: 37 });
    // Corrected and removed.
    await api.support.save({ ...coaching, id: coaching.id, hours: 2 });
    expect((await api.support.list({ from: '2026-01-01', to: '2026-06-30' })).sums.byKind.coaching.hours).toBe(4.25);
    await api.support.remove({ id: coaching.id });
    expect((await api.support.list({ from: '2026-01-01', to: '2026-06-30' })).sums.byKind.coaching.sessions).toBe(1);
    expect(supportSums([{ date: '2026-01-01', kind: 'other', hours: 0.1, participants: 1 }, { date: '2026-01-02', kind: 'other', hours: 0.2, participants: 1 }], '2026-01-01', '2026-12-31').total.hours).toBe(0.3);
  });

  it('refuses a session to come, no hours, a fraction of a person, no provider, an unknown entry', async () => {
    const { api } = await seededCore({ now: '2026-06-30T10:00:00Z' });
    const base = { date: '2026-06-01', kind: 'training' as const, hours: 4, participants: 10, provider: 'ROPS' };
    expect((await expectAppError(api.support.save({ ...base, date: '2026-07-01' }), 'VALIDATION_FAILED')).details).toMatchObject({ fields: { date: 'in_future' } });
    expect((await expectAppError(api.support.save({ ...base, hours: 0 }), 'VALIDATION_FAILED')).details).toMatchObject({ fields: { hours: 'invalid' } });
    expect((await expectAppError(api.support.save({ ...base, hours: 1.1 }), 'VALIDATION_FAILED')).details).toMatchObject({ fields: { hours: 'quarter_hours' } });
    expect((await expectAppError(api.support.save({ ...base, participants: 2.5 }), 'VALIDATION_FAILED')).details).toMatchObject({ fields: { participants: 'whole_number' } });
    expect((await expectAppError(api.support.save({ ...base, provider: ' ' }), 'VALIDATION_FAILED')).details).toMatchObject({ fields: { provider: 'required' } });
    await expectAppError(api.support.save({ ...base, id: 'nope' }), 'NOT_FOUND');
    await expectAppError(api.support.remove({ id: 'nope' }), 'NOT_FOUND');
  });

  it('stays on the laptop: the bundle carries none of it, and a hub refuses a bundle that would', async () => {
    const s = await setup();
    await s.api.support.save({ date: '2026-02-20', kind: 'workshop', hours: 16, participants: 14, provider: 'ROPS', topic: 'Warsztaty wyjazdowe' });
    const real = await exportBundle(s.db, s.schema);
    const h = await s.hub.db.selectFrom('hub').selectAll().executeTakeFirstOrThrow();
    const records = recordsOf(unzipFiles(await decryptWith(h.ageIdentity, real.bytes)));
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((r) => r.entity)).not.toContain('support_entry');
    expect(JSON.stringify(records)).not.toContain('Warsztaty wyjazdowe');
    expect(real.manifest.counts).not.toHaveProperty('support_entry');
    // A bundle made to carry one (signed with the team's key) is refused, and the hub keeps what it had.
    const digest = await hubDigest(s.hub);
    const smuggled = await craft(s, (m, files) => {
      const row = { id: 's1', date: '2026-02-20', kind: 'workshop', hours: 16, participants: 14, provider: 'ROPS', topic: null };
      setRecords(m, files, [...recordsOf(files), { entity: 'support_entry' as never, id: 's1', seq: 1, op: 'upsert', row }]);
    });
    expect(await importBundle(s.hub, smuggled)).toMatchObject({ accepted: false });
    expect(await hubDigest(s.hub)).toBe(digest);
    expect(recordLineSchema.safeParse({ entity: 'support_entry', id: 's1', seq: 1, op: 'upsert', row: {} }).success).toBe(false);

    // Its sums travel instead, whole with every bundle; a bundle of an app that sends none leaves the last ones be.
    expect((await importBundle(s.hub, real.bytes)).accepted).toBe(true);
    const sums = [{ month: '2026-02', kind: 'workshop', sessions: 1, hours: 16, participants: 14 }];
    expect(await supportOf(s.hub, s.enrolment.teamId)).toEqual(sums);
    await s.api.support.save({ date: '2026-02-25', kind: 'coaching', hours: 2, participants: 6, provider: 'ROPS' });
    const older = await craft(s, (m) => {
      delete m.aggregates;
    });
    expect(await importBundle(s.hub, older)).toMatchObject({ accepted: true });
    expect(await supportOf(s.hub, s.enrolment.teamId)).toEqual(sums);
  });
});
