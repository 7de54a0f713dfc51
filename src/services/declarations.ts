// Declarations (issue 16.2): each institution's accession to the PZK and each member's undertaking of
// confidentiality — prepared, printed pre-filled, signed (with the scan kept here), renewed, withdrawn.
// The rules of who is a partner and who has yet to sign are in src/domain/declarations.ts.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { declarationDateProblems, declarationOverview } from '../domain/declarations';
import { defaultDeclarationTexts, type DeclarationTexts } from '../domain/declarations.pl';
import { ENTITY_FIELDS, type DeclarationRecord, type MemberRecord } from '../domain/entities';
import { isActiveOn } from '../domain/rules';
import type { Declaration, DeclarationScan, DeclarationsView, DocumentFile } from '../domain/types';
import { sniffAttachment } from './attachments';
import { localDate, notFound, timestamp, type Db, type ServiceContext } from './context';
import { documentFile, sha256Hex } from './files';
import { MAX_ATTACHMENT_BYTES, ATTACHMENT_TYPES } from '../domain/attachments';
import { write, type Writer } from './write';

const TEXTS_KEY = 'declarationTexts';
/** A scan is a picture or a PDF of the signed paper. */
const SCAN_TYPES = ['pdf', 'jpg', 'png'] as const;

const invalid = (message: string, fields: Record<string, string>) => new AppError('VALIDATION_FAILED', message, { fields });

/** The app's wording for this team's model (issue 17.1). */
async function defaults(db: Db): Promise<DeclarationTexts> {
  const team = await db.selectFrom('team').select('modelType').executeTakeFirst();
  return defaultDeclarationTexts(team?.modelType);
}

export async function declarationTexts(db: Db): Promise<DeclarationTexts> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', TEXTS_KEY).executeTakeFirst();
  return { ...(await defaults(db)), ...(row ? (JSON.parse(row.value) as Partial<DeclarationTexts>) : {}) };
}

