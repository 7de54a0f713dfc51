// A realistic demo team for trying the app and for the CLI (`pzk demo`): 12 members in 8
// institutions across sectors, their basket of services (./basket.ts), the meetings of 2026 numbered from 1/2026 with Polish minutes,
// attendance, decisions and action items in every state. The same seed gives the same team.
import type { ApiClient } from '../api/client';
import type { AttendanceStatus, PzkMeetingType, Sector, WorldCafeField } from '../domain/enums';
import type { SupportKind } from '../domain/support';
import { AGENDA_OF_TYPE } from '../domain/meetingTypes.pl';
import { seededRandom } from '../domain/random';
import { fillCases } from './cases';
import { fillBasket } from './basket';

const INSTITUTIONS: Array<[string, Sector, 'gmina' | 'powiat']> = [
  ['Miejski Ośrodek Pomocy Społecznej w Zielonce', 'social_assistance', 'gmina'],
  ['Powiatowe Centrum Pomocy Rodzinie', 'social_assistance', 'powiat'],
  ['Szkoła Podstawowa nr 1 im. Marii Konopnickiej', 'education', 'gmina'],
  ['Komisariat Policji w Zielonce', 'police', 'powiat'],
  ['Zespół Kuratorskiej Służby Sądowej', 'justice', 'powiat'],
  ['Powiatowy Urząd Pracy', 'labour_market', 'powiat'],
  ['Przychodnia Rodzinna „Zdrowie”', 'health', 'gmina'],
  ['Stowarzyszenie „Razem dla Rodziny”', 'ngo', 'gmina'],
];

const MEMBERS: Array<[string, number, string, 'animator' | 'lead' | 'member' | 'expert']> = [
  ['Katarzyna Wiśniewska', 0, 'koordynatorka PZK', 'animator'],
  ['Łukasz Żółć', 0, 'pracownik socjalny', 'member'],
  ['Agnieszka Dąbrowska', 1, 'specjalistka pracy z rodziną', 'member'],
  ['Grażyna Ślęzak', 2, 'pedagog szkolny', 'member'],
  ['Tomasz Kowalczyk', 2, 'dyrektor szkoły', 'lead'],
  ['Piotr Zieliński', 3, 'dzielnicowy', 'member'],
  ['Małgorzata Lewandowska', 4, 'kuratorka zawodowa', 'member'],
  ['Jan Kamiński', 5, 'doradca zawodowy', 'member'],
  ['Ewa Szymańska', 6, 'pielęgniarka środowiskowa', 'member'],
  ['Anna Woźniak', 7, 'prezeska stowarzyszenia', 'member'],
  ['Michał Kozłowski', 3, 'zastępca komendanta', 'expert'],
  ['Joanna Jankowska', 1, 'psycholożka', 'expert'],
];

const MINUTES = [
  'Zespół omówił sytuację rodziny objętej wsparciem asystenta rodziny; sytuacja dzieci jest stabilna.',
  'Przedstawicielka szkoły poinformowała o powtarzających się nieobecnościach ucznia w ostatnim miesiącu.',
  'Dzielnicowy przekazał informację o interwencji domowej; rodzina została objęta procedurą „Niebieskiej Karty”.',
  'Kuratorka zawodowa zwróciła uwagę na potrzebę wsparcia psychologicznego dla matki.',
  'Powiatowy Urząd Pracy przedstawił ofertę szkoleń i staży dla osób długotrwale bezrobotnych.',
  'Omówiono możliwość skorzystania z oferty poradni psychologiczno-pedagogicznej.',
  'Stowarzyszenie zaproponowało zajęcia świetlicowe dla dzieci w godzinach popołudniowych.',
  'Zwrócono uwagę na problem zadłużenia czynszowego i ryzyko eksmisji.',
  'Pielęgniarka środowiskowa potwierdziła objęcie opieką zdrowotną i szczepienia dzieci.',
];

