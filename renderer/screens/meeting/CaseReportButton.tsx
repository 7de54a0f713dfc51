// The task teams' report at a PZK meeting (issue 17.3): the core counts the cases since the previous PZK meeting
// and words them; the paragraph goes at the end of this agenda item's minutes. Counts only — the PZK's minutes
// travel to the regional centre, a case's detail stays in the case.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { kindWord } from '../../meetingName';
import { useAppStore } from '../../store/app';
import { appendToMinutes } from '../../store/meeting';
import { useAction } from '../../useAction';

export function CaseReportButton({ meetingId, itemId }: { meetingId: string; itemId: string }) {
  const { t } = useTranslation();
  const model = useAppStore((s) => s.team?.modelType ?? null);
  const taskLevel = kindWord(t, 'zzk', model);
  const [notice, setNotice] = useState('');
  const { run, error } = useAction();
  const insert = () =>
    run(async () => {
      const report = await api.cases.pzkReport({ meetingId });
      await appendToMinutes(itemId, report.text);
      setNotice(t('meeting.caseReport.inserted', { taskLevel }));
    });
  return (
    <div className="case-report">
      <button type="button" className="button button--small" onClick={() => void insert()} aria-describedby="case-report-help">
        {t('meeting.caseReport.insert', { taskLevel })}
      </button>
      <p id="case-report-help" className="muted small">
        {t('meeting.caseReport.help')}
      </p>
      <p role="status" className={notice ? 'form-ok small' : 'visually-hidden'}>
        {notice}
      </p>
      <ErrorText error={error} />
    </div>
  );
}
