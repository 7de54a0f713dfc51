// The words of the Model's meeting types (issue 16.1), for the documents: how a title, a list, an
// invitation and the protocol name a meeting of each kind and type, and each type's agenda. A PZK
// working meeting keeps the words every protocol has had ("z posiedzenia Partnerskiego Zespołu
// Kooperacyjnego …"); the other types name themselves ("ze spotkania formalizującego …").
import { namedPzkType, pzkTypeFor, type MeetingKind, type ModelType, type PzkMeetingType, type WorldCafeField } from './enums';
import { taskLevelOf } from './teamModel.pl';
import { longDate, STANDARD_AGENDA, type MeetingWords } from './documents.pl';

/** The name of each type, as a list or a form shows it (the Polish UI takes it from here too). */
export const PZK_TYPE_WORD: Readonly<Record<PzkMeetingType, string>> = {
  initiating: 'spotkanie inicjujące',
  world_cafe: 'spotkanie inicjujące (World Café)',
  formalising: 'spotkanie formalizujące',
  working: 'posiedzenie robocze',
  workshop: 'warsztaty kooperacyjne',
};

/** The type a document names beside the number ("PZK nr 3/2026 (spotkanie formalizujące)"); none for a working meeting. */
export const namedTypeWord = (m: { kind: MeetingKind; pzkType: PzkMeetingType | null }): string | null => {
  const type = namedPzkType(m);
  return type ? PZK_TYPE_WORD[type] : null;
};

type Noun = Omit<MeetingWords, 'body' | 'suffix'>;

const MEETING: Noun = { from: 'z posiedzenia', at: 'na posiedzeniu', to: 'na posiedzenie', subject: 'Posiedzenie', genitive: 'posiedzenia', plural: false };
const meetingOf = (adjective: { gen: string; loc: string; nom: string }): Noun => ({
  from: `ze spotkania ${adjective.gen}`,
  at: `na spotkaniu ${adjective.loc}`,
  to: `na spotkanie ${adjective.nom}`,
  subject: 'Spotkanie',
  genitive: 'spotkania',
  plural: false,
});

const NOUN: Readonly<Record<PzkMeetingType, Noun>> = {
  initiating: meetingOf({ gen: 'inicjującego', loc: 'inicjującym', nom: 'inicjujące' }),
  world_cafe: meetingOf({ gen: 'inicjującego', loc: 'inicjującym', nom: 'inicjujące' }),
  formalising: meetingOf({ gen: 'formalizującego', loc: 'formalizującym', nom: 'formalizujące' }),
  working: MEETING,
  workshop: { from: 'z warsztatów kooperacyjnych', at: 'na warsztatach kooperacyjnych', to: 'na warsztaty kooperacyjne', subject: 'Warsztaty', genitive: 'warsztatów', plural: true },
};

/** Whose meeting it is, in the genitive (the task level's name is the team model's, ./teamModel.pl.ts). */
const BODY: Readonly<Record<Exclude<MeetingKind, 'zzk'>, string>> = {
  pzk: 'Partnerskiego Zespołu Kooperacyjnego',
  other: 'zespołu',
};

/** What a meeting is called in its documents; `pzkType` null on a PZK meeting reads as a working one. */
export function meetingWords(meeting: { kind: MeetingKind; pzkType: PzkMeetingType | null }, model?: ModelType | null): MeetingWords {
  const type = pzkTypeFor(meeting.kind, meeting.pzkType);
  const body = meeting.kind === 'zzk' ? taskLevelOf(model).genitive : BODY[meeting.kind];
  return { ...(type ? NOUN[type] : MEETING), body, suffix: type === 'world_cafe' ? ' (World Café)' : '' };
}

/** The agenda a new meeting of each type starts with (the animator edits it as any other). */
export const AGENDA_OF_TYPE: Readonly<Record<PzkMeetingType, readonly string[]>> = {
  initiating: [
    'Otwarcie spotkania i powitanie uczestników',
    'Przedstawienie Modelu Kooperacji i zadań Partnerskiego Zespołu Kooperacyjnego',
    'Prezentacja instytucji partnerskich i ich oferty',
    'Uzgodnienie rejestru wzajemnych korzyści',
    'Ustalenie terminu i formy drugiego spotkania inicjującego (World Café)',
    'Sprawy różne i wolne wnioski',
    'Zamknięcie spotkania',
  ],
  world_cafe: [
    'Otwarcie spotkania',
    'Przyjęcie protokołu z poprzedniego posiedzenia',
    'Praca metodą World Café: aspiracja zespołu',
    'Praca metodą World Café: wartości',
    'Praca metodą World Café: zasady pracy',
    'Praca metodą World Café: standardy komunikacji',
    'Podsumowanie wyników i wskazania do regulaminu zespołu',
    'Sprawy różne i wolne wnioski',
    'Zamknięcie spotkania',
  ],
  formalising: [
    'Otwarcie spotkania',
    'Przyjęcie porządku obrad',
    'Przyjęcie protokołu z poprzedniego posiedzenia',
    'Podpisanie deklaracji przystąpienia do Partnerskiego Zespołu Kooperacyjnego',
    'Przyjęcie regulaminu Partnerskiego Zespołu Kooperacyjnego',
    'Uzgodnienie planu działania i harmonogramu',
    'Sprawy różne i wolne wnioski',
    'Zamknięcie spotkania',
  ],
  working: STANDARD_AGENDA,
  workshop: [
    'Otwarcie warsztatów',
    'Cele i program warsztatów',
    'Zajęcia warsztatowe',
    'Wypracowane wnioski i propozycje zadań',
    'Ocena warsztatów',
    'Zamknięcie warsztatów',
  ],
};

/** The standard agenda of a new meeting of `kind` (and, for the PZK, of its type). */
export const standardAgendaOf = (kind: MeetingKind, pzkType: PzkMeetingType | null | undefined): readonly string[] => {
  const type = pzkTypeFor(kind, pzkType);
  return type ? AGENDA_OF_TYPE[type] : STANDARD_AGENDA;
};

/** The outputs of a World Café, as the protocol and the rules' preamble head them. */
export const WORLD_CAFE_WORD: Readonly<Record<WorldCafeField, string>> & { section: string } = {
  section: 'Wyniki pracy metodą World Café',
  aspiration: 'Aspiracja zespołu',
  teamValues: 'Wartości',
  workingRules: 'Zasady pracy',
  communicationStandards: 'Standardy komunikacji',
};

const LONG_DAY_MONTH = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const day = (iso: string) => Number(iso.slice(8, 10));

/**
 * The days of a meeting in a sentence: "12 marca 2026 r." for one day, "w dniach 12–13 marca 2026 r."
 * for several (the month and the year are written once when they are the same).
 */
export function meetingDays(date: string, endsOn: string | null): string {
  if (!endsOn || endsOn <= date) return longDate(date);
  if (date.slice(0, 7) === endsOn.slice(0, 7)) return `w dniach ${day(date)}–${longDate(endsOn)}`;
  if (date.slice(0, 4) === endsOn.slice(0, 4)) return `w dniach ${LONG_DAY_MONTH.format(new Date(`${date}T00:00:00Z`))} – ${longDate(endsOn)}`;
  return `w dniach ${longDate(date)} – ${longDate(endsOn)}`;
}
