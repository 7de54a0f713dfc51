// The team's rules and the register of mutual benefits through the screens (issues 16.3, 16.5): a draft
// from the framework opens with the World Café outputs, a section typed is kept across a reload, the rules
// are adopted at a named meeting (its decision recorded) and cannot be edited; a partner's entry in the register.
import { expect, test } from './fixtures';
import { call, expectNoAxeViolations } from './helpers';

test('rules: drafted with the World Café outputs, edited and kept, adopted at a meeting; the register of mutual benefits', async ({ app, request, page }) => {
  const { host } = app;
  await call(request, host, 'team.setUp', { name: 'PZK w Zgierzu', gminaName: 'Zgierz', teryt: '1020011', modelType: 'miejska', titleLocative: 'w Zgierzu' });
  const ops = await call(request, host, 'institutions.create', { name: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu', sector: 'social_assistance' });
  await call(request, host, 'members.create', { fullName: 'Anna Kowalska', institutionId: ops.id, role: 'animator' });
  const cafe = await call(request, host, 'meetings.create', { date: '2026-01-20', pzkType: 'world_cafe' });
  await call(request, host, 'meetings.setWorldCafe', { id: cafe.id, field: 'aspiration', text: 'Żadna rodzina w Zgierzu nie zostaje sama.' });
  await call(request, host, 'meetings.setStatus', { id: cafe.id, status: 'held' });
  const formal = await call(request, host, 'meetings.create', { date: '2026-02-10', pzkType: 'formalising' });
  await call(request, host, 'meetings.setStatus', { id: formal.id, status: 'held' });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');
  await page.keyboard.press('Alt+8');
  await page.getByRole('navigation', { name: 'Partnerstwo' }).getByRole('link', { name: 'Regulamin zespołu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regulamin zespołu');
  await expect(page.getByText('Zespół nie przyjął jeszcze regulaminu.')).toBeVisible();
  await page.getByRole('button', { name: 'Rozpocznij regulamin (z ramowego regulaminu)' }).click();
  await expect(page.getByRole('textbox', { name: 'Preambuła' })).toHaveValue('Aspiracja zespołu: Żadna rodzina w Zgierzu nie zostaje sama.');
  const frequency = page.getByRole('textbox', { name: '§ 4 — treść' });
  await frequency.fill('1. Posiedzenia odbywają się w drugi wtorek miesiąca.');
  await expect(page.locator('[data-status="saved"]').first()).toBeVisible();
  await frequency.blur();
  await expect(page.locator('[data-status="pending"], [data-status="saving"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'rules draft');
  await page.reload();
  await expect(page.getByRole('textbox', { name: '§ 4 — treść' })).toHaveValue('1. Posiedzenia odbywają się w drugi wtorek miesiąca.');

  await page.getByLabel('Przyjęcie regulaminu na posiedzeniu').selectOption({ label: 'Spotkanie formalizujące PZK nr 2/2026' });
  await page.getByRole('button', { name: 'Przyjmij regulamin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Przyjęto regulamin w wersji 1.' })).toBeVisible();
  await expect(page.getByText('przyjęta na posiedzeniu nr 2/2026 w dniu 10.02.2026')).toBeVisible();
  // Adopted: no editor any more; a change is a new version.
  await expect(page.getByRole('textbox', { name: '§ 4 — treść' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rozpocznij zmianę regulaminu (nowa wersja)' })).toBeVisible();
  const decisions = (await call(request, host, 'meetings.get', { id: formal.id })).decisions.map((d) => d.text);
  expect(decisions).toEqual(['Przyjęto Regulamin Partnerskiego Zespołu Kooperacyjnego w Zgierzu.']);
  const stored = (await call(request, host, 'rules.list', {})).versions[0]!;
  await expect(call(request, host, 'rules.setSection', { id: stored.id, key: stored.sections[0]!.key, text: 'Inaczej' })).rejects.toThrow(/RULES_ADOPTED/);

  // The register: what the OPS brings and gains, agreed at the World Café meeting.
  await page.getByRole('navigation', { name: 'Partnerstwo' }).getByRole('link', { name: 'Rejestr wzajemnych korzyści' }).click();
  await page.getByRole('button', { name: 'Uzupełnij: Miejski Ośrodek Pomocy Społecznej w Zgierzu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rejestr wzajemnych korzyści: Miejski Ośrodek Pomocy Społecznej w Zgierzu' });
  await dialog.getByLabel('Co wnosi do zespołu').fill('Sala na posiedzenia, asystenci rodziny.');
  await dialog.getByLabel('Jakie korzyści uzyskuje').fill('Szybsza wymiana informacji.');
  await dialog.getByLabel('Uzgodniono na posiedzeniu').selectOption({ label: 'Spotkanie inicjujące (World Café) PZK nr 1/2026' });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  const row = page.getByRole('row', { name: /Miejski Ośrodek/ });
  await expect(row).toContainText('Sala na posiedzenia, asystenci rodziny.');
  await expect(row).toContainText('nr 1/2026');
  await expectNoAxeViolations(page, 'register of mutual benefits');
});
