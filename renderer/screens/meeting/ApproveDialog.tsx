// Adopting the protocol (przyjęcie protokołu): the warnings about what would print empty, and the
// meeting that adopts it — by default the next one, whose item "Przyjęcie protokołu z poprzedniego
// posiedzenia" then names this protocol; or outside a meeting, today.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingSummary } from '../../../src/domain/types';
import { api } from '../../api';
import { AppDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatDate, isoDate } from '../../format';

interface Props {
  meeting: Meeting;
  onCancel: () => void;
  onConfirm: (adoptedAtMeetingId: string | null) => void;
}

const OUTSIDE = '';

export function ApproveDialog({ meeting, onCancel, onConfirm }: Props) {
  const { t, i18n } = useTranslation();
  const [later, setLater] = useState<MeetingSummary[] | null>(null);
  const [choice, setChoice] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    // The adopting meeting is normally the next one: this year's and next year's meetings are enough.
    void Promise.all([api.meetings.list({ year: meeting.year }), api.meetings.list({ year: meeting.year + 1 })]).then(([a, b]) => {
      if (stale) return;
      setLater(
        [...a, ...b]
          .filter((m) => m.id !== meeting.id && m.kind === meeting.kind && m.date >= meeting.date)
          .sort((x, y) => x.date.localeCompare(y.date) || (x.seqInYear ?? 0) - (y.seqInYear ?? 0)),
      );
    });
    return () => {
      stale = true;
    };
  }, [meeting.id, meeting.kind, meeting.year, meeting.date]);

  const chosen = choice ?? later?.[0]?.id ?? OUTSIDE;
  const warnings = (['minuteTakerMemberId', 'chairMemberId'] as const).filter((r) => !meeting[r]).map((r) => t(`meeting.approveMissing.${r}`));

  return (
    <AppDialog isOpen onClose={onCancel} title={t('meeting.approveTitle')} role="alertdialog">
      <p>{t('meeting.approveBody')}</p>
      {warnings.map((w) => (
        <p key={w} className="form-warning">
          {w}
        </p>
      ))}
      <Field label={t('meeting.adoptedAt')} hint={t('meeting.adoptedAtHint')}>
        {(a11y) => (
          <select {...a11y} value={chosen} disabled={later === null} onChange={(e) => setChoice(e.target.value)}>
            {(later ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.number ? t('meeting.adoptedAtMeeting', { number: m.number, date: formatDate(m.date, i18n.language) }) : t('meeting.adoptedAtPlanned', { date: formatDate(m.date, i18n.language) })}
              </option>
            ))}
            <option value={OUTSIDE}>{t('meeting.adoptedOutside', { date: formatDate(isoDate(new Date()), i18n.language) })}</option>
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('app.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={later === null} onClick={() => onConfirm(chosen || null)}>
          {t('meeting.approveConfirm')}
        </button>
      </div>
    </AppDialog>
  );
}
