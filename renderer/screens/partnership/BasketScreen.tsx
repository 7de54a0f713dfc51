// Lokalny Koszyk Usług (issue 16.4): "kto może pomóc w…" — the partners' offers found by words (without Polish
// letters too) and by problem area, target group and institution; the stale ones flagged; the guide as PDF.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROBLEM_AREAS, TARGET_GROUPS, type ProblemArea, type TargetGroup } from '../../../src/domain/basket';
import type { Offer } from '../../../src/domain/types';
import { api } from '../../api';
import { AppDialog, ConfirmDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { saveDocument } from '../../download';
import { formatDate } from '../../format';
import { useAppStore } from '../../store/app';
import { useAction } from '../../useAction';
import { BasketSheet } from './BasketSheet';
import { BasketFilter } from './BasketFilter';
import { OfferForm } from './OfferForm';
import { PartnershipPage } from './PartnershipNav';

interface Filters {
  q: string;
  problemArea: ProblemArea | '';
  targetGroup: TargetGroup | '';
  institutionId: string;
}

export function BasketScreen() {
  const { t, i18n } = useTranslation();
  const institutions = useAppStore((s) => s.institutions);
  const [filters, setFilters] = useState<Filters>({ q: '', problemArea: '', targetGroup: '', institutionId: '' });
  const [offers, setOffers] = useState<Offer[]>([]);
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const [removing, setRemoving] = useState<Offer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error, busy } = useAction();
  const load = useCallback(
    () =>
      run(async () =>
        setOffers(
          await api.basket.list({
            q: filters.q,
            ...(filters.problemArea && { problemArea: filters.problemArea }),
            ...(filters.targetGroup && { targetGroup: filters.targetGroup }),
            ...(filters.institutionId && { institutionId: filters.institutionId }),
          }),
        ),
      ),
    [run, filters],
  );
  useEffect(() => void load(), [load]);
  const changed = (message: string) => {
    setEditing(null);
    setNotice(message);
    void load();
  };
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <PartnershipPage title={t('basket.title')} help={t('basket.help')} notice={notice} error={error}>
      <div className="stack">
        <section className="card" aria-labelledby="basket-find">
          <h2 id="basket-find">{t('basket.find')}</h2>
          <div className="grid-2">
            <Field label={t('basket.q')} hint={t('basket.qHint')}>
              {(a) => <input {...a} type="search" value={filters.q} onChange={(e) => set('q', e.target.value)} />}
            </Field>
            <BasketFilter label={t('basket.fields.institutionId')} value={filters.institutionId} choices={institutions.map((i) => [i.id, i.name] as const)} onChange={(v) => set('institutionId', v)} />
            <BasketFilter label={t('basket.fields.problemAreas')} value={filters.problemArea} choices={PROBLEM_AREAS.map((p) => [p, t(`basket.problemAreas.${p}`)] as const)} onChange={(v) => set('problemArea', v)} />
            <BasketFilter label={t('basket.fields.targetGroups')} value={filters.targetGroup} choices={TARGET_GROUPS.map((g) => [g, t(`basket.targetGroups.${g}`)] as const)} onChange={(v) => set('targetGroup', v)} />
          </div>
          <div className="toolbar">
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              {t('basket.add')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void run(async () => saveDocument(await api.basket.document({})))}>
              {t('basket.pdf')}
            </button>
          </div>
        </section>
        <BasketSheet onImported={changed} />
        <section className="card" aria-labelledby="basket-offers">
          <h2 id="basket-offers">{t('basket.offers', { count: offers.length })}</h2>
          {offers.length === 0 && <p className="muted">{t('basket.none')}</p>}
          <ul className="plain-list offers">
            {offers.map((o) => (
              <li key={o.id} className="offer">
                <h3 className="offer__title">
                  {o.service} {o.stale && <span className={`badge ${o.stale === 'institution_left' ? 'badge--planned' : 'badge--overdue'}`}>{t(`basket.stale.${o.stale}`)}</span>}
                </h3>
                <p className="muted small">{o.institutionName}</p>
                {o.description && <p>{o.description}</p>}
                <p className="small">
                  {[...o.problemAreas.map((p) => t(`basket.problemAreas.${p}`)), ...o.targetGroups.filter((g) => g !== 'other').map((g) => t(`basket.targetGroups.${g}`)), o.otherTarget].filter(Boolean).join(' · ')}
                </p>
                <p className="small">
                  {[o.accessCriteria, o.referralWays.map((r) => t(`basket.referralWays.${r}`)).join(', '), o.whereWhen, t(`basket.cost.${o.cost}`), o.capacity, o.contactPhone, o.contactEmail].filter(Boolean).join(' · ')}
                </p>
                <p className="small muted">
                  {o.verifiedOn ? t('basket.verifiedOn', { date: formatDate(o.verifiedOn, i18n.language) }) : t('basket.neverVerified')}{' '}
                  <button type="button" className="link-button" aria-label={t('basket.verifyOf', { service: o.service })} disabled={busy || o.stale === 'institution_left'} onClick={() => void run(async () => { await api.basket.verify({ id: o.id }); changed(t('basket.verified', { service: o.service })); })}>
                    {t('basket.verify')}
                  </button>
                  {' · '}
                  <button type="button" className="link-button" aria-label={t('basket.editOf', { service: o.service })} onClick={() => setEditing(o)}>
                    {t('app.edit')}
                  </button>
                  {' · '}
                  <button type="button" className="link-button link-button--danger" aria-label={t('basket.removeOf', { service: o.service })} onClick={() => setRemoving(o)}>
                    {t('app.remove')}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('basket.removeTitle')}
        body={t('basket.removeBody', { service: removing?.service ?? '' })}
        confirmLabel={t('app.remove')}
        cancelLabel={t('app.cancel')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const o = removing!;
          setRemoving(null);
          void run(async () => {
            await api.basket.remove({ id: o.id });
            changed(t('basket.removed', { service: o.service }));
          });
        }}
      />
      <AppDialog isOpen={editing !== null} onClose={() => setEditing(null)} wide title={editing === 'new' ? t('basket.add') : editing ? t('basket.editOf', { service: editing.service }) : ''}>
        {editing && <OfferForm offer={editing === 'new' ? null : editing} institutions={institutions} onSaved={changed} onCancel={() => setEditing(null)} />}
      </AppDialog>
    </PartnershipPage>
  );
}
