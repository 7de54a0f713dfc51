// Issue 17.1: the screens name the task level as the team's model does, with the documents' words.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { TASK_LEVEL } from '../src/domain/teamModel.pl';
import pl from './i18n/pl';
import { kindWord, meetingName } from './meetingName';

const i18n = createInstance();
await i18n.init({ resources: { pl: { translation: pl } }, lng: 'pl', interpolation: { escapeValue: false } });
const t = i18n.t;

describe('the task level on screen', () => {
  it('is ZZK for an urban team, the team for the IPW for a rural one, the GGK for an urban-rural one', () => {
    expect(kindWord(t, 'zzk', 'miejska')).toBe('ZZK');
    expect(kindWord(t, 'zzk', 'wiejska')).toBe(TASK_LEVEL.wiejska.short);
    expect(kindWord(t, 'zzk', 'miejsko-wiejska')).toBe('GGK');
    expect(kindWord(t, 'pzk', 'wiejska')).toBe('PZK');
    const meeting = { kind: 'zzk' as const, number: '1/2026', date: '2026-11-10', pzkType: null };
    expect(meetingName(t, 'pl', meeting, true, 'wiejska')).toBe('Posiedzenie zespołu ds. IPW nr 1/2026');
    expect(meetingName(t, 'pl', meeting, true, null)).toBe('Posiedzenie ZZK nr 1/2026');
    // Without asking for the kind, a task team's meeting still says it: its numbers repeat the PZK's.
    expect(meetingName(t, 'pl', meeting, false, null)).toBe('Posiedzenie ZZK nr 1/2026');
    expect(meetingName(t, 'pl', { ...meeting, kind: 'pzk' }, false, null)).toBe('Posiedzenie nr 1/2026');
  });
});
