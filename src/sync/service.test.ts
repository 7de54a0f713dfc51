import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore, tempDir } from '../../test/helpers';
import { enrolTeam, initHub, openHub } from '../hub/hub';
import { importBundle } from '../hub/import';

describe('sync through the API', () => {
  it('enrols, checks, exports, and takes the receipt; refusals cross the contract as SYNC_REFUSED', async () => {
    const { api } = await seededCore();
    await expectAppError(api.sync.exportBundle(), 'SYNC_REFUSED');
    const hub = await openHub(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum Regionalne');
    const other = await enrolTeam(hub, { name: 'Inny', teryt: '9999999' });
    const error = await expectAppError(api.sync.importEnrolment({ text: JSON.stringify(other) }), 'SYNC_REFUSED');
    expect(error.details).toEqual({ syncCode: 'UNKNOWN_TEAM' });
    const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
    expect(await api.sync.importEnrolment({ text: JSON.stringify(enrolment) })).toEqual({ hubName: 'Centrum Regionalne' });

    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    const item = (await api.meetings.get({ id: m.id })).agenda[0]!;
    await api.agenda.update({ id: item.id, minutes: 'PESEL 44051401458 w notatce.' });
    expect((await api.sync.check()).map((f) => f.kind)).toEqual(['pesel']);

    const status = await api.sync.status();
    expect(status).toMatchObject({ enrolled: true, ackSeq: 0, hubName: 'Centrum Regionalne' });
    const file = await api.sync.exportBundle();
    expect(file.fileName).toBe(`1434011_0-${status.lastSeq}.pzkb`);
    const report = await importBundle(hub, Buffer.from(file.base64, 'base64'));
    expect(report.accepted).toBe(true);
    expect(await api.sync.importReceipt({ text: report.receipt! })).toEqual({ ackSeq: status.lastSeq });
    expect((await api.sync.status()).unsent).toBe(0);
    expect(await api.sync.check()).toEqual([]);
    // A full bundle sends everything again, so everything is checked again.
    expect((await api.sync.check({ full: true })).map((f) => f.kind)).toEqual(['pesel']);
    await expectAppError(api.sync.importReceipt({ text: '{"payload":"AA==","signature":"AA=="}' }), 'SYNC_REFUSED');
    await hub.close();
  });
});
