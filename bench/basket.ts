// The Lokalny Koszyk Usług at a region's size (issue 16): 2,000 offers of 80 institutions, imported from a
// spreadsheet in one go; "kto może pomóc w…" through dispatch beside raw better-sqlite3 reading the same
// rows with a LIKE; the printed guide (pdfmake) beside Chromium printing the same content.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createClient } from '../src/api/client';
import { openCoreFile } from '../src/core/core';
import { PROBLEM_AREAS, TARGET_GROUPS } from '../src/domain/basket';
import { BASKET, COST_WORD, PROBLEM_AREA_WORD, REFERRAL_WORD, TARGET_GROUP_WORD } from '../src/domain/basket.pl';
import type { Offer } from '../src/domain/types';
import { writeXlsx } from '../src/services/spreadsheet';
import { interleaved, measure, printTable, type Row } from './measure';

const CHROMIUM = process.env.PZK_CHROMIUM ?? '/usr/bin/chromium';
const OFFERS = 2000;
const INSTITUTIONS = 80;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const SERVICES = ['Poradnictwo rodzinne', 'Świetlica środowiskowa', 'Asystent rodziny', 'Zajęcia wyrównawcze', 'Punkt interwencji kryzysowej', 'Mieszkanie chronione', 'Klub pracy', 'Grupa wsparcia', 'Terapia uzależnień', 'Usługi opiekuńcze'];

/** The guide's content as HTML, for Chromium's printer (only for this comparison). */
function guideHtml(offers: readonly Offer[]): string {
  const areas = PROBLEM_AREAS.map((area) => ({ area, list: offers.filter((o) => o.problemAreas.includes(area)) })).filter((a) => a.list.length);
  const block = (o: Offer) =>
    `<div class="o"><b>${esc(o.service)}</b><br>${esc(o.institutionName)}<p>${esc(o.description)}</p><table>` +
    [
      [BASKET.targets, o.targetGroups.map((g) => TARGET_GROUP_WORD[g]).join(', ')],
      [BASKET.criteria, o.accessCriteria ?? ''],
      [BASKET.referral, o.referralWays.map((r) => REFERRAL_WORD[r]).join(', ')],
      [BASKET.whereWhen, o.whereWhen ?? ''],
      [BASKET.cost, COST_WORD[o.cost]],
      [BASKET.contact, [o.contactPhone, o.contactEmail].filter(Boolean).join(', ')],
    ]
      .map(([k, v]) => `<tr><td>${esc(k!)}</td><td>${esc(v!)}</td></tr>`)
      .join('') +
    '</table></div>';
  return `<!doctype html><html lang="pl"><meta charset="utf-8"><style>body{font-family:Roboto,'DejaVu Sans',sans-serif;font-size:9.5pt}h1{text-align:center}h2{break-before:page}.o{break-inside:avoid;margin-bottom:10pt}td:first-child{width:150pt;color:#333}</style>
<h1>${BASKET.title}</h1><h2>${BASKET.toc}</h2><ol>${areas.map((a) => `<li>${esc(BASKET.area(PROBLEM_AREA_WORD[a.area]))}</li>`).join('')}</ol>
${areas.map((a) => `<h2>${esc(BASKET.area(PROBLEM_AREA_WORD[a.area]))}</h2>${a.list.map(block).join('')}`).join('')}</html>`;
}

export async function basketBench(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pzk-bench-basket-'));
  const core = await openCoreFile(join(dir, 'basket.sqlite'));
  const missed: Row[] = [];
  try {
    const api = createClient((m, i) => core.dispatch(m, i));
    await api.team.setUp({ name: 'PZK Benchmark', gminaName: 'Zielonka', teryt: '1434011', modelType: 'miejska', titleLocative: 'w Zielonce' });
    const names: string[] = [];
    for (let i = 0; i < INSTITUTIONS; i++) names.push((await api.institutions.create({ name: `Instytucja partnerska nr ${i + 1}`, sector: 'ngo' })).name);
    const rows = [['Instytucja', 'Usługa', 'Opis', 'Dla kogo', 'Obszary problemowe', 'Jak skierować', 'Gdzie i kiedy', 'Telefon instytucji', 'Sprawdzono']];
    for (let i = 0; i < OFFERS; i++) {
      rows.push([
        names[i % INSTITUTIONS]!,
        `${SERVICES[i % SERVICES.length]} ${i + 1}`,
        `Wsparcie dla mieszkańców gminy: konsultacje, zajęcia i pomoc w sprawach ${PROBLEM_AREA_WORD[PROBLEM_AREAS[i % 12]!]}.`,
        [TARGET_GROUP_WORD[TARGET_GROUPS[i % 8]!], TARGET_GROUP_WORD[TARGET_GROUPS[(i + 3) % 8]!]].join(', '),
        [PROBLEM_AREA_WORD[PROBLEM_AREAS[i % 12]!], PROBLEM_AREA_WORD[PROBLEM_AREAS[(i + 5) % 12]!]].join(', '),
        'skierowanie, telefon',
        `ul. Lipowa ${i % 90}, pn.–pt. 8:00–16:00`,
        '22 781 12 00',
        '2026-02-26',
      ]);
    }
    const bytes = await writeXlsx([{ name: 'Koszyk usług', rows }]);
    const start = performance.now();
    const preview = await api.basket.importPreview({ bytes });
    await api.basket.import({ bytes, expectChanges: preview.counts.new });
    console.log(`\nBasket: ${OFFERS} offers of ${INSTITUTIONS} institutions previewed and imported from XLSX in ${((performance.now() - start) / 1000).toFixed(1)} s.`);

    // The floor: the same rows read by raw better-sqlite3 with the LIKE a hand-written search would use.
    const raw = core.database.sqlite.prepare(
      `SELECT o.*, i.name AS institution_name FROM offer o JOIN institution i ON i.id = o.institution_id
       WHERE o.service LIKE @q OR o.description LIKE @q OR i.name LIKE @q ORDER BY i.name, o.service`,
    );
    const [floor, app] = await interleaved(30, ['raw better-sqlite3: LIKE over offers (floor)', 'basket.list ("swietlica dzieci", diacritics-blind)'], [
      async () => raw.all({ q: '%wietlica%' }),
      async () => api.basket.list({ q: 'swietlica dzieci' }),
    ]);
    const byArea = await measure('basket.list (problem area + target group)', 30, 50, () => api.basket.list({ problemArea: 'housing', targetGroup: 'seniors' }));
    // "No wait a person can notice" while typing in a meeting: 50 ms, and within 10× of the bare read.
    missed.push(...printTable(`Basket search, ${OFFERS} offers: ratio to raw SQLite`, [floor!, { ...app!, target: 50, targetRatio: 10 }, byArea], floor));

    const offers = await api.basket.list({ current: true });
    const guide = await measure(`pdfmake: the guide of ${OFFERS} offers`, 2, null, () => api.basket.document({}));
    if (existsSync(CHROMIUM)) {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
      const page = await browser.newPage();
      const html = guideHtml(offers);
      const printed = await measure(`Chromium page.pdf(): the same guide`, 2, null, async () => {
        await page.setContent(html);
        await page.pdf({ format: 'A4', printBackground: true });
      });
      await browser.close();
      // The reach of issue 12 for documents: no slower than Chromium printing the same content.
      missed.push(...printTable(`Basket guide, ${OFFERS} offers: ratio to Chromium`, [printed, { ...guide, targetRatio: 1 }], printed));
    } else printTable(`Basket guide, ${OFFERS} offers (no Chromium here: no ratio)`, [guide]);
    return missed;
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
