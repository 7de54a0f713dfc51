import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAppError, seededCore, tempDir } from '../../test/helpers';
import { enrolTeam, initHub } from '../hub/hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from '../hub/import';

describe('sync through the API', () => {
  it('enrols, checks exactly what leaves, stops on a PESEL unless that payload is accepted, and takes the receipt', async () => {
    const { api } = await seededCore();
    await expectAppError(api.sync.exportBundle(), 'NOT_ENROLLED');
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Centrum Regionalne');
    const other = await enrolTeam(hub, { name: 'Inny', teryt: '9999999' });
    // Sync refusals are codes of the contract, like every other error.
    await expectAppError(api.sync.importEnrolment({ text: JSON.stringify(other) }), 'UNKNOWN_TEAM');
    const enrolment = await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' });
    expect(await api.sync.importEnrolment({ text: JSON.stringify(enrolment) })).toEqual({ hubName: 'Centrum Regionalne' });

    const m = await api.meetings.create({ date: '2026-03-10', agenda: ['Sprawy'] });
    const item = (await api.meetings.get({ id: m.id })).agenda[0]!;
    await api.agenda.update({ id: item.id, minutes: 'PESEL 44051401458 w notatce, tel. 512 345 678.' });
    const check = await api.sync.check();
    expect(check.findings.map((f) => [f.kind, f.where])).toEqual([
      ['pesel', 'Posiedzenie w dniu 10.03.2026, Ad 1. Sprawy (przebieg)'],
      ['phone', 'Posiedzenie w dniu 10.03.2026, Ad 1. Sprawy (przebieg)'],
    ]);
    const refused = await expectAppError(api.sync.exportBundle(), 'RODO_FINDINGS');
    expect(refused.details).toMatchObject({ digest: check.digest, findings: check.findings });
    // An acceptance holds for the payload that was checked, not for one changed since.
    await api.agenda.update({ id: item.id, minutes: 'PESEL 44051401458 w notatce, tel. 512 345 678. Dopisek.' });
    await expectAppError(api.sync.exportBundle({ acceptFindings: check.digest }), 'RODO_FINDINGS');
    const again = await api.sync.check();
    const file = await api.sync.exportBundle({ acceptFindings: again.digest });

    const status = await api.sync.status();
    expect(status).toMatchObject({ enrolled: true, ackSeq: 0, hubName: 'Centrum Regionalne', unsent: again.records });
    expect(file.fileName).toBe(`1434011_0-${status.lastSeq}.pzkb`);
    const report = await importBundle(hub, file.bytes);
    expect(report.accepted).toBe(true);
    expect(await api.sync.importReceipt({ text: report.receipt! })).toEqual({ ackSeq: status.lastSeq });
    expect((await api.sync.status()).unsent).toBe(0);
    expect((await api.sync.check()).findings).toEqual([]);
    // A full bundle sends everything again, so everything is checked again.
    expect((await api.sync.check({ full: true })).findings.map((f) => f.kind)).toEqual(['pesel', 'phone']);
    // A phone only warns: with the PESEL gone, the bundle goes without an acceptance.
    await api.agenda.update({ id: item.id, minutes: 'Notatka, tel. 512 345 678.' });
    expect((await api.sync.check()).findings.map((f) => f.kind)).toEqual(['phone']);
    expect((await api.sync.exportBundle()).bytes.byteLength).toBeGreaterThan(0);
    await expectAppError(api.sync.importReceipt({ text: '{"payload":"AA==","signature":"AA=="}' }), 'BAD_SIGNATURE');
    await hub.close();
  });
});
