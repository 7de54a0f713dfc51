import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore, tempDir } from '../../test/helpers';
import { enrolTeam, hubReport, initHub } from '../hub/hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from '../hub/import';
import { decryptWith, unzipFiles } from '../sync/crypto';
import { importReceipt } from '../sync/team';

/** A member with contacts and a history: attendance, an action item, a mention in the minutes. */
async function memberWithHistory() {
  const t = await seededCore({ now: '2026-06-01T10:00:00Z' });
  const anna = await t.api.members.create({
    fullName: 'Anna Wierzbicka',
    institutionId: t.ops.id,
    position: 'pedagog szkolny',
    email: 'anna.wierzbicka@sp1.example.pl',
    phone: '601 777 888',
    joinedOn: '2026-01-01',
  });
  const m = await t.api.meetings.create({ date: '2026-02-10', agenda: ['Sprawy merytoryczne'] });
  const item = (await t.api.meetings.get({ id: m.id })).agenda[0]!;
  await t.api.agenda.update({ id: item.id, minutes: 'Anna Wierzbicka przedstawiła sytuację ucznia.' });
  await t.api.attendance.set({ meetingId: m.id, memberId: anna.id, status: 'present' });
  await t.api.attendance.set({ meetingId: m.id, memberId: t.lukasz.id, status: 'remote' });
  const task = await t.api.actionItems.create({ meetingId: m.id, text: 'Przygotować opinię', ownerMemberId: anna.id, dueOn: '2026-03-01' });
  await t.api.meetings.setStatus({ id: m.id, status: 'held' });
  await t.api.meetings.setStatus({ id: m.id, status: 'approved' });
  return { ...t, anna, meeting: m, item, task };
}

describe('a person on the roster (RODO)', () => {
  it('gets everything the app holds about them as a file (art. 15)', async () => {
    const t = await memberWithHistory();
    const file = await t.api.members.exportData({ id: t.anna.id });
    expect(file).toMatchObject({ mediaType: 'application/json', fileName: expect.stringMatching(/^dane-osobowe_.*_2026-06-01\.json$/) });
    const data = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
    expect(data).toMatchObject({
      dokument: 'Informacja o danych osobowych członka zespołu (art. 15 RODO)',
      osoba: { imieINazwisko: 'Anna Wierzbicka', instytucja: 'Ośrodek Pomocy Społecznej', funkcja: 'pedagog szkolny', email: 'anna.wierzbicka@sp1.example.pl', telefon: '601 777 888' },
      udzialWPosiedzeniach: [{ posiedzenie: '1/2026', data: '2026-02-10', obecnosc: 'obecność', zastepstwo: null }],
      zadania: [{ numer: '1/2026/1', tresc: 'Przygotować opinię', termin: '2026-03-01', stan: 'nowe' }],
      odbiorcyDanych: [],
    });
    expect(data.wzmiankiWTekstach).toEqual([{ gdzie: 'posiedzenie nr 1/2026', fragment: expect.stringContaining('Anna Wierzbicka przedstawiła') }]);
  });

  it('is erased once they have left (art. 17): name and contacts go, history and counts stay', async () => {
    const t = await memberWithHistory();
    await expectAppError(t.api.members.anonymise({ id: t.anna.id }), 'MEMBER_STILL_ACTIVE');
    await t.api.members.deactivate({ id: t.anna.id, leftOn: '2026-05-31' });
    const result = await t.api.members.anonymise({ id: t.anna.id });
    expect(result.member).toMatchObject({ fullName: 'Osoba anonimizowana nr 1', position: null, email: null, phone: null, anonymisedOn: '2026-06-01', leftOn: '2026-05-31', institutionId: t.ops.id });
    // Where the name is still written in the minutes: the animator decides what to do with those texts.
    expect(result.mentions.map((m) => [m.kind, m.refId])).toEqual([['agenda_item', t.item.id]]);
    await expectAppError(t.api.members.anonymise({ id: t.anna.id }), 'MEMBER_ANONYMISED');
    await expectAppError(t.api.members.update({ id: t.anna.id, fullName: 'Anna Wierzbicka' }), 'MEMBER_ANONYMISED');
    await expectAppError(t.api.members.reactivate({ id: t.anna.id }), 'MEMBER_ANONYMISED');

    const history = await t.api.members.history({ id: t.anna.id });
    expect(history.attended.map((a) => a.status)).toEqual(['present']);
    expect(history.actionItems.map((i) => i.number)).toEqual(['1/2026/1']);
    expect((await t.api.search.query({ q: 'Wierzbicka' })).map((r) => r.kind)).toEqual(['agenda_item']);
    // The pseudonym finds the member (and, with them, the action items they own).
    expect((await t.api.search.query({ q: 'anonimizowana' })).filter((r) => r.kind === 'member').map((r) => r.refId)).toEqual([t.anna.id]);
    // The approved protocol is the team's record: it stays as it was stored.
    const approved = await t.api.protocol.get({ meetingId: t.meeting.id });
    expect(approved).toMatchObject({ approved: true, version: 1 });

    // Her e-mail is in no byte of the file any more (the name stays in the minutes typed about her).
    t.core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const disk = readFileSync(join(t.core.dataDir, 'pzk.sqlite'));
    expect(disk.includes('anna.wierzbicka@sp1.example.pl')).toBe(false);
    expect(disk.includes('601 777 888')).toBe(false);
    expect(existsSync(join(t.core.dataDir, 'pzk.sqlite-wal')) ? readFileSync(join(t.core.dataDir, 'pzk.sqlite-wal')).length : 0).toBe(0);
  });

  it('travels to the regional centre as an erasure that replaces what the hub held', async () => {
    const t = await memberWithHistory();
    const hubFile = join(tempDir(), 'hub.sqlite');
    const hub = await openHubAt(hubFile);
    await initHub(hub, 'Centrum');
    await t.api.sync.importEnrolment({ text: JSON.stringify(await enrolTeam(hub, { name: 'PZK', teryt: '1434011' })) });
    const first = await importBundle(hub, (await t.api.sync.exportBundle()).bytes);
    await importReceipt(t.core.database.db, first.receipt!);
    const held = () => hub.db.selectFrom('hubRecord').select('row').where('entity', '=', 'member').where('entityId', '=', t.anna.id).executeTakeFirstOrThrow();
    expect((await held()).row).toContain('anna.wierzbicka@sp1.example.pl');

    await t.api.members.deactivate({ id: t.anna.id, leftOn: '2026-05-31' });
    await t.api.members.anonymise({ id: t.anna.id });
    const check = await t.api.sync.check();
    const bundle = await t.api.sync.exportBundle({ acceptFindings: check.digest });
    const h = await hub.db.selectFrom('hub').select('ageIdentity').executeTakeFirstOrThrow();
    const records = Buffer.from(unzipFiles(await decryptWith(h.ageIdentity, bundle.bytes))['records.ndjson']!).toString();
    expect(records).not.toContain('Wierzbicka');
    expect(records).toContain('"op":"anonymise"');
    expect(await importBundle(hub, bundle.bytes)).toMatchObject({ accepted: true, anonymised: 1 });
    expect(JSON.parse((await held()).row!)).toMatchObject({ fullName: 'Osoba anonimizowana nr 1', email: null, phone: null, anonymisedOn: '2026-06-01' });
    // The counts stay true: her history is there, and she is no longer among the members.
    expect((await hubReport(hub))[0]).toMatchObject({ members: 3 });
    await hub.close();
    const hubBytes = readFileSync(hubFile);
    expect(hubBytes.includes('anna.wierzbicka@sp1.example.pl')).toBe(false);
  });
});
