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
}

export const TASK_LEVEL: Readonly<Record<ModelType, TaskLevelWords>> = {
  miejska: {
    short: 'ZZK',
    shortGenitive: 'ZZK',
    genitive: 'Zadaniowego Zespołu Kooperacyjnego',
    pluralGenitive: 'zadaniowych zespołów kooperacyjnych (ZZK)',
    plan: 'plan współpracy',
  },
  wiejska: {
    short: 'zespół ds. IPW',
    shortGenitive: 'zespołu ds. IPW',
    genitive: 'Zespołu do spraw Indywidualnego Programu Współpracy',
    pluralGenitive: 'zespołów do spraw indywidualnych programów współpracy (IPW)',
    plan: 'Indywidualny Program Współpracy (IPW)',
  },
  'miejsko-wiejska': {
    short: 'GGK',
    shortGenitive: 'GGK',
    genitive: 'Gminnej Grupy Kooperacyjnej',
    pluralGenitive: 'gminnych grup kooperacyjnych (GGK)',
    plan: 'plan współpracy',
  },
};

/** The words of a team's model; a team of before the model was asked reads as an urban one. */
export const taskLevelOf = (model: ModelType | null | undefined): TaskLevelWords => TASK_LEVEL[model ?? 'miejska'];
