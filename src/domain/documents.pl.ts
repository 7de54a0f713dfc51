// The document vocabulary: the Polish text of everything the app writes into a record — the protocol,
// the attendance list, the standard agenda, the label that replaces an erased name, and where a RODO
// finding is. Documents are always in Polish: they are official records of a Polish public body,
// whatever the UI language (the Polish UI catalogue takes the sector names from here too).
import type { AttendanceStatus, MeetingKind, ModelType, Sector, ActionItemStatus } from './enums';
import { taskLevelOf } from './teamModel.pl';
import type { Entity } from './entities';

const ROMAN: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
/** I, II, … XX: enough for the sections of a protocol. */
export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** A sentence ends with one full stop, also after "2026 r.". */
const end = (sentence: string) => (sentence.endsWith('.') ? sentence : `${sentence}.`);

/** How the documents name a meeting: made from its kind and type by meetingWords (./meetingTypes.pl). */
export interface MeetingWords {
  /** The title's "z/ze" + genitive: "ze spotkania formalizującego". */
  from: string;
  /** "na" + locative: "na spotkaniu formalizującym". */
  at: string;
  /** "na" + accusative: "na spotkanie formalizujące". */
  to: string;
  /** The subject of "… odbyło się": "Spotkanie", "Warsztaty". */
  subject: string;
  /** The bare genitive: "Przebieg spotkania". */
  genitive: string;
  /** A plural noun (warsztaty) takes "odbyły się". */
  plural: boolean;
  /** Whose meeting, in the genitive: "Partnerskiego Zespołu Kooperacyjnego". */
  body: string;
  /** After the place: " (World Café)", or nothing. */
  suffix: string;
}

