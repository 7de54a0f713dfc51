// App-wide state: the team, the roster and the settings. Actions call the core and keep what it
// returns, so the screens show what was saved.
import { create } from 'zustand';
import type { MethodInput } from '../../src/api/contract';
import type { AppStatus, Institution, Member, Settings, Team } from '../../src/domain/types';
import { api } from '../api';
import { switchLanguage } from '../i18n';
import { takeEarly } from './early';

type Phase = 'loading' | 'setup' | 'ready' | 'hub' | 'failed';

interface AppState {
  phase: Phase;
  loadError: unknown;
  status: AppStatus | null;
  team: Team | null;
  institutions: Institution[];
  members: Member[];
  settings: Settings;
  hubName: string | null;
  load(): Promise<void>;
  refreshRoster(): Promise<void>;
  setUpTeam(input: MethodInput<'team.setUp'>): Promise<void>;
  updateTeam(input: MethodInput<'team.update'>): Promise<void>;
  setLanguage(language: Settings['language']): Promise<void>;
}

export function applyLanguage(language: Settings['language']) {
  void switchLanguage(language);
}

export const useAppStore = create<AppState>((set) => ({
  phase: 'loading',
  loadError: null,
  status: null,
  team: null,
  institutions: [],
  members: [],
  settings: { language: 'pl' },
  hubName: null,

  async load() {
    try {
      // One round, started by main.tsx before this script ran (store/firstRound.ts); asked again
      // when it failed or when the app loads again ("Wczytaj ponownie").
      const [status, settings, team, institutions, members] = await Promise.all([
        takeEarly('app.status', () => api.app.status()),
        takeEarly('settings.get', () => api.settings.get()),
        takeEarly('team.get', () => api.team.get()),
        takeEarly('institutions.list', () => api.institutions.list()),
        takeEarly('members.list', () => api.members.list()),
      ]);
      applyLanguage(settings.language);
      set({ status, settings });
      if (status.mode === 'hub') return set({ phase: 'hub', hubName: (await api.hub.status()).name });
      if (!team) return set({ phase: 'setup', team: null });
      set({ team, institutions, members, phase: 'ready', loadError: null });
    } catch (error) {
      set({ phase: 'failed', loadError: error });
    }
  },

  async refreshRoster() {
    const [team, institutions, members] = await Promise.all([api.team.get(), api.institutions.list(), api.members.list()]);
    set({ institutions, members, ...(team && { team }) });
  },

  async setUpTeam(input) {
    const team = await api.team.setUp(input);
    set({ team, phase: 'ready' });
  },

  async updateTeam(input) {
    set({ team: await api.team.update(input) });
  },

  async setLanguage(language) {
    const settings = await api.settings.update({ language });
    applyLanguage(settings.language);
    set({ settings });
  },
}));

export const memberName = (members: Member[], id: string | null) => members.find((m) => m.id === id)?.fullName ?? '—';
