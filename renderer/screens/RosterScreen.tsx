// Skład zespołu: institutions grouped by sector with their members; add, edit, leave, come back,
// each member's history, and the person's rights (RODO): their data as a file, erasure once they left.
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS } from '../../src/domain/enums';
import type { AnonymisationResult, Institution, Member, MemberHistory } from '../../src/domain/types';
import { api } from '../api';
import { ActionStatusBadge } from '../components/Badges';
import { AppDialog } from '../components/Dialog';
import { saveDocument } from '../download';
import { ErrorText } from '../components/ErrorText';
import { DateField } from '../components/DateTimeFields';
import { formatDate, isoDate } from '../format';
import { meetingName } from '../meetingName';
import { navigate, useRouter } from '../router';
import { useAppStore } from '../store/app';
import { useAction } from '../useAction';
import { MemberForm } from './MemberForm';
import { RosterSpreadsheets } from './RosterImport';

const collator = new Intl.Collator('pl');

export interface InstitutionGroup {
  key: string;
  institution: Institution | null;
  members: Member[];
}

/** Members under their institutions, institutions under their sectors (in the fixed sector order). */
export function groupRoster(institutions: Institution[], members: Member[]) {
  const groups = new Map<string, InstitutionGroup>();
  for (const member of members) {
    const key = member.institutionId ?? '';
    const group = groups.get(key) ?? { key, institution: institutions.find((i) => i.id === key) ?? null, members: [] };
    group.members.push(member);
    groups.set(key, group);
  }
  const all = [...groups.values()].sort((a, b) => collator.compare(a.institution?.name ?? '', b.institution?.name ?? ''));
  const sectors = SECTORS.map((sector) => ({ sector, groups: all.filter((g) => g.institution?.sector === sector) })).filter((s) => s.groups.length);
  const loose = all.filter((g) => g.institution === null);
  return { sectors, loose };
}

const HISTORY_PAGE = 50;

function HistoryDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [history, setHistory] = useState<MemberHistory | null>(null);
  // A long membership comes a page at a time, the latest first.
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const { run, error } = useAction();
  useEffect(() => void run(async () => setHistory(await api.members.history({ id: member.id, limit }))), [member.id, limit, run]);
  const more = history && (history.attended.length < history.attendedTotal || history.actionItems.length < history.actionItemsTotal);
  return (
    <AppDialog isOpen onClose={onClose} title={t('roster.historyTitle', { name: member.fullName })}>
      <ErrorText error={error} />
      {history && (
        <div className="history">
          <h3>{t('roster.attended')}</h3>
          {history.attended.length === 0 ? (
            <p className="muted">{t('roster.noAttended')}</p>
          ) : (
            <ul className="plain-list">
              {history.attended.map(({ meeting, status }) => (
                <li key={meeting.id}>
                  {meetingName(t, i18n.language, meeting)} · {formatDate(meeting.date, i18n.language)} · {t(`attendance.${status}`)}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('roster.owned')}</h3>
          {history.actionItems.length === 0 ? (
            <p className="muted">{t('roster.noOwned')}</p>
          ) : (
            <ul className="plain-list">
              {history.actionItems.map((i) => (
                <li key={i.id}>
                  <strong>{i.number}</strong> {i.text} <ActionStatusBadge status={i.status} />
                </li>
              ))}
            </ul>
          )}
          {more && (
            <p>
              <span className="muted small">{t('roster.historyShown', { attended: history.attended.length, attendedTotal: history.attendedTotal, owned: history.actionItems.length, ownedTotal: history.actionItemsTotal })}</span>{' '}
              <button type="button" className="link-button" onClick={() => setLimit((l) => l + HISTORY_PAGE)}>
                {t('roster.historyMore')}
              </button>
            </p>
          )}
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </AppDialog>
  );
}

function DeactivateDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const [leftOn, setLeftOn] = useState(isoDate(new Date()));
  const { run, error } = useAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(async () => {
      await api.members.deactivate({ id: member.id, leftOn });
      await refreshRoster();
      return true;
    });
    if (ok) onClose();
  }
  return (
    <AppDialog isOpen onClose={onClose} title={t('roster.deactivateTitle', { name: member.fullName })}>
      <form onSubmit={submit} noValidate>
        <DateField label={t('roster.leftOn')} value={leftOn} onChange={setLeftOn} />
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('roster.deactivate')}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}

/** Erasure (RODO art. 17): confirm, then say where the name is still written in the minutes. */
function AnonymiseDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const [result, setResult] = useState<AnonymisationResult | null>(null);
  const { run, error } = useAction();
  if (!result) {
    return (
      <AppDialog isOpen onClose={onClose} title={t('roster.anonymiseTitle', { name: member.fullName })} role="alertdialog">
        <p>{t('roster.anonymiseBody')}</p>
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('app.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void run(async () => {
                setResult(await api.members.anonymise({ id: member.id }));
                await refreshRoster();
              })
            }
          >
            {t('roster.anonymiseConfirm')}
          </button>
        </div>
      </AppDialog>
    );
  }
  return (
    <AppDialog isOpen onClose={onClose} title={t('roster.anonymised')}>
      <p role="status">{result.mentions.length ? t('roster.mentions') : t('roster.noMentions')}</p>
      {result.mentions.length > 0 && (
        <ul className="plain-list">
          {result.mentions.map((m) => (
            <li key={`${m.kind}-${m.refId}`}>
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  onClose();
                  if (m.meetingId) navigate({ name: 'meeting', id: m.meetingId, itemId: m.agendaItemId ?? undefined });
                }}
              >
                {m.meetingNumber ? t('meeting.title', { number: m.meetingNumber }) : t(`search.kind.${m.kind}`)}
              </a>{' '}
              <span className="muted small">{m.excerpt}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </AppDialog>
  );
}

type Dialog = { kind: 'edit' | 'deactivate' | 'history' | 'anonymise'; member: Member } | null;

/** A long address wraps at "@" and before the dots, never inside a word (issue 11.5). */
function BreakableEmail({ email }: { email: string }) {
  return (
    <>
      {email.split(/(?=[@.])/).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

function MemberRow({ member, onOpen }: { member: Member; onOpen: (d: Dialog) => void }) {
  const { t, i18n } = useTranslation();
  const refreshRoster = useAppStore((s) => s.refreshRoster);
  const { run, error } = useAction();
  return (
    <tr className={member.active ? undefined : 'row--inactive'}>
      <td>
        {member.fullName}
        {!member.active && <div className="muted small">{t('roster.inactive', { date: formatDate(member.leftOn, i18n.language) })}</div>}
        {member.anonymisedOn && <div className="muted small">{t('roster.anonymisedOn', { date: formatDate(member.anonymisedOn, i18n.language) })}</div>}
      </td>
      <td>{member.position ?? '—'}</td>
      <td>{t(`role.${member.role}`)}</td>
      <td className="roster__contact">
        {member.email || member.phone ? (
          <>
            {member.email && (
              <span className="roster__email">
                <BreakableEmail email={member.email} />
              </span>
            )}
            {member.phone && <span className="nowrap">{member.phone}</span>}
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="row-actions">
        {!member.anonymisedOn && (
          <button type="button" className="link-button" onClick={() => onOpen({ kind: 'edit', member })}>
            {t('app.edit')}
            <span className="visually-hidden">: {member.fullName}</span>
          </button>
        )}
        <button type="button" className="link-button" onClick={() => onOpen({ kind: 'history', member })}>
          {t('roster.history')}
          <span className="visually-hidden">: {member.fullName}</span>
        </button>
        {member.active ? (
          <button type="button" className="link-button" onClick={() => onOpen({ kind: 'deactivate', member })}>
            {t('roster.deactivate')}
            <span className="visually-hidden">: {member.fullName}</span>
          </button>
        ) : (
          !member.anonymisedOn && (
            <>
              <button type="button" className="link-button" onClick={() => void run(async () => { await api.members.reactivate({ id: member.id }); await refreshRoster(); })}>
                {t('roster.reactivate')}
                <span className="visually-hidden">: {member.fullName}</span>
              </button>
              <button type="button" className="link-button link-button--danger" onClick={() => onOpen({ kind: 'anonymise', member })}>
                {t('roster.anonymise')}
                <span className="visually-hidden">: {member.fullName}</span>
              </button>
            </>
          )
        )}
        <button type="button" className="link-button" onClick={() => void run(async () => saveDocument(await api.members.exportData({ id: member.id })))}>
          {t('roster.exportData')}
          <span className="visually-hidden">: {member.fullName}</span>
        </button>
        <ErrorText error={error} />
      </td>
    </tr>
  );
}

function GroupTable({ group, onOpen }: { group: InstitutionGroup; onOpen: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const name = group.institution?.name ?? t('roster.noInstitution');
  const headingId = `inst-${group.key || 'none'}`;
  return (
    <section className="card roster__group" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <table className="table roster__table">
        <caption className="visually-hidden">{t('roster.tableCaption', { institution: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roster.columns.name')}</th>
            <th scope="col">{t('roster.columns.position')}</th>
            <th scope="col">{t('roster.columns.role')}</th>
            <th scope="col">{t('roster.columns.contact')}</th>
            <th scope="col">{t('roster.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {group.members.map((m) => (
            <MemberRow key={m.id} member={m} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function RosterScreen() {
  const { t } = useTranslation();
  const team = useAppStore((s) => s.team);
  const institutions = useAppStore((s) => s.institutions);
  const members = useAppStore((s) => s.members);
  const route = useRouter((s) => s.route);
  const [showInactive, setShowInactive] = useState(false);
  const [chosen, setDialog] = useState<Dialog>(null);
  const shown = members.filter((m) => m.active || showInactive);
  const { sectors, loose } = groupRoster(institutions, shown);
  const activeCount = members.filter((m) => m.active).length;

  // A search result for a member opens their history.
  const linked = route.name === 'roster' && route.memberId ? members.find((m) => m.id === route.memberId) : undefined;
  const dialog: Dialog = chosen ?? (linked ? { kind: 'history', member: linked } : null);
  const close = () => {
    setDialog(null);
    if (linked) navigate({ name: 'roster' }, { replace: true });
  };

  return (
    <main id="content" tabIndex={-1} className="page page--wide">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('roster.title')}</h1>
        {team && (
          <p className="muted">
            <strong>{team.name}</strong> · {t('roster.teamLine', { gmina: team.gminaName, teryt: team.teryt })} · {t('roster.count', { count: activeCount })}
          </p>
        )}
      </header>
      <div className="split">
        <section aria-label={t('roster.title')} className="roster">
          <label className="radio">
            <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
            {t('roster.showInactive')}
          </label>
          {shown.length === 0 && <p className="empty">{t('roster.empty')}</p>}
          {sectors.map(({ sector, groups }) => (
            <section key={sector} aria-labelledby={`sector-${sector}`} className="roster__sector">
              <h2 id={`sector-${sector}`} className="roster__sector-title">
                {t(`sector.${sector}`)}
              </h2>
              {groups.map((g) => (
                <GroupTable key={g.key} group={g} onOpen={setDialog} />
              ))}
            </section>
          ))}
          {loose.map((g) => (
            <GroupTable key="none" group={g} onOpen={setDialog} />
          ))}
        </section>
        <div className="stack">
          <aside className="card" aria-labelledby="add-member-title">
            <h2 id="add-member-title">{t('member.addTitle')}</h2>
            <MemberForm member={null} />
          </aside>
          <RosterSpreadsheets />
        </div>
      </div>
      {dialog?.kind === 'edit' && (
        <AppDialog isOpen onClose={close} title={t('roster.editTitle', { name: dialog.member.fullName })}>
          <MemberForm member={dialog.member} onDone={close} />
        </AppDialog>
      )}
      {dialog?.kind === 'deactivate' && <DeactivateDialog member={dialog.member} onClose={close} />}
      {dialog?.kind === 'history' && <HistoryDialog member={dialog.member} onClose={close} />}
      {dialog?.kind === 'anonymise' && <AnonymiseDialog member={dialog.member} onClose={close} />}
    </main>
  );
}
