// "Aktualizacja z pliku" (issue 14.5): the installer and its release's signed manifest, chosen from a disk or a
// share; the core checks both before anything runs. In the desktop app the checked installer is then started
// (and the app closes); in the browser host the person runs it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedInstaller } from '../../src/domain/types';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { FilePicker } from '../components/FilePicker';
import { formatDate } from '../format';
import { readBytes, readTextFile } from '../readFile';
import { useAction } from '../useAction';

export function UpdateCard() {
  const { t, i18n } = useTranslation();
  const [installer, setInstaller] = useState<File | null>(null);
  const [manifest, setManifest] = useState<File | null>(null);
  const [checked, setChecked] = useState<CheckedInstaller | null>(null);
  const [notStarted, setNotStarted] = useState(false);
  const { run, error, busy } = useAction();
  const input = async () => ({ manifest: await readTextFile(manifest!), fileName: installer!.name, bytes: await readBytes(installer!) });

  return (
    <section className="card" aria-labelledby="settings-update">
      <h2 id="settings-update">{t('update.title')}</h2>
      <p className="muted small">{t('update.help')}</p>
      <FilePicker label={t('update.installer')} accept=".exe,.AppImage,.deb,.dmg" showChosen onFiles={([f]) => { setInstaller(f ?? null); setChecked(null); }} />
      <FilePicker label={t('update.manifest')} accept=".json" showChosen onFiles={([f]) => { setManifest(f ?? null); setChecked(null); }} />
      <div className="actions">
        <button type="button" className="button" disabled={!installer || !manifest || busy} onClick={() => void run(async () => setChecked(await api.update.check(await input())))}>
          {t('update.check')}
        </button>
      </div>
      <div role="status">
        {checked && (
          <p className="form-ok">
            {t(checked.newer ? 'update.verified' : 'update.verifiedNotNewer', {
              version: checked.version,
              date: formatDate(checked.publishedOn, i18n.language),
              current: checked.currentVersion,
              sha: checked.sha256.slice(0, 16),
            })}
          </p>
        )}
        {notStarted && <p className="muted small">{t('update.runYourself')}</p>}
      </div>
      {checked && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void run(async () => setNotStarted(!(await api.update.install(await input())).started))}
        >
          {t('update.install', { version: checked.version })}
        </button>
      )}
      <ErrorText error={error} />
    </section>
  );
}