/** '' brings back the app's wording of that part. */
export async function updateDeclarationTexts(ctx: ServiceContext, input: ParsedInput<'declarations.updateTexts'>): Promise<DeclarationTexts> {
  const [current, wording] = await Promise.all([declarationTexts(ctx.db), defaults(ctx.db)]);
  const next: DeclarationTexts = { ...current };
  for (const key of Object.keys(wording) as Array<keyof DeclarationTexts>) {
    const value = input[key];
    if (value !== undefined) next[key] = value.trim() === '' ? wording[key] : value.trim();
  }
  const value = JSON.stringify(next);
  await ctx.db.insertInto('settings').values({ key: TEXTS_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  return next;
}

async function scans(db: Db): Promise<Map<string, DeclarationScan>> {
  const rows = await db.selectFrom('declarationScan').select(['declarationId', 'fileName', 'mediaType', 'size', 'sha256']).execute();
  return new Map(rows.map(({ declarationId, ...scan }) => [declarationId, scan as DeclarationScan]));
}

async function withScan(db: Db, row: DeclarationRecord): Promise<Declaration> {
  const scan = await db.selectFrom('declarationScan').select(['fileName', 'mediaType', 'size', 'sha256']).where('declarationId', '=', row.id).executeTakeFirst();
  return { ...row, scan: (scan as DeclarationScan | undefined) ?? null };
}

async function declarationRow(db: Db, id: string): Promise<DeclarationRecord> {
  const row = await db.selectFrom('declaration').select(ENTITY_FIELDS.declaration).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('declaration', id);
  return row;
}

export async function listDeclarations(ctx: ServiceContext): Promise<DeclarationsView> {
  const [rows, scanned, institutions, members, texts] = await Promise.all([
    ctx.db.selectFrom('declaration').select(ENTITY_FIELDS.declaration).orderBy('signedOn').orderBy('createdAt').execute(),
    scans(ctx.db),
    ctx.db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute(),
    ctx.db.selectFrom('member').select(ENTITY_FIELDS.member).execute(),
    declarationTexts(ctx.db),
  ]);
  const declarations = rows.map((r) => ({ ...r, scan: scanned.get(r.id) ?? null }));
  return { declarations, overview: declarationOverview(institutions, members, declarations, localDate(ctx.now())), texts };
}

async function memberRow(w: Writer, id: string, field: string): Promise<MemberRecord> {
  const member = w.rows.byId('member', id);
  if (!member) throw new AppError('NOT_FOUND', `No member with id ${id}.`, { entity: 'member', id, fields: { [field]: 'not_found' } });
  return member;
}

type Fields = Pick<DeclarationRecord, 'headName' | 'headPosition' | 'delegateMemberId' | 'deputyMemberId' | 'signedOn' | 'renewedOn' | 'withdrawnOn'>;

/** The rules every saved declaration keeps; `fresh`: a new one, which a member who has left cannot get. */
async function check(ctx: ServiceContext, w: Writer, d: Pick<DeclarationRecord, 'kind' | 'institutionId'> & Fields, fresh: boolean) {
  const today = localDate(ctx.now());
  const dates = declarationDateProblems(d);
  if (Object.keys(dates).length) throw invalid('The renewal and the withdrawal come after the signature, and need one.', dates);
  for (const field of ['signedOn', 'renewedOn', 'withdrawnOn'] as const) {
    const value = d[field];
    if (value !== null && value > today) throw invalid(`A declaration cannot be ${field.replace('On', '')} on a day still to come.`, { [field]: 'in_future' });
  }
  if (d.kind === 'confidentiality' && (d.delegateMemberId || d.deputyMemberId || d.headName)) {
    throw invalid('A confidentiality declaration names no head, delegate or deputy.', { delegateMemberId: 'invalid' });
  }
  if (d.delegateMemberId && d.delegateMemberId === d.deputyMemberId) throw invalid('The deputy is another person than the delegate.', { deputyMemberId: 'same_as_delegate' });
  for (const field of ['delegateMemberId', 'deputyMemberId'] as const) {
    const memberId = d[field];
    if (!memberId) continue;
    const member = await memberRow(w, memberId, field);
    if (member.institutionId !== d.institutionId) throw invalid('The delegate and the deputy work for the institution that signs.', { [field]: 'other_institution' });
    if (fresh && !isActiveOn(member, today)) throw invalid('The delegate and the deputy are members of the team today.', { [field]: 'inactive' });
  }
}

export function createDeclaration(ctx: ServiceContext, input: ParsedInput<'declarations.create'>): Promise<Declaration> {
  return write(ctx, async (w) => {
    const today = localDate(ctx.now());
    const { kind } = input;
    let institutionId: string | null = null;
    let memberId: string | null = null;
    if (kind === 'accession') {
      if (!input.institutionId) throw invalid('An accession declaration is made by an institution.', { institutionId: 'required' });
      if (!w.rows.byId('institution', input.institutionId)) {
        throw new AppError('NOT_FOUND', `No institution with id ${input.institutionId}.`, { entity: 'institution', id: input.institutionId, fields: { institutionId: 'not_found' } });
      }
      institutionId = input.institutionId;
      const open = Number(w.rows.scalar(`SELECT count(*) FROM declaration WHERE kind = 'accession' AND institution_id = ? AND withdrawn_on IS NULL`, institutionId));
      if (open > 0) throw new AppError('DUPLICATE', 'The institution already has a declaration in force; renew or withdraw it.', { fields: { institutionId: 'duplicate' } });
    } else {
      if (!input.memberId) throw invalid('A confidentiality declaration is made by a member.', { memberId: 'required' });
      const member = await memberRow(w, input.memberId, 'memberId');
      if (member.anonymisedOn || !isActiveOn(member, today)) {
        throw new AppError('MEMBER_INACTIVE', 'The person has left the team; a new declaration is not made for them.', { fields: { memberId: 'inactive' } });
      }
      memberId = member.id;
      const open = Number(w.rows.scalar(`SELECT count(*) FROM declaration WHERE kind = 'confidentiality' AND member_id = ? AND withdrawn_on IS NULL`, memberId));
      if (open > 0) throw new AppError('DUPLICATE', 'The member already has a confidentiality declaration in force.', { fields: { memberId: 'duplicate' } });
    }
    const record: DeclarationRecord = {
      id: ctx.newId(),
      kind,
      institutionId,
      memberId,
      headName: input.headName,
      headPosition: input.headPosition,
      delegateMemberId: input.delegateMemberId,
      deputyMemberId: input.deputyMemberId,
      signedOn: input.signedOn,
      renewedOn: input.renewedOn,
      withdrawnOn: input.withdrawnOn,
    };
    await check(ctx, w, record, true);
    return withScan(w.db, await w.insert('declaration', record));
  });
}

export function updateDeclaration(ctx: ServiceContext, input: ParsedInput<'declarations.update'>): Promise<Declaration> {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    const current = await declarationRow(w.db, id);
    const next = { ...current, ...patch };
    // A delegate already on record may have left since; one newly named must be on the roster today.
    const fresh = patch.delegateMemberId !== current.delegateMemberId || patch.deputyMemberId !== current.deputyMemberId;
    await check(ctx, w, next, fresh);
    if (current.withdrawnOn !== null && next.withdrawnOn === null) {
      const open = Number(
        w.rows.scalar(
          `SELECT count(*) FROM declaration WHERE kind = ? AND id <> ? AND withdrawn_on IS NULL AND (institution_id = ? OR member_id = ?)`,
          current.kind,
          id,
          current.institutionId ?? '',
          current.memberId ?? '',
        ),
      );
      if (open > 0) throw new AppError('DUPLICATE', 'A newer declaration is in force; this one stays withdrawn.', { fields: { withdrawnOn: 'duplicate' } });
    }
    return withScan(w.db, await w.update('declaration', id, patch));
  });
}

/** Only a declaration not signed yet (prepared by mistake) is removed; a signed one is withdrawn. */
export function removeDeclaration(ctx: ServiceContext, input: ParsedInput<'declarations.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    const row = await declarationRow(w.db, input.id);
    if (row.signedOn !== null) throw new AppError('DECLARATION_SIGNED', 'A signed declaration stays on record; withdraw it instead.', { id: row.id });
    await w.remove('declaration', row.id);
    return { id: row.id };
  });
}

