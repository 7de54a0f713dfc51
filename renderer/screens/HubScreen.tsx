// The app in "Centrum regionalne" mode: import bundles from many teams (receipts back), enrol
// teams, the teams' state and monthly figures, CSV for a spreadsheet.
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFile, HubImportReport, HubMonthRow, HubTeamRow } from '../../src/domain/types';
import { api } from '../api';
import { AppDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { saveDocument } from '../download';
import { describeError } from '../errors';
import { formatDate } from '../format';
import { readBase64File } from '../readFile';
import { useAction } from '../useAction';

type Imported = { name: string; report: HubImportReport; receipt: DocumentFile | null };

function MonthlyDialog({ team, onClose }: { team: HubTeamRow; onClose: () => void }) {
  const { t } = useTranslation();
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
          <thead>
            <tr>
              {(['month', 'held', 'rate', 'sectors', 'opened', 'closed', 'overdue', 'cases'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`hub.monthly.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                <td>{r.meetingsHeld}</td>
                <td>{r.attendanceRate === null ? '—' : `${r.attendanceRate.toLocaleString('pl-PL')} %`}</td>
                <td>{r.sectorsPresent}</td>
                <td>{r.actionItemsOpened}</td>
                <td>{r.actionItemsClosed}</td>
                <td>{r.actionItemsOverdue}</td>
                <td>{r.casesOpened}</td>
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

export function HubScreen({ name }: { name: string }) {
  const { t, i18n } = useTranslation();
  const [teams, setTeams] = useState<HubTeamRow[] | null>(null);
  const [imported, setImported] = useState<Imported[]>([]);
  const [enrol, setEnrol] = useState({ name: '', teryt: '' });
  const [enrolFields, setEnrolFields] = useState<Record<string, string>>({});
  const [monthly, setMonthly] = useState<HubTeamRow | null>(null);
  const { run, error, busy } = useAction();
  const refresh = useCallback(() => run(async () => setTeams(await api.hub.teams())), [run]);
  useEffect(() => void refresh(), [refresh]);

  async function importFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (!files.length) return;
    await run(async () => {
      setImported(await api.hub.import({ files: await Promise.all(files.map(async (f) => ({ name: f.name, base64: await readBase64File(f) }))) }));
      setTeams(await api.hub.teams());
    });
  }

  async function enrolTeam(e: FormEvent) {
    e.preventDefault();
    try {
      saveDocument(await api.hub.enrol(enrol));
      setEnrol({ name: '', teryt: '' });
      setEnrolFields({});
      await refresh();
    } catch (err) {
      setEnrolFields(describeError(err, t).fields);
    }
  }

  return (
    <main id="content" tabIndex={-1} className="page">
      <header className="page__header page__header--row">
        <div>
          <h1 tabIndex={-1}>{t('hub.title')}</h1>
          <p className="muted">{name}</p>
        </div>
        <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.hub.csv()))}>
          {t('hub.csv')}
        </button>
      </header>
      <ErrorText error={error} />
      <div className="stack">
        <section className="card" aria-labelledby="hub-teams">
          <h2 id="hub-teams">{t('hub.teams')}</h2>
          {teams && teams.length === 0 && <p className="muted">{t('hub.noTeams')}</p>}
          {teams && teams.length > 0 && (
            <table className="table">
              <caption className="visually-hidden">{t('hub.teams')}</caption>
              <thead>
                <tr>
                  {(['teryt', 'name', 'last', 'ack', 'meetings', 'members', 'open', 'actions'] as const).map((c) => (
                    <th key={c} scope="col">
                      {t(`hub.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {teams.map((team) => (
                  <tr key={team.teamId}>
                    <td>{team.teryt}</td>
                    <td>{team.name}</td>
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
                      <button type="button" className="link-button" onClick={() => setMonthly(team)}>
                        {t('hub.monthlyButton')}
                        <span className="visually-hidden"> {team.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="grid-2 grid-2--gap">
          <section className="card" aria-labelledby="hub-import">
            <h2 id="hub-import">{t('hub.import')}</h2>
            <label className="file-button">
              <span>{t('hub.chooseBundles')}</span>
              <input type="file" multiple accept=".pzkb" onChange={(e) => void importFiles(e)} />
            </label>
            <ul className="plain-list hub-reports" aria-live="polite">
              {imported.map((i) => (
                <li key={i.name} className={i.report.accepted ? 'form-ok' : 'form-error'}>
                  <strong>{i.name}</strong>:{' '}
                  {i.report.accepted
                    ? t(i.report.alreadyImported ? 'hub.already' : 'hub.accepted', { teryt: i.report.teryt, imported: i.report.imported, updated: i.report.updated, ignored: i.report.ignored })
                    : t('hub.refused', { reason: t(`hub.reason.${i.report.code ?? 'INTERNAL'}`, { defaultValue: t('hub.reason.INTERNAL') }) })}
                  {i.receipt && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => saveDocument(i.receipt!)}>
                        {t('hub.saveReceipt')}
                        <span className="visually-hidden"> {i.name}</span>
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="hub-enrol">
            <h2 id="hub-enrol">{t('hub.enrol')}</h2>
            <form onSubmit={enrolTeam} noValidate>
              <Field label={t('hub.teamName')} error={enrolFields.name}>
                {(a) => <input {...a} value={enrol.name} onChange={(e) => setEnrol((x) => ({ ...x, name: e.target.value }))} />}
              </Field>
              <Field label={t('setup.teryt')} error={enrolFields.teryt}>
                {(a) => <input {...a} inputMode="numeric" value={enrol.teryt} onChange={(e) => setEnrol((x) => ({ ...x, teryt: e.target.value }))} />}
              </Field>
              <button type="submit" className="button button--primary">
                {t('hub.enrolSubmit')}
              </button>
            </form>
          </section>
        </div>
      </div>
      {monthly && <MonthlyDialog team={monthly} onClose={() => setMonthly(null)} />}
    </main>
  );
}
