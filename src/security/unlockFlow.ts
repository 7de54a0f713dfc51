// The desktop app where the system's key store cannot give the database's key (issue 17.6): a reimaged laptop,
// a data folder brought from another computer, Linux without a keyring. The app asks for the recovery
// passphrase — in a window of its own, not an environment variable — until it opens the database or the
// person gives up; a wrong one is said so and asked again; nothing is changed meanwhile.
import { AppError } from '../api/errors';
import { MIN_PASSPHRASE } from './keys';

/** What the asking window shows: a passphrase to open the database, or a new one to set; and why it asks again. */
export interface UnlockRequest {
  creating: boolean;
  error: 'wrong' | 'short' | null;
}

/** The passphrase typed (for a new one: typed twice and the same), or null when the person closes the window. */
export type AskForPassphrase = (request: UnlockRequest) => Promise<string | null>;

const isKeyNeeded = (error: unknown): error is AppError => error instanceof AppError && error.code === 'DB_KEY_NEEDED';

export async function openAsking<T>(open: (passphrase: string | null) => Promise<T>, ask: AskForPassphrase, given: string | null = null): Promise<T> {
  try {
    return await open(given);
  } catch (error) {
    // Asking helps only where a passphrase can open it: not a database that never had one set.
    if (!isKeyNeeded(error) || error.details?.reason === 'no_recovery') throw error;
    const creating = error.details?.reason === 'new';
    let request: UnlockRequest = { creating, error: given ? 'wrong' : null };
    for (;;) {
      const passphrase = await ask(request);
      if (passphrase === null) throw error;
      if (creating && passphrase.length < MIN_PASSPHRASE) {
        request = { creating, error: 'short' };
        continue;
      }
      try {
        return await open(passphrase);
      } catch (again) {
        if (!(again instanceof AppError) || again.code !== 'DB_KEY_WRONG') throw again;
        request = { creating, error: 'wrong' };
      }
    }
  }
}
