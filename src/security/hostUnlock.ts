// How the hosts without the system's key store (the browser host, the CLI) unlock the database: the recovery
// passphrase from PZK_PASSPHRASE or asked for at the terminal; the development key file only when asked for
// by name (PZK_DEV_KEY=1, the demo and the tests).
import { existsSync } from 'node:fs';
import { AppError } from '../api/errors';
import { developmentKeyFileOf, keysFileOf, MIN_PASSPHRASE, type Unlock } from './keys';

/** Asks at the terminal without echo; null when there is no terminal to ask at. */
export type AskPassphrase = (question: string) => Promise<string | null>;

export const PASSPHRASE_QUESTIONS = {
  open: 'Hasło odzyskiwania bazy danych PZK Animator: ',
  create: `Nowa baza danych: ustaw hasło odzyskiwania (co najmniej ${MIN_PASSPHRASE} znaków): `,
  repeat: 'Powtórz hasło: ',
};

export async function hostUnlock(databaseFile: string, env: NodeJS.ProcessEnv, ask: AskPassphrase): Promise<Unlock> {
  if (env.PZK_DEV_KEY === '1') return { developmentKey: true, passphrase: env.PZK_PASSPHRASE ?? null };
  if (env.PZK_PASSPHRASE) return { passphrase: env.PZK_PASSPHRASE };
  const creating = !existsSync(keysFileOf(databaseFile));
  if (creating && existsSync(developmentKeyFileOf(databaseFile))) {
    throw new AppError('DB_KEY_NEEDED', `${databaseFile} is opened by its development key file only: start with PZK_DEV_KEY=1 (development and the demo), or set a recovery passphrase in the app.`, { file: databaseFile });
  }
  const passphrase = await ask(creating ? PASSPHRASE_QUESTIONS.create : PASSPHRASE_QUESTIONS.open);
  if (passphrase === null) {
    throw new AppError('DB_KEY_NEEDED', `${databaseFile} is encrypted: give its recovery passphrase in PZK_PASSPHRASE (no terminal to ask at).`, { file: databaseFile });
  }
  if (creating && (await ask(PASSPHRASE_QUESTIONS.repeat)) !== passphrase) {
    throw new AppError('VALIDATION_FAILED', 'The two passphrases differ; nothing was created.', { fields: { passphrase: 'passphrase_mismatch' } });
  }
  return { passphrase };
}
