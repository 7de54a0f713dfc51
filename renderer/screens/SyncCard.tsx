// "Centrum regionalne": enrolment, "Wyślij do centrum regionalnego" (after the RODO check), receipts.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, ProgressBar } from 'react-aria-components';
import type { SyncCheck, SyncStatusView } from '../../src/domain/types';
import { api } from '../api';
import { FindingsDialog } from '../components/FindingsDialog';
import { ErrorText } from '../components/ErrorText';
import { saveBundle } from '../download';
import { readTextFile } from '../readFile';
import { FilePicker } from '../components/FilePicker';
import { useAction } from '../useAction';
import { SyncStatusLine } from './SyncStatusLine';

type Step = 1 | 2;

/** Where the export is: a large team's bundle takes seconds (checking, packing, signing, encrypting). */
function ExportProgress({ step, count }: { step: Step; count: number }) {
  const { t, i18n } = useTranslation();
  const label = t(step === 1 ? 'sync.progress.check' : 'sync.progress.pack', { count, formatted: count.toLocaleString(i18n.language) });
  return (
    <ProgressBar className="progress" value={step - 0.5} minValue={0} maxValue={2} valueLabel={t('sync.progress.step', { n: step, of: 2 })}>
      {({ percentage, valueText }) => (
        <>
          <Label className="progress__label">
            {valueText}: {label}
          </Label>
          <div className="progress__track">
            <div className="progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

export function SyncCard() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [checked, setChecked] = useState<SyncCheck | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const { run, error, busy } = useAction();
  const refresh = useCallback(() => run(async () => setStatus(await api.sync.status())), [run]);
  useEffect(() => void refresh(), [refresh]);

  const pick = (kind: 'enrolment' | 'receipt') => async ([file]: File[]) => {
    if (!file) return;
    await run(async () => {
      const text = await readTextFile(file);
      if (kind === 'enrolment') setMessage(t('sync.enrolled', { hub: (await api.sync.importEnrolment({ text })).hubName }));
      else setMessage(t('sync.acknowledged', { seq: (await api.sync.importReceipt({ text })).ackSeq }));
      setStatus(await api.sync.status());
    });
  };

  const count = status ? (full ? status.total : status.unsent) : 0;
  /** Shows `n` as the current step while `work` runs. */
  const during = async <T,>(n: Step, work: () => Promise<T>): Promise<T> => {
    setStep(n);
    try {
      return await work();
    } finally {
      setStep(null);
    }
  };
  /** Sends the payload that was checked; `accepted` names it when its findings were accepted. */
  const send = (accepted: string | undefined) =>
    run(async () => {
      const outcome = await during(2, () => saveBundle({ full, ...(accepted && { acceptFindings: accepted }) }));
      if (outcome === 'saved') setMessage(t('sync.exported'));
      setStatus(await api.sync.status());
    });

  const start = () =>
    run(async () => {
      setMessage(null);
      const check = await during(1, () => api.sync.check({ full }));
      if (check.findings.length) setChecked(check);
      else await send(undefined);
    });

  return (
    <section className="card" aria-labelledby="settings-sync">
      <h2 id="settings-sync">{t('sync.title')}</h2>
      {status && <SyncStatusLine status={status} />}
      <div className="stack">
        <FilePicker label={status?.enrolled ? t('sync.reEnrol') : t('sync.enrol')} accept=".json,application/json" onFiles={(files) => void pick('enrolment')(files)} />
        {status?.enrolled && (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void start()}>
              {t('sync.send')}
            </button>
            <label className="radio">
              <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
              {t('sync.full')}
            </label>
            {step && <ExportProgress step={step} count={count} />}
            <FilePicker label={t('sync.receipt')} accept=".pzkr" onFiles={(files) => void pick('receipt')(files)} />
          </>
        )}
      </div>
      <p role="status" className="muted small">
        {message ?? ''}
      </p>
      <ErrorText error={error} />
      {checked && (
        <FindingsDialog
          findings={checked.findings}
          what="bundle"
          onCancel={() => setChecked(null)}
          onConfirm={() => {
            setChecked(null);
            void send(checked.digest);
          }}
        />
      )}
    </section>
  );
}
