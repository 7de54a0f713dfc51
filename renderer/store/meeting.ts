// The meeting being shown or run: its detail from the core, refreshed after each change, and the
// minutes autosave for its agenda items.
import { create } from 'zustand';
import type { MeetingDetail } from '../../src/domain/types';
import { api } from '../api';
import { createAutosave } from './autosave';

export const minutes = createAutosave({
  save: async (itemId, text) => {
    await api.agenda.update({ id: itemId, minutes: text });
  },
  storage: window.localStorage,
});

// A closing window still gets a last try; the local draft is there in any case.
window.addEventListener('beforeunload', () => void minutes.getState().flushAll());

interface MeetingState {
  detail: MeetingDetail | null;
  loadError: unknown;
  open(id: string): Promise<void>;
  refresh(): Promise<void>;
  /** Runs a change through the core, then reloads the meeting. Errors are rethrown to the caller. */
  change<T>(action: () => Promise<T>): Promise<T>;
}

export const useMeetingStore = create<MeetingState>((set, get) => ({
  detail: null,
  loadError: null,

  async open(id) {
    if (get().detail?.meeting.id !== id) set({ detail: null, loadError: null });
    try {
      const detail = await api.meetings.get({ id });
      for (const item of detail.agenda) minutes.getState().load(item.id, item.minutes);
      set({ detail, loadError: null });
    } catch (error) {
      set({ loadError: error });
    }
  },

  async refresh() {
    const id = get().detail?.meeting.id;
    if (id) await get().open(id);
  },

  async change(action) {
    const result = await action();
    await get().refresh();
    return result;
  },
}));