export const DOC = {
  /** A planned meeting has no number yet (its draft is "PROTOKÓŁ"). */
  protocolNo: (number: string | null) => (number ? `PROTOKÓŁ NR ${number}` : 'PROTOKÓŁ'),
  /** `where`: the team's own words ("w Zgierzu"), or titleLocativeOf's default. */
  titleOf: (words: MeetingWords, where: string) => `${words.from} ${words.body} ${where}${words.suffix}`,
  draft: 'PROJEKT',
  /** The place follows its label, as a clerk writes it: "… w godz. 10:00–12:15. Miejsce: MOPS, sala nr 12." */
  heldOn: (words: MeetingWords, days: string, hours: string, place: string) =>
    `${end(`${words.subject} ${words.plural ? 'odbyły się' : 'odbyło się'} ${days}${hours ? ` w godz. ${hours}` : ''}`)}${place ? ` ${end(`Miejsce: ${place}`)}` : ''}`,
  online: (url: string) => `udział zdalny (${url})`,
  placeAndOnline: (place: string, url: string) => `${place}; udział zdalny: ${url}`,
  attendance: 'Obecność',
  presentCount: (present: number, of: number, remote: number) => `Obecnych ${present} z ${of} członków zespołu${remote ? `, w tym zdalnie: ${remote}` : ''}.`,
  presentByInstitution: 'Obecni (według instytucji):',
  noInstitution: 'bez instytucji',
  guests: 'Goście:',
  excused: 'Nieobecni usprawiedliwieni:',
  absent: 'Nieobecni nieusprawiedliwieni:',
  notRecorded: 'Obecności nie odnotowano:',
  none: 'brak',
  substitute: (name: string) => `zastępstwo: ${name}`,
  chair: (name: string) => `Prowadzący posiedzenie: ${name}.`,
  minuteTaker: (name: string) => `Protokolant: ${name}.`,
  annexList: 'Lista obecności stanowi załącznik nr 1 do protokołu.',
  agenda: 'Porządek obrad',
  followUp: 'Realizacja zadań z poprzednich posiedzeń',
  followUpHeader: ['Nr', 'Zadanie', 'Osoba odpowiedzialna', 'Termin realizacji', 'Stan realizacji'],
  notReviewed: 'nie omawiano',
  course: (words: MeetingWords) => `Przebieg ${words.genitive}`,
  ad: (n: number, title: string) => `Ad ${n}. ${title}`,
  /** Sections are numbered in Roman numerals, apart from the agenda's "Ad 1." and the decisions' 1. 2. */
  section: (n: number, title: string) => `${roman(n)}. ${title}`,
  itemDecisionsRef: (numbers: number[], section: number) => `${numbers.length === 1 ? 'Ustalenie' : 'Ustalenia'} nr ${numbers.join(', ')} — zob. część ${roman(section)}.`,
  seeSection: (section: number, title: string) => `Zob. część ${roman(section)} „${title}”.`,
  /** What the next meeting's item "Przyjęcie protokołu z poprzedniego posiedzenia" records. */
  adoptedThere: (number: string, date: string) => end(`Przyjęto protokół nr ${number} z posiedzenia w dniu ${date}`),
  decisions: 'Ustalenia',
  noDecisions: 'Brak ustaleń.',
  actionItems: 'Zadania',
  actionItemsHeader: ['Nr', 'Zadanie', 'Osoba odpowiedzialna (instytucja)', 'Termin realizacji'],
  noActionItems: 'Brak zadań.',
  noDue: 'bez terminu',
  otherBusiness: 'Sprawy różne i wolne wnioski',
  adoptedAt: (number: string, date: string) => end(`Protokół przyjęto na posiedzeniu nr ${number} w dniu ${date}`),
  adoptedOn: (date: string) => end(`Protokół przyjęto w dniu ${date}`),
  nextMeeting: 'Następne posiedzenie',
  nextMeetingOn: (date: string, hours: string, place: string) => `${end(`Następne posiedzenie zaplanowano na ${date}${hours ? ` w godz. ${hours}` : ''}`)}${place ? ` ${end(`Miejsce: ${place}`)}` : ''}`,
  corrections: 'Korekty protokołu',
  correction: (version: number, date: string, by: string, reason: string) => `Korekta nr ${version - 1} z dnia ${date}, wprowadzona przez: ${by}. ${end(`Przyczyna: ${reason}`)}`,
  correctedVersion: (version: number) => `Wersja ${version} — z korektą`,
  signatures: ['Protokolant', 'Prowadzący posiedzenie'],
  page: (current: number, total: number) => `Strona ${current} z ${total}`,
  listTitle: 'LISTA OBECNOŚCI',
  /** "na posiedzeniu nr 5/2026 Partnerskiego Zespołu Kooperacyjnego w Zgierzu": what the list is, once. */
  listOf: (words: MeetingWords, number: string | null, where: string) => `${words.at}${number ? ` nr ${number}` : ''} ${words.body} ${where}${words.suffix}`,
  listWhen: (date: string, hours: string) => `${date}${hours ? `, godz. ${hours}` : ''}`,
  place: (place: string) => `Miejsce: ${place}`,
  listHeader: ['Lp.', 'Imię i nazwisko', 'Instytucja', 'Sektor / funkcja', 'Podpis'],
  /** The signature column of one day of a meeting over several: "Podpis 14.05". */
  signatureOn: (dayAndMonth: string) => `Podpis ${dayAndMonth}`,
  guestRows: 'Goście',
  guest: 'gość',
  remoteSignature: 'udział zdalny',
  attachments: 'Załączniki',
  /** Annex 1 is the attendance list (annexList); its signed scan, when attached, is named under it. */
  attendanceAnnex: 'Lista obecności',
  /** `what`: the attachment's type and size ("PDF, 1,2 MB"). */
  attachmentFile: (fileName: string, what: string) => `plik ${fileName} (${what})`,
  attachmentHash: (sha256: string) => `SHA-256: ${sha256}`,
};

/** The titles an attachment gets when the animator gives none. */
export const STANDARD_ATTACHMENT_TITLE = {
  attendanceScan: 'Skan podpisanej listy obecności',
};

/** A person's attendance as a noun: the same words for anyone, on screen and on paper. */
export const STATUS_WORD: Record<AttendanceStatus, string> = {
  present: 'obecność',
  remote: 'udział zdalny',
  late: 'spóźnienie',
  left_early: 'wcześniejsze wyjście',
  excused: 'nieobecność usprawiedliwiona',
  absent: 'nieobecność',
};

export const ACTION_STATUS_WORD: Record<ActionItemStatus, string> = {
  new: 'nowe',
  in_progress: 'w realizacji',
  done: 'zrealizowane',
  cancelled: 'anulowane',
};

export const SECTOR_WORD: Record<Sector, string> = {
  social_assistance: 'pomoc społeczna',
  education: 'edukacja',
  health: 'ochrona zdrowia',
  police: 'policja',
  municipal_police: 'straż miejska',
  justice: 'wymiar sprawiedliwości',
  labour_market: 'rynek pracy',
  ngo: 'organizacje pozarządowe',
  housing: 'mieszkalnictwo',
  culture_sport: 'kultura i sport',
  local_government: 'samorząd',
  interdisciplinary_team: 'zespół interdyscyplinarny / GKRPA',
  other: 'inne',
};

