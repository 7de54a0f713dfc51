// The declarations' document vocabulary (issue 16.2): the fixed words of the printed "Deklaracja
// przystąpienia do PZK" and "Oświadczenie o zachowaniu poufności", and the default wording of the
// parts each team may change (the settings keep the team's own; docs/deklaracje.md says why these).
import type { DeclarationStanding } from './declarations';
import type { DeclarationKind, ModelType } from './enums';
import { taskLevelOf } from './teamModel.pl';

/** What a team may reword; one commitment per line. */
export interface DeclarationTexts {
  accessionIntro: string;
  accessionCommitments: string;
  confidentiality: string;
}

/** The app's wording of a declaration; the task level is named as the team's model names it (issue 17.1). */
export const defaultDeclarationTexts = (model?: ModelType | null): DeclarationTexts => {
  const task = taskLevelOf(model);
  return {
    // vocabulary-check: off (the signatory speaks in the first person, as a declaration does)
    accessionIntro:
      'Deklaruję przystąpienie reprezentowanej przeze mnie instytucji do Partnerskiego Zespołu Kooperacyjnego i współpracę z partnerami Zespołu na zasadach określonych w jego regulaminie, w szczególności:',
    // vocabulary-check: on
    accessionCommitments: [
      'udział przedstawiciela instytucji w posiedzeniach Zespołu,',
      'przekazywanie informacji o usługach instytucji do Lokalnego Koszyka Usług i ich aktualizowanie,',
      `udział w ${task.several.locative} w sprawach osób i rodzin, w zakresie zadań instytucji,`,
      'realizację zadań przyjętych w planie działania Zespołu,',
      'przestrzeganie zasad ochrony danych osobowych i poufności informacji uzyskanych w pracach Zespołu.',
    ].join('\n'),
    // vocabulary-check: off (the signatory's own statement)
    confidentiality:
      `Oświadczam, że zachowam w tajemnicy informacje, w tym dane osobowe, uzyskane w związku z udziałem w pracach Partnerskiego Zespołu Kooperacyjnego i ${task.several.genitive}, i nie wykorzystam ich w innym celu niż praca Zespołu. Przyjmuję do wiadomości, że obowiązek ten trwa także po zakończeniu mojego udziału w pracach Zespołu.`,
    // vocabulary-check: on
  };
};

export const DECLARATION_TEXT_LIMIT = 5000;

/** A line to write on by hand. */
const BLANK = '………………………………………………';

export const DECLARATION = {
  blank: BLANK,
  placeAndDate: (gmina: string) => `${gmina}, dnia ${'……………………'}`,
  accessionTitle: 'DEKLARACJA PRZYSTĄPIENIA',
  /** "do Partnerskiego Zespołu Kooperacyjnego w Zgierzu" */
  accessionOf: (where: string) => `do Partnerskiego Zespołu Kooperacyjnego ${where}`,
  institution: 'Nazwa instytucji:',
  address: 'Adres siedziby:',
  representedBy: 'Reprezentowana przez (imię i nazwisko, stanowisko):',
  representatives: 'Do reprezentowania instytucji w pracach Zespołu wyznaczam:',
  delegate: 'przedstawiciel (delegat):',
  deputy: 'zastępca przedstawiciela:',
  contact: (email: string | null, phone: string | null) => [email ? `e-mail: ${email}` : null, phone ? `tel. ${phone}` : null].filter(Boolean).join(', '),
  headSignature: 'pieczęć i podpis kierownika instytucji',
  confidentialityTitle: 'OŚWIADCZENIE O ZACHOWANIU POUFNOŚCI',
  confidentialityOf: (where: string) => `członka Partnerskiego Zespołu Kooperacyjnego ${where}`,
  signer: 'Ja, niżej podpisana / podpisany:',
  fullName: 'Imię i nazwisko:',
  memberInstitution: 'Instytucja:',
  position: 'Stanowisko:',
  memberSignature: 'czytelny podpis',
  /** Metadata and file names. */
  fileTitle: { accession: 'Deklaracja przystąpienia do PZK', confidentiality: 'Oświadczenie o zachowaniu poufności' } satisfies Record<DeclarationKind, string>,
  fileStem: { accession: 'deklaracja-przystapienia', confidentiality: 'oswiadczenie-o-poufnosci' } satisfies Record<DeclarationKind, string>,
} as const;

/** How a standing is named in a record that leaves the app (the data-access export, the hub's CSV). */
export const STANDING_WORD: Record<DeclarationStanding, string> = {
  missing: 'brak deklaracji',
  unsigned: 'przygotowana, niepodpisana',
  signed: 'podpisana',
  withdrawn: 'wycofana',
  left: 'instytucja wystąpiła z zespołu',
};
