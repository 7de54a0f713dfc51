// The live meeting: agenda beside the minutes, decisions and action items of the current item,
// attendance and follow-up on the side, and the status workflow up to the locked protocol.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { MEETING_STEPS, type MeetingStatus } from '../../../src/domain/enums';
import { isLocked, isMemberOn } from '../../../src/domain/rules';
import { api } from '../../api';
import { MeetingStatusBadge } from '../../components/Badges';
import { ApproveDialog } from './ApproveDialog';
import { DocumentsBar } from './DocumentsBar';
import { MeetingDetailsDialog } from './MeetingDetailsDialog';
import { MeetingRoles } from './MeetingRoles';
import { ErrorText } from '../../components/ErrorText';
import { formatLongDate, formatTimeRange } from '../../format';
import { useMeetingWords } from '../../useMeetingWords';
import { navigate, WORLD_CAFE_ITEM } from '../../router';
import { useAppStore } from '../../store/app';
import { minutes, useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';
import { AgendaPanel } from './AgendaPanel';
import { AttachmentsPanel } from './AttachmentsPanel';
import { AttendancePanel } from './AttendancePanel';
import { FollowUpPanel } from './FollowUpPanel';
import { ItemHeader } from './ItemHeader';
import { ItemOutcomes } from './ItemOutcomes';
import { CaseReportButton } from './CaseReportButton';
import { MinutesEditor } from './MinutesEditor';
import { WorldCafeEditor } from './WorldCafeEditor';


export function MeetingScreen({ id, itemId }: { id: string; itemId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useMeetingWords();
  const detail = useMeetingStore((s) => (s.detail?.meeting.id === id ? s.detail : null));
  const loadError = useMeetingStore((s) => s.loadError);
  const open = useMeetingStore((s) => s.open);
  const write = useMeetingStore((s) => s.write);
  const members = useAppStore((s) => s.members);
  const { run, error } = useAction();
  const [confirmApprove, setConfirmApprove] = useState(false);
  const [editing, setEditing] = useState(false);
  const previousItem = useRef<string | undefined>(undefined);

  useEffect(() => void open(id), [id, open]);

  const worldCafe = detail?.meeting.pzkType === 'world_cafe';
  const onWorldCafe = worldCafe && itemId === WORLD_CAFE_ITEM;
  const current = onWorldCafe ? undefined : (detail?.agenda.find((i) => i.id === itemId) ?? detail?.agenda[0]);
  const currentId = current?.id;

  // Leaving an item saves what was typed in it at once, without waiting for the pause.
  useEffect(() => {
    if (previousItem.current && previousItem.current !== currentId) void minutes.getState().flush(previousItem.current);
    previousItem.current = currentId;
  }, [currentId]);

  const meetingMembers = useMemo(() => {
    if (!detail) return [];
    const date = detail.meeting.date;
    return members.filter((m) => isMemberOn(m, date));
  }, [members, detail]);
  const activeIds = useMemo(() => new Set(meetingMembers.map((m) => m.id)), [meetingMembers]);

  const select = (next: string) => navigate({ name: 'meeting', id, itemId: next }, { replace: true });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!detail || !e.altKey || e.shiftKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
      const i = detail.agenda.findIndex((a) => a.id === currentId);
      const next = detail.agenda[i + (e.key === 'ArrowUp' ? -1 : 1)];
      if (next) {
        e.preventDefault();
        select(next.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!detail) {
    return (
      <main id="content" tabIndex={-1} className="page">
        <h1 tabIndex={-1}>{loadError ? t('meeting.notFound') : t('app.loading')}</h1>
        <ErrorText error={loadError} />
      </main>
    );
  }

  const { meeting } = detail;
  const locked = isLocked(meeting);
  const setStatus = (status: MeetingStatus, adoptedAtMeetingId: string | null = null) =>
    run(async () => {
      await minutes.getState().flushAll();
      await write(() => api.meetings.setStatus({ id: meeting.id, status, adoptedAtMeetingId }), (changed) => ({ kind: 'meeting', meeting: changed }));
    });

  return (
    <main id="content" tabIndex={-1} className="page page--wide meeting">
      <header className="meeting__header">
        <div className="meeting__title">
          <p className="breadcrumb">
            <a href="#/meetings" onClick={(e) => { e.preventDefault(); navigate({ name: 'meetings', year: meeting.year }); }}>
              {t('meeting.back')}
            </a>
          </p>
          <h1 tabIndex={-1}>
            {nameOf(meeting, true)} <MeetingStatusBadge status={meeting.status} />
          </h1>
          <p className="muted">
            {[formatLongDate(meeting.date, i18n.language), formatTimeRange(meeting.startTime, meeting.endTime)].filter(Boolean).join(', ')}
            {meeting.place && ` · ${meeting.place}`}
            {meeting.onlineUrl && ` · ${t('meeting.online')}`}
          </p>
        </div>
        <div className="toolbar meeting__steps">
          {!locked && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('meetingDetails.edit')}
            </button>
          )}
          {/* The status steps come from the domain; the main one last, where the eye ends. */}
          {[...MEETING_STEPS[meeting.status]].reverse().map((step) => (
            <button
              key={step.to}
              type="button"
              className={`button${step.primary ? ' button--primary' : ''}`}
              onClick={() => (step.to === 'approved' ? setConfirmApprove(true) : void setStatus(step.to))}
            >
              {t(`meeting.step.${step.step}`)}
            </button>
          ))}
        </div>
        <div className="meeting__bar">
          <DocumentsBar meeting={meeting} />
          {!locked && <MeetingRoles meeting={meeting} members={meetingMembers} />}
        </div>
      </header>
      <ErrorText error={error} />
      {locked && (
        <p className="locked-banner" role="note">
          {t('meeting.locked')}
        </p>
      )}
      <div className="meeting__grid">
        <AgendaPanel
          meetingId={meeting.id}
          agenda={detail.agenda}
          currentId={currentId}
          locked={locked}
          onSelect={select}
          after={
            worldCafe && (
              <button type="button" className={`agenda__extra${onWorldCafe ? ' agenda__extra--current' : ''}`} aria-current={onWorldCafe ? 'true' : undefined} onClick={() => select(WORLD_CAFE_ITEM)}>
                {t('worldCafe.section')}
              </button>
            )
          }
        />
        <section className="card meeting__item" aria-label={onWorldCafe ? t('worldCafe.section') : (current?.title ?? t('meeting.agenda'))}>
          {onWorldCafe ? (
            <WorldCafeEditor meeting={meeting} locked={locked} />
          ) : current ? (
            <>
              <ItemHeader item={current} locked={locked} onRemoved={() => select(detail.agenda.find((a) => a.id !== current.id)?.id ?? '')} />
              <MinutesEditor key={current.id} itemId={current.id} title={current.title} locked={locked} />
              {meeting.kind === 'pzk' && !locked && <CaseReportButton meetingId={meeting.id} itemId={current.id} />}
              <ItemOutcomes detail={detail} itemId={current.id} locked={locked} activeMemberIds={activeIds} />
            </>
          ) : (
            <p className="muted">{t('meeting.noItems')}</p>
          )}
        </section>
        <Tabs className="card meeting__side">
          <TabList aria-label={t('meeting.panels')} className="tabs">
            <Tab id="attendance" className="tabs__tab">
              {t('meeting.attendanceTab')}
            </Tab>
            <Tab id="followup" className="tabs__tab">
              {t('meeting.followUpTab')} ({detail.carriedOver.length})
            </Tab>
            <Tab id="attachments" className="tabs__tab">
              {t('meeting.attachmentsTab')} ({detail.attachments.length})
            </Tab>
          </TabList>
          <TabPanel id="attendance">
            <AttendancePanel detail={detail} members={meetingMembers} locked={locked} />
          </TabPanel>
          <TabPanel id="followup">
            <FollowUpPanel detail={detail} locked={locked} />
          </TabPanel>
          <TabPanel id="attachments">
            <AttachmentsPanel detail={detail} locked={locked} />
          </TabPanel>
        </Tabs>
      </div>
      {editing && <MeetingDetailsDialog meeting={meeting} members={meetingMembers} onClose={() => setEditing(false)} />}
      {confirmApprove && (
        <ApproveDialog
          meeting={meeting}
          onCancel={() => setConfirmApprove(false)}
          onConfirm={(adoptedAtMeetingId) => {
            setConfirmApprove(false);
            void setStatus('approved', adoptedAtMeetingId);
          }}
        />
      )}
    </main>
  );
}
