// The RODO findings before something leaves the machine: fix first, or go on consciously.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../src/domain/rodo';
import { AppDialog } from './Dialog';

export function FindingsDialog({ findings, onCancel, onConfirm }: { findings: Finding[]; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen onClose={onCancel} title={t('documents.findingsTitle')} role="alertdialog">
      <p>{t('documents.findingsIntro')}</p>
      <ul className="findings">
        {findings.map((f, i) => (
          <li key={i}>
            <strong>{t(`documents.kind.${f.kind}`)}</strong> <code>{f.masked}</code> — {f.where}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onCancel} autoFocus>
          {t('documents.fixFirst')}
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          {t('documents.saveAnyway')}
        </button>
      </div>
    </AppDialog>
  );
}
