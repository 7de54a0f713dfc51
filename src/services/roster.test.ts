import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore, TEAM, testCore } from '../../test/helpers';

describe('team', () => {
  it('is set up once, read back and updated; each write gets a seq, the outbox names the record once', async () => {
    const { api, lastSeq, outboxCount } = await testCore();
    expect(await api.team.get()).toBeNull();
    const team = await api.team.setUp({ ...TEAM, powiat: ' wołomiński ', wojewodztwo: '' });
    expect(team).toMatchObject({ ...TEAM, powiat: 'wołomiński', wojewodztwo: null });
    expect(lastSeq()).toBe(1);
    await expectAppError(api.team.setUp(TEAM), 'TEAM_ALREADY_SET_UP');
    const updated = await api.team.update({ ...TEAM, name: 'PZK Zielonka' });
    expect(updated.name).toBe('PZK Zielonka');
    expect(await api.team.get()).toEqual(updated);
    expect(lastSeq()).toBe(2);
    expect(outboxCount()).toBe(1);
  });

  it('refuses a bad TERYT and a bad model type with field errors and writes nothing', async () => {
    const { api, lastSeq } = await testCore();
    const error = await expectAppError(api.team.setUp({ ...TEAM, teryt: '14340' }), 'VALIDATION_FAILED');
    expect(error.details?.fields).toEqual({ teryt: 'teryt_format' });
    const bad = { ...TEAM, name: '  ', modelType: 'duża' } as unknown as typeof TEAM;
    const error2 = await expectAppError(api.team.setUp(bad), 'VALIDATION_FAILED');
    expect(error2.details?.fields).toEqual({ name: 'required', modelType: 'invalid_choice' });
    expect(await api.team.get()).toBeNull();
    expect(lastSeq()).toBe(0);
  });

  it('refuses an update before set-up', async () => {
    const { api } = await testCore();
    await expectAppError(api.team.update(TEAM), 'TEAM_NOT_SET_UP');
  });
});

describe('institutions and members', () => {
  it('lists members in Polish order with their institution', async () => {
    const { api, ops } = await seededCore();
    const members = await api.members.list();
    expect(members.map((m) => m.fullName)).toEqual(['Grażyna Ślęzak', 'Jan Kowalski', 'Łukasz Żółć']);
    expect(members.find((m) => m.fullName === 'Jan Kowalski')?.institutionId).toBe(ops.id);
    expect(members.every((m) => m.active)).toBe(true);
  });

  it('refuses a duplicate institution name, case-insensitively', async () => {
    const { api, lastSeq } = await seededCore();
    const before = lastSeq();
    const error = await expectAppError(
      api.institutions.create({ name: 'ośrodek pomocy społecznej', sector: 'social_assistance' }),
      'DUPLICATE',
    );
    expect(error.details?.fields).toEqual({ name: 'duplicate' });
    expect(lastSeq()).toBe(before);
  });

  it('validates member fields and an unknown institution', async () => {
    const { api, lastSeq } = await seededCore();
    const before = lastSeq();
    const error = await expectAppError(
      api.members.create({ fullName: 'Anna Nowak', email: 'not-an-email', joinedOn: '2026-13-01' }),
      'VALIDATION_FAILED',
    );
    expect(error.details?.fields).toEqual({ email: 'invalid_email', joinedOn: 'invalid_date' });
    await expectAppError(api.members.create({ fullName: 'Anna Nowak', institutionId: 'nope' }), 'NOT_FOUND');
    expect(lastSeq()).toBe(before);
  });

  it('deactivates with a date, keeps the member, and reactivates', async () => {
    const { api, jan } = await seededCore({ now: '2026-06-01T10:00:00Z' });
    const left = await api.members.deactivate({ id: jan.id, leftOn: '2026-05-31' });
    expect(left).toMatchObject({ leftOn: '2026-05-31', active: false });
    expect((await api.members.list({ includeInactive: false })).map((m) => m.id)).not.toContain(jan.id);
    expect((await api.members.list()).map((m) => m.id)).toContain(jan.id);
    expect(await api.members.reactivate({ id: jan.id })).toMatchObject({ leftOn: null, active: true });
  });

  it('refuses a leaving date before the joining date', async () => {
    const { api, lastSeq } = await seededCore();
    const m = await api.members.create({ fullName: 'Ewa Mazur', joinedOn: '2026-03-01' });
    const before = lastSeq();
    await expectAppError(api.members.deactivate({ id: m.id, leftOn: '2026-02-01' }), 'VALIDATION_FAILED');
    expect(lastSeq()).toBe(before);
  });

  it('hard-deletes only a member without history', async () => {
    const { api, jan, lukasz, lastSeq } = await seededCore();
    const meeting = await api.meetings.create({ date: '2026-02-10' });
    await api.attendance.set({ meetingId: meeting.id, memberId: lukasz.id, status: 'present' });
    const before = lastSeq();
    await expectAppError(api.members.delete({ id: lukasz.id }), 'MEMBER_HAS_HISTORY');
    expect(lastSeq()).toBe(before);
    await api.members.delete({ id: jan.id });
    expect((await api.members.list()).map((m) => m.id)).not.toContain(jan.id);
    expect(lastSeq()).toBe(before + 1);
  });
});
