// The four outputs of a World Café meeting (aspiration, values, working rules, communication
// standards), typed during or right after the rounds. Like the minutes, the text lives in the
// autosave store and in local storage first, so nothing typed is lost.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { WORLD_CAFE_FIELDS, type WorldCafeField } from '../../../src/domain/enums';
import type { Meeting } from '../../../src/domain/types';
import { worldCafeKey, worldCafeNotes } from '../../store/meeting';

function Output({ meeting, field, locked }: { meeting: Meeting; field: WorldCafeField; locked: boolean }) {
  const { t } = useTranslation();
  const key = worldCafeKey(meeting.id, field);
  const draft = useStore(worldCafeNotes, (s) => s.drafts[key]);
  const status = draft?.status ?? 'saved';
  const id = `world-cafe-${field}`;
  return (
    <div className="world-cafe__field">
      <label htmlFor={id} className="minutes__label">
        {t(`worldCafe.${field}`)}
      </label>
      <textarea
        id={id}
        className="world-cafe__text"
        rows={4}
        value={draft?.text ?? ''}
        readOnly={locked}
        spellCheck
        aria-describedby={`world-cafe-help ${id}-state`}
        onChange={(e) => worldCafeNotes.getState().edit(key, e.target.value)}
        onBlur={() => void worldCafeNotes.getState().flush(key)}
      />
      {!locked && (
        <p id={`${id}-state`} className={`save-state save-state--${status}`} role="status" data-status={status}>
          {t(`meeting.saveState.${status}`)}
        </p>
      )}
    </div>
  );
}

export function WorldCafeEditor({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { t } = useTranslation();
  // Tracks what the core has; a stored draft (after a crash) wins and is saved.
  useEffect(() => {
    for (const field of WORLD_CAFE_FIELDS) worldCafeNotes.getState().load(worldCafeKey(meeting.id, field), meeting[field] ?? '');
  }, [meeting]);
  return (
    <div className="world-cafe">
      <h2 className="world-cafe__title">{t('worldCafe.section')}</h2>
      <p id="world-cafe-help" className="muted small">
        {t('worldCafe.help')}
      </p>
      {WORLD_CAFE_FIELDS.map((field) => (
        <Output key={field} meeting={meeting} field={field} locked={locked} />
      ))}
    </div>
  );
}
