// The app's state: the team, the roster and the load status. Components read it; actions call the
// core and put back what it returns, so the screen always shows what was saved.
import { create } from 'zustand';
import type { MethodInput } from '../src/api/contract';
import type { Institution, Member, Team } from '../src/domain/types';
import { api } from './api';

type Phase = 'loading' | 'setup' | 'ready' | 'failed';

interface AppState {
  phase: Phase;
  loadError: unknown;
  team: Team | null;
  institutions: Institution[];
  members: Member[];
  load(): Promise<void>;
  setUpTeam(input: MethodInput<'team.setUp'>): Promise<void>;
  addMember(
    input: MethodInput<'members.create'>,
    newInstitution?: MethodInput<'institutions.create'>,
  ): Promise<Member>;
}

export const useAppStore = create<AppState>((set, get) => ({
  phase: 'loading',
  loadError: null,
  team: null,
  institutions: [],
  members: [],

  async load() {
    try {
      const team = await api.team.get();
      if (!team) return set({ phase: 'setup', team: null });
      const [institutions, members] = await Promise.all([api.institutions.list(), api.members.list()]);
      set({ phase: 'ready', team, institutions, members, loadError: null });
    } catch (error) {
      set({ phase: 'failed', loadError: error });
    }
  },

  async setUpTeam(input) {
    const team = await api.team.setUp(input);
    set({ team, phase: 'ready' });
  },

  async addMember(input, newInstitution) {
    let institutionId = input.institutionId ?? null;
    if (newInstitution) {
      const created = await api.institutions.create(newInstitution);
      institutionId = created.id;
      set({ institutions: [...get().institutions, created] });
    }
    const member = await api.members.create({ ...input, institutionId });
    set({ members: await api.members.list() });
    return member;
  },
}));
