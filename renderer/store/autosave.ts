// Autosave of the minutes: nothing typed is ever lost.
// - Every keystroke lands at once in memory and in local storage (survives a reload or a crash of
//   the renderer), and a save to the core is scheduled after a short pause (debounce).
// - Switching items flushes the pending save of the item left; each item has its own draft.
// - A failed save keeps the text, shows the error and retries with a growing delay.
// - On load, a stored draft that differs from the saved text wins and is saved.
import { createStore } from 'zustand/vanilla';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface Draft {
  text: string;
  /** What the core has. */
  saved: string;
  status: SaveStatus;
  failures: number;
  /** Why the last save failed (shown: "read-only" is not "try again"); cleared by a save. */
  error?: unknown;
}

export interface AutosaveDeps {
  save(itemId: string, text: string): Promise<void>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  delayMs?: number;
  maxRetryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface AutosaveState {
  drafts: Record<string, Draft>;
  /** Starts tracking an item with the text the core returned; a stored draft takes precedence. */
  load(itemId: string, serverText: string): void;
  edit(itemId: string, text: string): void;
  flush(itemId: string): Promise<void>;
  flushAll(): Promise<void>;
}

export const draftKey = (itemId: string) => `pzk.minutes.${itemId}`;

export function createAutosave(deps: AutosaveDeps) {
  const delay = deps.delayMs ?? 700;
  const maxRetry = deps.maxRetryMs ?? 30_000;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const timers = new Map<string, unknown>();
  const inFlight = new Map<string, Promise<void>>();

  const store = createStore<AutosaveState>((set, get) => {
    const patch = (itemId: string, change: Partial<Draft>) =>
      set((s) => ({ drafts: { ...s.drafts, [itemId]: { ...s.drafts[itemId]!, ...change } } }));

    const schedule = (itemId: string, ms: number) => {
      const old = timers.get(itemId);
      if (old !== undefined) clearTimer(old);
      timers.set(itemId, setTimer(() => void runSave(itemId), ms));
    };

    async function runSave(itemId: string): Promise<void> {
      timers.delete(itemId);
      const running = inFlight.get(itemId);
      if (running) {
        await running;
        return runSave(itemId);
      }
      const draft = get().drafts[itemId];
      if (!draft || draft.text === draft.saved) return;
      const text = draft.text;
      patch(itemId, { status: 'saving' });
      const attempt = deps
        .save(itemId, text)
        .then(() => {
          const now = get().drafts[itemId]!;
          const done = now.text === text;
          patch(itemId, { saved: text, status: done ? 'saved' : 'pending', failures: 0, error: undefined });
          if (done) deps.storage.removeItem(draftKey(itemId));
          else schedule(itemId, delay);
        })
        .catch((error: unknown) => {
          const failures = (get().drafts[itemId]?.failures ?? 0) + 1;
          patch(itemId, { status: 'error', failures, error });
          schedule(itemId, Math.min(maxRetry, 1000 * 2 ** (failures - 1)));
        })
        .finally(() => inFlight.delete(itemId));
      inFlight.set(itemId, attempt);
      return attempt;
    }

    return {
      drafts: {},
      load(itemId, serverText) {
        const current = get().drafts[itemId];
        if (current && current.text !== current.saved) return; // unsaved typing in memory wins
        const stored = deps.storage.getItem(draftKey(itemId));
        if (stored !== null && stored !== serverText) {
          set((s) => ({ drafts: { ...s.drafts, [itemId]: { text: stored, saved: serverText, status: 'pending', failures: 0 } } }));
          schedule(itemId, 0);
        } else {
          if (stored !== null) deps.storage.removeItem(draftKey(itemId));
          set((s) => ({ drafts: { ...s.drafts, [itemId]: { text: serverText, saved: serverText, status: 'saved', failures: 0 } } }));
        }
      },
      edit(itemId, text) {
        deps.storage.setItem(draftKey(itemId), text);
        const current = get().drafts[itemId] ?? { text, saved: '', status: 'saved', failures: 0 };
        set((s) => ({ drafts: { ...s.drafts, [itemId]: { ...current, text, status: current.status === 'error' ? 'error' : 'pending' } } }));
        if (current.status !== 'error') schedule(itemId, delay);
      },
      flush(itemId) {
        const timer = timers.get(itemId);
        if (timer !== undefined) clearTimer(timer);
        return runSave(itemId);
      },
      async flushAll() {
        await Promise.all(Object.keys(get().drafts).map((id) => get().flush(id)));
      },
    };
  });
  return store;
}