const TASKS = [
  'Przygotować diagnozę sytuacji rodziny',
  'Zorganizować spotkanie z rodzicami ucznia',
  'Przekazać informację o ofercie szkoleń',
  'Zwołać posiedzenie zespołu zadaniowego',
  'Umówić konsultację w poradni psychologiczno-pedagogicznej',
  'Złożyć wniosek o dodatek mieszkaniowy',
  'Przygotować informację o zasobach gminy do diagnozy lokalnej',
  'Sprawdzić możliwość udziału w zajęciach świetlicowych',
];

const AGENDA = [
  'Otwarcie posiedzenia i przyjęcie porządku obrad',
  'Przyjęcie protokołu z poprzedniego posiedzenia',
  'Realizacja zadań z poprzednich posiedzeń',
  'Sprawy merytoryczne — sytuacje rodzin',
  'Diagnoza lokalna i zasoby gminy',
  'Sprawy różne i wolne wnioski',
  'Zamknięcie posiedzenia',
];

/** The first three meetings: the Model's path to a formalised team (index: the agenda item). */
const PATH: ReadonlyArray<{ type: PzkMeetingType; mainItem: number; decision: string; minutes: (chair: string) => Array<string | null> }> = [
  {
    type: 'initiating',
    mainItem: 3,
    decision: 'Uzgodniono rejestr wzajemnych korzyści partnerów; zostanie uzupełniony o oferty instytucji, które nie przedstawiły jej na spotkaniu.',
    minutes: (chair) => [
      `Spotkanie otworzyła ${chair}, witając przedstawicieli instytucji zaproszonych do zespołu.`,
      'Animatorka przedstawiła Model Kooperacji, zadania Partnerskiego Zespołu Kooperacyjnego i przebieg kolejnych spotkań (inicjujące, World Café, formalizujące).',
      'Każda instytucja przedstawiła swoje zadania i to, co może wnieść do współpracy: poradnictwo, miejsca w zajęciach, dyżury specjalistów, dostęp do lokali.',
      'Partnerzy wskazali, co każdy z nich wnosi do współpracy i jakie korzyści z niej odnosi; zapisy stanowią pierwszą wersję rejestru wzajemnych korzyści.',
      'Drugie spotkanie inicjujące odbędzie się metodą World Café.',
    ],
  },
  {
    type: 'world_cafe',
    mainItem: 6,
    decision: 'Wyniki pracy metodą World Café przyjęto jako podstawę wstępu do regulaminu zespołu.',
    minutes: (chair) => [
      `Spotkanie otworzyła ${chair}; uczestnicy pracowali przy czterech stolikach, zmieniając je co 20 minut.`,
      'Uwag do protokołu nie zgłoszono; głosowano jednogłośnie.',
      null,
      null,
      null,
      null,
      'Gospodarze stolików przedstawili wyniki rozmów; zespół uzgodnił brzmienie aspiracji, wartości, zasad pracy i standardów komunikacji (zob. część „Wyniki pracy metodą World Café”).',
    ],
  },
  {
    type: 'formalising',
    mainItem: 5,
    decision: 'Przyjęto plan działania zespołu na rok 2026 wraz z harmonogramem.',
    minutes: (chair) => [
      `Spotkanie otworzyła ${chair}, stwierdzając obecność przedstawicieli instytucji partnerskich.`,
      'Porządek obrad przyjęto bez uwag.',
      'Uwag do protokołu nie zgłoszono; głosowano jednogłośnie.',
      'Kierownicy instytucji partnerskich albo ich przedstawiciele podpisali deklaracje przystąpienia do zespołu.',
      'Zespół przyjął regulamin, którego wstęp stanowią wyniki pracy metodą World Café.',
      'Omówiono propozycję planu działania: cele na rok 2026, zadania instytucji i terminy.',
    ],
  },
];

