// Cases are known only by a pseudonym code: no names, no PESEL, no addresses (DESIGN §6).
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { containsPeselLikeNumber } from '../domain/pesel';
import type { Case } from '../domain/types';
import type { CaseRow } from '../db/schema';
import { logChange, notFound, timestamp, withoutStamps, write, type ServiceContext } from './context';

const toCase = (row: CaseRow): Case => withoutStamps(row);

export async function listCases(ctx: ServiceContext): Promise<Case[]> {
  return (await ctx.db.selectFrom('case').selectAll().orderBy('code').execute()).map(toCase);
}

export function createCase(ctx: ServiceContext, input: ParsedInput<'cases.create'>) {
  return write(ctx, async (trx) => {
    if (containsPeselLikeNumber(input.code)) {
      throw new AppError('CASE_CODE_PERSONAL_DATA', 'A case code must not contain a PESEL or another 11-digit number.', {
        fields: { code: 'pesel' },
      });
    }
    const taken = await trx.selectFrom('case').select('id').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw new AppError('DUPLICATE', `Case code ${input.code} is already used.`, { fields: { code: 'duplicate' } });
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('case')
      .values({ id: ctx.newId(), ...input, closedOn: null, outcome: null, createdAt: now, updatedAt: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'case', row.id, 'insert', row);
    return toCase(row);
  });
}

export function closeCase(ctx: ServiceContext, input: ParsedInput<'cases.close'>) {
  return write(ctx, async (trx) => {
    const row = await trx
      .updateTable('case')
      .set({ closedOn: input.closedOn, outcome: input.outcome, updatedAt: timestamp(ctx) })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('case', input.id);
    await logChange(trx, ctx, 'case', row.id, 'update', row);
    return toCase(row);
  });
}
