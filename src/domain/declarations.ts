// Declarations (issue 16.2): the Model's "Deklaracja przystąpienia do PZK", signed by the head of each
// partner institution, and each member's "oświadczenie o zachowaniu poufności". One rule here says who
// is a partner on a day and who has yet to sign; the service, the dashboard, the documents and the
// hub read it from here.
import type { InstitutionRecord, MemberRecord } from './entities';
import type { DeclarationKind } from './enums';
import { bySurname, isMemberOn } from './rules';

export { DECLARATION_KINDS, type DeclarationKind } from './enums';

export interface DeclarationFields {
  kind: DeclarationKind;
  institutionId: string | null;
  memberId: string | null;
  signedOn: string | null;
  renewedOn: string | null;
  withdrawnOn: string | null;
}

/**
 * unsigned: prepared (printed) but not signed yet; signed: in force; withdrawn: the institution left
 * (or the member's undertaking ended) on withdrawnOn — history, kept.
 */
export type DeclarationState = 'unsigned' | 'signed' | 'withdrawn';

export function declarationState(d: Pick<DeclarationFields, 'signedOn' | 'withdrawnOn'>, day: string): DeclarationState {
  if (d.withdrawnOn !== null && d.withdrawnOn <= day) return 'withdrawn';
  return d.signedOn !== null && d.signedOn <= day ? 'signed' : 'unsigned';
}

/** An institution is a partner from its declaration until its withdrawal (the day it leaves is not in). */
export const isPartnerOn = (declarations: ReadonlyArray<Pick<DeclarationFields, 'kind' | 'signedOn' | 'withdrawnOn'>>, day: string) =>
  declarations.some((d) => d.kind === 'accession' && declarationState(d, day) === 'signed');

/** The declaration that speaks for an institution or a member today: one not withdrawn, else the latest. */
export function currentDeclaration<D extends DeclarationFields>(declarations: readonly D[], day: string): D | null {
  const open = declarations.find((d) => declarationState(d, day) !== 'withdrawn');
  if (open) return open;
  return [...declarations].sort((a, b) => (b.withdrawnOn ?? '').localeCompare(a.withdrawnOn ?? ''))[0] ?? null;
}

/** What a declaration's dates must satisfy; the field that is wrong, and why (the API's validation codes). */
export function declarationDateProblems(d: Pick<DeclarationFields, 'signedOn' | 'renewedOn' | 'withdrawnOn'>): Partial<Record<'renewedOn' | 'withdrawnOn', string>> {
  const out: Partial<Record<'renewedOn' | 'withdrawnOn', string>> = {};
  if (d.renewedOn !== null) out.renewedOn = d.signedOn === null ? 'requires_signed' : d.renewedOn < d.signedOn ? 'before_signed' : undefined;
  if (d.withdrawnOn !== null) out.withdrawnOn = d.signedOn === null ? 'requires_signed' : d.withdrawnOn < d.signedOn ? 'before_signed' : undefined;
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * Where one institution or one member stands: `missing` — expected to sign, no declaration yet;
 * `left` — its institution withdrew (history, not a gap to fill).
 */
export type DeclarationStanding = DeclarationState | 'missing' | 'left';

export interface DeclarationOverview<D> {
  institutions: Array<{ institution: InstitutionRecord; declaration: D | null; standing: DeclarationStanding }>;
  members: Array<{ member: MemberRecord; declaration: D | null; standing: DeclarationStanding }>;
  /** "9 z 11 deklaracji podpisanych": institutions in force, of those expected (all but those that left). */
  accession: { signed: number; expected: number };
  confidentiality: { signed: number; expected: number };
}

const standingOf = (d: DeclarationFields | null, day: string): DeclarationStanding => (d === null ? 'missing' : declarationState(d, day));

/**
 * Who has signed and who has not, on `day`: every institution with a member on the roster that day or
 * with a declaration, and every member on the roster that day. An institution whose declaration was
 * withdrawn has left; its members are history too, whatever they signed.
 */
export function declarationOverview<D extends DeclarationFields>(
  institutions: readonly InstitutionRecord[],
  members: readonly MemberRecord[],
  declarations: readonly D[],
  day: string,
): DeclarationOverview<D> {
  const present = members.filter((m) => m.anonymisedOn === null && isMemberOn(m, day));
  const byInstitution = new Map<string, D[]>();
  const byMember = new Map<string, D[]>();
  for (const d of declarations) {
    if (d.kind === 'accession' && d.institutionId) byInstitution.set(d.institutionId, [...(byInstitution.get(d.institutionId) ?? []), d]);
    if (d.kind === 'confidentiality' && d.memberId) byMember.set(d.memberId, [...(byMember.get(d.memberId) ?? []), d]);
  }
  const withMembers = new Set(present.map((m) => m.institutionId).filter((i): i is string => i !== null));
  const rows = institutions
    .filter((i) => withMembers.has(i.id) || byInstitution.has(i.id))
    .map((institution) => {
      const declaration = currentDeclaration(byInstitution.get(institution.id) ?? [], day);
      const standing = standingOf(declaration, day);
      return { institution, declaration, standing: standing === 'withdrawn' ? ('left' as const) : standing };
    })
    .sort((a, b) => a.institution.name.localeCompare(b.institution.name, 'pl'));
  const left = new Set(rows.filter((r) => r.standing === 'left').map((r) => r.institution.id));
  const memberRows = [...present].sort((a, b) => bySurname(a.fullName, b.fullName)).map((member) => {
    const declaration = currentDeclaration(byMember.get(member.id) ?? [], day);
    const standing: DeclarationStanding = member.institutionId !== null && left.has(member.institutionId) ? 'left' : standingOf(declaration, day);
    return { member, declaration, standing };
  });
  const count = (list: ReadonlyArray<{ standing: DeclarationStanding }>) => ({
    signed: list.filter((r) => r.standing === 'signed').length,
    expected: list.filter((r) => r.standing !== 'left').length,
  });
  return { institutions: rows, members: memberRows, accession: count(rows), confidentiality: count(memberRows) };
}
