// The app in "Centrum regionalne" mode: import bundles from many teams (receipts back), enrol
// teams, the teams' state and monthly figures, the region's case figures per type of gmina, CSV for a spreadsheet.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFile, HubImportReport, HubJournalEntry, HubTeamRow } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { saveDocument } from '../../download';
import { describeError } from '../../errors';
import { readBytes } from '../../readFile';
import { FilePicker } from '../../components/FilePicker';
import { useAction } from '../../useAction';
import { HubCaseFigures } from './HubCaseFigures';
import { HubCatalogue } from './HubCatalogue';
import { HubJournal } from './HubJournal';
import { HubTeams } from './HubTeams';
import { refusalReason } from './refusal';

type Imported = { name: string; report: HubImportReport; receipt: DocumentFile | null };

export function HubScreen({ name }: { name: string }) {
  const { t } = useTranslation();
  const [teams, setTeams] = useState<HubTeamRow[] | null>(null);
  const [journal, setJournal] = useState<HubJournalEntry[] | null>(null);
  const [imported, setImported] = useState<Imported[]>([]);
  // Counts the imports, so the catalogue reads the new bundles.
  const [version, setVersion] = useState(0);
  const [enrol, setEnrol] = useState({ name: '', teryt: '' });
  const [enrolFields, setEnrolFields] = useState<Record<string, string>>({});
  const { run, error, busy } = useAction();
  const load = useCallback(async () => {
    const [teamRows, entries] = await Promise.all([api.hub.teams(), api.hub.journal()]);
    setTeams(teamRows);
    setJournal(entries);
  }, []);
  const refresh = useCallback(() => run(load), [run, load]);
  useEffect(() => void refresh(), [refresh]);

  async function importFiles(files: File[]) {
    if (!files.length) return;
    await run(async () => {
      // One file at a time: a region's bundles read together can take gigabytes (and any number may be chosen).
      const reports: Imported[] = [];
      for (const f of files) reports.push(...(await api.hub.import({ files: [{ name: f.name, bytes: await readBytes(f) }] })));
      setImported(reports);
      setVersion((v) => v + 1);
      await load();
    });
  }

  const [enrolSaved, setEnrolSaved] = useState<{ fileName: string; name: string } | null>(null);

  async function enrolTeam(e: FormEvent) {
    e.preventDefault();
    try {
      const file = await api.hub.enrol(enrol);
      await saveDocument(file);
      // What to do with the file just saved (issue 11.13): it goes to the team, which loads it.
      setEnrolSaved({ fileName: file.fileName, name: enrol.name });
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
          {teams && <HubTeams teams={teams} onChanged={() => void refresh()} />}
        </section>
        <div className="grid-2 grid-2--gap">
          <section className="card" aria-labelledby="hub-import">
            <h2 id="hub-import">{t('hub.import')}</h2>
            <FilePicker label={t('hub.chooseBundles')} accept=".pzkb" multiple onFiles={(files) => void importFiles(files)} />
            <ul className="plain-list hub-reports" aria-live="polite">
              {imported.map((i, n) => (
                <li key={`${n}:${i.name}`} className={i.report.accepted ? 'form-ok' : 'form-error'}>
                  <strong>{i.name}</strong>:{' '}
                  {i.report.accepted
                    ? t(i.report.alreadyImported ? 'hub.already' : 'hub.accepted', { teryt: i.report.teryt, imported: i.report.imported, updated: i.report.updated, ignored: i.report.ignored, deleted: i.report.deleted, anonymised: i.report.anonymised })
                    : t('hub.refused', { reason: refusalReason(i.report, t) })}
                  {i.receipt && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => void saveDocument(i.receipt!)}>
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
            {enrolSaved && (
              <p role="status" className="form-ok">
                {t('hub.enrolSaved', enrolSaved)}
              </p>
            )}
          </section>
        </div>
        <HubCaseFigures version={version} />
        <HubCatalogue version={version} />
        {journal && <HubJournal entries={journal} />}
      </div>
    </main>
  );
}
