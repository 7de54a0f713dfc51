// Backups: the automatic local copies (restore one, or delete them all after a correction), an
// encrypted copy to hand over to a new animator, and restoring such a copy. A restore replaces the
// data at once; the core tells every open window to reload.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../src/domain/types';
import { api } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { saveDocument } from '../download';
import { describeError } from '../errors';
import { formatDate } from '../format';
import { readBytes } from '../readFile';
import { FilePicker } from '../components/FilePicker';
import { useAction } from '../useAction';

export function RestoreFromCopy({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [missingFile, setMissingFile] = useState(false);
  // Opening the copy derives its key from the passphrase (scrypt): seconds on a municipal laptop, so the form
  // says it is working and takes no second try meanwhile.
  const { run, busy, error: failed } = useAction();
  const shown = failed ? describeError(failed, t) : null;
  const fields = shown?.fields ?? {};
  const error = missingFile ? t('backup.chooseFile') : (shown?.message ?? null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setMissingFile(!file);
    if (!file) return;
    await run(async () => {
      await api.backup.restoreHandover({ bytes: await readBytes(file), passphrase });
      onRestored();
    });
  }
  return (
    <form onSubmit={submit} noValidate className="stack" aria-label={t('backup.restoreCopy')}>
      <FilePicker label={t('backup.copyFile')} accept=".pzkbak" showChosen onFiles={([chosen]) => setFile(chosen ?? null)} />
      <Field label={t('backup.passphrase')} error={fields.passphrase}>
        {(a) => <input {...a} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p role="status">
        {busy ? t('backup.restoring') : ''}
      </p>
      <button type="submit" className="button" disabled={busy}>
        {t('backup.restoreCopy')}
      </button>
    </form>
  );
}

export function BackupCard() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ backups: BackupInfo[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmPurge, setConfirmPurge] = useState(false);
  const [passphrase, setPassphrase] = useState({ first: '', second: '' });
  const [passFields, setPassFields] = useState<Record<string, string>>({});
  const [confirm, setConfirm] = useState<BackupInfo | null>(null);
  const { run, error } = useAction();
  const refresh = useCallback(() => run(async () => setState(await api.backup.list())), [run]);
  useEffect(() => void refresh(), [refresh]);

  async function handover(e: FormEvent) {
    e.preventDefault();
    if (passphrase.first !== passphrase.second) return setPassFields({ second: t('backup.mismatch') });
    setPassFields({});
    await run(async () => {
      try {
        saveDocument(await api.backup.createHandover({ passphrase: passphrase.first }));
        setPassphrase({ first: '', second: '' });
      } catch (err) {
        setPassFields(describeError(err, t).fields);
        throw err;
      }
    });
  }

  return (
    <section className="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      {/* Always there, so that screen readers hear the message when it comes; styled only then. */}
      <p role="status" className={message ? 'form-ok' : undefined}>
        {message ?? ''}
      </p>
      <h3>{t('backup.local')}</h3>
      <p className="muted small">{t('backup.keeps')}</p>
      {state && state.backups.length === 0 && <p className="muted small">{t('backup.none')}</p>}
      <ul className="plain-list">
        {state?.backups.slice(0, 10).map((b) => (
          <li key={b.name}>
            {t(`backup.kind.${b.kind}`)} · {formatDate(b.createdAt.slice(0, 10), i18n.language)}{' '}
            <button type="button" className="link-button" onClick={() => setConfirm(b)}>
              {t('backup.restore')}
              <span className="visually-hidden"> {b.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {state && state.backups.length > 0 && (
        <button type="button" className="button" onClick={() => setConfirmPurge(true)}>
          {t('backup.purge')}
        </button>
      )}
      <form onSubmit={handover} noValidate className="stack">
        <h3>{t('backup.handover')}</h3>
        <p className="muted small">{t('backup.handoverHelp')}</p>
        <Field label={t('backup.passphrase')} error={passFields.passphrase}>
          {(a) => <input {...a} type="password" autoComplete="new-password" value={passphrase.first} onChange={(e) => setPassphrase((p) => ({ ...p, first: e.target.value }))} />}
        </Field>
        <Field label={t('backup.passphraseAgain')} error={passFields.second}>
          {(a) => <input {...a} type="password" autoComplete="new-password" value={passphrase.second} onChange={(e) => setPassphrase((p) => ({ ...p, second: e.target.value }))} />}
        </Field>
        <button type="submit" className="button">
          {t('backup.makeCopy')}
        </button>
      </form>
      <h3>{t('backup.restoreCopy')}</h3>
      <RestoreFromCopy
        onRestored={() => {
          setMessage(t('backup.restored'));
          void refresh();
        }}
      />
      <ErrorText error={error} />
      <ConfirmDialog
        isOpen={confirm !== null}
        title={t('backup.restore')}
        body={t('backup.restoreConfirm', { date: confirm ? formatDate(confirm.createdAt.slice(0, 10), i18n.language) : '' })}
        confirmLabel={t('backup.restore')}
        cancelLabel={t('app.cancel')}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const chosen = confirm!;
          setConfirm(null);
          void run(async () => {
            await api.backup.restoreLocal({ name: chosen.name });
            setMessage(t('backup.restored'));
            await refresh();
          });
        }}
      />
      <ConfirmDialog
        isOpen={confirmPurge}
        title={t('backup.purgeTitle')}
        body={t('backup.purgeBody')}
        confirmLabel={t('backup.purgeConfirm')}
        cancelLabel={t('app.cancel')}
        danger
        onCancel={() => setConfirmPurge(false)}
        onConfirm={() => {
          setConfirmPurge(false);
          void run(async () => {
            const { removed } = await api.backup.purge();
            setMessage(t('backup.purged', { count: removed }));
            await refresh();
          });
        }}
      />
    </section>
  );
}
