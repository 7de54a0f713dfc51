// The action items board: filters, overdue highlighted (derived, never stored), close several at once,
// correct or remove one (what it says only until its meeting is approved; the status at any time).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, format, parseISO } from 'date-fns';
import { isOverdue } from '../../src/domain/actionItems';
import { ACTION_ITEM_STATUSES, OPEN_ACTION_ITEM_STATUSES, type ActionItemStatus } from '../../src/domain/enums';
import { isActiveOn } from '../../src/domain/rules';
import type { BoardActionItem } from '../../src/domain/types';
import { api } from '../api';
import { useChanges } from '../store/changes';
import { ActionItemForm, ConfirmRemoveActionItem, type ActionItemChange } from '../components/ActionItemForm';
import { ActionStatusBadge } from '../components/Badges';
import { AppDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { formatDate, isoDate } from '../format';
import { memberName, useAppStore } from '../store/app';
import { useAction } from '../useAction';
import { useOffers } from '../useOffers';

type DueFilter = 'any' | 'overdue' | 'week';

export function TasksScreen() {
  const { t, i18n } = useTranslation();
  const members = useAppStore((s) => s.members);
  const institutions = useAppStore((s) => s.institutions);
  const [statuses, setStatuses] = useState<ActionItemStatus[]>([...OPEN_ACTION_ITEM_STATUSES]);
  const [owner, setOwner] = useState('');
  const [institution, setInstitution] = useState('');
  const [due, setDue] = useState<DueFilter>('any');
  const [items, setItems] = useState<BoardActionItem[] | null>(null);
  const [editing, setEditing] = useState<BoardActionItem | null>(null);
  const [removing, setRemoving] = useState<BoardActionItem | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<number | null>(null);
  const { run, error } = useAction();
  const today = isoDate(new Date());

  const filter = useMemo(
    () => ({
      status: statuses,
      ...(owner && { ownerMemberId: owner }),
      ...(institution && { institutionId: institution }),
      ...(due === 'overdue' && { dueBefore: today }),
      ...(due === 'week' && { dueOnOrBefore: format(addDays(parseISO(today), 7), 'yyyy-MM-dd') }),
    }),
    [statuses, owner, institution, due, today],
  );

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let stale = false;
    void run(async () => {
      const list = statuses.length ? await api.actionItems.list(filter) : [];
      if (!stale) setItems(list);
    });
    return () => {
      stale = true;
    };
  }, [filter, statuses.length, run, version]);
  useChanges(['action_item'], () => setVersion((v) => v + 1));
  const offers = useOffers(items?.map((i) => i.offerId) ?? []);

  const toggleStatus = (s: ActionItemStatus) => setStatuses((all) => (all.includes(s) ? all.filter((x) => x !== s) : [...all, s]));
  const toggleRow = (id: string) =>
    setSelected((all) => {
      const next = new Set(all);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function closeSelected() {
    const closed = await run(() => api.actionItems.setStatusMany({ ids: [...selected], status: 'done' }));
    if (!closed) return;
    setDone(closed.length);
    setSelected(new Set());
    await reload();
  }

  const reload = async () => setItems(statuses.length ? await api.actionItems.list(filter) : []);

  async function save(item: BoardActionItem, { update, status }: ActionItemChange) {
    if (update) await api.actionItems.update(update);
    if (status) await api.actionItems.setStatus({ id: item.id, status });
    setEditing(null);
    await reload();
  }

  async function remove(item: BoardActionItem) {
    setRemoving(null);
    await run(async () => {
      await api.actionItems.remove({ id: item.id });
      await reload();
    });
  }

  // The owner can be anyone on the roster today, and whoever owns the item now.
  const candidates = (item: BoardActionItem) => members.filter((m) => isActiveOn(m, today) || m.id === item.ownerMemberId);

  const shown = items ?? [];
  return (
    <main id="content" tabIndex={-1} className="page">
      <header className="page__header page__header--row">
        <h1 tabIndex={-1}>{t('tasks.title')}</h1>
        <button type="button" className="button button--primary" disabled={selected.size === 0} onClick={() => void closeSelected()}>
          {t('tasks.closeSelected', { count: selected.size })}
        </button>
      </header>
      <section className="card filters" aria-label={t('tasks.filters')}>
        <fieldset className="checkbox-group">
          <legend>{t('tasks.status')}</legend>
          {ACTION_ITEM_STATUSES.map((s) => (
            <label key={s} className="radio">
              <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggleStatus(s)} />
              {t(`actionStatus.${s}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('tasks.owner')}>
          {(a11y) => (
            <select {...a11y} value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">{t('tasks.anyone')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.fullName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.institution')}>
          {(a11y) => (
            <select {...a11y} value={institution} onChange={(e) => setInstitution(e.target.value)}>
              <option value="">{t('tasks.anyInstitution')}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.due')}>
          {(a11y) => (
            <select {...a11y} value={due} onChange={(e) => setDue(e.target.value as DueFilter)}>
              <option value="any">{t('tasks.dueAny')}</option>
              <option value="overdue">{t('tasks.dueOverdue')}</option>
              <option value="week">{t('tasks.dueWeek')}</option>
            </select>
          )}
        </Field>
      </section>
      <ErrorText error={error} />
      <p className="muted" aria-live="polite">
        {t('tasks.shown', { count: shown.length })}
        {done !== null && ` · ${t('tasks.closed', { count: done })}`}
      </p>
      {items && shown.length === 0 ? (
        <p className="empty">{t('tasks.empty')}</p>
      ) : (
        /* At 200 % zoom the table scrolls sideways inside its own region (WCAG 1.4.10 allows it for data tables), not the page. */
        <div className="table-scroll" role="region" aria-label={t('tasks.caption')} tabIndex={0}>
        <table className="table card">
          <caption className="visually-hidden">{t('tasks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('tasks.columns.select')}</span>
              </th>
              <th scope="col">{t('tasks.columns.number')}</th>
              <th scope="col">{t('tasks.columns.text')}</th>
              <th scope="col">{t('tasks.columns.owner')}</th>
              <th scope="col">{t('tasks.columns.due')}</th>
              <th scope="col">{t('tasks.columns.status')}</th>
              <th scope="col">{t('tasks.columns.options')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => {
              const overdue = isOverdue(item, today);
              return (
                <tr key={item.id} className={overdue ? 'row--overdue' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('tasks.selectRow', { number: item.number })}
                      checked={selected.has(item.id)}
                      onChange={() => toggleRow(item.id)}
                    />
                  </td>
                  <td className="nowrap">{item.number}</td>
                  <td>
                    {item.text}
                    {item.offerId && offers.get(item.offerId) && <span className="small offer-link">{t('meeting.offers.linked', { service: offers.get(item.offerId)!.service, institution: offers.get(item.offerId)!.institutionName })}</span>}
                  </td>
                  <td>{memberName(members, item.ownerMemberId)}</td>
                  <td className="nowrap">{formatDate(item.dueOn, i18n.language)}</td>
                  <td>
                    <ActionStatusBadge status={item.status} overdue={overdue} />
                  </td>
                  <td className="nowrap">
                    <button type="button" className="link-button" aria-label={`${t('app.edit')}: ${item.number}`} onClick={() => setEditing(item)}>
                      {t('app.edit')}
                    </button>
                    {!item.originLocked && (
                      <>
                        {' · '}
                        <button type="button" className="link-button link-button--danger" aria-label={`${t('app.remove')}: ${item.number}`} onClick={() => setRemoving(item)}>
                          {t('app.remove')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
      )}
      {editing && (
        <AppDialog isOpen onClose={() => setEditing(null)} title={t('meeting.editActionItem', { number: editing.number })}>
          <ActionItemForm
            item={editing}
            textLocked={editing.originLocked}
            candidates={candidates(editing)}
            institutions={institutions}
            onSave={(change) => save(editing, change)}
            onCancel={() => setEditing(null)}
          />
        </AppDialog>
      )}
      <ConfirmRemoveActionItem item={removing} onCancel={() => setRemoving(null)} onConfirm={() => removing && void remove(removing)} />
    </main>
  );
}
