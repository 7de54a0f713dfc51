// The words of the team's figures (issues 13.6, 17.4, 17.5): the charts, the report "Sprawozdanie z działalności
// PZK za …" and the regional centre's case figures. Documents are Polish whatever the UI language.
import type { MeetingKind, ModelType } from './enums';
import { taskLevelOf } from './teamModel.pl';

const MONTHS = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 });
/** "1 miesiąc", "3 miesiące", "5 miesięcy", "4,5 miesiąca". */
export function months(n: number): string {
  const word = !Number.isInteger(n) ? 'miesiąca' : n === 1 ? 'miesiąc' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'miesiące' : 'miesięcy';
  return `${MONTHS.format(n)} ${word}`;
}

/** The statistics' charts (issue 17.4): the screen and the period report use these titles. */
export const CHART = {
  partners: 'Instytucje partnerskie według sektora',
  meetings: 'Posiedzenia i spotkania według rodzaju',
  attendanceSector: 'Frekwencja na posiedzeniach PZK według sektora',
  attendanceInstitution: 'Frekwencja na posiedzeniach PZK według instytucji',
  cases: 'Sprawy w okresie',
  closures: 'Sprawy zamknięte według przyczyny',
  tasksOnTime: 'Zadania zrealizowane w terminie według instytucji',
  support: 'Wsparcie otrzymane przez zespół (godziny)',
  columns: {
    partners: ['Sektor', 'Instytucje'],
    meetings: ['Rodzaj', 'Liczba'],
    attendanceSector: ['Sektor', 'Frekwencja (obecności)'],
    attendanceInstitution: ['Instytucja', 'Frekwencja (obecności)'],
    cases: ['Sprawy', 'Liczba'],
    closures: ['Przyczyna zamknięcia', 'Liczba'],
    tasksOnTime: ['Instytucja', 'W terminie'],
    support: ['Rodzaj wsparcia', 'Godziny'],
  },
  referred: 'skierowane w okresie',
  active: 'w toku na koniec okresu',
  closed: 'zamknięte w okresie',
  noSector: 'bez sektora',
  outOf: (part: number, whole: number) => `${part} z ${whole}`,
  empty: 'brak danych',
  /** The regional centre's figures (issue 17.5). */
  hubCases: 'Sprawy i posiedzenia zespołów zadaniowych w roku',
  hubColumns: ['Wskaźnik', 'Liczba'],
  referredInYear: 'skierowane w roku',
  closedInYear: 'zamknięte w roku',
  zzkMeetings: 'posiedzenia zespołów zadaniowych',
  hiddenNote: 'x — liczba ukryta: mniejsza niż 3 albo taka, z której dałoby się odtworzyć liczbę mniejszą niż 3.',
  caption: (n: number, title: string) => `Wykres ${n}. ${title}`,
} as const;

/** A team's model type in the regional centre's tables; null: a team that has not said. */
export const MODEL_WORD = { miejska: 'gminy miejskie', wiejska: 'gminy wiejskie', 'miejsko-wiejska': 'gminy miejsko-wiejskie', none: 'typ gminy nie podany' } as const;

/** The regional case figures as a spreadsheet (issue 17.5): one row per model type. */
export const HUB_CASE_COLUMN = {
  year: 'Rok',
  model: 'Typ gminy',
  teams: 'Zespoły',
  referred: 'Sprawy skierowane',
  meetings: 'Posiedzenia zespołów zadaniowych',
  closed: 'Sprawy zamknięte',
  completedShare: 'Udział IPW zrealizowanych (%)',
  medianMonths: 'Mediana czasu pracy ze sprawą (mies.)',
  publishedOn: 'Dane podane dnia',
} as const;

