// The regional catalogue (issue 16.4): every enrolled team's Lokalny Koszyk Usług in one list for the
// regional centre, filtered by powiat, gmina, target group, problem area and words, as CSV or XLSX. Offers
// are institutions' services with their institutional contacts; nothing in them is about a person.
import { BASKET_FIELDS, listOf, matchesQuery, PROBLEM_AREAS, REFERRAL_WAYS, staleness, TARGET_GROUPS } from '../domain/basket';
import { BASKET_COLUMN, CATALOGUE_COLUMN as C, COST_WORD, OFFER_STANDING_WORD, PROBLEM_AREA_WORD, REFERRAL_WORD, TARGET_GROUP_WORD } from '../domain/basket.pl';
import { declarationOverview } from '../domain/declarations';
import { foldChars } from '../domain/search';
import { XLSX_MEDIA_TYPE, type DocumentFile, type HubCatalogue, type HubCatalogueFilters, type HubCatalogueRow } from '../domain/types';
import { documentFile } from '../services/files';
import { writeCsv, writeXlsx } from '../services/spreadsheet';
import type { Hub } from './schema';
import { teamRecords } from './records';

const same = (a: string, b: string) => foldChars(a.trim()).toLowerCase() === foldChars(b.trim()).toLowerCase();

/** Every team's offers (each team's last bundle), those matching the filters, by powiat, gmina, institution and service. */
export async function regionalCatalogue(hub: Hub, filters: HubCatalogueFilters, today: string): Promise<HubCatalogue> {
  const teams = await hub.db.selectFrom('hubTeam').select(['id', 'name', 'teryt']).orderBy('teryt').execute();
  const all: HubCatalogueRow[] = [];
  for (const t of teams) {
    const records = await teamRecords(hub, t.id, ['team', 'institution', 'member', 'declaration', 'offer']);
    const team = [...records.team.values()][0];
    const institutions = [...records.institution.values()];
    const left = new Set(
      declarationOverview(institutions, [...records.member.values()], [...records.declaration.values()], today)
        .institutions.filter((r) => r.standing === 'left')
        .map((r) => r.institution.id),
    );
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    for (const o of records.offer.values()) {
      all.push({
        teamId: t.id,
        teamName: team?.name ?? t.name,
        teryt: t.teryt,
        gmina: team?.gminaName ?? '',
        powiat: team?.powiat ?? '',
        institution: names.get(o.institutionId) ?? '',
        service: o.service,
        description: o.description,
        targetGroups: listOf(o.targetGroups, TARGET_GROUPS),
        otherTarget: o.otherTarget,
        problemAreas: listOf(o.problemAreas, PROBLEM_AREAS),
        accessCriteria: o.accessCriteria,
        referralWays: listOf(o.referralWays, REFERRAL_WAYS),
        whereWhen: o.whereWhen,
        cost: o.cost,
        capacity: o.capacity,
        contactPhone: o.contactPhone,
        contactEmail: o.contactEmail,
        verifiedOn: o.verifiedOn,
        stale: staleness(o, left.has(o.institutionId), today),
      });
    }
  }
  const sorted = (values: Iterable<string>) => [...new Set([...values].filter(Boolean))].sort((a, b) => a.localeCompare(b, 'pl'));
  const rows = all
    .filter((r) => (filters.powiat ? same(r.powiat, filters.powiat) : true))
    .filter((r) => (filters.gmina ? same(r.gmina, filters.gmina) : true))
    .filter((r) => (filters.targetGroup ? r.targetGroups.includes(filters.targetGroup) : true))
    .filter((r) => (filters.problemArea ? r.problemAreas.includes(filters.problemArea) : true))
    .filter((r) => matchesQuery([r.service, r.description, r.institution, r.accessCriteria, r.whereWhen, r.otherTarget], filters.q ?? ''))
    .sort((a, b) => a.powiat.localeCompare(b.powiat, 'pl') || a.gmina.localeCompare(b.gmina, 'pl') || a.institution.localeCompare(b.institution, 'pl') || a.service.localeCompare(b.service, 'pl'));
  // The choices of the filters: the powiaty of all teams, the gminy of the chosen powiat.
  return {
    rows,
    powiaty: sorted(all.map((r) => r.powiat)),
    gminy: sorted(all.filter((r) => !filters.powiat || same(r.powiat, filters.powiat)).map((r) => r.gmina)),
    teams: new Set(all.map((r) => r.teamId)).size,
  };
}

const CATALOGUE_COLUMNS = [C.powiat, C.gmina, C.teryt, C.team, ...BASKET_FIELDS.map((f) => BASKET_COLUMN[f][0]!), C.standing];

/** The catalogue as a spreadsheet: one row per offer, the lists in words, the stale ones said to be. */
export async function catalogueFile(catalogue: HubCatalogue, format: 'csv' | 'xlsx', today: string): Promise<DocumentFile> {
  const words = <T extends string>(codes: readonly T[], map: Record<T, string>) => codes.map((c) => map[c]).join(', ');
  const table = [
    CATALOGUE_COLUMNS,
    ...catalogue.rows.map((r) => [
      r.powiat,
      r.gmina,
      r.teryt,
      r.teamName,
      r.institution,
      r.service,
      r.description,
      words(r.targetGroups, TARGET_GROUP_WORD),
      r.otherTarget ?? '',
      words(r.problemAreas, PROBLEM_AREA_WORD),
      r.accessCriteria ?? '',
      words(r.referralWays, REFERRAL_WORD),
      r.whereWhen ?? '',
      COST_WORD[r.cost],
      r.capacity ?? '',
      r.contactPhone ?? '',
      r.contactEmail ?? '',
      r.verifiedOn ?? '',
      OFFER_STANDING_WORD[r.stale ?? 'current'],
    ]),
  ];
  const name = `${C.fileStem}_${today}`;
  if (format === 'csv') return documentFile(`${name}.csv`, 'text/csv', writeCsv(table));
  return documentFile(`${name}.xlsx`, XLSX_MEDIA_TYPE, await writeXlsx([{ name: C.sheet, rows: table }]));
}
