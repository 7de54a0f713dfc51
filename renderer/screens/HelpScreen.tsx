// "Pomoc": the user guide of docs/podrecznik, the same Markdown files the repository shows, bundled into this
// screen's chunk with their illustrations (F1 → Pomoc). Links between chapters stay inside the app; nothing
// is fetched from outside. The guide is Polish, like the documents.
import { useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router';

const files = import.meta.glob('../../docs/podrecznik/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const pictures = import.meta.glob('../../docs/podrecznik/ilustracje/*.png', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

interface Chapter {
  id: string;
  title: string;
  text: string;
}

const INDEX = 'README';
const chapters: Chapter[] = Object.entries(files)
  .map(([path, text]) => {
    const id = path.split('/').pop()!.replace(/\.md$/, '');
    return { id, title: /^# (.+)$/m.exec(text)?.[1] ?? id, text };
  })
  .sort((a, b) => (a.id === INDEX ? -1 : b.id === INDEX ? 1 : a.id.localeCompare(b.id)));

/** A chapter's link ("03-sklad-zespolu.md") as the app's route; anything else is not followed. */
const chapterOf = (href: string | undefined) => {
  const id = href?.replace(/^\.\//, '').replace(/\.md(#.*)?$/, '');
  return chapters.find((c) => c.id === id)?.id ?? null;
};

const components: Components = {
  h1: ({ children }) => <h1 tabIndex={-1}>{children}</h1>,
  a: ({ href, children }) => {
    const chapter = chapterOf(href);
    if (!chapter) return <span>{children}</span>;
    return (
      <a
        href={`#/help/${chapter}`}
        onClick={(e) => {
          e.preventDefault();
          navigate({ name: 'help', chapter });
        }}
      >
        {children}
      </a>
    );
  },
  img: ({ src, alt }) => {
    const url = typeof src === 'string' ? pictures[`../../docs/podrecznik/${src.replace(/^\.\//, '')}`] : undefined;
    return url ? <img className="help__picture" src={url} alt={alt ?? ''} loading="lazy" /> : null;
  },
};

export function HelpScreen({ chapter }: { chapter: string | undefined }) {
  const { t } = useTranslation();
  const current = useMemo(() => chapters.find((c) => c.id === chapter) ?? chapters[0]!, [chapter]);
  return (
    <main id="content" tabIndex={-1} className="page help">
      <nav className="card help__toc" aria-label={t('help.contents')}>
        <ol className="plain-list">
          {chapters.map((c) => (
            <li key={c.id}>
              <a
                href={`#/help/${c.id}`}
                aria-current={c.id === current.id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ name: 'help', chapter: c.id });
                }}
              >
                {c.id === INDEX ? t('help.index') : c.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <article className="card help__chapter" lang="pl">
        <Markdown components={components}>{current.text}</Markdown>
      </article>
    </main>
  );
}
