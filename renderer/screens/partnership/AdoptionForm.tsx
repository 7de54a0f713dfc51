// Adopting a document (the rules, the action plan) by a decision of a named meeting: the PZK meetings that
// have taken place and are not approved, the latest first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../src/domain/types';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { useMeetingWords } from '../../useMeetingWords';

export function AdoptionForm({ label, help, submitLabel, busy, className, onAdopt }: { label: string; help: string; submitLabel: string; busy: boolean; className?: string; onAdopt: (meetingId: string) => void }) {
  const { t } = useTranslation();
  const { nameOf } = useMeetingWords();
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [meetingId, setMeetingId] = useState('');
  useEffect(() => {
    const today = new Date().toISOString().slice(0, 10);
    void api.meetings.list({ kind: 'pzk', limit: 30 }).then((list) => setMeetings(list.filter((m) => m.status !== 'approved' && m.date <= today)));
  }, []);
  return (
    <form
      className={`toolbar ${className ?? ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (meetingId) onAdopt(meetingId);
      }}
    >
      <Field label={label} hint={help}>
        {(a) => (
          <select {...a} value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">{t('rules.chooseMeeting')}</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {nameOf(m, true)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy || !meetingId}>
        {submitLabel}
      </button>
    </form>
  );
}
