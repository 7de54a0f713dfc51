import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, Dashboard, MeetingSummary } from '../../src/domain/types';
import { api } from '../api';
import { useChanges } from '../store/changes';
import { MeetingStatusBadge } from '../components/Badges';
import { ErrorText } from '../components/ErrorText';
import { formatDate, formatLongDate, formatTimeRange } from '../format';
import { useMeetingWords } from '../useMeetingWords';
import { navigate } from '../router';
import { memberName, useAppStore } from '../store/app';
import { takeEarly } from '../store/early';
import type { SyncStatusView } from '../../src/domain/types';
import { SyncStatusLine } from './SyncStatusLine';

function MeetingLink({ meeting }: { meeting: MeetingSummary }) {
  const { i18n } = useTranslation();
  const { nameOf } = useMeetingWords();
  return (
    <a
      href={`#/meetings/${meeting.id}`}
      onClick={(e) => {
        e.preventDefault();
        navigate({ name: 'meeting', id: meeting.id });
      }}
    >
      {nameOf(meeting, true)}{meeting.number && ` · ${formatDate(meeting.date, i18n.language)}`}
    </a>
  );
}

function ItemList({ items, empty, overdue }: { items: ActionItem[]; empty: string; overdue?: boolean }) {
  const { t, i18n } = useTranslation();
  const members = useAppStore((s) => s.members);
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id} className={overdue ? 'item-list__row item-list__row--overdue' : 'item-list__row'}>
          <span className="item-list__number">{item.number}</span>
          <span className="item-list__text">{item.text}</span>
          <span className="muted small">
            {memberName(members, item.ownerMemberId)} · {t('meeting.due', { date: formatDate(item.dueOn, i18n.language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Where the team stands on the Model's path, and its next step while it has one. */
function ModelPathCard({ path, declarations, rules, plan }: { path: Dashboard['modelPath']; declarations: Dashboard['declarations']; rules: Dashboard['rules']; plan: Dashboard['plan'] }) {
  const { t, i18n } = useTranslation();
  const type = path.next ? t(`pzkType.${path.next}`) : '';
  return (
    <section className="card" aria-labelledby="dash-path">
      <h2 id="dash-path">{t('modelPath.title')}</h2>
      <p>{t(`modelPath.stage.${path.stage}`, { date: path.since ? formatDate(path.since, i18n.language) : '' })}</p>
      {path.next && (
        <p>
          <strong>{t('modelPath.next', { type })}</strong>{' '}
          {path.nextPlanned ? (
            <a href={`#/meetings/${path.nextPlanned.id}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'meeting', id: path.nextPlanned!.id }); }}>
              {t('modelPath.planned', { date: formatLongDate(path.nextPlanned.date, i18n.language) })}
            </a>
          ) : (
            <a href="#/meetings" onClick={(e) => { e.preventDefault(); navigate({ name: 'meetings' }); }}>
              {t('modelPath.plan', { type })}
            </a>
          )}
        </p>
      )}
      {(declarations.accession.expected > 0 || declarations.confidentiality.expected > 0) && (
        <p>
          {t('declarations.dashboard', { ...declarations.accession, cSigned: declarations.confidentiality.signed, cExpected: declarations.confidentiality.expected })}{' '}
          <a href="#/declarations" onClick={(e) => { e.preventDefault(); navigate({ name: 'declarations' }); }}>
            {t('declarations.open')}
          </a>
        </p>
      )}
      {(rules || path.stage === 'formalised' || path.stage === 'world_cafe_held') && (
        <p>
          {rules ? t('rules.dashboard', { version: rules.version, date: formatDate(rules.adoptedOn, i18n.language) }) : t('rules.dashboardNone')}{' '}
          <a href="#/rules" onClick={(e) => { e.preventDefault(); navigate({ name: 'rules' }); }}>
            {t('rules.open')}
          </a>
        </p>
      )}
      {plan && (
        <p>
          {t('plan.dashboard', { title: plan.title, ...plan.progress })}{' '}
          <a href="#/plan" onClick={(e) => { e.preventDefault(); navigate({ name: 'plan' }); }}>
            {t('plan.open')}
          </a>
        </p>
      )}
    </section>
  );
}

export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const team = useAppStore((s) => s.team);
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sync, setSync] = useState<SyncStatusView | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    takeEarly('dashboard.get', () => api.dashboard.get()).then(setData, setError);
    takeEarly('sync.status', () => api.sync.status()).then(setSync, setError);
  }, [version]);
  // What another window or a restore changed shows here too.
  useChanges(['meeting', 'action_item', 'member'], () => setVersion((v) => v + 1));

  return (
    <main id="content" tabIndex={-1} className="page">
      <header className="page__header page__header--row">
        <div>
          <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
          <p className="muted">
            {team?.name}
            {data && ` · ${t('dashboard.today', { date: formatLongDate(data.today, i18n.language) })}`}
          </p>
        </div>
        <button type="button" className="button button--primary" onClick={() => navigate({ name: 'meetings' })}>
          {t('dashboard.newMeeting')}
        </button>
      </header>
      <ErrorText error={error} />
      {data && (
        <div className="dashboard">
          <section className="card" aria-labelledby="dash-next">
            <h2 id="dash-next">{t('dashboard.nextMeeting')}</h2>
            {data.nextMeeting ? (
              <p className="big">
                <MeetingLink meeting={data.nextMeeting} />
                <br />
                <span className="muted">
                  {formatLongDate(data.nextMeeting.date, i18n.language)} {formatTimeRange(data.nextMeeting.startTime, data.nextMeeting.endTime)}{' '}
                  {data.nextMeeting.place ?? (data.nextMeeting.onlineUrl ? t('meeting.online') : '')}
                </span>
              </p>
            ) : (
              <p className="muted">{t('dashboard.noNextMeeting')}</p>
            )}
            {data.unfinishedMeetings.length > 0 && (
              <>
                <h3>{t('dashboard.unfinished')}</h3>
                <ul className="plain-list">
                  {data.unfinishedMeetings.map((m) => (
                    <li key={m.id}>
                      <MeetingLink meeting={m} /> <MeetingStatusBadge status={m.status} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          {/* A team still on the path sees its next step first; a working team finds its stage at the end. */}
          {data.modelPath.next && <ModelPathCard path={data.modelPath} declarations={data.declarations} rules={data.rules} plan={data.plan} />}
          <section className="card" aria-labelledby="dash-overdue">
            <h2 id="dash-overdue">
              {t('dashboard.overdue')} <span className="count">{t('plural.actionItems', { count: data.overdue.length })}</span>
            </h2>
            <ItemList items={data.overdue} empty={t('dashboard.noOverdue')} overdue />
          </section>
          <section className="card" aria-labelledby="dash-week">
            <h2 id="dash-week">
              {t('dashboard.dueThisWeek')} <span className="count">{t('plural.actionItems', { count: data.dueThisWeek.length })}</span>
            </h2>
            <ItemList items={data.dueThisWeek} empty={t('dashboard.noDueThisWeek')} />
            <p>
              <a href="#/tasks" onClick={(e) => { e.preventDefault(); navigate({ name: 'tasks' }); }}>
                {t('dashboard.allTasks')}
              </a>{' '}
              <span className="muted">({t('dashboard.openItems', { count: data.openCount })})</span>
            </p>
          </section>
          <section className="card" aria-labelledby="dash-sync">
            <h2 id="dash-sync">{t('sync.title')}</h2>
            {sync && <SyncStatusLine status={sync} />}
            <a href="#/settings" onClick={(e) => { e.preventDefault(); navigate({ name: 'settings' }); }}>
              {t('sync.goToSettings')}
            </a>
          </section>
          <section className="card" aria-labelledby="dash-recent">
            <h2 id="dash-recent">{t('dashboard.recent')}</h2>
            {data.recentMeetings.length === 0 ? (
              <p className="muted">{t('dashboard.noRecent')}</p>
            ) : (
              <ul className="plain-list">
                {data.recentMeetings.map((m) => (
                  <li key={m.id}>
                    <MeetingLink meeting={m} /> <MeetingStatusBadge status={m.status} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {!data.modelPath.next && <ModelPathCard path={data.modelPath} declarations={data.declarations} rules={data.rules} plan={data.plan} />}
        </div>
      )}
    </main>
  );
}
