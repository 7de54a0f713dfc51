// The regional catalogue of services (issue 16.4): every team's Lokalny Koszyk Usług from its last bundle,
// filtered by powiat, gmina, target group and words, saved as CSV or XLSX with the same filters.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_GROUPS, type TargetGroup } from '../../../src/domain/basket';
import type { HubCatalogue as Catalogue } from '../../../src/domain/types';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { saveDocument } from '../../download';
import { formatDate } from '../../format';
import { useAction } from '../../useAction';
import { BasketFilter } from '../partnership/BasketFilter';

interface Filters {
  powiat: string;
  gmina: string;
  targetGroup: TargetGroup | '';
  q: string;
}

/** Shown at once; the spreadsheet has them all. */
const SHOWN = 100;

export function HubCatalogue({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ powiat: '', gmina: '', targetGroup: '', q: '' });
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const { run, error, busy } = useAction();
  const input = { ...(filters.powiat && { powiat: filters.powiat }), ...(filters.gmina && { gmina: filters.gmina }), ...(filters.targetGroup && { targetGroup: filters.targetGroup }), ...(filters.q && { q: filters.q }) };
  const key = JSON.stringify(input);
  useEffect(() => {
    let current = true;
    void run(async () => {
      const found = await api.hub.catalogue(JSON.parse(key) as typeof input);
      if (current) setCatalogue(found);
    });
    return () => {
      current = false;
    };
    // `version`: new bundles were imported.
  }, [run, key, version]);
  const set = <K extends keyof Filters>(k: K, value: Filters[K]) => setFilters((f) => ({ ...f, [k]: value, ...(k === 'powiat' && { gmina: '' }) }));
  const save = (format: 'csv' | 'xlsx') => void run(async () => saveDocument(await api.hub.catalogueExport({ ...input, format })));

  return (
    <section className="card" aria-labelledby="hub-catalogue">
      <div className="card__header">
        <h2 id="hub-catalogue">{t('hub.catalogue.title')}</h2>
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={() => save('xlsx')}>
            {t('hub.catalogue.xlsx')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => save('csv')}>
            {t('hub.catalogue.csv')}
          </button>
        </div>
      </div>
      <p className="muted small card__help">{t('hub.catalogue.help')}</p>
      <div className="filters">
        <Field label={t('basket.q')}>
          {(a) => <input {...a} type="search" value={filters.q} onChange={(e) => set('q', e.target.value)} />}
        </Field>
        <BasketFilter label={t('hub.catalogue.powiat')} value={filters.powiat} choices={(catalogue?.powiaty ?? []).map((p) => [p, p] as const)} onChange={(v) => set('powiat', v)} />
        <BasketFilter label={t('hub.catalogue.gmina')} value={filters.gmina} choices={(catalogue?.gminy ?? []).map((g) => [g, g] as const)} onChange={(v) => set('gmina', v)} />
        <BasketFilter label={t('basket.fields.targetGroups')} value={filters.targetGroup} choices={TARGET_GROUPS.map((g) => [g, t(`basket.targetGroups.${g}`)] as const)} onChange={(v) => set('targetGroup', v)} />
      </div>
      <ErrorText error={error} />
      {catalogue && (
        <>
          <p role="status" className="muted small">
            {t('hub.catalogue.count', { count: catalogue.rows.length, teams: catalogue.teams })}
          </p>
          {catalogue.rows.length === 0 ? (
            <p className="muted">{t('hub.catalogue.none')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-label={t('hub.catalogue.table')} tabIndex={0}>
              <table className="table">
                <caption className="visually-hidden">{t('hub.catalogue.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hub.catalogue.gmina')}</th>
                    <th scope="col">{t('basket.fields.service')}</th>
                    <th scope="col">{t('basket.fields.institutionId')}</th>
                    <th scope="col">{t('basket.fields.targetGroups')}</th>
                    <th scope="col">{t('hub.catalogue.contact')}</th>
                    <th scope="col">{t('basket.fields.verifiedOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {catalogue.rows.slice(0, SHOWN).map((r) => (
                    <tr key={`${r.teamId}/${r.institution}/${r.service}`}>
                      <td>
                        {r.gmina}
                        <span className="muted small"> ({r.powiat})</span>
                      </td>
                      <th scope="row">
                        {r.service} {r.stale && <span className={`badge ${r.stale === 'institution_left' ? 'badge--planned' : 'badge--overdue'}`}>{t(`basket.stale.${r.stale}`)}</span>}
                      </th>
                      <td>{r.institution}</td>
                      <td>{r.targetGroups.map((g) => t(`basket.targetGroups.${g}`)).join(', ')}</td>
                      <td>{[r.contactPhone, r.contactEmail].filter(Boolean).join(', ')}</td>
                      <td>{r.verifiedOn ? formatDate(r.verifiedOn, i18n.language) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {catalogue.rows.length > SHOWN && <p className="muted small">{t('hub.catalogue.more', { count: catalogue.rows.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
