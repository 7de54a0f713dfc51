// Deklaracje (issue 16.2): at a glance who has signed — each institution's declaration of accession and
// each member's confidentiality declaration — with printing for signature, the signed scans, and the
// team's wording of the printed documents.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationStanding } from '../../src/domain/declarations';
import type { DeclarationKind } from '../../src/domain/enums';
import type { Declaration, DeclarationsView, Member } from '../../src/domain/types';
import { api } from '../api';
import { AppDialog } from '../components/Dialog';
import { ErrorText } from '../components/ErrorText';
import { saveDocument } from '../download';
import { formatDate } from '../format';
import { useAppStore } from '../store/app';
import { useAction } from '../useAction';
import { DeclarationForm, type DeclarationTarget } from './declarations/DeclarationForm';
import { DeclarationTextsCard } from './declarations/DeclarationTextsCard';
import { PartnershipPage } from './partnership/PartnershipNav';

const BADGE: Record<DeclarationStanding, string> = {
  missing: 'badge--overdue',
  unsigned: 'badge--in_progress',
  signed: 'badge--approved',
  withdrawn: 'badge--planned',
  left: 'badge--planned',
};

function Standing({ standing, declaration }: { standing: DeclarationStanding; declaration: Declaration | null }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className={`badge ${BADGE[standing]}`}>{t(`declarations.standing.${standing}`)}</span>
      {declaration?.renewedOn && <span className="small muted block">{t('declarations.renewed', { date: formatDate(declaration.renewedOn, i18n.language) })}</span>}
      {declaration?.withdrawnOn && <span className="small muted block">{t('declarations.withdrawnOn', { date: formatDate(declaration.withdrawnOn, i18n.language) })}</span>}
    </>
  );
}

interface Row {
  key: string;
  name: string;
  detail: string | null;
  standing: DeclarationStanding;
  declaration: Declaration | null;
  target: DeclarationTarget;
}

/** One table of declarations, with its summary and its buttons. */
function DeclarationTable({ kind, rows, count, onEdit, onChanged }: { kind: DeclarationKind; rows: Row[]; count: { signed: number; expected: number }; onEdit: (t: DeclarationTarget) => void; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { run, error, busy } = useAction();
  const members = useAppStore((s) => s.members);
  const name = (id: string | null) => members.find((m) => m.id === id)?.fullName ?? null;
  const print = (ids?: string[]) => run(async () => saveDocument(await api.declarations.print({ kind, ...(ids && { ids }) })));
  const heading = `decl-${kind}`;
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t(`declarations.${kind}.title`)}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t(`declarations.${kind}.none`)}</p>
      ) : (
        <>
          <p>
            <strong>{t(`declarations.${kind}.summary`, count)}</strong>
          </p>
          <div className="toolbar">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void print()}>
              {t(`declarations.${kind}.printAll`)}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const { created } = await api.declarations.prepareMissing({ kind });
                  onChanged(created ? t('declarations.prepared', { count: created }) : t('declarations.preparedNone'));
                })
              }
            >
              {t(`declarations.${kind}.prepare`)}
            </button>
          </div>
          <ErrorText error={error} />
          <div className="table-wide" role="region" aria-label={t(`declarations.${kind}.title`)} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t(kind === 'accession' ? 'declarations.columns.institution' : 'declarations.columns.member')}</th>
                  <th scope="col">{t('declarations.columns.standing')}</th>
                  <th scope="col">{t('declarations.columns.signedOn')}</th>
                  {kind === 'accession' && <th scope="col">{t('declarations.columns.head')}</th>}
                  {kind === 'accession' && <th scope="col">{t('declarations.columns.representatives')}</th>}
                  <th scope="col">{t('declarations.columns.scan')}</th>
                  <th scope="col">{t('declarations.columns.options')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const d = r.declaration;
                  const history = r.standing === 'left';
                  return (
                    <tr key={r.key} className={history ? 'muted' : undefined}>
                      <th scope="row">
                        {r.name}
                        {r.detail && <span className="small muted block">{r.detail}</span>}
                      </th>
                      <td>
                        <Standing standing={r.standing} declaration={d} />
                      </td>
                      <td>{d?.signedOn ? formatDate(d.signedOn, i18n.language) : t('app.none')}</td>
                      {kind === 'accession' && <td>{[d?.headName, d?.headPosition].filter(Boolean).join(', ') || t('app.none')}</td>}
                      {kind === 'accession' && (
                        <td>
                          {name(d?.delegateMemberId ?? null) ?? t('app.none')}
                          {d?.deputyMemberId && <span className="small muted block">{name(d.deputyMemberId)}</span>}
                        </td>
                      )}
                      <td>
                        {d?.scan ? (
                          <button type="button" className="link-button" aria-label={t('declarations.downloadScanOf', { name: r.name })} onClick={() => void run(async () => saveDocument(await api.declarations.getScan({ id: d.id })))}>
                            {t('declarations.downloadScan')}
                          </button>
                        ) : (
                          t('declarations.noScan')
                        )}
                      </td>
                      <td className="nowrap">
                        <button type="button" className="link-button" aria-label={t('declarations.editOf', { name: r.name })} onClick={() => onEdit(r.target)}>
                          {t('declarations.edit')}
                        </button>
                        {!history && (
                          <>
                            {' · '}
                            <button type="button" className="link-button" aria-label={t('declarations.printOf', { name: r.name })} disabled={busy} onClick={() => void print([kind === 'accession' ? r.target.institutionId! : r.target.memberId!])}>
                              {t('declarations.print')}
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
        </>
      )}
    </section>
  );
}

