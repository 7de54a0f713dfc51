// The hub's team list: state, last bundle, acknowledged seq, why the last bundle was refused,
// the team's monthly figures, and a new enrolment for a restored or replaced installation.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubMonthRow, HubTeamRow } from '../../../src/domain/types';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { api } from '../../api';
import { AppDialog, ConfirmDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { saveDocument } from '../../download';
import { formatDate, formatMonth } from '../../format';
import { useAction } from '../../useAction';
import { refusalReason } from './refusal';

function MonthlyDialog({ team, onClose }: { team: HubTeamRow; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<HubMonthRow[] | null>(null);
  const { run, error } = useAction();
  useEffect(() => void run(async () => setRows(await api.hub.monthly({ teamId: team.teamId }))), [team.teamId, run]);
  return (
    <AppDialog isOpen onClose={onClose} title={t('hub.monthlyTitle', { name: team.name })} wide>
      <ErrorText error={error} />
      {rows && rows.length === 0 && <p className="muted">{t('hub.noData')}</p>}
      {rows && rows.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('hub.monthlyTitle', { name: team.name })}</caption>
          <ColumnHeaders labels={(['month', 'held', 'rate', 'sectors', 'opened', 'closed', 'overdue', 'support'] as const).map((c) => t(`hub.monthly.${c}`))} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{formatMonth(r.month, i18n.language)}</th>
                <td>{r.meetingsHeld}</td>
                <td>{r.attendanceRate === null ? '—' : `${r.attendanceRate.toLocaleString('pl-PL')} %`}</td>
                <td>{r.sectorsPresent}</td>
                <td>{r.actionItemsOpened}</td>
                <td>{r.actionItemsClosed}</td>
                <td>{r.actionItemsOverdue}</td>
                <td>{r.supportSessions ? t('hub.monthly.supportLine', { sessions: r.supportSessions, hours: r.supportHours.toLocaleString(i18n.language), participants: r.supportParticipants }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('hub.suppressed')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </AppDialog>
  );
}

export function HubTeams({ teams, onChanged }: { teams: HubTeamRow[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [monthly, setMonthly] = useState<HubTeamRow | null>(null);
  const [reEnrol, setReEnrol] = useState<HubTeamRow | null>(null);
  const { run, error } = useAction();
  const confirmReEnrol = (team: HubTeamRow) =>
    run(async () => {
      setReEnrol(null);
      saveDocument(await api.hub.reEnrol({ teamId: team.teamId }));
      onChanged();
    });
  if (teams.length === 0) return <p className="muted">{t('hub.noTeams')}</p>;
  return (
    <>
      <ErrorText error={error} />
      <table className="table">
        <caption className="visually-hidden">{t('hub.teams')}</caption>
        <ColumnHeaders labels={(['teryt', 'name', 'state', 'last', 'ack', 'meetings', 'members', 'open', 'actions'] as const).map((c) => t(`hub.columns.${c}`))} />
        <tbody>
          {teams.map((team) => (
            <tr key={team.teamId}>
              <td>{team.teryt}</td>
              <td>
                {team.name}
                <span className="small muted block">{t(`modelPath.short.${team.stage}`)}</span>
                {team.declarations.expected > 0 && <span className="small muted block">{t('declarations.hubLine', team.declarations)}</span>}
              </td>
              <td>
                <span className={team.state === 'refused' ? 'text-danger' : undefined}>{t(`hub.state.${team.state}`)}</span>
                {team.lastRefusal && (
                  <span className="small muted block">
                    {t('hub.lastRefusal', { date: formatDate(team.lastRefusal.at.slice(0, 10), i18n.language), reason: refusalReason(team.lastRefusal.report, t) })}
                  </span>
                )}
              </td>
              <td>{team.lastBundleAt ? formatDate(team.lastBundleAt.slice(0, 10), i18n.language) : t('hub.never')}</td>
              <td>{team.ackedSeq}</td>
              <td>
                {team.meetingsHeld}/{team.meetings}
              </td>
              <td>{team.members}</td>
              <td>
                {team.actionItemsOpen}/{team.actionItems}
              </td>
              <td>
                <div className="inline-actions">
                  <button type="button" className="link-button" onClick={() => setMonthly(team)}>
                    {t('hub.monthlyButton')}
                    <span className="visually-hidden"> {team.name}</span>
                  </button>
                  <button type="button" className="link-button" onClick={() => setReEnrol(team)}>
                    {t('hub.reEnrol')}
                    <span className="visually-hidden"> {team.name}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {monthly && <MonthlyDialog team={monthly} onClose={() => setMonthly(null)} />}
      {reEnrol && (
        <ConfirmDialog
          isOpen
          danger
          title={t('hub.reEnrolTitle', { name: reEnrol.name })}
          body={t('hub.reEnrolBody')}
          confirmLabel={t('hub.reEnrolConfirm')}
          cancelLabel={t('app.cancel')}
          onConfirm={() => void confirmReEnrol(reEnrol)}
          onCancel={() => setReEnrol(null)}
        />
      )}
    </>
  );
}
