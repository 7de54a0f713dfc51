// Issues 13.6 and 17.4 in the browser host: the team's figures for a period with their charts, the period and
// yearly reports.
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations, screenshot, typeInto } from './helpers';

test('team statistics, their charts and the reports', async ({ page, app, request }) => {
  await call(request, app.host, 'app.loadDemo');
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Statystyki zespołu' })).toBeVisible();
  const institutions = page.getByRole('region', { name: 'Obecność instytucji na posiedzeniach PZK' });
  await expect(institutions.getByRole('row')).not.toHaveCount(0);
  await expect(institutions.getByRole('row', { name: /Miejski Ośrodek Pomocy Społecznej/ })).toContainText(/\d+ z \d+/);
  await expect(page.getByRole('region', { name: 'Posiedzenia, które się odbyły' })).toContainText(/PZK: \d+ · ZZK: \d+ · inne: \d+/);
  await expectNoAxeViolations(page, 'statistics');
  await screenshot(page, 'statistics');

  // The Model's measures and their charts (issue 17.4): the screen shows the core's very SVG, with its
  // numbers in a table beside it.
  await typeInto(page, 'Od', '01.01.2026');
  await typeInto(page, 'Do', '30.06.2026');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  const model = page.getByRole('region', { name: 'Wskaźniki Modelu Kooperacji' });
  await expect(model.getByText('sprawy skierowane w okresie')).toBeVisible();
  const stats = await call(request, app.host, 'statistics.get', { from: '2026-01-01', to: '2026-06-30' });
  const charts = page.getByRole('region', { name: 'Wykresy' });
  await expect(charts.getByRole('figure')).toHaveCount(stats.charts.length);
  for (const [i, chart] of stats.charts.entries()) {
    const figure = charts.getByRole('figure', { name: `Wykres ${i + 1}. ${chart.title}` });
    await expect(figure.getByRole('img', { name: chart.title })).toBeVisible();
    // The same markup as the API's, once both are parsed by the browser.
    const shown = await figure.locator('.chart__picture').evaluate((el, svg) => {
      const parsed = document.createElement('div');
      parsed.innerHTML = svg;
      return el.innerHTML === parsed.innerHTML;
    }, chart.svg);
    expect(shown, chart.id).toBe(true);
    for (const row of chart.rows) await expect(figure.getByRole('row', { name: `${row.label} ${row.display}`, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'statistics with charts');
  await screenshot(page, 'statistics-charts');
  const periodPdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sprawozdanie za pokazany okres (PDF)' }).click();
  const report = await periodPdf;
  expect(report.suggestedFilename()).toBe('sprawozdanie_2026-01-01_2026-06-30.pdf');
  const reportText = execFileSync('pdftotext', [await report.path(), '-'], { encoding: 'utf8' });
  for (const chart of stats.charts) expect(reportText.replace(/\s+/g, ' ')).toContain(chart.title);

  // A period without meetings says so.
  await typeInto(page, 'Od', '01.01.2001');
  await typeInto(page, 'Do', '31.12.2001');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(institutions).toContainText('W tym okresie nie odbyło się żadne posiedzenie PZK.');

  const year = await page.getByLabel('Rok').inputValue();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: `Sprawozdanie za rok ${year} (PDF)` }).click();
  const pdf = await pending;
  expect(pdf.suggestedFilename()).toBe(`sprawozdanie_${year}.pdf`);
  expect(execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' })).toContain(`za rok ${year}`);
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: `Sprawozdanie za rok ${year} (DOCX)` }).click();
  expect((await docx).suggestedFilename()).toBe(`sprawozdanie_${year}.docx`);
});

test('the support the team received: summed by kind for the period, added with its counts, bad input said in words', async ({ page, app, request }) => {
  await call(request, app.host, 'app.loadDemo');
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Statystyki zespołu' })).toBeVisible();
  await typeInto(page, 'Od', '01.01.2026');
  await typeInto(page, 'Do', '31.12.2026');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  const support = page.getByRole('region', { name: 'Wsparcie otrzymane przez zespół' });
  await expect(support.getByRole('row', { name: /^coaching/ })).toHaveText(/coaching\s*3\s*9\s*23/);
  await expect(support.getByRole('row', { name: /^Razem/ })).toHaveText(/Razem\s*7\s*38,5\s*66/);

  await support.getByRole('button', { name: 'Dodaj wsparcie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj wsparcie' });
  await typeInto(dialog, 'Data', '03.11.2026');
  await dialog.getByLabel('Rodzaj wsparcia').selectOption({ label: 'coaching' });
  await dialog.getByLabel('Liczba godzin').fill('1,1');
  await dialog.getByLabel('Liczba uczestników').fill('8');
  await dialog.getByLabel('Kto prowadził').fill('Mazowieckie Centrum Polityki Społecznej');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByText('Podaj liczbę godzin z dokładnością do kwadransa, np. 1,5.')).toBeVisible();
  await dialog.getByLabel('Liczba godzin').fill('1,5');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(support.getByRole('status')).toHaveText('Zapisano wsparcie z dnia 03.11.2026.');
  await expect(support.getByRole('row', { name: /^coaching/ })).toHaveText(/coaching\s*4\s*10,5\s*31/);
  await expectNoAxeViolations(page, 'support the team received');
});