/** Why a type of gmina has no figures for a year yet (the hub publishes a year once, complete: issue 17.5). */
export const HUB_CASE_PENDING = {
  yearRunning: (year: number) => `dane za rok ${year} zostaną podane po jego zakończeniu`,
  bundlesMissing: (year: number, waiting: number, lastCall: string) =>
    `dane za rok ${year} zostaną podane, gdy wszystkie zespoły przyślą paczkę przygotowaną po 31 grudnia ${year} r. (brakuje paczek od ${waiting} ${waiting === 1 ? 'zespołu' : 'zespołów'}), a najpóźniej po ${lastCall}`,
  rule: 'Dane za rok podaje się raz: po jego zakończeniu, gdy wszystkie zespoły danego typu gminy przyślą paczkę przygotowaną po jego końcu, a najpóźniej po 31 marca następnego roku; później już się nie zmieniają.',
} as const;

/** The report a team owes its gmina, for a year (issue 13.6) or any period (issue 17.4). */
export const REPORT = {
  title: 'SPRAWOZDANIE',
  of: (where: string, year: number) => `z działalności Partnerskiego Zespołu Kooperacyjnego ${where} za rok ${year}`,
  ofPeriod: (where: string, from: string, to: string) => `z działalności Partnerskiego Zespołu Kooperacyjnego ${where} za okres od ${from} do ${to}`,
  figures: 'Wskaźniki Modelu Kooperacji',
  monthsActive: (n: number | null) => (n === null ? 'Zespół nie odbył jeszcze posiedzenia.' : `Miesięcy pracy zespołu od pierwszego posiedzenia: ${n}.`),
  casesLine: (referred: number, active: number, closed: number, share: string, median: number | null) =>
    `Sprawy skierowane w okresie: ${referred}; w toku na koniec okresu: ${active}; zamknięte w okresie: ${closed} (w tym IPW zrealizowane: ${share}); mediana czasu pracy ze sprawą zamkniętą: ${median === null ? '—' : months(median)}.`,
  charts: 'Wykresy',
  noData: 'Brak danych w okresie.',
  meetings: 'Posiedzenia',
  meetingsHeld: (pzk: number, zzk: number, other: number, model?: ModelType | null) => `W okresie odbyło się posiedzeń zespołu: ${pzk}; posiedzeń ${taskLevelOf(model).pluralGenitive}: ${zzk}; innych spotkań: ${other}.`,
  meetingsHeader: ['Lp.', 'Posiedzenie', 'Data'],
  /** "PZK nr 3/2026 (spotkanie formalizujące)": a type other than a working meeting is named. */
  meetingName: (kind: MeetingKind, number: string, type: string | null, model?: ModelType | null) => `${kind === 'zzk' ? taskLevelOf(model).short : kind === 'pzk' ? 'PZK' : 'spotkanie'} nr ${number}${type ? ` (${type})` : ''}`,
  /** The PZK's meetings by type: "W tym: spotkanie inicjujące — 1; posiedzenie robocze — 20." */
  byType: (counts: ReadonlyArray<readonly [string, number]>) => `W tym: ${counts.map(([type, n]) => `${type} — ${n}`).join('; ')}.`,
  attendance: 'Udział instytucji w posiedzeniach PZK',
  attendanceHelp: 'Obecności przedstawicieli instytucji na posiedzeniach PZK wobec liczby posiedzeń, na których byli członkami zespołu.',
  attendanceHeader: ['Instytucja', 'Sektor', 'Obecności', 'Frekwencja'],
  actionItems: 'Zadania',
  actionItemsLine: (opened: number, closed: number, open: number, overdue: number) =>
    `Ustalono zadań: ${opened}; zrealizowano lub zamknięto: ${closed}; w toku na koniec okresu: ${open}, w tym po terminie: ${overdue}.`,
  decisions: (n: number) => `Podjęto ustaleń: ${n}.`,
  support: 'Wsparcie otrzymane przez zespół',
  supportHeader: ['Rodzaj wsparcia', 'Liczba spotkań', 'Liczba godzin', 'Liczba uczestników'],
  supportTotal: 'Razem',
  noSupport: 'W okresie nie zapisano szkoleń, coachingu, superwizji ani warsztatów dla zespołu.',
  none: 'W okresie nie odbyło się żadne posiedzenie.',
  issued: (gmina: string, date: string) => `${gmina}, dnia ${date}`,
  signature: 'Animator PZK',
} as const;
