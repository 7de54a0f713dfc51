// The document vocabulary: the Polish text of everything the app writes into a record — the protocol,
// the attendance list, the standard agenda, the label that replaces an erased name, and where a RODO
// finding is. Documents are always in Polish: they are official records of a Polish public body,
// whatever the UI language (the Polish UI catalogue takes the sector names from here too).
import type { AttendanceStatus, MeetingKind, Sector, ActionItemStatus } from './enums';
import type { Entity } from './entities';

export const DOC = {
  protocolNo: (number: string) => `PROTOKÓŁ NR ${number}`,
  /** `where`: the team's own words ("w Zgierzu"), or titleLocativeOf's default. */
  titleOf: (kind: MeetingKind, where: string) =>
    kind === 'zzk'
      ? `z posiedzenia Zadaniowego Zespołu Kooperacyjnego ${where}`
      : kind === 'pzk'
        ? `z posiedzenia Partnerskiego Zespołu Kooperacyjnego ${where}`
        : `z posiedzenia zespołu ${where}`,
  draft: 'PROJEKT',
  heldOn: (date: string, hours: string, place: string) => `Posiedzenie odbyło się ${date}${hours ? ` w godz. ${hours}` : ''}${place ? `, ${place}` : ''}.`,
  online: (url: string) => `w formie zdalnej (${url})`,
  placeAndOnline: (place: string, url: string) => `${place} oraz zdalnie (${url})`,
  attendance: 'Obecność',
  presentCount: (present: number, of: number, remote: number, guests: number) =>
    `Obecnych ${present} z ${of} członków zespołu${remote ? `, w tym zdalnie: ${remote}` : ''}. Goście: ${guests}.`,
  presentByInstitution: 'Obecni (według instytucji):',
  noInstitution: 'bez instytucji',
  guests: 'Goście:',
  excused: 'Nieobecni usprawiedliwieni:',
  absent: 'Nieobecni:',
  notRecorded: 'Obecności nie odnotowano:',
  none: 'brak',
  substitute: (name: string) => `zastępstwo: ${name}`,
  chair: (name: string) => `Posiedzenie prowadził/a: ${name}.`,
  minuteTaker: (name: string) => `Protokół sporządził/a: ${name}.`,
  agenda: 'Porządek obrad',
  followUp: 'Realizacja ustaleń z poprzednich posiedzeń',
  followUpHeader: ['Nr', 'Zadanie', 'Odpowiedzialny', 'Termin', 'Stan realizacji'],
  notReviewed: 'nie omawiano',
  course: 'Przebieg posiedzenia',
  ad: (n: number, title: string) => `Ad ${n}. ${title}`,
  noMinutes: 'Bez uwag.',
  itemDecisionsRef: (numbers: number[], section: number) => `${numbers.length === 1 ? 'Ustalenie' : 'Ustalenia'} nr ${numbers.join(', ')} — zob. pkt ${section}.`,
  seeSection: (section: number, title: string) => `Zob. pkt ${section} „${title}”.`,
  decisions: 'Ustalenia',
  noDecisions: 'Nie podjęto ustaleń.',
  actionItems: 'Zadania',
  actionItemsHeader: ['Lp.', 'Zadanie', 'Odpowiedzialny i instytucja', 'Termin'],
  noActionItems: 'Nie wyznaczono zadań.',
  noDue: 'bez terminu',
  otherBusiness: 'Sprawy różne',
  nextMeeting: 'Następne posiedzenie',
  nextMeetingOn: (date: string, hours: string, place: string) => `Następne posiedzenie zaplanowano na ${date}${hours ? `, godz. ${hours}` : ''}${place ? `, ${place}` : ''}.`,
  corrections: 'Korekty protokołu',
  correction: (version: number, date: string, by: string, reason: string) => `Korekta nr ${version - 1} z dnia ${date} (wprowadził/a: ${by}). Powód: ${reason}`,
  correctedVersion: (version: number) => `Wersja ${version} — z korektą`,
  signatures: ['Protokołował/a', 'Prowadzący/a posiedzenie'],
  page: (current: number, total: number) => `Strona ${current} z ${total}`,
  listTitle: 'LISTA OBECNOŚCI',
  listOf: (kind: MeetingKind, number: string) => `${kind === 'zzk' ? 'Zadaniowego' : 'Partnerskiego'} Zespołu Kooperacyjnego — posiedzenie nr ${number}`,
  listHeader: ['Lp.', 'Imię i nazwisko', 'Instytucja', 'Sektor / funkcja', 'Zdalnie', 'Podpis'],
  guestRows: 'Goście',
  guest: 'gość',
  yes: 'tak',
};

export const STATUS_WORD: Record<AttendanceStatus, string> = {
  present: 'obecny/a',
  remote: 'zdalnie',
  late: 'spóźnienie',
  left_early: 'wyszedł/wyszła wcześniej',
  excused: 'usprawiedliwiony/a',
  absent: 'nieobecny/a',
};

export const ACTION_STATUS_WORD: Record<ActionItemStatus, string> = {
  new: 'nowe',
  in_progress: 'w realizacji',
  done: 'wykonane',
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
  'Realizacja ustaleń z poprzednich posiedzeń',
  'Sprawy merytoryczne',
  'Sprawy różne',
  'Zakończenie posiedzenia',
];

/** What stands in the record instead of the name of a person whose data were erased (RODO art. 17). */
export const anonymisedName = (n: number) => `Osoba anonimizowana nr ${n}`;

/** Where a text is, in words the animator recognises, for the RODO findings of a bundle. */
export const WHERE = {
  team: 'Dane zespołu',
  institution: (name: string) => `Instytucja: ${name}`,
  member: (name: string) => `Skład zespołu: ${name}`,
  case: 'Sprawa (kod)',
  meeting: (number: string) => `Posiedzenie ${number}`,
  agendaItem: (number: string, position: number, title: string) => `Posiedzenie ${number}, Ad ${position}. ${title}`,
  attendance: (number: string) => `Posiedzenie ${number}, lista obecności`,
  decision: (number: string, position: number) => `Posiedzenie ${number}, ustalenie ${position}`,
  actionItem: (number: string) => `Zadanie ${number}`,
  review: (item: string, meeting: string) => `Realizacja zadania ${item} na posiedzeniu ${meeting}`,
  protocol: (number: string, version: number) => `Zatwierdzony protokół ${number} (wersja ${version})`,
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
  onlineUrl: 'link do spotkania',
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
