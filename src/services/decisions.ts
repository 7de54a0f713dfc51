// Decisions (ustalenia) of a meeting, optionally tied to the agenda item they came from.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { ENTITY_FIELDS } from '../domain/entities';
import { assertAgendaItemOfMeeting } from './agenda';
import { notFound, type Db, type ServiceContext } from './context';
import { editableMeeting } from './meetingGuard';
import { write } from './write';

async function getDecisionRow(db: Db, id: string) {
  const row = await db.selectFrom('decision').select(ENTITY_FIELDS.decision).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('decision', id);
  return row;
}

/** The decision that adopted a version of the team's rules is that version's record: it stays as it is. */
async function assertNotAdoptingRules(db: Db, decisionId: string) {
  const rules = await db.selectFrom('rulesVersion').select('version').where('decisionId', '=', decisionId).executeTakeFirst();
  if (rules) throw new AppError('DECISION_ADOPTS_RULES', `The decision adopted version ${rules.version} of the team's rules; it stays as it is.`, { version: rules.version });
  const plan = await db.selectFrom('actionPlan').select('title').where('decisionId', '=', decisionId).executeTakeFirst();
  if (plan) throw new AppError('PLAN_ADOPTED', `The decision adopted "${plan.title}"; it stays as it is.`);
}

export function addDecision(ctx: ServiceContext, input: ParsedInput<'decisions.add'>) {
  return write(ctx, async (w) => {
    await editableMeeting(w.rows, input.meetingId);
    await assertAgendaItemOfMeeting(w.rows, input.agendaItemId, input.meetingId);
    const last = await w.db
      .selectFrom('decision')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('meetingId', '=', input.meetingId)
      .executeTakeFirst();
    return w.insert('decision', { id: ctx.newId(), ...input, position: Number(last?.max ?? 0) + 1 });
  });
}

export function updateDecision(ctx: ServiceContext, input: ParsedInput<'decisions.update'>) {
  return write(ctx, async (w) => {
    const current = await getDecisionRow(w.db, input.id);
    await editableMeeting(w.rows, current.meetingId);
    await assertNotAdoptingRules(w.db, input.id);
    return w.update('decision', input.id, { text: input.text });
  });
}

export function removeDecision(ctx: ServiceContext, input: ParsedInput<'decisions.remove'>) {
  return write(ctx, async (w) => {
    const current = await getDecisionRow(w.db, input.id);
    await editableMeeting(w.rows, current.meetingId);
    await assertNotAdoptingRules(w.db, input.id);
    await w.remove('decision', input.id);
    return { id: input.id };
  });
}
