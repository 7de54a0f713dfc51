// Editing the meeting itself: date, hours, place or link, who chairs and who takes the minutes,
// and "sprawy różne" — everything the protocol's header and closing show.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberOptions } from '../../components/MemberOptions';
import { contract } from '../../../src/api/contract';
import type { Finding } from '../../../src/domain/rodo';
import type { DocumentFile, Meeting, Member } from '../../../src/domain/types';
import { FindingsDialog } from '../../components/FindingsDialog';
import { api } from '../../api';
import { AppDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { DateField, TimeField } from '../../components/DateTimeFields';
import { describeError } from '../../errors';
import { validate, type FieldMessages } from '../../forms';
import { useMeetingStore } from '../../store/meeting';
import { ErrorText } from '../../components/ErrorText';
import { saveDocument } from '../../download';
import { useAction } from '../../useAction';
import { formatDate } from '../../format';
import { MeetingTypeFields } from './MeetingTypeFields';

/** The meeting for Outlook: an invitation to the roster, and its cancellation (the same event). */
function Invitation({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { run, error } = useAction();
  const [checked, setChecked] = useState<{ findings: Finding[]; fetch: () => Promise<DocumentFile> } | null>(null);
  // The RODO check of what the invitation carries (the agenda goes to everyone), then the file.
  const checkThen = (fetch: () => Promise<DocumentFile>) =>
    void run(async () => {
      const findings = await api.protocol.check({ meetingId: meeting.id, document: 'invitation' });
      if (findings.length) setChecked({ findings, fetch });
      else await saveDocument(await fetch());
    });
  const save = (cancel: boolean) => checkThen(() => api.meetings.invitation({ id: meeting.id, cancel }));
  return (
    <section aria-labelledby="invitation-title" className="invitation">
      <h3 id="invitation-title">{t('invitation.title')}</h3>
      <p className="muted small">{t('invitation.help')}</p>
      <div className="actions actions--start">
        <button type="button" className="button" onClick={() => save(false)}>
          {t('invitation.request')}
        </button>
        <button type="button" className="button" onClick={() => checkThen(() => api.protocol.invitationLetter({ meetingId: meeting.id }))}>
          {t('invitation.letter')}
        </button>
        {meeting.status === 'planned' && (
          <button type="button" className="button" onClick={() => save(true)}>
            {t('invitation.cancel')}
          </button>
        )}
      </div>
      <ErrorText error={error} />
      {checked && (
        <FindingsDialog
          findings={checked.findings}
          what="invitation"
          onCancel={() => setChecked(null)}
          onConfirm={() => {
            const { fetch } = checked;
            setChecked(null);
            void run(async () => saveDocument(await fetch()));
          }}
        />
      )}
    </section>
  );
}

export function MeetingDetailsDialog({ meeting, members, onClose }: { meeting: Meeting; members: Member[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const [form, setForm] = useState({
    pzkType: meeting.pzkType ?? 'working',
    date: meeting.date,
    endsOn: meeting.endsOn ?? '',
    startTime: meeting.startTime ?? '',
    endTime: meeting.endTime ?? '',
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    chairMemberId: meeting.chairMemberId ?? '',
    minuteTakerMemberId: meeting.minuteTakerMemberId ?? '',
    otherBusiness: meeting.otherBusiness ?? '',
  });
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...form, pzkType: meeting.kind === 'pzk' ? form.pzkType : null, id: meeting.id, caseId: meeting.caseId, chairMemberId: form.chairMemberId || null, minuteTakerMemberId: form.minuteTakerMemberId || null };
    const checked = validate(contract['meetings.update'].input, input, t);
    if (!checked.ok) {
      setFields(checked.fields);
      return setMessage(t('errors.VALIDATION_FAILED'));
    }
    try {
      await write(() => api.meetings.update(checked.data), (meeting) => ({ kind: 'meeting', meeting }));
      onClose();
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields);
      setMessage(shown.message);
    }
  }

  const time = (key: 'startTime' | 'endTime') => <TimeField label={t(`meetings.${key}`)} error={fields[key]} value={form[key]} onChange={set(key)} />;
  const input = (key: 'place' | 'onlineUrl', type: string) => (
    <Field label={t(`meetings.${key}`)} error={fields[key]}>
      {(a) => <input {...a} type={type} value={form[key]} onChange={(e) => set(key)(e.target.value)} />}
    </Field>
  );
  const person = (key: 'chairMemberId' | 'minuteTakerMemberId') => (
    <Field label={t(`meetingDetails.${key}`)} error={fields[key]}>
      {(a) => (
        <select {...a} value={form[key]} onChange={(e) => set(key)(e.target.value)}>
          <MemberOptions members={members} />
        </select>
      )}
    </Field>
  );

  return (
    <AppDialog isOpen onClose={onClose} title={meeting.number ? t('meetingDetails.title', { number: meeting.number }) : t('meetingDetails.titlePlanned', { date: formatDate(meeting.date, i18n.language) })}>
      <form onSubmit={submit} noValidate>
        {message && (
          <p role="alert" className="form-error">
            {message}
          </p>
        )}
        {meeting.kind === 'pzk' && <MeetingTypeFields pzkType={form.pzkType} endsOn={form.endsOn} fields={fields} onChange={(v) => setForm((f) => ({ ...f, ...v }))} />}
        <div className="grid-3">
          <DateField label={t('meetings.date')} error={fields.date} value={form.date} onChange={set('date')} />
          {time('startTime')}
          {time('endTime')}
        </div>
        {input('place', 'text')}
        {input('onlineUrl', 'url')}
        <div className="grid-2">
          {person('chairMemberId')}
          {person('minuteTakerMemberId')}
        </div>
        <Field label={t('meetingDetails.otherBusiness')} error={fields.otherBusiness}>
          {(a) => <textarea {...a} rows={4} value={form.otherBusiness} onChange={(e) => set('otherBusiness')(e.target.value)} />}
        </Field>
        <FormActions onCancel={onClose} />
      </form>
      {meeting.status !== 'approved' && meeting.status !== 'held' && <Invitation meeting={meeting} />}
    </AppDialog>
  );
}
