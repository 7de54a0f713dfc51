import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, draftKey } from './autosave';

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('minutes autosave', () => {
  it('debounces typing into one save and clears the stored draft once saved', async () => {
    const storage = fakeStorage();
    const save = vi.fn(async () => undefined);
    const store = createAutosave({ save, storage, delayMs: 500 });
    store.getState().load('a', '');
    for (const text of ['Z', 'Ze', 'Zes', 'Zespół']) store.getState().edit('a', text);
    expect(storage.data.get(draftKey('a'))).toBe('Zespół');
    expect(store.getState().drafts.a!.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('a', 'Zespół');
    expect(store.getState().drafts.a).toMatchObject({ status: 'saved', saved: 'Zespół' });
    expect(storage.data.has(draftKey('a'))).toBe(false);
  });

  it('keeps the text when saving fails, and saves it when the core recovers', async () => {
    const storage = fakeStorage();
    let down = true;
    const save = vi.fn(async () => {
      if (down) throw new Error('offline');
    });
    const store = createAutosave({ save, storage, delayMs: 100 });
    store.getState().load('a', 'stare');
    store.getState().edit('a', 'nowe zdanie');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().drafts.a).toMatchObject({ status: 'error', text: 'nowe zdanie', saved: 'stare', error: new Error('offline') });
    store.getState().edit('a', 'nowe zdanie, dalej');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().drafts.a!.failures).toBe(2);
    down = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.getState().drafts.a).toMatchObject({ status: 'saved', saved: 'nowe zdanie, dalej', error: undefined });
    expect(save).toHaveBeenLastCalledWith('a', 'nowe zdanie, dalej');
    expect(storage.data.size).toBe(0);
  });

  it('restores a stored draft after a reload and saves it', async () => {
    const storage = fakeStorage();
    storage.setItem(draftKey('a'), 'wpisane tuż przed awarią');
    const save = vi.fn(async () => undefined);
    const store = createAutosave({ save, storage });
    store.getState().load('a', 'zapisane wcześniej');
    expect(store.getState().drafts.a!.text).toBe('wpisane tuż przed awarią');
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledWith('a', 'wpisane tuż przed awarią');
  });

  it('flushes on demand (switching items) and saves what was typed during a save', async () => {
    const storage = fakeStorage();
    let release: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((r) => (release = r)));
    const store = createAutosave({ save, storage, delayMs: 1000 });
    store.getState().load('a', '');
    store.getState().edit('a', 'pierwsze');
    const flushing = store.getState().flush('a');
    expect(save).toHaveBeenCalledWith('a', 'pierwsze');
    store.getState().edit('a', 'pierwsze i drugie');
    release();
    await flushing;
    expect(store.getState().drafts.a!.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('a', 'pierwsze i drugie');
    expect(store.getState().drafts.a!.status).toBe('saved');
  });

  it('does not let a reload of the item overwrite unsaved typing', () => {
    const store = createAutosave({ save: async () => undefined, storage: fakeStorage() });
    store.getState().load('a', 'z serwera');
    store.getState().edit('a', 'moje');
    store.getState().load('a', 'z serwera');
    expect(store.getState().drafts.a!.text).toBe('moje');
  });
});
