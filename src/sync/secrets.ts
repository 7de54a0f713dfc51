// Protection of the installation's private signing key at rest. The desktop app passes a store
// backed by the operating system (Electron safeStorage: Keychain, DPAPI, libsecret); plain Node
// (CLI, browser host, tests) has none and keeps the key as it was written.

/** Seals and opens small secrets with a key the operating system keeps for the current user. */
export interface SecretStore {
  /** Written beside each sealed value, so that a reader knows whether it can open it. */
  readonly scheme: string;
  seal(plain: string): Promise<string>;
  /** Rejects when the value was sealed elsewhere (another computer or user). */
  open(sealed: string): Promise<string>;
}

export interface SealedSecret {
  scheme: string;
  data: string;
}