export function DeclarationsScreen() {
  const { t } = useTranslation();
  const members = useAppStore((s) => s.members);
  const [view, setView] = useState<DeclarationsView | null>(null);
  const [editing, setEditing] = useState<DeclarationTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { run, error } = useAction();
  const load = useCallback(() => run(async () => setView(await api.declarations.list())), [run]);
  useEffect(() => void load(), [load]);
  const changed = (message: string) => {
    setEditing(null);
    setNotice(message);
    void load();
  };
  const onRoster = (institutionId: string | null): Member[] => members.filter((m) => m.active && m.anonymisedOn === null && institutionId !== null && m.institutionId === institutionId);
  const institutionName = (id: string | null) => view?.overview.institutions.find((r) => r.institution.id === id)?.institution.name ?? null;

  const accession: Row[] = (view?.overview.institutions ?? []).map((r) => ({
    key: r.institution.id,
    name: r.institution.name,
    detail: null,
    standing: r.standing,
    declaration: r.declaration,
    target: { kind: 'accession', name: r.institution.name, institutionId: r.institution.id, memberId: null, declaration: r.declaration && r.standing !== 'left' ? r.declaration : null, representatives: onRoster(r.institution.id) },
  }));
  const confidentiality: Row[] = (view?.overview.members ?? []).map((r) => ({
    key: r.member.id,
    name: r.member.fullName,
    detail: institutionName(r.member.institutionId),
    standing: r.standing,
    declaration: r.declaration,
    target: { kind: 'confidentiality', name: r.member.fullName, institutionId: null, memberId: r.member.id, declaration: r.declaration && r.standing !== 'withdrawn' ? r.declaration : null, representatives: [] },
  }));

  return (
    <PartnershipPage title={t('declarations.title')} help={t('declarations.help')} notice={notice} error={error}>
      {view && (
        <div className="stack">
          <DeclarationTable kind="accession" rows={accession} count={view.overview.accession} onEdit={setEditing} onChanged={changed} />
          <DeclarationTable kind="confidentiality" rows={confidentiality} count={view.overview.confidentiality} onEdit={setEditing} onChanged={changed} />
          <DeclarationTextsCard texts={view.texts} onSaved={changed} />
        </div>
      )}
      <AppDialog
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        wide
        title={editing ? t(editing.kind === 'accession' ? 'declarations.accessionTitle' : 'declarations.confidentialityTitle', { name: editing.name }) : ''}
      >
        {editing && <DeclarationForm target={editing} onSaved={changed} onCancel={() => setEditing(null)} />}
      </AppDialog>
    </PartnershipPage>
  );
}
