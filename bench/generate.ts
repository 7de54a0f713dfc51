// A 20-year team for benchmarks: ~500 meetings, ~5,000 agenda items with Polish minutes,
// ~10,000 action items (most closed at a later meeting, with a review), attendance of 16 members.
// Written through the same dispatch the app uses, so it is also a realistic write workload.
// Deterministic for a seed.
import { createClient, type ApiClient } from '../src/api/client';
import { openCore, type Core } from '../src/core/core';
import { seededRandom } from '../src/domain/random';

export const GENERATOR_VERSION = 1;

const SENTENCES = [
  'Zespół omówił sytuację rodziny objętej wsparciem asystenta rodziny.',
  'Przedstawicielka szkoły poinformowała o nieobecnościach ucznia na zajęciach.',
  'Dzielnicowy przekazał informację o interwencjach w miejscu zamieszkania.',
  'Kurator zawodowy zwrócił uwagę na potrzebę wsparcia psychologicznego.',
  'Powiatowy Urząd Pracy zaproponował udział w programie aktywizacji zawodowej.',
  'Ustalono, że ośrodek pomocy społecznej zwoła zespół zadaniowy.',
  'Omówiono możliwości skorzystania z oferty poradni psychologiczno-pedagogicznej.',
  'Przedstawiciel organizacji pozarządowej zaproponował zajęcia świetlicowe.',
  'Zwrócono uwagę na problem mieszkaniowy i zadłużenie czynszowe.',
  'Lekarz rodzinny potwierdził objęcie opieką zdrowotną.',
];
const AGENDA = ['Otwarcie posiedzenia', 'Przyjęcie porządku obrad', 'Przyjęcie protokołu z poprzedniego posiedzenia', 'Realizacja ustaleń z poprzednich posiedzeń', 'Sprawy merytoryczne — rodzina', 'Sprawy merytoryczne — szkoła', 'Sprawy merytoryczne — mieszkalnictwo', 'Diagnoza lokalna', 'Sprawy różne', 'Zakończenie posiedzenia'];
const TASKS = ['Przygotować diagnozę sytuacji rodziny', 'Zorganizować spotkanie z rodzicami', 'Sprawdzić ofertę szkoleń', 'Zwołać zespół zadaniowy', 'Przekazać informację do sądu rodzinnego', 'Umówić wizytę w poradni', 'Złożyć wniosek o lokal socjalny', 'Przygotować sprawozdanie'];

export interface GenerateOptions {
  years?: number;
  meetingsPerYear?: number;
  tasksPerMeeting?: number;
  seed?: number;
}

export async function generateTeam(api: ApiClient, options: GenerateOptions = {}) {
  const years = options.years ?? 20;
  const perYear = options.meetingsPerYear ?? 25;
  const tasksPerMeeting = options.tasksPerMeeting ?? 20;
  const rnd = seededRandom(options.seed ?? 1);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

  await api.team.setUp({ name: 'PZK w Gminie Przykładowo', gminaName: 'Przykładowo', teryt: '1465011', modelType: 'miejska' });
  const sectors = ['social_assistance', 'education', 'police', 'justice', 'labour_market', 'health', 'ngo', 'housing'] as const;
  const institutions = [];
  for (const [i, sector] of sectors.entries()) institutions.push(await api.institutions.create({ name: `Instytucja ${i + 1} (${sector})`, sector }));
  const members = [];
  for (let i = 0; i < 16; i++) {
    members.push(await api.members.create({ fullName: `Członek Zespołu ${i + 1}`, institutionId: institutions[i % institutions.length]!.id, joinedOn: '2000-01-01' }));
  }
  const startYear = 2026 - years + 1;
  let open: string[] = [];
  let lastMeeting = '';
  for (let y = startYear; y <= 2026; y++) {
    for (let n = 0; n < perYear; n++) {
      const day = 1 + Math.floor((n * 364) / perYear);
      const date = new Date(Date.UTC(y, 0, day)).toISOString().slice(0, 10);
      const meeting = await api.meetings.create({ date, startTime: '10:00', endTime: '12:00', place: 'Urząd Gminy', agenda: AGENDA });
      lastMeeting = meeting.id;
      const detail = await api.meetings.get({ id: meeting.id });
      for (const item of detail.agenda) {
        const count = 2 + Math.floor(rnd() * 6);
        await api.agenda.update({ id: item.id, minutes: Array.from({ length: count }, () => pick(SENTENCES)).join(' ') });
      }
      for (const member of members) {
        await api.attendance.set({ meetingId: meeting.id, memberId: member.id, status: rnd() < 0.85 ? 'present' : rnd() < 0.5 ? 'excused' : 'absent' });
      }
      // Follow-up: most open items are closed at the next meeting.
      const stillOpen: string[] = [];
      for (const itemId of open) {
        const close = rnd() < 0.9;
        await api.actionItems.review({ actionItemId: itemId, meetingId: meeting.id, note: close ? 'Wykonane.' : 'W toku.', status: close ? 'done' : 'in_progress' });
        if (!close) stillOpen.push(itemId);
      }
      open = stillOpen;
      const dayAfter = new Date(Date.UTC(y, 0, day + 21)).toISOString().slice(0, 10);
      for (let k = 0; k < tasksPerMeeting; k++) {
        const created = await api.actionItems.create({
          meetingId: meeting.id,
          agendaItemId: detail.agenda[4 + (k % 4)]!.id,
          text: `${pick(TASKS)} (${k + 1})`,
          ownerMemberId: pick(members).id,
          dueOn: dayAfter,
        });
        open.push(created.id);
      }
      await api.decisions.add({ meetingId: meeting.id, agendaItemId: detail.agenda[4]!.id, text: 'Ustalono dalsze działania wobec rodziny.' });
      await api.meetings.setStatus({ id: meeting.id, status: 'held' });
      if (y < 2026 || n < perYear - 2) await api.meetings.setStatus({ id: meeting.id, status: 'approved' });
    }
  }
  return { lastMeetingId: lastMeeting, members: members.length };
}

/** Opens (or first generates) the 20-year data folder under .tmp, reused across bench runs. */
export async function twentyYearCore(dir: string): Promise<{ core: Core; api: ApiClient; generatedInMs: number | null }> {
  const { existsSync, rmSync, writeFileSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const stamp = join(dir, 'generator-version');
  const ready = existsSync(stamp) && readFileSync(stamp, 'utf8') === String(GENERATOR_VERSION);
  let generatedInMs: number | null = null;
  if (!ready) {
    rmSync(dir, { recursive: true, force: true });
    const core = await openCore(dir);
    const api = createClient((m, i) => core.dispatch(m, i));
    const start = performance.now();
    await generateTeam(api);
    generatedInMs = performance.now() - start;
    await core.close();
    writeFileSync(stamp, String(GENERATOR_VERSION));
  }
  const core = await openCore(dir);
  return { core, api: createClient((m, i) => core.dispatch(m, i)), generatedInMs };
}
