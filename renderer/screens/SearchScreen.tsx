import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markTerms, queryTerms } from '../../src/domain/search';
import type { SearchResult } from '../../src/domain/types';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { formatDate } from '../format';
import { navigate, WORLD_CAFE_ITEM, type Route } from '../router';
import { useAction } from '../useAction';

const targetOf = (r: SearchResult): Route =>
  r.kind === 'member'
    ? { name: 'roster', memberId: r.refId }
    : r.kind === 'world_cafe'
      ? { name: 'meeting', id: r.meetingId!, itemId: WORLD_CAFE_ITEM }
      : { name: 'meeting', id: r.meetingId!, ...(r.agendaItemId && { itemId: r.agendaItemId }) };

export function SearchScreen({ q }: { q: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState(q ?? '');
  const [found, setFound] = useState<{ q: string; results: SearchResult[] } | null>(null);
  const { run, error } = useAction();
  const results = found && found.q === q ? found.results : null;
  const terms = queryTerms(q ?? '');

  useEffect(() => {
    if (q) void run(async () => setFound({ q, results: await api.search.query({ q }) }));
  }, [q, run]);

  function submit(e: FormEvent) {
    e.preventDefault();
    navigate({ name: 'search', q: query.trim() || undefined }, { replace: true });
  }

  return (
    <main id="content" tabIndex={-1} className="page">
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-input">{t('search.label')}</label>
        <div className="inline-form">
          <input id="search-input" type="search" value={query} aria-describedby="search-hint" onChange={(e) => setQuery(e.target.value)} />
          <button type="submit" className="button button--primary">
            {t('search.submit')}
          </button>
        </div>
        <p id="search-hint" className="muted small">
          {t('search.hint')}
        </p>
      </form>
      <ErrorText error={error} />
      {results && (
        <section aria-live="polite" aria-label={t('plural.results', { count: results.length })}>
          <p className="muted">{results.length === 0 ? t('search.none', { q }) : t('plural.results', { count: results.length })}</p>
          <ol className="results">
            {results.map((r) => {
              const target = targetOf(r);
              return (
                <li key={`${r.kind}-${r.refId}`} className="card results__item">
                  <a
                    href={`#/${r.kind === 'member' ? `roster/${r.refId}` : `meetings/${r.meetingId}`}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(target);
                    }}
                  >
                    {r.title || t(`search.kind.${r.kind}`)}
                  </a>
                  <span className="muted small">
                    {' '}
                    · {t(`search.kind.${r.kind}`)}
                    {r.meetingNumber && ` · ${t('search.inMeeting', { number: r.meetingNumber, date: formatDate(r.meetingDate, i18n.language) })}`}
                  </span>
                  {r.excerpt && (
                    <p className="results__excerpt">
                      {markTerms(r.excerpt, terms).map((run, i) => (run.hit ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </main>
  );
}
