// The draft of the team's rules, saved as it is typed, exactly like the minutes: every keystroke in memory
// and in local storage first, then to the core after a pause; a failed save keeps the text and retries.
// A draft key names the version and the part: "<version id>|preamble", "|changeNote", "|<section key>|title".
import { api } from '../api';
import { createAutosave } from './autosave';
import { drafts } from './drafts';

export type RulesPart = { kind: 'preamble' } | { kind: 'changeNote' } | { kind: 'section'; key: string; field: 'title' | 'text' };

export function rulesKey(versionId: string, part: RulesPart): string {
  return part.kind === 'section' ? `${versionId}|${part.key}|${part.field}` : `${versionId}|${part.kind}`;
}

export const rulesText = createAutosave({
  save: async (draftKey, text) => {
    const [id, a, b] = draftKey.split('|') as [string, string, string | undefined];
    if (a === 'preamble') await api.rules.update({ id, preamble: text });
    else if (a === 'changeNote') await api.rules.update({ id, changeNote: text });
    else if (b === 'title' || b === 'text') await api.rules.setSection({ id, key: a, [b]: text });
  },
  storage: drafts,
});

window.addEventListener('beforeunload', () => void rulesText.getState().flushAll());
