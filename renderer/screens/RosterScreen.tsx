import { useTranslation } from 'react-i18next';
import type { Institution, Member } from '../../src/domain/types';
import { useAppStore } from '../store';
import { AddMemberForm } from './AddMemberForm';

const collator = new Intl.Collator('pl');

interface Group {
  key: string;
  institution: Institution | null;
  members: Member[];
}

export function groupByInstitution(institutions: Institution[], members: Member[]): Group[] {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const groups = new Map<string, Group>();
  for (const member of members) {
    const key = member.institutionId ?? '';
    const group = groups.get(key) ?? { key, institution: byId.get(key) ?? null, members: [] };
    group.members.push(member);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.institution && b.institution ? collator.compare(a.institution.name, b.institution.name) : a.institution ? -1 : 1,
  );
}

export function RosterScreen() {
  const { t } = useTranslation();
  const team = useAppStore((s) => s.team);
  const institutions = useAppStore((s) => s.institutions);
  const members = useAppStore((s) => s.members);
  const groups = groupByInstitution(institutions, members);

  return (
    <main id="content" className="page">
      <header className="page__header">
        <h1>{t('roster.title')}</h1>
        {team && (
          <p className="muted">
            <strong>{team.name}</strong> · {t('roster.teamLine', { gmina: team.gminaName, teryt: team.teryt })} ·{' '}
            {t('roster.count', { count: members.length })}
          </p>
        )}
      </header>
      <div className="split">
        <section aria-label={t('roster.title')} className="roster">
          {groups.length === 0 && <p className="empty">{t('roster.empty')}</p>}
          {groups.map((group) => {
            const name = group.institution?.name ?? t('roster.noInstitution');
            return (
              <section key={group.key} className="card roster__group" aria-labelledby={`inst-${group.key}`}>
                <h2 id={`inst-${group.key}`}>
                  {name}
                  {group.institution && <span className="tag">{t(`sector.${group.institution.sector}`)}</span>}
                </h2>
                <table className="table">
                  <caption className="visually-hidden">{t('roster.tableCaption', { institution: name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('roster.columns.name')}</th>
                      <th scope="col">{t('roster.columns.position')}</th>
                      <th scope="col">{t('roster.columns.role')}</th>
                      <th scope="col">{t('roster.columns.contact')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.members.map((m) => (
                      <tr key={m.id}>
                        <td>{m.fullName}</td>
                        <td>{m.position ?? '—'}</td>
                        <td>{t(`role.${m.role}`)}</td>
                        <td>{[m.email, m.phone].filter(Boolean).join(', ') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
        </section>
        <aside>
          <AddMemberForm />
        </aside>
      </div>
    </main>
  );
}
