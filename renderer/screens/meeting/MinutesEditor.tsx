// The minutes of one agenda item. Typing never waits on the database: the text lives in the
// autosave store (and in local storage) and is saved in the background.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AppError } from '../../../src/api/errors';
import { describeError } from '../../errors';
import { minutes } from '../../store/meeting';

export function MinutesEditor({ itemId, title, locked }: { itemId: string; title: string; locked: boolean }) {
  const { t } = useTranslation();
  const draft = useStore(minutes, (s) => s.drafts[itemId]);
  const status = draft?.status ?? 'saved';
  // Read-only data is not a passing failure: the reason is shown instead of "trying again".
  const readOnly = status === 'error' && draft?.error instanceof AppError && draft.error.code === 'READ_ONLY_DATA';
  return (
    <div className="minutes">
      <label htmlFor="minutes-text" className="minutes__label">
        {t('meeting.minutes', { title })}
      </label>
      <textarea
        id="minutes-text"
        className="minutes__text"
        value={draft?.text ?? ''}
        readOnly={locked}
        aria-describedby="minutes-help minutes-state"
        spellCheck
        onChange={(e) => minutes.getState().edit(itemId, e.target.value)}
        onBlur={() => void minutes.getState().flush(itemId)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            void minutes.getState().flush(itemId);
          }
        }}
      />
      <div className="minutes__footer">
        <p id="minutes-help" className="muted small">
          {t('meeting.minutesHelp')}
        </p>
        {!locked && (
          <p id="minutes-state" className={`save-state save-state--${status}`} role="status" data-status={status}>
            {readOnly ? describeError(draft!.error, t).message : t(`meeting.saveState.${status}`)}
          </p>
        )}
      </div>
    </div>
  );
}
