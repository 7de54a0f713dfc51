// Institutions and their members. A member who leaves keeps their history (left_on is set); only a
// member whom no meeting, attendance or action item mentions can be deleted outright.
import { sql } from 'kysely';
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import type { Institution, Member } from '../domain/types';
import type { InstitutionRow, MemberRow } from '../db/schema';
import {
  localDate,
  logChange,
  notFound,
  timestamp,
  withoutStamps,
  write,
  type Db,
  type ServiceContext,
} from './context';

const collator = new Intl.Collator('pl', { sensitivity: 'base' });

const toInstitution = (row: InstitutionRow): Institution => withoutStamps(row);

export function isActiveOn(member: Pick<MemberRow, 'leftOn'>, day: string): boolean {
  return member.leftOn === null || member.leftOn > day;
}

const toMember = (row: MemberRow, today: string): Member => ({ ...withoutStamps(row), active: isActiveOn(row, today) });

export async function listInstitutions(ctx: ServiceContext): Promise<Institution[]> {
  const rows = await ctx.db.selectFrom('institution').selectAll().execute();
  return rows.map(toInstitution).sort((a, b) => collator.compare(a.name, b.name));
}

async function assertUniqueInstitutionName(trx: Db, name: string, exceptId?: string) {
  let query = trx
    .selectFrom('institution')
    .select('id')
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError('DUPLICATE', `An institution named "${name}" already exists.`, {
      fields: { name: 'duplicate' },
    });
  }
}

export function createInstitution(ctx: ServiceContext, input: ParsedInput<'institutions.create'>) {
  return write(ctx, async (trx) => {
    await assertUniqueInstitutionName(trx, input.name);
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('institution')
      .values({ id: ctx.newId(), ...input, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'institution', row.id, 'insert', row);
    return toInstitution(row);
  });
}

export function updateInstitution(ctx: ServiceContext, input: ParsedInput<'institutions.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (trx) => {
    await assertUniqueInstitutionName(trx, patch.name, id);
    const row = await trx
      .updateTable('institution')
      .set({ ...patch, updatedAt: timestamp(ctx) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('institution', id);
    await logChange(trx, ctx, 'institution', row.id, 'update', row);
    return toInstitution(row);
  });
}

export async function listMembers(ctx: ServiceContext, input: ParsedInput<'members.list'>): Promise<Member[]> {
  const today = localDate(ctx.now());
  const rows = await ctx.db.selectFrom('member').selectAll().execute();
  return rows
    .map((r) => toMember(r, today))
    .filter((m) => (input?.includeInactive ?? true) || m.active)
    .sort((a, b) => collator.compare(a.fullName, b.fullName));
}

export async function getMemberRow(trx: Db, id: string): Promise<MemberRow> {
  const row = await trx.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('member', id);
  return row;
}

async function assertInstitutionExists(trx: Db, institutionId: string | null) {
  if (institutionId === null) return;
  const found = await trx.selectFrom('institution').select('id').where('id', '=', institutionId).executeTakeFirst();
  if (!found) {
    throw new AppError('NOT_FOUND', `No institution with id ${institutionId}.`, {
      entity: 'institution',
      id: institutionId,
      fields: { institutionId: 'not_found' },
    });
  }
}

export function createMember(ctx: ServiceContext, input: ParsedInput<'members.create'>) {
  return write(ctx, async (trx) => {
    await assertInstitutionExists(trx, input.institutionId);
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('member')
      .values({ id: ctx.newId(), ...input, leftOn: null, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'member', row.id, 'insert', row);
    return toMember(row, localDate(ctx.now()));
  });
}

async function updateMemberRow(
  ctx: ServiceContext,
  trx: Db,
  id: string,
  patch: Partial<Omit<MemberRow, 'id' | 'createdAt' | 'updatedAt'>>,
): Promise<Member> {
  const row = await trx
    .updateTable('member')
    .set({ ...patch, updatedAt: timestamp(ctx) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('member', id);
  await logChange(trx, ctx, 'member', row.id, 'update', row);
  return toMember(row, localDate(ctx.now()));
}

export function updateMember(ctx: ServiceContext, input: ParsedInput<'members.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (trx) => {
    const current = await getMemberRow(trx, id);
    await assertInstitutionExists(trx, patch.institutionId);
    if (current.leftOn && patch.joinedOn && patch.joinedOn > current.leftOn) {
      throw new AppError('VALIDATION_FAILED', 'A member cannot join after leaving.', {
        fields: { joinedOn: 'after_left_on' },
      });
    }
    return updateMemberRow(ctx, trx, id, patch);
  });
}

export function deactivateMember(ctx: ServiceContext, input: ParsedInput<'members.deactivate'>) {
  return write(ctx, async (trx) => {
    const current = await getMemberRow(trx, input.id);
    if (current.joinedOn && input.leftOn < current.joinedOn) {
      throw new AppError('VALIDATION_FAILED', 'The leaving date is before the joining date.', {
        fields: { leftOn: 'before_joined_on' },
      });
    }
    return updateMemberRow(ctx, trx, input.id, { leftOn: input.leftOn });
  });
}

export function reactivateMember(ctx: ServiceContext, input: ParsedInput<'members.reactivate'>) {
  return write(ctx, async (trx) => {
    await getMemberRow(trx, input.id);
    return updateMemberRow(ctx, trx, input.id, { leftOn: null });
  });
}

/** Hard delete, allowed only for a member no history mentions (e.g. added by mistake). */
export function deleteMember(ctx: ServiceContext, input: ParsedInput<'members.delete'>) {
  return write(ctx, async (trx) => {
    await getMemberRow(trx, input.id);
    const { id } = input;
    const refs = await sql<{ n: number }>`
      SELECT (SELECT count(*) FROM attendance WHERE member_id = ${id})
           + (SELECT count(*) FROM action_item WHERE owner_member_id = ${id})
           + (SELECT count(*) FROM meeting WHERE chair_member_id = ${id} OR minute_taker_member_id = ${id}) AS n`.execute(
      trx,
    );
    if ((refs.rows[0]?.n ?? 0) > 0) {
      throw new AppError('MEMBER_HAS_HISTORY', 'The member appears in meetings or action items; deactivate instead.', {
        id,
      });
    }
    await trx.deleteFrom('member').where('id', '=', id).execute();
    await logChange(trx, ctx, 'member', id, 'delete', null);
    return { id };
  });
}

