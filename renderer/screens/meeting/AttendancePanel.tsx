// Attendance during the meeting: one row per member, a status in one key, guests on the fly.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, countsAsPresent, type AttendanceStatus } from '../../../src/domain/enums';
import type { AttendanceRow, MeetingDetail, Member } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { useAppStore } from '../../store/app';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';
import { typeAndSize } from '../../../src/domain/attachments';
import { ATTACHMENT_ACCEPT, useAttach } from './AttachmentsPanel';
import { FilePicker } from '../../components/FilePicker';

const KEYS: Record<string, AttendanceStatus> = { o: 'present', z: 'remote', s: 'late', w: 'left_early', u: 'excused', n: 'absent' };

export function attendanceCounts(members: readonly Member[], rows: readonly AttendanceRow[]) {
  const memberRows = rows.filter((r) => r.memberId !== null && members.some((m) => m.id === r.memberId));
  return {
    members: members.length,
    present: memberRows.filter((r) => countsAsPresent(r.status)).length,
    remote: memberRows.filter((r) => r.status === 'remote').length,
    guests: rows.filter((r) => r.memberId === null && countsAsPresent(r.status)).length,
  };
}

/** The signed paper list, scanned after the meeting: one click to attach it as annex 1 of the protocol. */
function SignedListScan({ detail, locked }: { detail: MeetingDetail; locked: boolean }) {
  const { t } = useTranslation();
  const { attach, error, busy } = useAttach(detail.meeting.id);
  const scans = detail.attachments.filter((a) => a.kind === 'attendance_scan');
  return (
    <div className="attendance__scan">
      <h3>{t('attendancePanel.scanTitle')}</h3>
      {scans.length ? (
        <ul className="plain-list">
          {scans.map((a) => (
            <li key={a.id} className="small">
              {t('attendancePanel.scanAttached', { name: a.fileName, what: typeAndSize(a) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('attendancePanel.noScan')}</p>
      )}
      {!locked && (
        <FilePicker
          label={busy ? t('attachments.adding') : scans.length ? t('attendancePanel.scanAnother') : t('attendancePanel.scan')}
          accept={ATTACHMENT_ACCEPT}
          multiple
          disabled={busy}
          onFiles={(files) => void attach(files, 'attendance_scan')}
        />
      )}
      <ErrorText error={error} />
    </div>
  );
}

export function AttendancePanel({ detail, members, locked }: { detail: MeetingDetail; members: Member[]; locked: boolean }) {
  const { t } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [guest, setGuest] = useState({ guestName: '', guestInstitution: '' });
  const meetingId = detail.meeting.id;
  const statusOf = (memberId: string) => detail.attendance.find((r) => r.memberId === memberId)?.status;
  const counts = attendanceCounts(members, detail.attendance);
  const guests = detail.attendance.filter((r) => r.memberId === null);

  const setStatus = (memberId: string, status: AttendanceStatus) =>
    run(() => write(() => api.attendance.set({ meetingId, memberId, status }), (row) => ({ kind: 'attendance', row })));

  /** Focus the status buttons of the member `step` rows away (the one set, else the first). */
  function focusRow(memberId: string, step: number, status?: string) {
    const at = members.findIndex((m) => m.id === memberId) + step;
    const next = members[at];
    if (!next) return;
    const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="attendance-${next.id}"]`)];
    (radios.find((r) => r.value === status) ?? radios.find((r) => r.checked) ?? radios[0])?.focus();
  }

  function onRowKey(memberId: string, e: KeyboardEvent) {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    // Arrows move the focus only; a status changes by its letter, a click or Space, never silently.
    const radio = e.target instanceof HTMLInputElement && e.target.type === 'radio' ? e.target : null;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      focusRow(memberId, e.key === 'ArrowUp' ? -1 : 1, radio?.value);
      return;
    }
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && radio) {
      e.preventDefault();
      const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="${radio.name}"]`)];
      radios[(radios.indexOf(radio) + (e.key === 'ArrowLeft' ? radios.length - 1 : 1)) % radios.length]?.focus();
      return;
    }
    if (radio && e.key === ' ') {
      e.preventDefault();
      void setStatus(memberId, radio.value as AttendanceStatus);
      return;
    }
    const status = KEYS[e.key.toLowerCase()];
    if (!status || locked) return;
    e.preventDefault();
    void setStatus(memberId, status);
    // The next person is next: the animator ticks the room in one pass.
    focusRow(memberId, 1);
  }

  async function addGuest(e: FormEvent) {
    e.preventDefault();
    const submitted = guest;
    if (!submitted.guestName.trim()) return;
    const added = await run(() => write(() => api.attendance.addGuest({ meetingId, ...submitted }), (row) => ({ kind: 'attendance', row })));
    if (added) setGuest((current) => (current === submitted ? { guestName: '', guestInstitution: '' } : current));
  }

  return (
    <section aria-labelledby="attendance-title" className="attendance">
      <h2 id="attendance-title">{t('attendancePanel.title')}</h2>
      <p className="attendance__counts" aria-live="polite">
        {t('attendancePanel.counts', counts)}
      </p>
      {!locked && <p className="muted small">{t('attendancePanel.help')}</p>}
      <dl className="attendance__legend" aria-label={t('attendancePanel.legend')}>
        {ATTENDANCE_STATUSES.map((status) => (
          <div key={status}>
            <dt>{t(`attendanceKey.${status}`)}</dt>
            <dd>{t(`attendance.${status}`)}</dd>
          </div>
        ))}
      </dl>
      <ErrorText error={error} />
      <ul className="attendance__list">
        {members.map((m) => {
          const current = statusOf(m.id);
          return (
            <li key={m.id} className="attendance__row" onKeyDown={(e) => onRowKey(m.id, e)}>
              <div className="attendance__who">
                <span className="attendance__name">{m.fullName}</span>
                <span className="muted small">
                  {[institutions.find((i) => i.id === m.institutionId)?.name, current ? t(`attendance.${current}`) : t('attendancePanel.notMarked')].filter(Boolean).join(' · ')}
                </span>
              </div>
              <div role="radiogroup" aria-label={t('attendancePanel.statusOf', { name: m.fullName })} className="segmented">
                {ATTENDANCE_STATUSES.map((status) => (
                  <label key={status} className="segmented__option" title={t(`attendance.${status}`)}>
                    <input
                      type="radio"
                      name={`attendance-${m.id}`}
                      value={status}
                      checked={current === status}
                      disabled={locked}
                      aria-label={t(`attendance.${status}`)}
                      onChange={() => void setStatus(m.id, status)}
                    />
                    <span aria-hidden="true">{t(`attendanceKey.${status}`)}</span>
                  </label>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <h3>{t('attendancePanel.guests')}</h3>
      <ul className="plain-list">
        {guests.map((g) => (
          <li key={g.id}>
            {g.guestName}
            {g.guestInstitution && <span className="muted"> ({g.guestInstitution})</span>}
            {!locked && (
              <button type="button" className="link-button" onClick={() => void run(() => write(() => api.attendance.remove({ id: g.id }), ({ id }) => ({ kind: 'attendanceRemoved', id })))}>
                {t('attendancePanel.removeGuest', { name: g.guestName })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!locked && (
        <form onSubmit={addGuest} className="guest-form">
          <label htmlFor="guest-name">{t('attendancePanel.guestName')}</label>
          <input id="guest-name" value={guest.guestName} onChange={(e) => setGuest((g) => ({ ...g, guestName: e.target.value }))} />
          <label htmlFor="guest-institution">{t('attendancePanel.guestInstitution')}</label>
          <input id="guest-institution" value={guest.guestInstitution} onChange={(e) => setGuest((g) => ({ ...g, guestInstitution: e.target.value }))} />
          <button type="submit" className="button">
            {t('attendancePanel.addGuest')}
          </button>
        </form>
      )}
      <SignedListScan detail={detail} locked={locked} />
    </section>
  );
}
