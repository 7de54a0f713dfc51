// The names the team's model (issue 17.1) gives the level below the PZK — the team that works with one person
// or family — and its plan. The Model's pilots named them differently: the urban gminas' task teams (ZZK), the
// rural gminas' team for a family's Indywidualny Program Współpracy (IPW), the urban-rural gminas' Gminne Grupy
// Kooperacyjne (GGK). One vocabulary for the documents; the screens take the same words from the catalogue.
import type { ModelType } from './enums';

export interface TaskLevelWords {
  /** As a label: "ZZK", "zespół ds. IPW", "GGK". */
  short: string;
  /** After "Posiedzenie": "ZZK", "zespołu ds. IPW", "GGK". */
  shortGenitive: string;
  /** Whose meeting, in a document's title: "z posiedzenia Zadaniowego Zespołu Kooperacyjnego w …". */
  genitive: string;
  /** Counted in a report: "posiedzeń zadaniowych zespołów kooperacyjnych (ZZK)". */
  pluralGenitive: string;
  /** The plan of the work with one person or family. */
  plan: string;
  /** In running text (the rules, the declarations), lower case, by case: one, and several. */
  one: { nominative: string; accusative: string; genitive: string; feminine: boolean };
  several: { nominative: string; genitive: string; locative: string };
}

export const TASK_LEVEL: Readonly<Record<ModelType, TaskLevelWords>> = {
  miejska: {
    short: 'ZZK',
    shortGenitive: 'ZZK',
    genitive: 'Zadaniowego Zespołu Kooperacyjnego',
    pluralGenitive: 'zadaniowych zespołów kooperacyjnych (ZZK)',
    plan: 'plan współpracy',
    one: { nominative: 'zadaniowy zespół kooperacyjny', accusative: 'zadaniowy zespół kooperacyjny', genitive: 'zadaniowego zespołu kooperacyjnego', feminine: false },
    several: { nominative: 'zadaniowe zespoły kooperacyjne', genitive: 'zadaniowych zespołów kooperacyjnych', locative: 'zadaniowych zespołach kooperacyjnych' },
  },
  wiejska: {
    short: 'zespół ds. IPW',
    shortGenitive: 'zespołu ds. IPW',
    genitive: 'Zespołu do spraw Indywidualnego Programu Współpracy',
    pluralGenitive: 'zespołów do spraw indywidualnych programów współpracy (IPW)',
    plan: 'Indywidualny Program Współpracy (IPW)',
    one: { nominative: 'zespół do spraw indywidualnego programu współpracy', accusative: 'zespół do spraw indywidualnego programu współpracy', genitive: 'zespołu do spraw indywidualnego programu współpracy', feminine: false },
    several: { nominative: 'zespoły do spraw indywidualnych programów współpracy', genitive: 'zespołów do spraw indywidualnych programów współpracy', locative: 'zespołach do spraw indywidualnych programów współpracy' },
  },
  'miejsko-wiejska': {
    short: 'GGK',
    shortGenitive: 'GGK',
    genitive: 'Gminnej Grupy Kooperacyjnej',
    pluralGenitive: 'gminnych grup kooperacyjnych (GGK)',
    plan: 'plan współpracy',
    one: { nominative: 'gminna grupa kooperacyjna', accusative: 'gminną grupę kooperacyjną', genitive: 'gminnej grupy kooperacyjnej', feminine: true },
    several: { nominative: 'gminne grupy kooperacyjne', genitive: 'gminnych grup kooperacyjnych', locative: 'gminnych grupach kooperacyjnych' },
  },
};

/** The words of a team's model; a team of before the model was asked reads as an urban one. */
export const taskLevelOf = (model: ModelType | null | undefined): TaskLevelWords => TASK_LEVEL[model ?? 'miejska'];

/** "Zadaniowe zespoły kooperacyjne" at the start of a title or a sentence. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
