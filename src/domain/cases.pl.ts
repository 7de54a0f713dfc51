// The words of case work (issue 17.2), for the screens and the documents: one list, no copy per screen.
import { CASE_STAGES, GOAL_RESULTS, type CaseCounts, type CaseDifficulty, type CaseStage, type CloseReason, type GoalResult } from './cases';
import { shortDate } from './documents.pl';
import type { TaskLevelWords } from './teamModel.pl';

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

/**
 * The task teams' report for the next PZK meeting (issue 17.3), a paragraph of the PZK's minutes. Counts only:
 * the minutes travel to the regional centre, a case's detail stays in the case.
 */
export function pzkCaseReport(words: TaskLevelWords, from: string | null, to: string, c: CaseCounts): string {
  const period = from ? `od ${shortDate(from)} do ${shortDate(to)}` : `do ${shortDate(to)}`;
  const head = `Informacja o pracy ${words.pluralGenitive} ${period} (liczby spraw, bez ich kodów):`;
  const stages = CASE_STAGES.filter((s) => s !== 'closed' && c.byStage[s] > 0).map((s) => `${CASE_STAGE_WORD[s]} — ${c.byStage[s]}`);
  const results = GOAL_RESULTS.map((r) => `${GOAL_RESULT_WORD[r]}: ${c.results[r]}`).join(', ');
  return [
    head,
    `sprawy w toku: ${c.open}${stages.length ? ` (${stages.join(', ')})` : ''};`,
    `sprawy zamknięte w okresie: ${c.byStage.closed};`,
    `posiedzenia ${words.shortGenitive} w okresie: ${c.meetings};`,
    `cele przejrzane w okresie: ${c.goalsReviewed}${c.goalsReviewed ? ` (${results})` : ''};`,
    `zadania po terminie: ${c.tasksOverdue}.`,
  ].join(' ');
}
