// Cases are known only by a pseudonym code: no names, no PESEL, no addresses (DESIGN §6).
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS } from '../domain/entities';
import { containsPeselLikeNumber } from '../domain/pesel';
import type { Case } from '../domain/types';
import type { ServiceContext } from './context';
import { write } from './write';

export async function listCases(ctx: ServiceContext): Promise<Case[]> {
  return ctx.db.selectFrom('case').select(ENTITY_FIELDS.case).orderBy('code').execute();
}

export function createCase(ctx: ServiceContext, input: ParsedInput<'cases.create'>) {
  return write(ctx, async (w) => {
    if (containsPeselLikeNumber(input.code)) {
      throw new AppError('CASE_CODE_PERSONAL_DATA', 'A case code must not contain a PESEL or another 11-digit number.', { fields: { code: 'pesel' } });
    }
    const taken = await w.db.selectFrom('case').select('id').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw new AppError('DUPLICATE', `Case code ${input.code} is already used.`, { fields: { code: 'duplicate' } });
    return w.insert('case', { id: ctx.newId(), ...input, closedOn: null, outcome: null });
  });
}

export function closeCase(ctx: ServiceContext, input: ParsedInput<'cases.close'>) {
  return write(ctx, (w) => w.update('case', input.id, { closedOn: input.closedOn, outcome: input.outcome }));
}
