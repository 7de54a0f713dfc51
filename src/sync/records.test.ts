import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../domain/entities';
import { BUNDLE_ENTITIES, SYNC_FIELDS } from '../domain/syncFields';
import { clip, firstDisagreement, merge, sessionAt } from './ledger';
import { readRecord, RECORD_SCHEMAS } from './records';

describe('synced records', () => {
  it('carry exactly the allow-listed fields of each entity; nothing of a case travels', () => {
    for (const entity of BUNDLE_ENTITIES) expect(Object.keys(RECORD_SCHEMAS[entity].shape).sort(), entity).toEqual([...SYNC_FIELDS[entity]].sort());
    // The allow-list: every entity but those whose sums travel instead (issue 17.5).
    expect(ENTITIES.filter((e) => !(BUNDLE_ENTITIES as readonly string[]).includes(e))).toEqual(['case', 'support_entry', 'case_team_member', 'ipw_goal', 'ipw_task', 'case_review']);
    // Nothing of a case travels, not even the link to it: a PZK protocol may name it by its code (issue 17.5).
    for (const entity of ['meeting', 'agenda_item', 'action_item'] as const) expect(SYNC_FIELDS[entity], entity).not.toContain('caseId');
    expect(SYNC_FIELDS.action_item).not.toContain('ipwTaskId');
    // Who signed a declaration stays home; the regional centre gets its dates.
    expect(SYNC_FIELDS.declaration).not.toContain('headName');
    expect(SYNC_FIELDS.declaration).toContain('signedOn');
  });

  it('read rows of format 1 (full rows with stamps) and drop what is not theirs', () => {
    const v1 = { id: 'm1', fullName: 'Ewa', institutionId: null, position: null, role: 'member', email: null, phone: null, joinedOn: null, leftOn: null, declarationSignedOn: null, confidentialitySignedOn: null, createdAt: 'x', updatedAt: 'y' };
    const { createdAt: _c, updatedAt: _u, ...fields } = v1;
    // The two declaration dates members had until 0012 are dropped: declarations are records now.
    const { declarationSignedOn: _d, confidentialitySignedOn: _s, ...kept } = fields;
    expect(readRecord('member', v1)).toEqual({ ...kept, anonymisedOn: null });
    expect(readRecord('meeting', { id: 'x', date: 20260101 })).toBeNull();
  });
});

describe('the write-session ledger', () => {
  const hub = [
    { fromSeq: 1, session: 'a' },
    { fromSeq: 10, session: 'b' },
  ];
  it('names the session of a seq', () => {
    expect([0, 1, 9, 10, 99].map((s) => sessionAt(hub, s))).toEqual([null, 'a', 'a', 'b', 'b']);
  });
  it('finds the first seq two ledgers disagree on, within a range', () => {
    expect(firstDisagreement(hub, [{ fromSeq: 1, session: 'a' }, { fromSeq: 10, session: 'b' }], 1, 20)).toBeNull();
    expect(firstDisagreement(hub, [{ fromSeq: 5, session: 'a' }, { fromSeq: 12, session: 'c' }], 5, 20)).toBe(10);
    // A copy restored at seq 6 wrote 7… under its own session, where the original went on under "a".
    expect(firstDisagreement(hub, [{ fromSeq: 1, session: 'a' }, { fromSeq: 7, session: 'copy' }], 6, 20)).toBe(7);
    expect(firstDisagreement(hub, [{ fromSeq: 1, session: 'a' }, { fromSeq: 7, session: 'copy' }], 15, 20)).toBe(15);
    expect(firstDisagreement(hub, [], 5, 4)).toBeNull();
  });
  it('clips a ledger to a range and merges what a bundle adds', () => {
    expect(clip(hub, 5, 12)).toEqual([
      { fromSeq: 5, session: 'a' },
      { fromSeq: 10, session: 'b' },
    ]);
    expect(merge(hub, [{ fromSeq: 3, session: 'b' }, { fromSeq: 15, session: 'c' }], 12, 20)).toEqual([...hub, { fromSeq: 15, session: 'c' }]);
  });
});
