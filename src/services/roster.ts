// Institutions and their members. A member who leaves keeps their history (left_on is set); only a
// member whom no meeting, attendance or action item mentions can be deleted outright.
import { sql } from 'kysely';
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS, type MemberRecord } from '../domain/entities';
import { isActiveOn } from '../domain/rules';
import type { Institution, Member } from '../domain/types';
import type { Rows } from '../db/rows';
import { localDate, notFound, recordById, type Db, type ServiceContext } from './context';
import { write, type Writer } from './write';

const collator = new Intl.Collator('pl', { sensitivity: 'base' });

export const toMember = (row: MemberRecord, today: string): Member => ({ ...row, active: isActiveOn(row, today) });

export async function listInstitutions(ctx: ServiceContext): Promise<Institution[]> {
  const rows = await ctx.db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute();
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

async function assertUniqueInstitutionName(db: Db, name: string, exceptId?: string) {
  let query = db
    .selectFrom('institution')
    .select('id')
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError('DUPLICATE', `An institution named "${name}" already exists.`, { fields: { name: 'duplicate' } });
  }
}

export function createInstitution(ctx: ServiceContext, input: ParsedInput<'institutions.create'>) {
  return write(ctx, async (w) => {
    await assertUniqueInstitutionName(w.db, input.name);
    return w.insert('institution', { id: ctx.newId(), ...input });
  });
}

export function updateInstitution(ctx: ServiceContext, input: ParsedInput<'institutions.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    await assertUniqueInstitutionName(w.db, patch.name, id);
    return w.update('institution', id, patch);
  });
}

export async function listMembers(ctx: ServiceContext, input: ParsedInput<'members.list'>): Promise<Member[]> {
  const today = localDate(ctx.now());
  const rows = await ctx.db.selectFrom('member').select(ENTITY_FIELDS.member).execute();
  return rows
    .map((r) => toMember(r, today))
    .filter((m) => (input?.includeInactive ?? true) || m.active)
    .sort((a, b) => collator.compare(a.fullName, b.fullName));
}

export async function getMemberRow(source: Rows | Db, id: string): Promise<MemberRecord> {
  const row = await recordById(source, 'member', id);
  if (!row) throw notFound('member', id);
  return row;
}

async function assertInstitutionExists(db: Db, institutionId: string | null) {
  if (institutionId === null) return;
  const found = await db.selectFrom('institution').select('id').where('id', '=', institutionId).executeTakeFirst();
  if (!found) {
    throw new AppError('NOT_FOUND', `No institution with id ${institutionId}.`, { entity: 'institution', id: institutionId, fields: { institutionId: 'not_found' } });
  }
}

export function createMember(ctx: ServiceContext, input: ParsedInput<'members.create'>) {
  return write(ctx, async (w) => {
    await assertInstitutionExists(w.db, input.institutionId);
    return toMember(await w.insert('member', { id: ctx.newId(), ...input, leftOn: null, anonymisedOn: null }), localDate(ctx.now()));
  });
}

/** An erased person's record only changes through their membership dates. */
function assertNotAnonymised(member: MemberRecord) {
  if (member.anonymisedOn) throw new AppError('MEMBER_ANONYMISED', "The member's personal data were erased; the record cannot be edited.", { id: member.id });
}

async function updateMemberRow(ctx: ServiceContext, w: Writer, id: string, patch: Partial<MemberRecord>): Promise<Member> {
  return toMember(await w.update('member', id, patch), localDate(ctx.now()));
}

export function updateMember(ctx: ServiceContext, input: ParsedInput<'members.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    const current = await getMemberRow(w.rows, id);
    assertNotAnonymised(current);
    await assertInstitutionExists(w.db, patch.institutionId);
    if (current.leftOn && patch.joinedOn && patch.joinedOn > current.leftOn) {
      throw new AppError('VALIDATION_FAILED', 'A member cannot join after leaving.', { fields: { joinedOn: 'after_left_on' } });
    }
    return updateMemberRow(ctx, w, id, patch);
  });
}

export function deactivateMember(ctx: ServiceContext, input: ParsedInput<'members.deactivate'>) {
  return write(ctx, async (w) => {
    const current = await getMemberRow(w.rows, input.id);
    if (current.joinedOn && input.leftOn < current.joinedOn) {
      throw new AppError('VALIDATION_FAILED', 'The leaving date is before the joining date.', { fields: { leftOn: 'before_joined_on' } });
    }
    return updateMemberRow(ctx, w, input.id, { leftOn: input.leftOn });
  });
}

export function reactivateMember(ctx: ServiceContext, input: ParsedInput<'members.reactivate'>) {
  return write(ctx, async (w) => {
    assertNotAnonymised(await getMemberRow(w.rows, input.id));
    return updateMemberRow(ctx, w, input.id, { leftOn: null });
  });
}

/** Hard delete, allowed only for a member no history mentions (e.g. added by mistake). */
export function deleteMember(ctx: ServiceContext, input: ParsedInput<'members.delete'>) {
  return write(ctx, async (w) => {
    await getMemberRow(w.rows, input.id);
    const { id } = input;
    const refs = await sql<{ n: number }>`
      SELECT (SELECT count(*) FROM attendance WHERE member_id = ${id})
           + (SELECT count(*) FROM action_item WHERE owner_member_id = ${id})
           + (SELECT count(*) FROM meeting WHERE chair_member_id = ${id} OR minute_taker_member_id = ${id}) AS n`.execute(w.db);
    if ((refs.rows[0]?.n ?? 0) > 0) {
      throw new AppError('MEMBER_HAS_HISTORY', 'The member appears in meetings or action items; deactivate instead.', { id });
    }
    await w.remove('member', id);
    return { id };
  });
}