/** An unsigned declaration for every institution (or member) that is expected to sign and has none. */
export async function prepareMissing(ctx: ServiceContext, input: ParsedInput<'declarations.prepareMissing'>): Promise<{ created: number }> {
  const { overview } = await listDeclarations(ctx);
  const missing =
    input.kind === 'accession'
      ? overview.institutions.filter((r) => r.standing === 'missing').map((r) => ({ institutionId: r.institution.id, memberId: null }))
      : overview.members.filter((r) => r.standing === 'missing' || r.standing === 'withdrawn').map((r) => ({ institutionId: null, memberId: r.member.id }));
  if (missing.length === 0) return { created: 0 };
  return write(ctx, async (w) => {
    for (const target of missing) {
      await w.insert('declaration', {
        id: ctx.newId(),
        kind: input.kind,
        ...target,
        headName: null,
        headPosition: null,
        delegateMemberId: null,
        deputyMemberId: null,
        signedOn: null,
        renewedOn: null,
        withdrawnOn: null,
      });
    }
    return { created: missing.length };
  });
}

/** The signed paper, scanned: a PDF, JPG or PNG judged by its content, at most 25 MB; a new scan replaces the old. */
export async function attachScan(ctx: ServiceContext, input: ParsedInput<'declarations.attachScan'>): Promise<Declaration> {
  const { bytes } = input;
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError('ATTACHMENT_TOO_LARGE', `the file has ${bytes.byteLength} bytes; a scan takes at most ${MAX_ATTACHMENT_BYTES}`, { size: bytes.byteLength, maxMb: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
  }
  const ext = bytes.byteLength === 0 ? null : await sniffAttachment(bytes);
  if (!ext || !(SCAN_TYPES as readonly string[]).includes(ext)) {
    throw new AppError('SCAN_TYPE_NOT_ALLOWED', 'a scan is a PDF, JPG or PNG file (judged by its content, not its name)', { fileName: input.fileName });
  }
  const row = await declarationRow(ctx.db, input.id);
  const stem = [...(input.fileName.split(/[\\/]/).pop() ?? '')].filter((c) => c >= ' ' && !'<>:"|?*'.includes(c)).join('').replace(/\.[^.]*$/, '').trim().slice(0, 150) || 'skan';
  const scan = {
    declarationId: row.id,
    fileName: `${stem}.${ext}`,
    mediaType: ATTACHMENT_TYPES[ext].mediaType,
    size: bytes.byteLength,
    sha256: sha256Hex(bytes),
    content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    createdAt: timestamp(ctx),
  };
  // The scan is not synced (the regional centre gets the dates): no outbox mark, the row is unchanged.
  await ctx.db
    .insertInto('declarationScan')
    .values(scan)
    .onConflict((oc) => oc.column('declarationId').doUpdateSet({ fileName: scan.fileName, mediaType: scan.mediaType, size: scan.size, sha256: scan.sha256, content: scan.content, createdAt: scan.createdAt }))
    .execute();
  return withScan(ctx.db, row);
}

export async function getScan(ctx: ServiceContext, input: ParsedInput<'declarations.getScan'>): Promise<DocumentFile> {
  const scan = await ctx.db.selectFrom('declarationScan').selectAll().where('declarationId', '=', input.id).executeTakeFirst();
  if (!scan) throw notFound('declaration scan', input.id);
  const file = documentFile(scan.fileName, scan.mediaType as DocumentFile['mediaType'], scan.content);
  if (file.sha256 !== scan.sha256) throw new AppError('INTERNAL', `the scan of declaration ${input.id} no longer matches its SHA-256`);
  return file;
}

export async function removeScan(ctx: ServiceContext, input: ParsedInput<'declarations.removeScan'>): Promise<Declaration> {
  const row = await declarationRow(ctx.db, input.id);
  await ctx.db.deleteFrom('declarationScan').where('declarationId', '=', row.id).execute();
  return withScan(ctx.db, row);
}

/** The declarations a member signed or is named in, for the data-access export (RODO art. 15). */
export async function declarationsOf(db: Db, memberId: string): Promise<Array<Pick<DeclarationRecord, 'kind' | 'institutionId' | 'signedOn' | 'renewedOn' | 'withdrawnOn'> & { as: 'signer' | 'delegate' | 'deputy' }>> {
  const rows = await db
    .selectFrom('declaration')
    .select(ENTITY_FIELDS.declaration)
    .where((eb) => eb.or([eb('memberId', '=', memberId), eb('delegateMemberId', '=', memberId), eb('deputyMemberId', '=', memberId)]))
    .orderBy('signedOn')
    .orderBy('kind')
    .execute();
  return rows.map((d) => ({
    kind: d.kind,
    institutionId: d.institutionId,
    signedOn: d.signedOn,
    renewedOn: d.renewedOn,
    withdrawnOn: d.withdrawnOn,
    as: d.memberId === memberId ? 'signer' : d.delegateMemberId === memberId ? 'delegate' : 'deputy',
  }));
}

