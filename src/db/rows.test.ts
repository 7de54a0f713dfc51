// The write path's prepared statements (issue 12) must give exactly what the Kysely view gives: the
// same fields, camel-cased, for every entity.
import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_FIELDS } from '../domain/entities';
import { seededCore } from '../../test/helpers';
import { PNG } from '../../test/sampleFiles';
import { createRows } from './rows';
import { TABLE_OF } from './schema';

describe('the write path statements', () => {
  it('read every entity with the fields and names Kysely returns', async () => {
    const t = await seededCore();
    const m = await t.api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    const detail = await t.api.meetings.get({ id: m.id });
    await t.api.attendance.set({ meetingId: m.id, memberId: t.jan.id, status: 'present' });
    await t.api.decisions.add({ meetingId: m.id, agendaItemId: detail.agenda[0]!.id, text: 'Ustalono.' });
    await t.api.actionItems.create({ meetingId: m.id, text: 'Zadanie', ownerMemberId: t.jan.id });
    await t.api.attachments.add({ meetingId: m.id, fileName: 'plakat.png', bytes: PNG });
    await t.api.declarations.create({ kind: 'accession', institutionId: t.ops.id, headName: 'Anna Nowak', delegateMemberId: t.jan.id, signedOn: '2026-01-10' });
    await t.api.rules.start();
    await t.api.benefits.save({ institutionId: t.ops.id, contributes: 'Sala', gains: 'Informacja' });
    const plan = await t.api.plans.create({ periodFrom: '2026-01-01', periodTo: '2026-12-31' });
    await t.api.basket.save({ institutionId: t.ops.id, service: 'Poradnictwo', targetGroups: ['families'], problemAreas: ['parenting'], referralWays: ['phone'], contactPhone: '22 761 00 11', verifiedOn: '2026-01-10' });
    await t.api.support.save({ date: '2026-03-01', kind: 'coaching', hours: 1.5, participants: 16, provider: 'Mazowieckie Centrum Polityki Społecznej' });
    await t.api.plans.addTask({ planId: plan.id, goal: 'Cel', text: 'Zadanie planu', ownerInstitutionId: t.ops.id, dueOn: '2026-06-30', measure: 'raport' });
    const c = await t.api.cases.create({ code: 'R-01', openedOn: '2026-01-05', referredByInstitutionId: t.school.id });
    await t.api.cases.diagnose({ id: c.id, diagnosedOn: '2026-01-06', difficulties: ['poverty'] });
    await t.api.cases.recordConsent({ id: c.id, consentOn: '2026-01-07', consentScope: [t.ops.id] });
    await t.api.cases.setTeam({ id: c.id, members: [{ institutionId: t.ops.id, memberId: t.jan.id }], leadInstitutionId: t.ops.id });
    const goal = await t.api.cases.saveGoal({ caseId: c.id, text: 'Cel' });
    await t.api.cases.saveTask({ goalId: goal.id, text: 'Zadanie', institutionId: t.ops.id, dueOn: '2026-04-30' });
    await t.api.cases.review({ caseId: c.id, meetingId: null, reviewedOn: '2026-02-01', note: 'Przegląd', results: [{ goalId: goal.id, result: 'partial' }] });
    const rows = createRows(t.core.database.sqlite);
    const db = t.core.database.db;
    for (const entity of ENTITIES.filter((e) => e !== 'action_item_review')) {
      const table = TABLE_OF[entity];
      const viaKysely = (await db.selectFrom(table).select(ENTITY_FIELDS[entity] as never).executeTakeFirstOrThrow()) as { id: string };
      expect(rows.byId(entity, viaKysely.id), entity).toEqual(viaKysely);
      const all = (await db.selectFrom(table).select(ENTITY_FIELDS[entity] as never).execute()) as Array<{ id: string }>;
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...rows.all(entity)].sort(byId), entity).toEqual([...all].sort(byId));
    }
    expect(rows.byId('meeting', 'no-such-id')).toBeUndefined();
  });

  it('insert, update and remove return the record; undefined fields are left alone', async () => {
    const t = await seededCore();
    const rows = createRows(t.core.database.sqlite);
    const now = '2026-03-10T10:00:00.000Z';
    const inserted = rows.insert('institution', { id: 'i-1', name: 'Szkoła Podstawowa nr 7 w Zielonce', sector: 'education', level: 'gmina', address: null, createdAt: now, updatedAt: now });
    expect(inserted).toEqual({ id: 'i-1', name: 'Szkoła Podstawowa nr 7 w Zielonce', sector: 'education', level: 'gmina', address: null });
    expect(rows.update('institution', 'i-1', { name: 'SP nr 7', address: undefined, updatedAt: now })).toEqual({ ...inserted, name: 'SP nr 7' });
    expect(rows.update('institution', 'none', { name: 'x' })).toBeUndefined();
    expect(rows.remove('institution', 'i-1')).toEqual({ ...inserted, name: 'SP nr 7' });
    expect(rows.byId('institution', 'i-1')).toBeUndefined();
  });

  it('the outbox seq and a repeated scalar query', async () => {
    const t = await seededCore();
    const rows = createRows(t.core.database.sqlite);
    expect(rows.maxSeq()).toBe(t.lastSeq());
    rows.mark('institution', t.ops.id, 999, 'upsert');
    expect(rows.maxSeq()).toBe(999);
    expect(rows.scalar('SELECT count(*) FROM outbox WHERE seq = ?', 999)).toBe(1);
    expect(rows.scalar('SELECT count(*) FROM outbox WHERE seq = ?', 1000)).toBe(0);
  });
});
