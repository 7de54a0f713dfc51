// The register of mutual benefits (rejestr wzajemnych korzyści, issue 16.5): per partner institution what
// it brings to the team and what it gains, agreed at a meeting and reviewed later. One entry per institution.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { ENTITY_FIELDS, type BenefitRecord } from '../domain/entities';
import { localDate, notFound, type ServiceContext } from './context';
import { getMeetingRow } from './meetingGuard';
import { write } from './write';

export function listBenefits(ctx: ServiceContext): Promise<BenefitRecord[]> {
  return ctx.db.selectFrom('benefit').select(ENTITY_FIELDS.benefit).execute();
}

/** Writes the institution's entry (made on its first save). */
export function saveBenefit(ctx: ServiceContext, input: ParsedInput<'benefits.save'>): Promise<BenefitRecord> {
  return write(ctx, async (w) => {
    if (!w.rows.byId('institution', input.institutionId)) {
      throw new AppError('NOT_FOUND', `No institution with id ${input.institutionId}.`, { entity: 'institution', id: input.institutionId, fields: { institutionId: 'not_found' } });
    }
    if (input.agreedAtMeetingId) await getMeetingRow(w.rows, input.agreedAtMeetingId);
    if (input.reviewedOn && input.reviewedOn > localDate(ctx.now())) {
      throw new AppError('VALIDATION_FAILED', 'A review is dated on a day that has come.', { fields: { reviewedOn: 'in_future' } });
    }
    const { institutionId, ...fields } = input;
    const existing = await w.db.selectFrom('benefit').select('id').where('institutionId', '=', institutionId).executeTakeFirst();
    if (existing) return w.update('benefit', existing.id, fields);
    return w.insert('benefit', { id: ctx.newId(), institutionId, ...fields });
  });
}

export function removeBenefit(ctx: ServiceContext, input: ParsedInput<'benefits.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    if (!w.rows.byId('benefit', input.id)) throw notFound('benefit', input.id);
    await w.remove('benefit', input.id);
    return { id: input.id };
  });
}