const LONG = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
export const longDate = (iso: string) => `${LONG.format(new Date(`${iso}T00:00:00Z`))} r.`;
export const shortDate = (iso: string | null) => (iso ? SHORT.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—');
export const hours = (start: string | null, end: string | null) => (start ? (end ? `${start}–${end}` : start) : '');

/** The standard agenda of a PZK working meeting (Model Kooperacji); goes into the protocol as is. */
export const STANDARD_AGENDA: readonly string[] = [
  'Otwarcie posiedzenia',
  'Przyjęcie porządku obrad',
  'Przyjęcie protokołu z poprzedniego posiedzenia',
  'Realizacja zadań z poprzednich posiedzeń',
  'Sprawy merytoryczne',
  'Sprawy różne i wolne wnioski',
  'Zamknięcie posiedzenia',
];

/** The standard items the protocol recognises however they were typed, also in an older wording. */
// vocabulary-check: off (older wordings recognised on purpose)
export const STANDARD_ITEM = {
  adoptPrevious: ['Przyjęcie protokołu z poprzedniego posiedzenia', 'Przyjęcie protokołu'],
  followUp: ['Realizacja zadań z poprzednich posiedzeń', 'Realizacja zadań', 'Realizacja ustaleń z poprzednich posiedzeń', 'Realizacja ustaleń'],
  otherBusiness: ['Sprawy różne i wolne wnioski', 'Sprawy różne', 'Wolne wnioski'],
};
// vocabulary-check: on

/** The text of the file a person gets with their data (RODO art. 15). */
export const ACCESS = {
  title: 'Informacja o danych osobowych członka zespołu (art. 15 RODO)',
  chair: 'prowadzenie posiedzenia',
  minuteTaker: 'protokołowanie',
  meeting: (number: string) => `posiedzenie nr ${number}`,
  declarationRole: { signer: 'osoba podpisująca', delegate: 'przedstawiciel instytucji', deputy: 'zastępca przedstawiciela' },
  storage:
    'Dane są przechowywane na komputerze animatora zespołu. Do centrum regionalnego trafiają dane członków zespołu (imię i nazwisko, instytucja, funkcja, kontakt) wraz z obecnością i zadaniami. Przyjęte protokoły zawierają imię i nazwisko i są przechowywane jako dokumentacja zespołu.',
};

/** What stands in the record instead of the name of a person whose data were erased (RODO art. 17). */
export const anonymisedName = (n: number) => `Osoba anonimizowana nr ${n}`;

/** A meeting in a sentence: "nr 5/2026", or "w dniu 12.03.2026" before it has a number (DECISIONS 12). */
export const meetingRef = (number: string | null, date: string) => (number ? `nr ${number}` : `w dniu ${shortDate(date)}`);

/** Where a text is, in words the animator recognises, for the RODO findings of a bundle; `ref` is a meetingRef. */
export const WHERE = {
  team: 'Dane zespołu',
  institution: (name: string) => `Instytucja: ${name}`,
  member: (name: string) => `Skład zespołu: ${name}`,
  case: 'Sprawa (kod)',
  meeting: (ref: string) => `Posiedzenie ${ref}`,
  agendaItem: (ref: string, position: number, title: string) => `Posiedzenie ${ref}, Ad ${position}. ${title}`,
  attendance: (ref: string) => `Posiedzenie ${ref}, lista obecności`,
  decision: (ref: string, position: number) => `Posiedzenie ${ref}, ustalenie nr ${position}`,
  actionItem: (number: string) => `Zadanie nr ${number}`,
  review: (item: string, ref: string) => `Realizacja zadania nr ${item} na posiedzeniu ${ref}`,
  protocol: (number: string, version: number) => `Przyjęty protokół nr ${number} (wersja ${version})`,
  attachment: (ref: string, fileName: string) => `Posiedzenie ${ref}, załącznik „${fileName}”`,
  declaration: 'Deklaracje',
  rules: (version: number) => `Regulamin zespołu, wersja ${version}`,
  benefit: 'Rejestr wzajemnych korzyści',
  actionPlan: (title: string) => title,
  planTask: (position: number) => `Plan działania, zadanie ${position}`,
  offer: (service: string) => `Koszyk usług: ${service}`,
  unknown: (entity: Entity) => `Rekord ${entity}`,
};

/** The names of the text fields, as they appear after a `WHERE` label: "…, Ad 2. Sprawy (przebieg)". */
export const FIELD_WORD: Readonly<Record<string, string>> = {
  name: 'nazwa',
  gminaName: 'gmina',
  powiat: 'powiat',
  wojewodztwo: 'województwo',
  leadInstitution: 'instytucja wiodąca',
  regionalCentre: 'centrum regionalne',
  address: 'adres',
  fullName: 'imię i nazwisko',
  position: 'funkcja',
  email: 'e-mail',
  phone: 'telefon',
  code: 'kod sprawy',
  place: 'miejsce',
  onlineUrl: 'link do spotkania zdalnego',
  otherBusiness: 'sprawy różne',
  title: 'tytuł',
  presenter: 'prowadzący punkt',
  minutes: 'przebieg',
  guestName: 'gość',
  guestInstitution: 'instytucja gościa',
  substituteName: 'zastępstwo',
  text: 'treść',
  number: 'numer',
  verification: 'sposób weryfikacji',
  note: 'notatka',
  fileName: 'nazwa pliku',
  aspiration: 'aspiracja zespołu',
  teamValues: 'wartości',
  workingRules: 'zasady pracy',
  communicationStandards: 'standardy komunikacji',
  preamble: 'wstęp',
  sections: 'paragrafy',
  changeNote: 'opis zmian',
  contributes: 'co wnosi',
  gains: 'jakie korzyści uzyskuje',
  goal: 'cel',
  measure: 'miernik',
  service: 'usługa',
  description: 'opis',
  otherTarget: 'dla kogo (inne)',
  accessCriteria: 'warunki dostępu',
  whereWhen: 'gdzie i kiedy',
  capacity: 'liczba miejsc',
  contactPhone: 'telefon',
  contactEmail: 'e-mail',
  targetGroups: 'grupy docelowe',
  problemAreas: 'obszary problemowe',
  referralWays: 'sposób skierowania',
};

/**
 * Where the team works, as the title of its documents says it: the team's own words when it chose
 * them ("w Zgierzu"), otherwise built from the kind of gmina its TERYT names (7th digit): an urban
 * gmina (1) is "Gmina Miasto X", a unit apart from the rural "Gmina X" of the same name (2); Warsaw's
 * districts (8) are "Dzielnica X".
 */
export function titleLocativeOf(team: { titleLocative: string | null; gminaName: string; teryt: string }): string {
  if (team.titleLocative?.trim()) return team.titleLocative.trim();
  const kind = team.teryt.charAt(6);
  if (kind === '1') return `w Gminie Miasto ${team.gminaName}`;
  if (kind === '8' || kind === '9') return `w Dzielnicy ${team.gminaName}`;
  return `w Gminie ${team.gminaName}`;
}

/**
 * The roster's columns in a spreadsheet (the template, the export, the import's headers), in this
 * order. An imported file's header may use any of the other spellings listed.
 */
export const ROSTER_COLUMN = {
  firstName: ['Imię', 'imie', 'imiona'],
  lastName: ['Nazwisko'],
  fullName: ['Imię i nazwisko', 'imie i nazwisko', 'osoba', 'członek zespołu', 'nazwisko i imię'],
  institution: ['Instytucja', 'instytucja / organizacja', 'organizacja', 'jednostka', 'podmiot'],
  sector: ['Sektor', 'obszar'],
  position: ['Funkcja', 'stanowisko', 'funkcja / stanowisko'],
  email: ['E-mail', 'email', 'adres e-mail', 'mail', 'poczta elektroniczna'],
  phone: ['Telefon', 'tel', 'tel.', 'nr telefonu', 'numer telefonu', 'telefon kontaktowy'],
} as const;

/** The words of a calendar invitation (issue 13.3): documents speak Polish whatever the UI language. */
export const INVITATION = {
  /** `type`: the Model's type when it is not a working meeting ("Spotkanie formalizujące PZK nr 3/2026"). */
  summary: (kind: MeetingKind, number: string | null, type: string | null, model?: ModelType | null) =>
    `${type ? `${type.charAt(0).toUpperCase()}${type.slice(1)} PZK` : kind === 'zzk' ? `Posiedzenie ${taskLevelOf(model).shortGenitive}` : kind === 'pzk' ? 'Posiedzenie PZK' : 'Posiedzenie zespołu'}${number ? ` nr ${number}` : ''}`,
  cancelled: (summary: string) => `ODWOŁANE: ${summary}`,
  agenda: 'Porządek obrad:',
  online: (url: string) => `Udział zdalny: ${url}`,
  place: (place: string) => `Miejsce: ${place}`,
  schedule: (team: string, year: number) => `Harmonogram posiedzeń ${year} — ${team}`,
} as const;

/** The invitation letter ("Zaproszenie na posiedzenie PZK", issue 13.3), as a municipal office writes one. */
export const LETTER = {
  placeAndDate: (gmina: string, date: string) => `${gmina}, dnia ${date}`,
  title: 'ZAPROSZENIE',
  /** A planned meeting is invited to before it has a number: then the letter names none. */
  of: (words: MeetingWords, number: string | null, where: string) => `${words.to}${number ? ` nr ${number}` : ''} ${words.body} ${where}${words.suffix}`,
  /** `days`: meetingDays ("12 marca 2026 r.", "w dniach 12–13 marca 2026 r."). */
  body: (words: MeetingWords, days: string, hours: string) =>
    `Uprzejmie zapraszam ${words.to}, ${words.plural ? 'które odbędą się' : 'które odbędzie się'} ${days.startsWith('w dniach') ? days : `w dniu ${days}`}${hours ? ` w godz. ${hours}` : ''}.`,
  agenda: 'Proponowany porządek obrad:',
  confirm: 'Proszę o potwierdzenie udziału albo wskazanie osoby zastępującej.',
  signature: 'Animator PZK',
} as const;

/** The register of mutual benefits (rejestr wzajemnych korzyści, issue 16.5). */
export const BENEFITS = {
  title: 'Rejestr wzajemnych korzyści',
  of: (where: string) => `Partnerskiego Zespołu Kooperacyjnego ${where}`,
  asOf: (date: string) => `stan na dzień ${date}`,
  header: ['Lp.', 'Instytucja partnerska', 'Co wnosi do Zespołu', 'Jakie korzyści uzyskuje', 'Uzgodniono / przegląd'],
  agreedAt: (number: string | null, date: string) => (number ? `uzgodniono na posiedzeniu nr ${number}` : `uzgodniono w dniu ${date}`),
  reviewedOn: (date: string) => `przegląd: ${date}`,
  none: 'Zespół nie ma jeszcze instytucji partnerskich.',
} as const;

/** The action plan (plan działania, issue 16.6) and its summary. */
export const PLAN = {
  titleYear: (where: string, year: string) => `Plan działania Partnerskiego Zespołu Kooperacyjnego ${where} na rok ${year}`,
  titlePeriod: (where: string, from: string, to: string) => `Plan działania Partnerskiego Zespołu Kooperacyjnego ${where} na okres od ${from} do ${to}`,
  decision: (title: string) => `Przyjęto ${title}.`,
  heading: 'PLAN DZIAŁANIA',
  period: (from: string, to: string) => `okres: ${from} – ${to}`,
  /** `ref`: "nr 3/2026" (a meetingRef). */
  adopted: (ref: string, date: string) => `Plan przyjęto na posiedzeniu ${ref} w dniu ${date}.`,
  notAdopted: 'Plan nie został jeszcze przyjęty.',
  progress: 'Realizacja planu',
  progressLine: (p: { total: number; done: number; onTime: number; late: number; open: number }, date: string) =>
    `Stan na dzień ${date}: zadań ${p.total}, zrealizowanych ${p.done} (w terminie ${p.onTime}), po terminie ${p.late}, w toku ${p.open}.`,
  goal: (n: number, goal: string) => `Cel ${n}. ${goal || 'bez wskazanego celu'}`,
  header: ['Lp.', 'Zadanie', 'Instytucja odpowiedzialna', 'Termin', 'Miernik', 'Stan realizacji'],
  doneOn: (status: string, date: string) => `${status} (${date})`,
  late: 'po terminie',
  items: (numbers: string) => `Zadania z posiedzeń: ${numbers}`,
  schedule: 'Harmonogram',
  noDue: 'bez terminu',
  none: 'Plan nie ma jeszcze zadań.',
  fileStem: 'plan-dzialania',
} as const;
