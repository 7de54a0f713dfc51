// The partnership's screens, one link each: Deklaracje, Regulamin zespołu, Rejestr wzajemnych korzyści, Plan działania.
import { useTranslation } from 'react-i18next';
import { navigate, useRouter, type Route } from '../../router';

const PAGES: ReadonlyArray<{ route: Route; key: string; hash: string }> = [
  { route: { name: 'declarations' }, key: 'partnership.declarations', hash: '#/declarations' },
  { route: { name: 'rules' }, key: 'partnership.rules', hash: '#/rules' },
  { route: { name: 'benefits' }, key: 'partnership.benefits', hash: '#/benefits' },
  { route: { name: 'plan' }, key: 'partnership.plan', hash: '#/plan' },
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
