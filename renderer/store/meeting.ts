// The meeting being shown or run: its detail from the core, patched with what each write returns
// (no reload after a key press), reloaded only when another window or the host changed it; and the
// minutes autosave for its agenda items.
import { create } from 'zustand';
import type { ChangeEvent, MeetingDetail } from '../../src/domain/types';
import { api } from '../api';
import { createAutosave } from './autosave';
import { applyPatch, type Patch } from './patch';

interface MeetingState {
  detail: MeetingDetail | null;
  loadError: unknown;
  open(id: string): Promise<void>;
  refresh(): Promise<void>;
  /** Runs a write through the core and applies what it returned. Errors are rethrown to the caller. */
  write<T>(call: () => Promise<T>, patch: (value: T) => Patch): Promise<T>;
  /** A change event: reload when someone else changed this meeting. */
  changed(event: ChangeEvent, ownOrigin: string): void;
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

  async write(call, patch) {
    const value = await call();
    const detail = get().detail;
    if (detail) {
      const next = applyPatch(detail, patch(value));
      for (const item of next.agenda) if (!detail.agenda.some((i) => i.id === item.id)) minutes.getState().load(item.id, item.minutes);
      set({ detail: next });
    }
    return value;
  },

  changed(event, ownOrigin) {
    const id = get().detail?.meeting.id;
    if (!id) return;
    if (event.reset || (event.origin !== ownOrigin && event.changes.some((c) => c.meetingId === id))) void get().refresh();
  },
}));

export const minutes = createAutosave({
  save: async (itemId, text) => {
    const item = await api.agenda.update({ id: itemId, minutes: text });
    const detail = useMeetingStore.getState().detail;
    if (detail) useMeetingStore.setState({ detail: applyPatch(detail, { kind: 'agenda', items: [item] }) });
  },
  storage: window.localStorage,
});

// A closing window still gets a last try; the local draft is there in any case.
window.addEventListener('beforeunload', () => void minutes.getState().flushAll());
