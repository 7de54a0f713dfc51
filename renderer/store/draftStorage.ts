// Local storage holds what was typed until the core has it (a crash or a reload loses nothing), and the
// laptop can be lost: so every draft is kept there encrypted (issue 17.6), AES-GCM with a key the core
// derives from the database's key and hands over at start, never stored. The autosave reads and writes
// synchronously; this keeps the clear text in memory and writes the encrypted copy a moment later, in order.
// A draft the key cannot open (another database's) is left where it is, untouched: it is nobody's text here.

/** Every autosave's key starts so (renderer/store/autosave.ts, draftKey). */
export const DRAFT_PREFIX = 'pzk.minutes.';
const MARK = 'pzk-enc1:';
const IV_BYTES = 12;

export type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface DraftStorageDeps {
  backing: Backing;
  subtle?: SubtleCrypto;
  random?: (bytes: number) => Uint8Array<ArrayBuffer>;
}

export interface DraftStorage extends Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  /** Reads the stored drafts with the key; those written before it came are written now. */
  open(rawKey: Uint8Array<ArrayBuffer>): Promise<{ drafts: number; unreadable: number }>;
  /** Resolves when every encrypted copy asked for so far is in local storage. */
  settled(): Promise<void>;
}

const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const encoder = new TextEncoder();

export function createDraftStorage(deps: DraftStorageDeps): DraftStorage {
  const subtle = deps.subtle ?? globalThis.crypto.subtle;
  const random = deps.random ?? ((n) => globalThis.crypto.getRandomValues(new Uint8Array(n)));
  const clear = new Map<string, string>();
  // Each change of a draft gets a number; an encrypted copy is written only if it is still the latest.
  const versions = new Map<string, number>();
  let key: CryptoKey | null = null;
  // Typed before the key came: written encrypted at open.
  const waiting = new Set<string>();
  let queue: Promise<void> = Promise.resolve();

  async function seal(name: string, text: string, cryptoKey: CryptoKey): Promise<string> {
    const iv = random(IV_BYTES);
    // The entry's name is bound in: a draft copied under another item's name does not open.
    const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(name) }, cryptoKey, encoder.encode(text));
    const out = new Uint8Array(IV_BYTES + sealed.byteLength);
    out.set(iv);
    out.set(new Uint8Array(sealed), IV_BYTES);
    return MARK + toBase64(out);
  }

  async function unseal(name: string, stored: string, cryptoKey: CryptoKey): Promise<string> {
    const bytes = fromBase64(stored.slice(MARK.length));
    const plain = await subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: encoder.encode(name) }, cryptoKey, bytes.slice(IV_BYTES));
    return new TextDecoder().decode(plain);
  }

  function persist(name: string): void {
    const version = (versions.get(name) ?? 0) + 1;
    versions.set(name, version);
    const cryptoKey = key;
    if (!cryptoKey) {
      waiting.add(name);
      return;
    }
    queue = queue.then(async () => {
      const text = clear.get(name);
      if (versions.get(name) !== version || text === undefined) return;
      const sealed = await seal(name, text, cryptoKey);
      if (versions.get(name) !== version) return;
      try {
        deps.backing.setItem(name, sealed);
      } catch {
        // Local storage is full or gone: the text is still in memory and on its way to the core.
      }
    });
  }

  return {
    getItem: (name) => clear.get(name) ?? null,
    setItem(name, value) {
      clear.set(name, value);
      persist(name);
    },
    removeItem(name) {
      clear.delete(name);
      versions.set(name, (versions.get(name) ?? 0) + 1);
      deps.backing.removeItem(name);
    },
    async open(rawKey) {
      const cryptoKey = await subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
      const names: string[] = [];
      for (let i = 0; i < deps.backing.length; i++) {
        const name = deps.backing.key(i);
        if (name?.startsWith(DRAFT_PREFIX)) names.push(name);
      }
      let unreadable = 0;
      const rewrite: string[] = [];
      for (const name of names) {
        const stored = deps.backing.getItem(name);
        if (stored === null || clear.has(name)) continue; // typed since start: the newer text wins
        if (!stored.startsWith(MARK)) {
          // A draft left in the clear by a version before 17.6: kept, and encrypted now.
          clear.set(name, stored);
          rewrite.push(name);
          continue;
        }
        try {
          clear.set(name, await unseal(name, stored, cryptoKey));
        } catch {
          unreadable++;
        }
      }
      key = cryptoKey;
      for (const name of new Set([...rewrite, ...waiting])) if (clear.has(name)) persist(name);
      waiting.clear();
      return { drafts: clear.size, unreadable };
    },
    settled: () => queue,
  };
}
