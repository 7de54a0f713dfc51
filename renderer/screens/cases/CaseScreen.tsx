// One case (issue 17.2): referral → diagnosis → consent → team → plan (goals, tasks, reviews at its task team's
// meetings) → closure. Each step is a card; a step becomes available once the one before it is done, and a
// closed case or a withdrawn consent says why nothing new can be written.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../src/domain/types';
import { api } from '../../api';
import { DateField } from '../../components/DateTimeFields';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import { navigate } from '../../router';
import { useAppStore } from '../../store/app';
import { useAction } from '../../useAction';
import { useMeetingWords } from '../../useMeetingWords';
import { ConsentForm, CloseForm, DiagnosisForm, FormEnd, ReferralForm, TeamForm, useCaseForm } from './CaseForms';
import { GoalsCard, ReviewsCard } from './CasePlan';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A step already done shows what was recorded; its form opens on request (a later correction). */
function Step({ done, summary, change, children }: { done: boolean; summary: ReactNode; change: string; children: ReactNode }) {
  if (!done) return <>{children}</>;
  return (
    <>
      {summary}
      <details className="disclosure">
        <summary>{change}</summary>
        {children}
      </details>
    </>
  );
}

function MeetingsCard({ view, open, onSaved }: { view: CaseView; open: boolean; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const { nameOf } = useMeetingWords();
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const { fields, error, busy, send } = useCaseForm(onSaved);
  return (
    <>
      {view.meetings.length === 0 && <p className="muted">{t('cases.noMeetings')}</p>}
      <ul className="plain-list">
        {view.meetings.map((m) => (
          <li key={m.id}>
            <a href={`#/meetings/${encodeURIComponent(m.id)}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'meeting', id: m.id }); }}>
              {nameOf({ ...m, kind: 'zzk' }, true)}
            </a>{' '}
            <span className="muted small">({t(`status.${m.status}`)})</span>
          </li>
        ))}
      </ul>
      {open && (
        <form
          noValidate
          aria-label={t('cases.planMeeting')}
          onSubmit={send(async () => {
            const meeting = await api.meetings.create({ kind: 'zzk', caseId: view.summary.case.id, date, agenda: [t('cases.reviews')] });
            navigate({ name: 'meeting', id: meeting.id });
          }, t('cases.planMeeting'))}
        >
          <DateField label={t('meetings.date')} error={fields.date} value={date} onChange={setDate} />
          <FormEnd error={error} busy={busy} label={t('cases.planMeeting')} />
        </form>
      )}
    </>
  );
}

export function CaseScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const model = useAppStore((s) => s.team?.modelType ?? 'miejska');
  const institutions = useAppStore((s) => s.institutions);
  const members = useAppStore((s) => s.members);
  const [view, setView] = useState<CaseView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Each save reloads the case; the forms are keyed by it so they show what was saved.
  const [version, setVersion] = useState(0);
  const { run, error } = useAction();
  const load = useCallback(() => run(async () => setView(await api.cases.get({ id }))), [run, id]);
  useEffect(() => void load(), [load]);
  const saved = (message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
    void load();
  };
  if (!view) return <Page title={t('cases.title')} notice={null} error={error}>{null}</Page>;
  const c = view.summary.case;
  const writable = view.block === null;
  const date = (d: string | null) => (d ? formatDate(d, i18n.language) : t('app.none'));
  const name = (id: string | null) => institutions.find((i) => i.id === id)?.name ?? t('app.none');
  const diagnosis = <p>{c.diagnosedOn ? `${date(c.diagnosedOn)}: ${c.difficulties.map((d) => (d === 'other' ? (c.otherDifficulty ?? t('cases.difficulty.other')) : t(`cases.difficulty.${d}`))).join(', ')}` : t('app.none')}</p>;
  const team = (
    <ul className="plain-list">
      {view.team.map((m) => (
        <li key={m.id}>
          {name(m.institutionId)}
          {m.memberId && <span className="muted"> — {members.find((x) => x.id === m.memberId)?.fullName}</span>}{' '}
          {m.institutionId === c.leadInstitutionId && <span className="badge badge--planned">{t('cases.leadMark')}</span>}
        </li>
      ))}
    </ul>
  );
  return (
    <Page title={t('cases.caseTitle', { code: c.code })} notice={notice} error={error}>
      <p>
        <a href="#/cases" onClick={(e) => { e.preventDefault(); navigate({ name: 'cases' }); }}>
          {t('cases.back')}
        </a>
      </p>
      <p>
        <span className={`badge ${view.summary.stage === 'closed' ? 'badge--approved' : 'badge--planned'}`}>{t('cases.stageNow', { stage: t(`cases.stage.${view.summary.stage}`) })}</span>{' '}
        {view.summary.months !== null && <span className="muted">{t('cases.months', { count: view.summary.months })}</span>}
      </p>
      {view.block && view.block !== 'no_consent' && (
        <p className="form-warning" role="note">
          {t(`cases.blocked.${view.block}`, { date: date(c.consentWithdrawnOn) })}
        </p>
      )}
      <div className="stack" key={version}>
        <Card id="case-referral" title={t('cases.referral')}>
          <Step done={c.openedOn !== null} change={t('cases.changeReferral')} summary={<p>{t('cases.referredOn', { date: date(c.openedOn), institution: institutions.find((i) => i.id === c.referredByInstitutionId)?.name ?? t('app.none') })}</p>}>
            <ReferralForm view={view} onSaved={saved} />
          </Step>
        </Card>
        <Card id="case-diagnosis" title={t('cases.diagnosis')}>
          {c.closedOn || c.consentWithdrawnOn ? (
            diagnosis
          ) : (
            <Step done={c.diagnosedOn !== null} change={t('cases.changeDiagnosis')} summary={diagnosis}>
              <DiagnosisForm view={view} onSaved={saved} />
            </Step>
          )}
        </Card>
        {(c.diagnosedOn || c.consentOn) && (
          <Card id="case-consent" title={t('cases.consent')}>
            {c.consentWithdrawnOn ? (
              <p>{t('cases.consentWithdrawnOn', { date: date(c.consentWithdrawnOn) })}</p>
            ) : c.closedOn ? (
              <p>{date(c.consentOn)}</p>
            ) : (
              <Step done={c.consentOn !== null} change={t('cases.changeConsent')} summary={<p>{t('cases.consentSummary', { date: date(c.consentOn), institutions: c.consentScope.map(name).join(', ') })}</p>}>
                <ConsentForm view={view} onSaved={saved} />
              </Step>
            )}
          </Card>
        )}
        {c.consentOn && (
          <Card id="case-team" title={t('cases.team')}>
            {writable ? (
              <Step done={view.team.length > 0} change={t('cases.changeTeam')} summary={team}>
                <TeamForm view={view} onSaved={saved} />
              </Step>
            ) : (
              team
            )}
          </Card>
        )}
        {view.team.length > 0 && (
          <>
            <Card id="case-goals" title={`${t('cases.goals')} — ${t(`cases.plan.${model}`)}`}>
              <GoalsCard view={view} open={writable} onSaved={saved} />
            </Card>
            <Card id="case-meetings" title={t('cases.meetings')}>
              <MeetingsCard view={view} open={writable} onSaved={saved} />
            </Card>
            <Card id="case-reviews" title={t('cases.reviews')}>
              <ReviewsCard view={view} open={writable} onSaved={saved} />
            </Card>
          </>
        )}
        <Card id="case-closure" title={t('cases.closure')}>
          {c.closedOn && c.closeReason ? (
            <p>{t('cases.closedAs', { date: date(c.closedOn), reason: t(`cases.reason.${c.closeReason}`), months: t('cases.months', { count: view.summary.months ?? 0 }) })}</p>
          ) : (
            <CloseForm view={view} onSaved={saved} />
          )}
        </Card>
      </div>
    </Page>
  );
}
