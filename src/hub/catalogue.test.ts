// The regional catalogue (issue 16.4): the baskets of two teams in two powiaty, as their last bundles
// say — an offer removed at a team is gone from it, an institution that left makes its offers stale —
// filtered by powiat, gmina, target group, problem area and words (without Polish letters), and the same
// rows as CSV and XLSX.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededCore, tempDir, testCore } from '../../test/helpers';
import { readTable } from '../services/spreadsheet';
import { exportBundle, importEnrolment } from '../sync/team';
import { catalogueFile, regionalCatalogue } from './catalogue';
import { enrolTeam, initHub, type Hub } from './hub';
import { openHubAt } from '../../test/hubAt';
import { importBundle } from './import';

type Core = Awaited<ReturnType<typeof testCore>>;

async function send(hub: Hub, t: Core) {
  const bundle = await exportBundle(t.core.database.db, t.core.database.schemaVersion);
  expect((await importBundle(hub, bundle.bytes)).accepted).toBe(true);
}

describe('the regional catalogue', () => {
  it('gathers every team’s basket, filters it, and exports the rows shown', async () => {
    const now = '2026-03-20T10:00:00Z';
    const hub = await openHubAt(join(tempDir(), 'hub.sqlite'));
    await initHub(hub, 'Mazowieckie Centrum Polityki Społecznej');

    const zielonka = await seededCore({ now });
    await zielonka.api.team.update({ name: 'PZK w Gminie Zielonka', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska', powiat: 'wołomiński' });
    const family = await zielonka.api.basket.save({ institutionId: zielonka.ops.id, service: 'Asystent rodziny', targetGroups: ['families'], problemAreas: ['parenting'], contactPhone: '22 781 12 00', verifiedOn: '2026-02-26' });
    const lessons = await zielonka.api.basket.save({ institutionId: zielonka.school.id, service: 'Zajęcia wyrównawcze', targetGroups: ['children'], problemAreas: ['education'], verifiedOn: '2026-02-26' });
    await importEnrolment(zielonka.core.database.db, JSON.stringify(await enrolTeam(hub, { name: 'PZK Zielonka', teryt: '1434011' })));

    const lochow = await testCore({ now });
    await lochow.api.team.setUp({ name: 'PZK w Gminie Łochów', gminaName: 'Łochów', teryt: '1435033', modelType: 'miejsko-wiejska', powiat: 'węgrowski' });
    const gops = await lochow.api.institutions.create({ name: 'Gminny Ośrodek Pomocy Społecznej w Łochowie', sector: 'social_assistance' });
    await lochow.api.basket.save({ institutionId: gops.id, service: 'Mieszkanie wspierane dla seniorów', targetGroups: ['seniors'], problemAreas: ['housing'], contactEmail: 'gops@lochow.example.pl', verifiedOn: '2024-05-01' });
    await importEnrolment(lochow.core.database.db, JSON.stringify(await enrolTeam(hub, { name: 'PZK Łochów', teryt: '1435033' })));

    await send(hub, zielonka);
    await send(hub, lochow);
    const all = await regionalCatalogue(hub, {}, '2026-03-20');
    expect(all.teams).toBe(2);
    expect(all.powiaty).toEqual(['węgrowski', 'wołomiński']);
    expect(all.gminy).toEqual(['Łochów', 'Zielonka']);
    expect(all.rows.map((r) => [r.powiat, r.gmina, r.institution, r.service, r.stale])).toEqual([
      ['węgrowski', 'Łochów', 'Gminny Ośrodek Pomocy Społecznej w Łochowie', 'Mieszkanie wspierane dla seniorów', 'not_verified'],
      ['wołomiński', 'Zielonka', 'Ośrodek Pomocy Społecznej', 'Asystent rodziny', null],
      ['wołomiński', 'Zielonka', 'Szkoła Podstawowa nr 1', 'Zajęcia wyrównawcze', null],
    ]);
    const services = async (filters: Parameters<typeof regionalCatalogue>[1]) => (await regionalCatalogue(hub, filters, '2026-03-20')).rows.map((r) => r.service);
    expect(await services({ powiat: 'Wołomiński' })).toEqual(['Asystent rodziny', 'Zajęcia wyrównawcze']);
    expect(await services({ gmina: 'lochow' })).toEqual(['Mieszkanie wspierane dla seniorów']);
    expect(await services({ targetGroup: 'children' })).toEqual(['Zajęcia wyrównawcze']);
    expect(await services({ problemArea: 'housing' })).toEqual(['Mieszkanie wspierane dla seniorów']);
    expect(await services({ q: 'zajecia wyrown' })).toEqual(['Zajęcia wyrównawcze']);
    expect((await regionalCatalogue(hub, { powiat: 'węgrowski' }, '2026-03-20')).gminy).toEqual(['Łochów']);

    // The team's current state: a removed offer goes, an institution that left makes its offers stale.
    await zielonka.api.basket.remove({ id: lessons.id });
    const d = await zielonka.api.declarations.create({ kind: 'accession', institutionId: zielonka.ops.id, signedOn: '2026-01-05' });
    await zielonka.api.declarations.update({ id: d.id, signedOn: '2026-01-05', withdrawnOn: '2026-03-01' });
    await send(hub, zielonka);
    const after = await regionalCatalogue(hub, { powiat: 'wołomiński' }, '2026-03-20');
    expect(after.rows.map((r) => [r.service, r.stale])).toEqual([[family.service, 'institution_left']]);

    // The spreadsheets carry the rows shown, the lists in words.
    const csv = await readTable((await catalogueFile(all, 'csv', '2026-03-20')).bytes);
    expect(csv[0]!.slice(0, 6)).toEqual(['Powiat', 'Gmina', 'TERYT', 'Zespół', 'Instytucja', 'Usługa']);
    expect(csv[0]!.at(-1)).toBe('Aktualność');
    expect(csv[1]).toEqual(expect.arrayContaining(['węgrowski', 'Łochów', '1435033', 'PZK w Gminie Łochów', 'osoby starsze', 'mieszkanie', 'gops@lochow.example.pl', 'do sprawdzenia']));
    const xlsx = await catalogueFile(after, 'xlsx', '2026-03-20');
    expect(xlsx.fileName).toBe('katalog-uslug_2026-03-20.xlsx');
    expect((await readTable(xlsx.bytes)).slice(1).map((r) => r[5])).toEqual(['Asystent rodziny']);
    await hub.close();
  });
});