/** What the demo team's World Café produced. */
const WORLD_CAFE_OUTPUTS: Record<WorldCafeField, string> = {
  aspiration: 'Zielonka jest gminą, w której żadna rodzina w kryzysie nie zostaje sama, bo instytucje działają razem i na czas.',
  teamValues: 'Zaufanie, odpowiedzialność za ustalenia, szacunek dla rodzin i dla siebie nawzajem, otwartość na nowych partnerów.',
  workingRules: 'Spotykamy się dwa razy w miesiącu; ustalenia zapisujemy z osobą odpowiedzialną i terminem; na kolejnym posiedzeniu sprawdzamy ich realizację; sprawy rodzin omawiamy wyłącznie pod kodem.',
  communicationStandards: 'Informacje między posiedzeniami przekazujemy przez animatorkę; odpowiadamy na prośby partnerów w ciągu 3 dni roboczych; nie przesyłamy danych osobowych pocztą elektroniczną bez szyfrowania.',
};

/** 2026 meeting dates; the last two are planned, the one before them held, the rest approved. */
const DATES = ['2026-01-15', '2026-02-05', '2026-02-26', '2026-03-19', '2026-04-09', '2026-04-30', '2026-05-21', '2026-06-11', '2026-07-02', '2026-09-03', '2026-09-24', '2026-10-15', '2026-11-05', '2026-11-26', '2026-12-10'];

