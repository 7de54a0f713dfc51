// The words of case work (issue 17.2), for the screens and the documents: one list, no copy per screen.
import type { CaseDifficulty, CaseStage, CloseReason, GoalResult } from './cases';

/** Art. 7 of the act on social assistance, as the act words its grounds (short where the act runs long). */
export const DIFFICULTY_WORD: Record<CaseDifficulty, string> = {
  poverty: 'ubóstwo',
  orphanhood: 'sieroctwo',
  homelessness: 'bezdomność',
  unemployment: 'bezrobocie',
  disability: 'niepełnosprawność',
  illness: 'długotrwała lub ciężka choroba',
  domestic_violence: 'przemoc domowa',
  trafficking: 'potrzeba ochrony ofiar handlu ludźmi',
  maternity: 'potrzeba ochrony macierzyństwa lub wielodzietności',
  parenting_household: 'bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego',
  leaving_care: 'brak umiejętności w przystosowaniu do życia młodzieży opuszczającej całodobowe placówki opiekuńczo-wychowawcze',
  foreigners_integration: 'trudności w integracji cudzoziemców',
  after_prison: 'trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego',
  addiction: 'alkoholizm lub narkomania',
  crisis: 'zdarzenie losowe i sytuacja kryzysowa',
  disaster: 'klęska żywiołowa lub ekologiczna',
  other: 'inne',
};

export const CLOSE_REASON_WORD: Record<CloseReason, string> = {
  completed: 'IPW zrealizowany',
  partly_completed: 'IPW zrealizowany częściowo',
  resigned: 'rezygnacja',
  consent_withdrawn: 'wycofanie zgody',
  moved_away: 'wyprowadzka',
  other_procedure: 'przekazanie do innej procedury (np. Niebieska Karta)',
  other: 'inne',
};

export const GOAL_RESULT_WORD: Record<GoalResult, string> = {
  achieved: 'osiągnięty',
  partial: 'osiągnięty częściowo',
  not_achieved: 'nieosiągnięty',
};

export const CASE_STAGE_WORD: Record<CaseStage, string> = {
  referred: 'zgłoszona',
  diagnosed: 'po diagnozie',
  consent: 'zgoda wyrażona',
  team: 'zespół powołany',
  plan: 'plan w realizacji',
  review: 'po przeglądzie planu',
  closed: 'zamknięta',
};
