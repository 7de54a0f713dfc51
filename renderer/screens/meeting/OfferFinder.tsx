// "Kto może pomóc w…" during a meeting (issue 16.4): the basket's offers found from the agenda item being
// discussed, by words (without Polish letters too) and problem area; an offer goes into the item's minutes
// in words, or becomes the offer of a new action item.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROBLEM_AREAS, type ProblemArea } from '../../../src/domain/basket';
import { offerReference } from '../../../src/domain/basket.pl';
import type { Offer } from '../../../src/domain/types';
import { api } from '../../api';
import { AppDialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { appendToMinutes } from '../../store/meeting';
import { BasketFilter } from '../partnership/BasketFilter';
import { useAction } from '../../useAction';

/** At most this many offers are shown: a longer list is narrowed by more words, not scrolled through in a meeting. */
const SHOWN = 20;

interface Props {
  itemId: string;
  onTask: (offer: Offer) => void;
  onClose: () => void;
}

export function OfferFinder({ itemId, onTask, onClose }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [problemArea, setProblemArea] = useState<ProblemArea | ''>('');
  const [offers, setOffers] = useState<Offer[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error } = useAction();
  useEffect(() => {
    let current = true;
    void run(async () => {
      const found = await api.basket.list({ q, ...(problemArea && { problemArea }) });
      if (current) setOffers(found);
    });
    return () => {
      current = false;
    };
  }, [run, q, problemArea]);

  const intoMinutes = (o: Offer) => {
    void appendToMinutes(itemId, offerReference(o));
    setNotice(t('meeting.offers.inMinutes', { service: o.service }));
  };

  return (
    <AppDialog isOpen wide onClose={onClose} title={t('meeting.offers.title')}>
      <p className="muted small">{t('meeting.offers.help')}</p>
      <div className="grid-2">
        <Field label={t('basket.q')} hint={t('basket.qHint')}>
          {(a) => <input {...a} type="search" autoFocus value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <BasketFilter label={t('basket.fields.problemAreas')} value={problemArea} choices={PROBLEM_AREAS.map((p) => [p, t(`basket.problemAreas.${p}`)] as const)} onChange={setProblemArea} />
      </div>
      <p role="status" className={notice ? 'form-ok' : 'muted small'}>
        {notice ?? (offers ? t('basket.offers', { count: offers.length }) : '')}
      </p>
      <ErrorText error={error} />
      {offers?.length === 0 && <p className="muted">{t('basket.none')}</p>}
      <ul className="offer-results" aria-label={t('meeting.offers.results')}>
        {offers?.slice(0, SHOWN).map((o) => (
          <li key={o.id} className="offer-results__item">
            <div>
              <strong>{o.service}</strong> — {o.institutionName}
              {o.stale && <span className={`badge ${o.stale === 'institution_left' ? 'badge--planned' : 'badge--overdue'}`}>{t(`basket.stale.${o.stale}`)}</span>}
              <p className="muted small">
                {[o.targetGroups.map((g) => t(`basket.targetGroups.${g}`)).join(', '), o.referralWays.map((r) => t(`basket.referralWays.${r}`)).join(', '), [o.contactPhone, o.contactEmail].filter(Boolean).join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            <div className="offer-results__actions">
              <button type="button" className="button" aria-label={`${t('meeting.offers.toMinutes')}: ${o.service}`} onClick={() => intoMinutes(o)}>
                {t('meeting.offers.toMinutes')}
              </button>
              <button type="button" className="button" aria-label={`${t('meeting.offers.toTask')}: ${o.service}`} onClick={() => onTask(o)}>
                {t('meeting.offers.toTask')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {offers && offers.length > SHOWN && <p className="muted small">{t('meeting.offers.more', { count: offers.length - SHOWN })}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </AppDialog>
  );
}
