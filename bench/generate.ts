// A 20-year team for benchmarks: ~500 meetings, ~5,000 agenda items with Polish minutes,
// ~10,000 action items (most closed at a later meeting, with a review), attendance of 16 members.
// Written through the same dispatch the app uses, so it is also a realistic write workload: the
// minutes are typed as the live meeting saves them — a save after each pause, the text growing —
// so a record is written many times, as in a real meeting. Deterministic for a seed.
import { writeFileSync } from 'node:fs';
import { createClient, type ApiClient } from '../src/api/client';
import { openCore, type Core } from '../src/core/core';
import { TABLE_OF, columnOf } from '../src/db/schema';
import { seededRandom } from '../src/domain/random';

/** 2: minutes typed with autosave; the history that bundle format 1 would have shipped is counted. */
export const GENERATOR_VERSION = 3;

/**
 * How many autosaves one sentence of minutes takes: the editor saves after every pause of 0.7 s, and
 * someone who types while listening pauses every two or three words (a 10-word sentence: 4–5 saves).
 */
const SAVES_PER_SENTENCE = 5;

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
  /** The year of its latest meetings (default 2026); the database takes years 2000–2100. */
  lastYear?: number;
  /** Autosaves per sentence of minutes (default 5, as typed); 1 writes each item's minutes once. */
  savesPerSentence?: number;
}

export async function generateTeam(api: ApiClient, options: GenerateOptions = {}) {
  const years = options.years ?? 20;
  const perYear = options.meetingsPerYear ?? 25;
  const tasksPerMeeting = options.tasksPerMeeting ?? 20;
  const rnd = seededRandom(options.seed ?? 1);
  const savesPerSentence = options.savesPerSentence ?? SAVES_PER_SENTENCE;
  const lastYear = options.lastYear ?? 2026;
  const startYear = lastYear - years + 1;
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

  await api.team.setUp({ name: 'PZK w Gminie Przykładowo', gminaName: 'Przykładowo', teryt: '1465011', modelType: 'miejska' });
  const sectors = ['social_assistance', 'education', 'police', 'justice', 'labour_market', 'health', 'ngo', 'housing'] as const;
  const institutions = [];
  for (const [i, sector] of sectors.entries()) institutions.push(await api.institutions.create({ name: `Instytucja ${i + 1} (${sector})`, sector }));
  const members = [];
  for (let i = 0; i < 16; i++) {
    members.push(await api.members.create({ fullName: `Członek Zespołu ${i + 1}`, institutionId: institutions[i % institutions.length]!.id, joinedOn: `${Math.min(startYear, 2000)}-01-01` }));
  }
  let open: string[] = [];
  let lastMeeting = '';
  for (let y = startYear; y <= lastYear; y++) {
    for (let n = 0; n < perYear; n++) {
      const day = 1 + Math.floor((n * 364) / perYear);
      const date = new Date(Date.UTC(y, 0, day)).toISOString().slice(0, 10);
      const meeting = await api.meetings.create({ date, startTime: '10:00', endTime: '12:00', place: 'Urząd Gminy', agenda: AGENDA });
      lastMeeting = meeting.id;
      const detail = await api.meetings.get({ id: meeting.id });
      for (const item of detail.agenda) {
        const count = 2 + Math.floor(rnd() * 6);
        const text = Array.from({ length: count }, () => pick(SENTENCES)).join(' ');
        // Typed with pauses: the autosave stores each growing prefix, the last one is the text.
        const saves = count * savesPerSentence;
        for (let k = 1; k <= saves; k++) await api.agenda.update({ id: item.id, minutes: text.slice(0, Math.ceil((text.length * k) / saves)) });
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
      if (y < lastYear || n < perYear - 2) await api.meetings.setStatus({ id: meeting.id, status: 'approved' });
    }
  }
  return { lastMeetingId: lastMeeting, members: members.length };
}

/** What bundle format 1 would have carried for the same writes: one full row per write. */
export interface History {
  writes: number;
  /** Bytes of its changes.ndjson: every written row as JSON, with its envelope. */
  ndjsonBytes: number;
}

/** Counts, as the writes happen, the history a change log of full rows would have kept. */
function countHistory(core: Core): () => History {
  const history: History = { writes: 0, ndjsonBytes: 0 };
  const envelope = JSON.stringify({ seq: 100_000, entity: 'action_item_review', entityId: '00000000-0000-0000-0000-000000000000', op: 'update', row: null, at: '2026-01-01T00:00:00.000Z' }).length;
  core.events.subscribe((event) => {
    for (const c of event.changes) {
      history.writes += 1;
      const row = core.database.sqlite.prepare(`SELECT * FROM "${columnOf(TABLE_OF[c.entity])}" WHERE id = ?`).get(c.id);
      history.ndjsonBytes += envelope + 1 + (row ? Buffer.byteLength(JSON.stringify(row)) : 0);
    }
  });
  return () => history;
}

export interface BenchTeam {
  core: Core;
  api: ApiClient;
  /** How long generating it took in this run; null when it came from the cache. */
  generatedInMs: number | null;
  /** What bundle format 1 would have carried (counted for the typed teams only). */
  history: History | null;
}

/**
 * The team of `years` years under .tmp/bench-<years>y, generated once and reused while the generator
 * and its options stay the same. Teams of up to 20 years are typed with autosave (the sync bench's
 * history); the 100-year one writes each item's minutes once, so that it is made in a few minutes —
 * its final state is the same kind of data.
 */
export async function benchTeam(years: number): Promise<BenchTeam> {
  const { existsSync, rmSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = join('.tmp', `bench-${years}y`);
  // The database keeps years 2000–2100: a 100-year team runs 2000–2099.
  const options: GenerateOptions = { years, lastYear: Math.max(2026, 1999 + years), savesPerSentence: years > 20 ? 1 : SAVES_PER_SENTENCE };
  const typed = options.savesPerSentence === SAVES_PER_SENTENCE;
  const version = JSON.stringify({ generator: GENERATOR_VERSION, ...options });
  const stamp = join(dir, 'generator-version');
  const ready = existsSync(stamp) && readFileSync(stamp, 'utf8') === version;
  let generatedInMs: number | null = null;
  if (!ready) {
    rmSync(dir, { recursive: true, force: true });
    const core = await openCore(dir);
    const api = createClient((m, i) => core.dispatch(m, i));
    const history = typed ? countHistory(core) : null;
    const start = performance.now();
    await generateTeam(api, options);
    generatedInMs = performance.now() - start;
    if (history) writeFileSync(join(dir, 'history.json'), JSON.stringify(history()));
    await core.close();
    writeFileSync(stamp, version);
  }
  const core = await openCore(dir);
  const historyFile = join(dir, 'history.json');
  const history = existsSync(historyFile) ? (JSON.parse(readFileSync(historyFile, 'utf8')) as History) : null;
  return { core, api: createClient((m, i) => core.dispatch(m, i)), generatedInMs, history };
}
