// The meeting's names with the screen's language and the team's model (issue 17.1), for the screens.
import { useTranslation } from 'react-i18next';
import type { MeetingKind } from '../src/domain/enums';
import { kindWord, meetingName, type Named } from './meetingName';
import { useAppStore } from './store/app';

/** meetingName and kindWord with the screen's language and the team's model. */
export function useMeetingWords() {
  const { t, i18n } = useTranslation();
  const model = useAppStore((s) => s.team?.modelType ?? null);
  return {
    nameOf: (m: Named, withKind = false) => meetingName(t, i18n.language, m, withKind, model),
    kindOf: (kind: MeetingKind) => kindWord(t, kind, model),
    model,
  };
}
