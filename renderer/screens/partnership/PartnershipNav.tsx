// The partnership's screens, one link each (Deklaracje, Regulamin zespołu, Rejestr wzajemnych korzyści, Plan
// działania, Lokalny Koszyk Usług), and the frame each of them is drawn in.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { navigate, useRouter, type Route } from '../../router';

const PAGES: ReadonlyArray<{ route: Route; key: string; hash: string }> = [
  { route: { name: 'declarations' }, key: 'partnership.declarations', hash: '#/declarations' },
  { route: { name: 'rules' }, key: 'partnership.rules', hash: '#/rules' },
  { route: { name: 'benefits' }, key: 'partnership.benefits', hash: '#/benefits' },
  { route: { name: 'plan' }, key: 'partnership.plan', hash: '#/plan' },
  { route: { name: 'basket' }, key: 'partnership.basket', hash: '#/basket' },
];

export function PartnershipNav() {
  const { t } = useTranslation();
  const current = useRouter((s) => s.route.name);
  return (
    <nav aria-label={t('partnership.nav')} className="subnav">
      {PAGES.map((p) => (
        <a
          key={p.hash}
          href={p.hash}
          className="subnav__link"
          aria-current={current === p.route.name ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate(p.route);
          }}
        >
          {t(p.key)}
        </a>
      ))}
    </nav>
  );
}

/** A partnership page: its heading, the links to the others, what it is for, and the notice and error of its last action. */
export function PartnershipPage({ title, help, notice, error, children }: { title: string; help: string; notice: string | null; error: unknown; children: ReactNode }) {
  return (
    <Page title={title} help={help} nav={<PartnershipNav />} notice={notice} error={error}>
      {children}
    </Page>
  );
}
