// The RODO findings before something leaves the machine: fix first, or go on consciously. A PESEL or
// an ID-card number with a valid checksum stops it until the animator ticks an explicit confirmation
// (DECISIONS 7); the other findings only warn.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blocks, type Finding } from '../../src/domain/rodo';
import { AppDialog } from './Dialog';

/** What leaves: the protocol or the attendance list PDF, an invitation (.ics or letter), or the bundle for the regional centre. */
export type Leaving = 'protocol' | 'attendanceList' | 'invitation' | 'bundle';

const TEXTS: Record<Leaving, { title: string; intro: string; go: string }> = {
  protocol: { title: 'documents.findingsTitle', intro: 'documents.findingsIntro', go: 'documents.saveAnyway' },
  attendanceList: { title: 'documents.listFindingsTitle', intro: 'documents.listFindingsIntro', go: 'documents.saveAnyway' },
  invitation: { title: 'documents.invitationFindingsTitle', intro: 'documents.invitationFindingsIntro', go: 'documents.saveAnyway' },
  bundle: { title: 'documents.bundleFindingsTitle', intro: 'documents.bundleFindingsIntro', go: 'documents.sendAnyway' },
};

interface Props {
  findings: Finding[];
  what: Leaving;
  onCancel: () => void;
  onConfirm: () => void;
  /** Where a finding can be fixed on screen: the dialog offers to go there (issue 11.14). */
  placeOf?: (f: Finding) => (() => void) | null;
}

export function FindingsDialog({ findings, what, onCancel, onConfirm, placeOf }: Props) {
  const { t } = useTranslation();
  const blocking = findings.some(blocks);
  const [overridden, setOverridden] = useState(false);
  return (
    <AppDialog isOpen onClose={onCancel} title={t(TEXTS[what].title)} role="alertdialog">
      <p>{t(TEXTS[what].intro)}</p>
      <ul className="findings">
        {findings.map((f, i) => (
          <li key={i} className={blocks(f) ? 'findings__item findings__item--blocking' : 'findings__item'}>
            <strong>{t(`documents.kind.${f.kind}`)}</strong> <code>{f.masked}</code> — {f.where}
            {blocks(f) && <span className="badge badge--danger">{t('documents.blocks')}</span>}
            {(() => {
              const go = placeOf?.(f);
              return go ? (
                <button type="button" className="link-button" onClick={go}>
                  {t('documents.goToPlace')}
                  <span className="visually-hidden">: {f.where}</span>
                </button>
              ) : null;
            })()}
          </li>
        ))}
      </ul>
      {blocking && (
        <>
          <p className="small">{t('documents.blockingIntro')}</p>
          <label className="radio">
            <input type="checkbox" checked={overridden} onChange={(e) => setOverridden(e.target.checked)} />
            {t('documents.override')}
          </label>
        </>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onCancel} autoFocus>
          {t('documents.fixFirst')}
        </button>
        <button type="button" className="button" disabled={blocking && !overridden} onClick={onConfirm}>
          {t(TEXTS[what].go)}
        </button>
      </div>
    </AppDialog>
  );
}
