// The Ramowy Regulamin PZK the app ships (issue 16.3): the sections every team starts from and adapts, and
// the words of the printed rules. The Model's own framework is not public; these sections follow what the
// Model prescribes (docs/model-kooperacji.md says why each is there). Documents are always Polish.
import type { ModelType } from './enums';
import type { RulesSection } from './teamRules';
import { capitalised, taskLevelOf } from './teamModel.pl';

type FrameworkSection = Omit<RulesSection, 'key'>;

export const RULES = {
  title: (where: string) => `Regulamin Partnerskiego Zespołu Kooperacyjnego ${where}`,
  heading: 'REGULAMIN',
  of: (where: string) => `Partnerskiego Zespołu Kooperacyjnego ${where}`,
  version: (n: number) => `wersja ${n}`,
  draftVersion: (n: number) => `wersja ${n} (projekt)`,
  preamble: 'Preambuła',
  section: (n: number, title: string) => `§ ${n}. ${title}`,
  /** `ref`: "nr 3/2026" (a meetingRef). */
  adopted: (ref: string, date: string) => `Regulamin przyjęto na posiedzeniu ${ref} w dniu ${date}.`,
  draft: 'PROJEKT',
  changes: 'Zmiany w stosunku do poprzedniej wersji:',
  /** The decision the adopting meeting records. */
  decision: (title: string, version: number, changeNote: string | null) =>
    version === 1 ? `Przyjęto ${title}.` : `Przyjęto ${title} w wersji ${version}. Zmiany: ${changeNote?.trim() ?? ''}`.trim(),
  fileStem: 'regulamin-pzk',
  /** How the World Café outputs open the preamble, in their order. */
  preambleParts: {
    aspiration: 'Aspiracja zespołu',
    teamValues: 'Wartości',
    workingRules: 'Zasady pracy',
    communicationStandards: 'Standardy komunikacji',
  },
} as const;

/** The framework: the sections, in order, with the wording a team starts from; the task level named as the team's model names it (17.1). */
export function rulesFramework(model?: ModelType | null): readonly FrameworkSection[] {
  const task = taskLevelOf(model);
  return [
    {
      title: 'Cel Zespołu',
      text: [
        '1. Partnerski Zespół Kooperacyjny, zwany dalej „Zespołem”, jest formą stałej współpracy instytucji i organizacji działających na rzecz mieszkańców gminy.',
        '2. Celem Zespołu jest wspólne rozpoznawanie potrzeb mieszkańców i rozwiązywanie problemów, których nie rozwiąże jedna instytucja, przez koordynację działań, wymianę informacji i wspólne planowanie usług.',
        '3. Zespół działa na podstawie deklaracji przystąpienia podpisanych przez kierowników instytucji partnerskich oraz niniejszego regulaminu.',
      ].join('\n'),
    },
    {
      title: 'Przystąpienie do Zespołu i wystąpienie z niego',
      text: [
        '1. Instytucja lub organizacja przystępuje do Zespołu przez podpisanie przez jej kierownika deklaracji przystąpienia; w deklaracji wskazuje swojego przedstawiciela i jego zastępcę.',
        '2. Instytucja może wystąpić z Zespołu, informując o tym pisemnie lidera Zespołu; wystąpienie następuje z dniem wskazanym w piśmie.',
        '3. Nowi partnerzy mogą przystąpić do Zespołu w każdym czasie, za zgodą Zespołu wyrażoną na posiedzeniu.',
      ].join('\n'),
    },
    {
      title: 'Role w Zespole',
      text: [
        '1. Liderem Zespołu jest ośrodek pomocy społecznej, który zapewnia obsługę organizacyjną Zespołu i miejsce jego posiedzeń.',
        '2. Partnerem strategicznym Zespołu jest powiatowe centrum pomocy rodzinie.',
        '3. Animator Zespołu przygotowuje i prowadzi posiedzenia, dba o przepływ informacji między partnerami i prowadzi dokumentację Zespołu.',
        '4. Pracownik do spraw sieci zbiera i przedstawia na posiedzeniach informacje o działaniach partnerów.',
        '5. Członkami Zespołu są przedstawiciele instytucji partnerskich wskazani w deklaracjach przystąpienia oraz ich zastępcy.',
      ].join('\n'),
    },
    {
      title: 'Posiedzenia Zespołu',
      text: [
        '1. Posiedzenia Zespołu odbywają się co najmniej raz w miesiącu, zwykle dwa razy w miesiącu, według harmonogramu przyjętego przez Zespół.',
        '2. Posiedzenie zwołuje animator, przesyłając członkom Zespołu zaproszenie z proponowanym porządkiem obrad co najmniej 7 dni przed posiedzeniem.',
        '3. W posiedzeniach uczestniczą członkowie Zespołu; animator może zaprosić inne osoby, których udział jest potrzebny do omówienia sprawy.',
        '4. Z każdego posiedzenia sporządza się protokół, który Zespół przyjmuje na następnym posiedzeniu.',
      ].join('\n'),
    },
    {
      title: 'Podejmowanie ustaleń',
      text: [
        '1. Zespół podejmuje ustalenia w drodze porozumienia obecnych członków.',
        '2. Jeśli porozumienia nie można osiągnąć, ustalenie podejmuje się zwykłą większością głosów obecnych członków; każda instytucja partnerska ma jeden głos.',
        '3. Ustalenia wskazują osobę odpowiedzialną i termin realizacji.',
      ].join('\n'),
    },
    {
      title: `${capitalised(task.several.nominative)} i poufność`,
      text: [
        `1. Do pracy ze wsparciem konkretnej osoby lub rodziny Zespół powołuje ${task.one.accusative}, w skład ${task.one.feminine ? 'której' : 'którego'} wchodzą przedstawiciele instytucji właściwych w sprawie.`,
        `2. Sprawy osób i rodzin omawia się pod kodem sprawy; dane pozwalające rozpoznać osobę przekazuje się wyłącznie członkom ${task.one.genitive} i tylko w zakresie niezbędnym.`,
        '3. Członkowie Zespołu podpisują oświadczenie o zachowaniu poufności informacji uzyskanych w związku z pracami Zespołu.',
      ].join('\n'),
    },
    {
      title: 'Ochrona danych osobowych',
      text: [
        '1. Każda instytucja partnerska jest odrębnym administratorem danych osobowych, które przetwarza w ramach swoich zadań.',
        '2. W dokumentach Zespołu, w tym w protokołach, nie zamieszcza się danych osobowych osób i rodzin objętych wsparciem, w szczególności numerów PESEL i adresów.',
        '3. Dane członków Zespołu przetwarza się w zakresie niezbędnym do organizacji jego pracy.',
      ].join('\n'),
    },
    {
      title: 'Dokumentacja Zespołu',
      text: [
        '1. Dokumentację Zespołu prowadzi animator; obejmuje ona deklaracje przystąpienia, regulamin, protokoły posiedzeń z listami obecności, plan działania, rejestr wzajemnych korzyści i Lokalny Koszyk Usług.',
        '2. Dokumentacja jest przechowywana w siedzibie lidera Zespołu.',
      ].join('\n'),
    },
    {
      title: 'Zmiana regulaminu',
      text: [
        '1. Zmiana regulaminu wymaga ustalenia Zespołu podjętego na posiedzeniu.',
        '2. Projekt zmiany animator przesyła członkom Zespołu wraz z zaproszeniem na posiedzenie.',
        '3. Regulamin w nowym brzmieniu obowiązuje od dnia jego przyjęcia.',
      ].join('\n'),
    },
  ];
}
