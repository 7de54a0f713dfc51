import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/api/errors';
import { startFailureMessage } from './startup';

describe('a start that fails', () => {
  const at = (error: unknown) => startFailureMessage(error, 'C:\\Users\\anna\\AppData\\Roaming\\PZK Animator', 'C:\\Users\\anna\\AppData\\Roaming\\PZK Animator\\logs\\pzk.log');

  it('says in Polish what to do for each refusal the core gives', () => {
    expect(at(new AppError('DATA_FOLDER_IN_USE', 'the data folder is in use by the browser host'))).toMatch(/^Dane zespołu są już otwarte w innym programie/);
    expect(at(new AppError('DB_NEWER_VERSION', 'newer'))).toMatch(/nowsza wersja PZK Animator/);
    expect(at(new AppError('NOT_A_PZK_DATABASE', 'not ours'))).toMatch(/nie jest bazą PZK Animator/);
    expect(at(new AppError('READ_ONLY_DATA', 'read-only'))).toMatch(/nie można zapisywać/);
    // The encrypted database (issue 17.6): the window asks for the passphrase; given up, the next start asks again.
    expect(at(new AppError('DB_KEY_NEEDED', 'encrypted', { reason: 'encrypted' }))).toMatch(/Uruchom aplikację ponownie i wpisz hasło odzyskiwania/);
    expect(at(new AppError('DB_KEY_NEEDED', 'no recovery', { reason: 'no_recovery' }))).toMatch(/nie mają ustawionego hasła odzyskiwania/);
    expect(at(new AppError('DB_KEY_WRONG', 'wrong'))).toMatch(/^Hasło odzyskiwania nie otwiera danych zespołu/);
  });

  it('points anything else to the log, which holds the details', () => {
    const text = at(new TypeError('Cannot read properties of undefined'));
    expect(text).toContain('dzienniku aplikacji: C:\\Users\\anna\\AppData\\Roaming\\PZK Animator\\logs\\pzk.log');
    expect(text).not.toContain('Cannot read');
  });
});
