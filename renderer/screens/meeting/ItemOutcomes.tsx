// Decisions and action items captured from the current agenda item.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src/api/contract';
import { offerTask } from '../../../src/domain/basket.pl';
import type { Decision, MeetingDetail, Offer } from '../../../src/domain/types';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateTimeFields';
import { OwnerPicker } from '../../components/OwnerPicker';
import { dueDateChoices } from '../../format';
import { validate, type FieldMessages } from '../../forms';
import { describeError } from '../../errors';
import { useAppStore } from '../../store/app';
import { useMeetingStore } from '../../store/meeting';
import { useAction } from '../../useAction';
import { useOffers } from '../../useOffers';
import { ActionItemRow } from './ActionItemRow';
import { OfferFinder } from './OfferFinder';

interface Props {
  detail: MeetingDetail;
  itemId: string;
  locked: boolean;
  activeMemberIds: ReadonlySet<string>;
}

function Decisions({ detail, itemId, locked }: Omit<Props, 'activeMemberIds'>) {
  const { t } = useTranslation();
  const write = useMeetingStore((s) => s.write);
  const { run, error } = useAction();
  const [text, setText] = useState('');
  const decisions = detail.decisions.filter((d) => d.agendaItemId === itemId);
  const [removing, setRemoving] = useState<Decision | null>(null);

  async function add(e: FormEvent) {
    e.preventDefault();
    const submitted = text;
    if (!submitted.trim()) return;
    const added = await run(() => write(() => api.decisions.add({ meetingId: detail.meeting.id, agendaItemId: itemId, text: submitted }), (decision) => ({ kind: 'decision', decision })));
    // Clear only what was sent: anything typed while the save was under way stays.
    if (added) setText((current) => (current === submitted ? '' : current));
  }

  return (
    <section className="outcomes" aria-labelledby="decisions-title">
      <h3 id="decisions-title">{t('meeting.decisions')}</h3>
      {decisions.length === 0 ? (
        <p className="muted small">{t('meeting.noDecisions')}</p>
      ) : (
        <ol className="outcomes__list">
          {decisions.map((d) => (
            <li key={d.id}>
              <span>{d.text}</span>
              {!locked && (
                <button type="button" className="link-button link-button--danger" onClick={() => setRemoving(d)}>
                  {t('app.remove')}
                  <span className="visually-hidden">: {d.text}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {!locked && (
        <form onSubmit={add} className="inline-form">
          <label htmlFor="new-decision" className="visually-hidden">
            {t('meeting.newDecision')}
          </label>
          <input id="new-decision" value={text} placeholder={t('meeting.newDecision')} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button">
            {t('meeting.addDecision')}
          </button>
        </form>
      )}
      <ErrorText error={error} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('meeting.removeDecisionTitle')}
        body={t('meeting.removeDecisionBody', { text: removing?.text ?? '' })}
        confirmLabel={t('app.remove')}
        cancelLabel={t('app.cancel')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const id = removing!.id;
          setRemoving(null);
          void run(() => write(() => api.decisions.remove({ id }), (removed) => ({ kind: 'decisionRemoved', id: removed.id })));
        }}
      />
    </section>
  );
}

function ActionItems({ detail, itemId, locked, activeMemberIds }: Props) {
  const { t } = useTranslation();
  const members = useAppStore((s) => s.members);
  const institutions = useAppStore((s) => s.institutions);
  const write = useMeetingStore((s) => s.write);
  const empty = { text: '', ownerMemberId: null as string | null, dueOn: '', offer: null as Offer | null };
  const [form, setForm] = useState(empty);
  const [finding, setFinding] = useState(false);
  const textRef = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);
  // Remounts the owner picker after each added item, so its typed text is cleared too.
  const [added, setAdded] = useState(0);
  const items = detail.actionItems.filter((i) => i.agendaItemId === itemId);
  const choices = dueDateChoices(detail.meeting.date);
  const candidates = members.filter((m) => activeMemberIds.has(m.id));
  const offers = useOffers(items.map((i) => i.offerId));

  async function add(e: FormEvent) {
    e.preventDefault();
    const { offer, ...typed } = form;
    const checked = validate(contract['actionItems.create'].input, { meetingId: detail.meeting.id, agendaItemId: itemId, ...typed, offerId: offer?.id ?? null }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      setMessage(t('errors.VALIDATION_FAILED'));
      return;
    }
    const submitted = form;
    try {
      await write(() => api.actionItems.create(checked.data), (item) => ({ kind: 'actionItems', items: [item] }));
      // The first item of a planned meeting gave the meeting its number (DECISIONS 12): show it.
      if (detail.meeting.number === null) await useMeetingStore.getState().refresh();
      // A form changed while the save was under way is left as it is.
      setForm((current) => (current === submitted ? empty : current));
      setAdded((n) => n + 1);
      setFields({});
      setMessage(null);
    } catch (error) {
      const shown = describeError(error, t);
      setFields(shown.fields);
      setMessage(shown.message);
    }
  }

  return (
    <section className="outcomes" aria-labelledby="actions-title">
      <h3 id="actions-title">{t('meeting.actionItems')}</h3>
      {items.length === 0 ? (
        <p className="muted small">{t('meeting.noActionItems')}</p>
      ) : (
        <ul className="outcomes__list outcomes__list--tasks">
          {items.map((i) => (
            <ActionItemRow key={i.id} item={i} locked={locked} members={members} candidates={candidates} institutions={institutions} offer={i.offerId ? (offers.get(i.offerId) ?? null) : null} />
          ))}
        </ul>
      )}
      {!locked && (
        <button type="button" className="button button--small" onClick={() => setFinding(true)}>
          {t('meeting.offers.open')}
        </button>
      )}
      {finding && (
        <OfferFinder
          itemId={itemId}
          onClose={() => setFinding(false)}
          onTask={(offer) => {
            setFinding(false);
            setForm((f) => ({ ...f, text: f.text || offerTask(offer), offer }));
            // After the dialog has given the focus back.
            setTimeout(() => textRef.current?.focus(), 0);
          }}
        />
      )}
      {!locked && (
        <form onSubmit={add} className="task-form" noValidate aria-label={t('meeting.addActionItem')}>
          {message && (
            <p role="alert" className="form-error">
              {message}
            </p>
          )}
          <Field label={t('meeting.newActionItem')} error={fields.text}>
            {(a11y) => <input {...a11y} ref={textRef} name="actionText" value={form.text} onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}
          </Field>
          {form.offer && (
            <p className="small">
              {t('meeting.offers.linked', { service: form.offer.service, institution: form.offer.institutionName })}{' '}
              <button type="button" className="link-button" onClick={() => setForm((f) => ({ ...f, offer: null }))}>
                {t('meeting.offers.unlink')}
              </button>
            </p>
          )}
          <div className="grid-2">
            <OwnerPicker
              key={added}
              label={t('meeting.owner')}
              members={candidates}
              institutions={institutions}
              value={form.ownerMemberId}
              onChange={(ownerMemberId) => setForm((f) => ({ ...f, ownerMemberId }))}
            />
            <DateField label={t('meeting.dueOn')} name="dueOn" error={fields.dueOn} value={form.dueOn} onChange={(dueOn) => setForm((f) => ({ ...f, dueOn }))} />
          </div>
          <div className="quick-dates" role="group" aria-label={t('meeting.dueOn')}>
            {(['plus7', 'plus14', 'monthEnd'] as const).map((k) => (
              <button key={k} type="button" className="chip" aria-pressed={form.dueOn === choices[k]} onClick={() => setForm((f) => ({ ...f, dueOn: choices[k] }))}>
                {t(`meeting.${k}`)}
              </button>
            ))}
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t('meeting.addActionItem')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function ItemOutcomes(props: Props) {
  return (
    <>
      <Decisions detail={props.detail} itemId={props.itemId} locked={props.locked} />
      <ActionItems {...props} />
    </>
  );
}
