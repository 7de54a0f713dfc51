// The current agenda item's heading, with rename and remove.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../src/domain/types';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';

export function ItemHeader({ item, locked, onRemoved }: { item: AgendaItem; locked: boolean; onRemoved: () => void }) {
  const { t } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(item.title);
  const [confirmRemove, setConfirmRemove] = useState(false);

  async function rename(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() => write(() => api.agenda.update({ id: item.id, title }), (saved) => ({ kind: 'agenda', items: [saved] })));
    if (saved) setRenaming(false);
  }

  return (
    <div className="item-header">
      {renaming ? (
        <form onSubmit={rename} className="inline-form">
          <label htmlFor="rename-item" className="visually-hidden">
            {t('meeting.itemTitle')}
          </label>
          <input id="rename-item" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="button button--primary">
            {t('app.save')}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t('app.cancel')}
          </button>
        </form>
      ) : (
        <h2>
          {t('meeting.ad', { n: item.position })} {item.title}
        </h2>
      )}
      {!locked && !renaming && (
        <div className="item-header__actions">
          <button type="button" className="link-button" onClick={() => { setTitle(item.title); setRenaming(true); }}>
            {t('meeting.rename')}
          </button>
          <button type="button" className="link-button link-button--danger" onClick={() => setConfirmRemove(true)}>
            {t('meeting.removeItem')}
          </button>
        </div>
      )}
      <ErrorText error={error} />
      <ConfirmDialog
        isOpen={confirmRemove}
        danger
        title={t('meeting.removeItem')}
        body={t('meeting.removeItemConfirm', { title: item.title })}
        confirmLabel={t('meeting.removeItem')}
        cancelLabel={t('app.cancel')}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false);
          void run(async () => {
            await write(() => api.agenda.remove({ id: item.id }), (removal) => ({ kind: 'agendaRemoved', removal }));
            onRemoved();
          });
        }}
      />
    </div>
  );
}
