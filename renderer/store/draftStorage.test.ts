import { describe, expect, it } from 'vitest';
import { draftKey } from './autosave';
import { createDraftStorage, type Backing } from './draftStorage';

function fakeLocalStorage(): Backing & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const keyA = () => new Uint8Array(32).fill(7);
const keyB = () => new Uint8Array(32).fill(9);
const TEXT = 'Pani Kowalska zgłosiła przemoc w rodzinie';

describe('drafts in local storage', () => {
  it('are kept encrypted, and a new window with the same key reads them back', async () => {
    const backing = fakeLocalStorage();
    const first = createDraftStorage({ backing });
    await first.open(keyA());
    first.setItem(draftKey('item-1'), TEXT);
    expect(first.getItem(draftKey('item-1'))).toBe(TEXT); // at once, for the autosave
    await first.settled();
    const stored = backing.data.get(draftKey('item-1'))!;
    expect(stored).toMatch(/^pzk-enc1:/);
    expect(stored).not.toContain('Kowalska');
    expect(atob(stored.slice('pzk-enc1:'.length))).not.toContain('Kowalska');

    const again = createDraftStorage({ backing });
    expect(await again.open(keyA())).toEqual({ drafts: 1, unreadable: 0 });
    expect(again.getItem(draftKey('item-1'))).toBe(TEXT);
  });

  it('typed before the key came: written encrypted at open, never in the clear', async () => {
    const backing = fakeLocalStorage();
    const storage = createDraftStorage({ backing });
    storage.setItem(draftKey('x'), TEXT);
    expect(backing.data.size).toBe(0);
    await storage.open(keyA());
    await storage.settled();
    expect(backing.data.get(draftKey('x'))).toMatch(/^pzk-enc1:/);
    expect(storage.getItem(draftKey('x'))).toBe(TEXT);
  });

  it('writes only the latest text, and a removed draft stays removed', async () => {
    const backing = fakeLocalStorage();
    const storage = createDraftStorage({ backing });
    await storage.open(keyA());
    for (const text of ['Z', 'Ze', 'Zespół']) storage.setItem(draftKey('a'), text);
    storage.setItem(draftKey('b'), 'do usunięcia');
    storage.removeItem(draftKey('b'));
    await storage.settled();
    expect(backing.data.has(draftKey('b'))).toBe(false);
    const reread = createDraftStorage({ backing });
    await reread.open(keyA());
    expect(reread.getItem(draftKey('a'))).toBe('Zespół');
    expect(reread.getItem(draftKey('b'))).toBeNull();
  });

  it('encrypts a draft an earlier version left in the clear, and leaves another database’s drafts untouched', async () => {
    const backing = fakeLocalStorage();
    backing.setItem(draftKey('old'), TEXT);
    backing.setItem('pzk.other-setting', 'left alone');
    const other = createDraftStorage({ backing });
    await other.open(keyB());
    other.setItem(draftKey('theirs'), 'tekst innej bazy');
    await other.settled();
    const theirs = backing.data.get(draftKey('theirs'));

    const storage = createDraftStorage({ backing });
    // 'old' was rewritten by the first window already (it read it in the clear); make it plain again.
    backing.setItem(draftKey('old'), TEXT);
    expect(await storage.open(keyA())).toEqual({ drafts: 1, unreadable: 1 });
    await storage.settled();
    expect(storage.getItem(draftKey('old'))).toBe(TEXT);
    expect(backing.data.get(draftKey('old'))).toMatch(/^pzk-enc1:/);
    expect(storage.getItem(draftKey('theirs'))).toBeNull();
    expect(backing.data.get(draftKey('theirs'))).toBe(theirs);
    expect(backing.data.get('pzk.other-setting')).toBe('left alone');
  });

  it('a draft moved under another item’s name does not open', async () => {
    const backing = fakeLocalStorage();
    const storage = createDraftStorage({ backing });
    await storage.open(keyA());
    storage.setItem(draftKey('a'), TEXT);
    await storage.settled();
    backing.setItem(draftKey('b'), backing.data.get(draftKey('a'))!);
    backing.removeItem(draftKey('a'));
    const reread = createDraftStorage({ backing });
    expect(await reread.open(keyA())).toEqual({ drafts: 0, unreadable: 1 });
  });
});
