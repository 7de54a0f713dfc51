// How a meeting is named on screen: by its number once it has one, by its day while it is only
// planned (DECISIONS 12: numbered when held). One place, so no screen says "nr null".
import type { TFunction } from 'i18next';
import { namedPzkType, type MeetingKind, type ModelType } from '../src/domain/enums';
import type { MeetingSummary } from '../src/domain/types';
import { formatDate } from './format';

export type Named = Pick<MeetingSummary, 'number' | 'date' | 'kind'> & Partial<Pick<MeetingSummary, 'pzkType'>>;

/**
 * "Posiedzenie nr 5/2026" / "Posiedzenie w dniu 12.03.2026"; with `kind`: "Posiedzenie PZK nr 5/2026",
 * or the Model's type when it is not a working meeting: "Spotkanie formalizujące PZK nr 3/2026". Other
 * kinds always say theirs: "Posiedzenie ZZK nr 5/2026".
 */
export function meetingName(t: TFunction, language: string, m: Named, withKind = false, model: ModelType | null = null): string {
  const date = formatDate(m.date, language);
  const named = withKind ? namedPzkType({ kind: m.kind, pzkType: m.pzkType ?? null }) : null;
  if (named) {
    const name = t(`pzkType.${named}`);
    const type = name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    return m.number ? t('meeting.typeTitle', { type, number: m.number }) : t('meeting.typePlannedTitle', { type, date });
  }
  // A task team numbers its meetings on its own: its "nr 5/2026" is always said with its kind.
  if (withKind || m.kind !== 'pzk') return m.number ? t('meeting.kindTitle', { kind: kindWord(t, m.kind, model, 'of'), number: m.number }) : t('meeting.kindPlannedTitle', { kind: kindWord(t, m.kind, model, 'of'), date });
  return m.number ? t('meeting.title', { number: m.number }) : t('meeting.plannedTitle', { date });
}

/**
 * A meeting kind's word: the task level (ZZK) is named by the team's model (issue 17.1: "zespół ds. IPW",
 * "GGK"); `of`: the form after "Posiedzenie" ("Posiedzenie zespołu ds. IPW").
 */
export function kindWord(t: TFunction, kind: MeetingKind, model: ModelType | null | undefined, form: 'label' | 'of' = 'label'): string {
  const context = kind === 'zzk' && model ? model : undefined;
  return form === 'of' ? t(`kindOf.${kind}`, { context }) : t(`kind.${kind}`, { context });
}
