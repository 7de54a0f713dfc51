// Encryption at rest (issue 17.6): what protects the database's key, and the recovery passphrase that opens
// it anywhere (another computer, the browser host, the CLI). The app asks for one until it is set.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseEncryption } from '../../src/domain/types';
import { api } from '../api';
import { Field } from '../components/Field';
import { describeError } from '../errors';
import { useAppStore } from '../store/app';

/** Two fields, the same passphrase twice; the store's status learns it is set. */
export function RecoveryPassphraseForm({ onSet }: { onSet?: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState({ first: '', second: '' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (value.first !== value.second) return setFields({ second: t('validation.passphrase_mismatch') });
    try {
      const encryption = await api.security.setRecoveryPassphrase({ passphrase: value.first });
      useAppStore.setState((s) => ({ status: s.status && { ...s.status, encryption } }));
      setValue({ first: '', second: '' });
      setFields({});
      setError(null);
      setDone(true);
      onSet?.();
    } catch (err) {
      const shown = describeError(err, t);
      setFields(shown.fields.passphrase ? { first: shown.fields.passphrase } : {});
      setError(shown.message);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="stack" aria-label={t('encryption.formLabel')}>
      <Field label={t('encryption.passphrase')} hint={t('encryption.passphraseHint')} error={fields.first}>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={value.first} onChange={(e) => setValue((v) => ({ ...v, first: e.target.value }))} />}
      </Field>
      <Field label={t('encryption.repeat')} error={fields.second}>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={value.second} onChange={(e) => setValue((v) => ({ ...v, second: e.target.value }))} />}
      </Field>
      {error && !fields.first && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="form-ok">
          {t('encryption.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('encryption.save')}
        </button>
      </div>
    </form>
  );
}

function Protection({ encryption }: { encryption: DatabaseEncryption }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t(`encryption.source.${encryption.source}`)}</p>
      <p className={encryption.recoverySet ? 'muted small' : 'form-error'}>{t(encryption.recoverySet ? 'encryption.recoverySet' : 'encryption.recoveryMissing')}</p>
    </>
  );
}

export function EncryptionCard() {
  const { t } = useTranslation();
  const encryption = useAppStore((s) => s.status?.encryption ?? null);
  return (
    <section className="card" aria-labelledby="settings-encryption">
      <h2 id="settings-encryption">{t('encryption.title')}</h2>
      {encryption ? (
        <>
          <Protection encryption={encryption} />
          <details className="disclosure" open={!encryption.recoverySet}>
            <summary>{t(encryption.recoverySet ? 'encryption.change' : 'encryption.set')}</summary>
            <RecoveryPassphraseForm />
          </details>
        </>
      ) : (
        <p className="muted">{t('encryption.none')}</p>
      )}
    </section>
  );
}