export async function loadDemo(api: ApiClient, seed = 1): Promise<void> {
  const rnd = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  // Different sentences in one text: a protocol does not say the same thing twice.
  const distinct = <T,>(xs: readonly T[], n: number): T[] => {
    const left = [...xs];
    return Array.from({ length: n }, () => left.splice(Math.floor(rnd() * left.length), 1)[0]!);
  };
  await api.team.setUp({
    name: 'Partnerski Zespół Kooperacyjny w Gminie Zielonka',
    gminaName: 'Zielonka',
    teryt: '1434011',
    modelType: 'miejska',
    titleLocative: 'w Zielonce',
    powiat: 'wołomiński',
    wojewodztwo: 'mazowieckie',
    leadInstitution: 'Miejski Ośrodek Pomocy Społecznej w Zielonce',
    regionalCentre: 'Mazowieckie Centrum Polityki Społecznej',
  });
  const institutions = [];
  for (const [name, sector, level] of INSTITUTIONS) institutions.push(await api.institutions.create({ name, sector, level }));
  const members = [];
  for (const [i, [fullName, inst, position, role]] of MEMBERS.entries()) {
    members.push(
      await api.members.create({
        fullName,
        institutionId: institutions[inst]!.id,
        position,
        role,
        email: `${fullName.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace('ł', 'l')}.${i + 1}@zielonka.example.pl`,
        joinedOn: '2025-09-01',
      }),
    );
  }
  const open: string[] = [];
  const ids: string[] = [];
  for (const [n, date] of DATES.entries()) {
    const planned = n >= DATES.length - 2;
    // The team walked the Model's path: two initiating meetings (the second a World Café), then the
    // formalising one; working meetings from then on.
    const path = PATH[n];
    const meeting = await api.meetings.create({
      date,
      pzkType: path?.type ?? 'working',
      startTime: '10:00',
      endTime: '12:00',
      place: 'Urząd Miejski w Zielonce, sala 12',
      chairMemberId: members[0]!.id,
      minuteTakerMemberId: members[1]!.id,
      agenda: path ? [...AGENDA_OF_TYPE[path.type]] : AGENDA,
    });
    ids.push(meeting.id);
    if (planned) continue;
    const detail = await api.meetings.get({ id: meeting.id });
    for (const member of members) {
      const r = rnd();
      const status: AttendanceStatus = r < 0.72 ? 'present' : r < 0.8 ? 'remote' : r < 0.84 ? 'late' : r < 0.94 ? 'excused' : 'absent';
      await api.attendance.set({ meetingId: meeting.id, memberId: member.id, status });
    }
    // Drawn for every meeting, so that the later meetings read the same whatever the first ones say.
    const sentences = distinct(MINUTES, 4);
    const another = pick(MINUTES);
    const minutes = path
      ? path.minutes(members[0]!.fullName)
      : [
          `Posiedzenie otworzyła ${members[0]!.fullName}, stwierdzając kworum. Porządek obrad przyjęto bez uwag.`,
          'Uwag do protokołu nie zgłoszono; głosowano jednogłośnie.',
          null,
          `${sentences[0]} ${sentences[1]}\n\nUstalenia robocze:\n- ${sentences[2]}\n- ${sentences[3]}`,
          another,
        ];
    for (const [i, text] of minutes.entries()) if (text) await api.agenda.update({ id: detail.agenda[i]!.id, minutes: text });
    if (path?.type === 'world_cafe') for (const [field, text] of Object.entries(WORLD_CAFE_OUTPUTS)) await api.meetings.setWorldCafe({ id: meeting.id, field: field as WorldCafeField, text });
    const mainItem = detail.agenda[path?.mainItem ?? 3]!.id;
    // Follow-up of open items: most are closed, some stay in progress, a few are cancelled.
    for (const itemId of [...open]) {
      const r = rnd();
      const status = r < 0.55 ? 'done' : r < 0.9 ? 'in_progress' : 'cancelled';
      await api.actionItems.review({ actionItemId: itemId, meetingId: meeting.id, note: status === 'done' ? 'Zadanie zrealizowane.' : status === 'cancelled' ? 'Zadanie nieaktualne.' : 'W trakcie realizacji.', status });
      if (status !== 'in_progress') open.splice(open.indexOf(itemId), 1);
    }
    await api.decisions.add({ meetingId: meeting.id, agendaItemId: mainItem, text: path?.decision ?? `Ustalono objęcie rodziny R-${String(n + 1).padStart(2, '0')} wsparciem zespołu zadaniowego.` });
    for (let k = 0; k < 2 + Math.floor(rnd() * 2); k++) {
      const due = new Date(`${date}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + 14 + Math.floor(rnd() * 21));
      const item = await api.actionItems.create({
        meetingId: meeting.id,
        agendaItemId: mainItem,
        text: pick(TASKS),
        ownerMemberId: pick(members).id,
        dueOn: due.toISOString().slice(0, 10),
      });
      open.push(item.id);
    }
    // The formalising meeting adopted the rules, drafted from the framework with the World Café outputs.
    if (path?.type === 'formalising') {
      await api.rules.adopt({ id: (await api.rules.start()).id, meetingId: meeting.id });
      await adoptPlan(api, institutions.map((i) => i.id), meeting.id);
    }
    await api.meetings.setStatus({ id: meeting.id, status: 'held' });
  }
  // Each protocol is adopted at the next meeting, in order, so that every frozen PDF names the one before.
  for (let n = 0; n < DATES.length - 3; n++) await api.meetings.setStatus({ id: ids[n]!, status: 'approved', adoptedAtMeetingId: ids[n + 1]! });
  await signDeclarations(api, institutions.map((i) => i.id), members);
  for (const [i, [contributes, gains]] of BENEFITS.entries()) await api.benefits.save({ institutionId: institutions[i]!.id, contributes, gains, agreedAtMeetingId: ids[0]! });
  // A meeting's action item carries out the plan's task of a procedure between school, OPS and police.
  const [plan] = (await api.plans.list()).plans;
  const task = plan?.tasks.find((t) => t.text.startsWith('Procedura'));
  const item = (await api.actionItems.list()).find((i) => i.text === 'Zorganizować spotkanie z rodzicami ucznia');
  if (task && item) await api.plans.linkActionItem({ actionItemId: item.id, planTaskId: task.id });
  // The basket the partners built; a meeting's action item makes use of the association's day-care centre.
  const offers = await fillBasket(api, institutions.map((i) => i.id));
  const dayCare = (await api.actionItems.list()).find((i) => i.text === 'Sprawdzić możliwość udziału w zajęciach świetlicowych');
  if (dayCare) await api.basket.linkActionItem({ actionItemId: dayCare.id, offerId: offers.get('Świetlica środowiskowa „Przystań”')! });
  // The support the team received from the regional centre and others: counts, never names.
  for (const [date, kind, hours, participants, provider, topic] of SUPPORT) await api.support.save({ date, kind, hours, participants, provider, topic });
  // Eight cases of the task teams, at every stage, two of them closed.
  await fillCases(api, institutions.map((i) => i.id), members);
}

const CENTRE = 'Mazowieckie Centrum Polityki Społecznej';
/** [date, kind, hours, participants, provider, topic] */
const SUPPORT: ReadonlyArray<readonly [string, SupportKind, number, number, string, string | null]> = [
  ['2026-01-28', 'training', 6, 14, CENTRE, 'Model Kooperacji w praktyce'],
  ['2026-03-05', 'coaching', 3, 8, CENTRE, null],
  ['2026-04-16', 'coaching', 3, 8, CENTRE, null],
  ['2026-05-14', 'workshop', 16, 12, CENTRE, 'Warsztaty kooperacyjne'],
  ['2026-06-18', 'supervision', 2.5, 6, 'Superwizor pracy socjalnej', null],
  ['2026-09-17', 'training', 5, 11, 'Sąd Rejonowy w Wołominie', 'Procedura „Niebieskie Karty”'],
  ['2026-10-22', 'coaching', 3, 7, CENTRE, null],
];

/** The action plan for 2026, with its goals and tasks: [goal, task, institution, deadline, measure, done on]. */
const PLAN_TASKS: ReadonlyArray<readonly [string, string, number, string, string, string | null]> = [
  ['Wczesne rozpoznanie potrzeb rodzin z dziećmi', 'Diagnoza lokalna sytuacji rodzin z dziećmi w gminie', 0, '2026-04-30', 'raport z diagnozy przedstawiony zespołowi', '2026-04-28'],
  ['Wczesne rozpoznanie potrzeb rodzin z dziećmi', 'Spotkania z pedagogami szkół o uczniach z trudnościami', 2, '2026-06-15', '2 spotkania', '2026-06-10'],
  ['Wczesne rozpoznanie potrzeb rodzin z dziećmi', 'Procedura przekazywania informacji między szkołą, OPS i policją', 3, '2026-09-30', 'procedura przyjęta przez zespół', null],
  ['Aktywizacja osób długotrwale bezrobotnych', 'Dzień otwarty Powiatowego Urzędu Pracy dla klientów OPS', 5, '2026-05-29', 'co najmniej 20 uczestników', '2026-06-05'],
  ['Aktywizacja osób długotrwale bezrobotnych', 'Wspólna oferta staży i szkoleń dla rodziców', 5, '2026-10-31', 'oferta w Lokalnym Koszyku Usług', null],
  ['Wsparcie rodzin w kryzysie', 'Grupa wsparcia dla rodziców prowadzona przez stowarzyszenie', 7, '2026-11-30', '10 spotkań grupy', null],
  ['Wsparcie rodzin w kryzysie', 'Dyżury psychologa PCPR w ośrodku pomocy społecznej', 1, '2026-12-31', 'dyżur raz w miesiącu', null],
  ['Wsparcie rodzin w kryzysie', 'Szkolenie zespołu z procedury „Niebieskiej Karty”', 4, '2026-03-31', 'szkolenie dla członków zespołu', '2026-03-19'],
];

/** The formalising meeting adopted the plan for the year; the tasks' states are those of the year so far. */
async function adoptPlan(api: ApiClient, institutionIds: readonly string[], meetingId: string) {
  const plan = await api.plans.create({ periodFrom: '2026-01-01', periodTo: '2026-12-31' });
  const tasks = [];
  for (const [goal, text, owner, dueOn, measure] of PLAN_TASKS) tasks.push(await api.plans.addTask({ planId: plan.id, goal, text, ownerInstitutionId: institutionIds[owner]!, dueOn, measure }));
  await api.plans.adopt({ id: plan.id, meetingId });
  for (const [i, task] of tasks.entries()) {
    const doneOn = PLAN_TASKS[i]![5];
    if (doneOn) await api.plans.setTaskStatus({ id: task.id, status: 'done', doneOn });
    else if (i % 2 === 0) await api.plans.setTaskStatus({ id: task.id, status: 'in_progress' });
  }
}

/** The register of mutual benefits agreed at the first initiating meeting, per institution in INSTITUTIONS order. */
const BENEFITS: ReadonlyArray<readonly [string, string]> = [
  ['Pracownicy socjalni i asystenci rodziny; sala na posiedzenia; obsługa organizacyjna zespołu.', 'Szybsza wymiana informacji o rodzinach; wspólne planowanie wsparcia.'],
  ['Specjaliści pracy z rodziną, psycholog, informacja o pieczy zastępczej.', 'Wcześniejsze rozpoznanie rodzin zagrożonych umieszczeniem dzieci poza domem.'],
  ['Pedagog szkolny, informacja o frekwencji i sytuacji uczniów.', 'Wsparcie uczniów w trudnej sytuacji poza szkołą; kontakt z instytucjami w jednym miejscu.'],
  ['Dzielnicowi, informacja o interwencjach i procedurze „Niebieskiej Karty”.', 'Działania profilaktyczne z partnerami; mniej powtarzających się interwencji.'],
  ['Kuratorzy zawodowi i społeczni, informacja o nadzorach.', 'Łatwiejsze włączenie podopiecznych w oferty partnerów.'],
  ['Oferta szkoleń, staży i poradnictwa zawodowego.', 'Dotarcie do osób długotrwale bezrobotnych przez partnerów.'],
  ['Pielęgniarka środowiskowa, informacja o opiece zdrowotnej.', 'Współpraca przy rodzinach z osobami przewlekle chorymi.'],
  ['Zajęcia świetlicowe, wolontariusze, pozyskiwanie grantów.', 'Kontakt z rodzinami potrzebującymi wsparcia; partnerzy do projektów.'],
];

/** Who signs for each institution; null: its declaration is prepared, not signed yet. */
const HEADS: ReadonlyArray<readonly [string, string] | null> = [
  ['Barbara Michalska', 'Dyrektor Miejskiego Ośrodka Pomocy Społecznej'],
  ['Henryk Wojciechowski', 'Dyrektor Powiatowego Centrum Pomocy Rodzinie'],
  ['Tomasz Kowalczyk', 'Dyrektor Szkoły'],
  ['podinsp. Robert Mazur', 'Komendant Komisariatu Policji'],
  ['Elżbieta Krawczyk', 'Kierownik Zespołu Kuratorskiej Służby Sądowej'],
  ['Marek Grabowski', 'Dyrektor Powiatowego Urzędu Pracy'],
  null,
  ['Anna Woźniak', 'Prezeska Zarządu'],
];
/** Members who have not signed their confidentiality declaration yet. */
const NOT_YET_CONFIDENTIAL = new Set(['Ewa Szymańska', 'Michał Kozłowski']);

/** The formalising meeting's declarations: signed by all institutions but one, the members' by all but two. */
async function signDeclarations(api: ApiClient, institutionIds: readonly string[], members: ReadonlyArray<{ id: string; fullName: string; institutionId: string | null }>) {
  const signedOn = DATES[PATH.findIndex((p) => p.type === 'formalising')]!;
  for (const [i, institutionId] of institutionIds.entries()) {
    const [delegate, deputy] = members.filter((m) => m.institutionId === institutionId);
    const head = HEADS[i] ?? null;
    await api.declarations.create({
      kind: 'accession',
      institutionId,
      headName: head?.[0] ?? null,
      headPosition: head?.[1] ?? null,
      delegateMemberId: delegate?.id ?? null,
      deputyMemberId: deputy?.id ?? null,
      signedOn: head ? signedOn : null,
    });
  }
  for (const m of members) await api.declarations.create({ kind: 'confidentiality', memberId: m.id, signedOn: NOT_YET_CONFIDENTIAL.has(m.fullName) ? null : signedOn });
}
