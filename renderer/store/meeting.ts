// The meeting being shown or run: its detail from the core, patched with what each write returns
// (no reload after a key press), reloaded only when another window or the host changed it; and the
// minutes autosave for its agenda items.
import { create } from 'zustand';
import { WORLD_CAFE_FIELDS, type WorldCafeField } from '../../src/domain/enums';
import type { ChangeEvent, MeetingDetail } from '../../src/domain/types';
import { api } from '../api';
import { createAutosave } from './autosave';
import { drafts } from './drafts';
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
  storage: drafts,
});

/** Adds a paragraph at the end of an agenda item's minutes (a basket offer, the task teams' report) and saves it. */
export function appendToMinutes(itemId: string, paragraph: string): Promise<void> {
  const text = minutes.getState().drafts[itemId]?.text ?? '';
  minutes.getState().edit(itemId, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${paragraph}`);
  return minutes.getState().flush(itemId);
}

/** A World Café output's draft key: the meeting and the field ("<id>/aspiration"). */
export const worldCafeKey = (meetingId: string, field: WorldCafeField) => `${meetingId}/${field}`;

/** The outputs of a World Café meeting, saved as they are typed, exactly like the minutes. */
export const worldCafeNotes = createAutosave({
  save: async (key, text) => {
    const [id, field] = key.split('/') as [string, string];
    const known = WORLD_CAFE_FIELDS.find((f) => f === field);
    if (!known) return;
    const meeting = await api.meetings.setWorldCafe({ id, field: known, text });
    const detail = useMeetingStore.getState().detail;
    if (detail?.meeting.id === id) useMeetingStore.setState({ detail: applyPatch(detail, { kind: 'meeting', meeting }) });
  },
  storage: drafts,
});

// A closing window still gets a last try; the local draft is there in any case.
window.addEventListener('beforeunload', () => {
  void minutes.getState().flushAll();
  void worldCafeNotes.getState().flushAll();
});
