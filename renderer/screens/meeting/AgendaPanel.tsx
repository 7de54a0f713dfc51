// The agenda beside the notes: pick an item, reorder by drag or Alt+Shift+↑/↓, add a new item.
import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import type { AgendaItem } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';
import { moveId, reorderIds } from './reorder';

interface AgendaPanelProps {
  meetingId: string;
  agenda: AgendaItem[];
  currentId: string | undefined;
  locked: boolean;
  onSelect: (itemId: string) => void;
  /** Shown under the items: the World Café outputs of such a meeting. */
  after?: ReactNode;
}

export function AgendaPanel({ meetingId, agenda, currentId, locked, onSelect, after }: AgendaPanelProps) {
  const { t } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [title, setTitle] = useState('');
  const ids = agenda.map((i) => i.id);
  // react-aria keeps the first drag-and-drop options it was given; the current order is read from here.
  const current = useRef({ ids, agenda });
  useLayoutEffect(() => {
    current.current = { ids, agenda };
  });

  const reorder = (orderedIds: string[]) => run(() => write(() => api.agenda.reorder({ meetingId, orderedIds }), (items) => ({ kind: 'agenda', items })));

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': current.current.agenda.find((i) => i.id === key)?.title ?? String(key) })),
    onReorder: (e) =>
      void reorder(reorderIds(current.current.ids, new Set([...e.keys].map(String)), String(e.target.key), e.target.dropPosition)),
  });

  function onKeyDown(e: KeyboardEvent) {
    if (locked || !currentId || !e.altKey || !e.shiftKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    e.stopPropagation();
    void reorder(moveId(ids, currentId, e.key === 'ArrowUp' ? -1 : 1));
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    const submitted = title;
    if (!submitted.trim()) return;
    const item = await run(() => write(() => api.agenda.add({ meetingId, title: submitted }), (added) => ({ kind: 'agenda', items: [added] })));
    if (item) {
      setTitle((current) => (current === submitted ? '' : current));
      onSelect(item.id);
    }
  }

  return (
    <nav className="agenda card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('meeting.agenda')}</h2>
      {agenda.length === 0 && <p className="muted">{t('meeting.noItems')}</p>}
      <div onKeyDownCapture={onKeyDown}>
        {/* Remounted when the lock changes: react-aria's drag-and-drop hooks may not come and go in one instance. */}
        <GridList
          key={locked ? 'locked' : 'editable'}
          aria-label={t('meeting.agenda')}
          aria-describedby={locked ? undefined : 'agenda-help'}
          items={agenda}
          selectionMode="single"
          selectionBehavior="replace"
          disallowEmptySelection
          selectedKeys={currentId ? [currentId] : []}
          onSelectionChange={(keys) => {
            const [key] = [...(keys as Set<string>)];
            if (key) onSelect(String(key));
          }}
          dragAndDropHooks={locked ? undefined : dragAndDropHooks}
          className="agenda__list"
        >
          {(item) => (
            <GridListItem id={item.id} textValue={`${t('meeting.ad', { n: item.position })} ${item.title}`} className="agenda__item">
              {!locked && (
                <Button slot="drag" className="agenda__handle" aria-label={t('meeting.agendaHelp')}>
                  ⠿
                </Button>
              )}
              <span className="agenda__ad">{t('meeting.ad', { n: item.position })}</span>
              <span className="agenda__title">{item.title}</span>
            </GridListItem>
          )}
        </GridList>
      </div>
      {after}
      {!locked && (
        <>
          <p id="agenda-help" className="muted small">
            {t('meeting.agendaHelp')}
          </p>
          <form onSubmit={add} className="inline-form">
            <label htmlFor="new-agenda-item" className="visually-hidden">
              {t('meeting.newItemTitle')}
            </label>
            <input id="new-agenda-item" value={title} placeholder={t('meeting.newItemTitle')} onChange={(e) => setTitle(e.target.value)} />
            <button type="submit" className="button">
              {t('meeting.addItem')}
            </button>
          </form>
        </>
      )}
      <ErrorText error={error} />
    </nav>
  );
}
