// Action items (zadania): numbered N/YYYY/k after their meeting, carried over to every later meeting
// while open, and reviewed there. "Overdue" is derived from due_on and status, never stored.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { OPEN_ACTION_ITEM_STATUSES, type ActionItemStatus } from '../domain/enums';
import type { ActionItem, MeetingDetail } from '../domain/types';
import type { ActionItemRow, MeetingRow } from '../db/schema';
import { assertAgendaItemOfMeeting } from './agenda';
import { localDate, logChange, notFound, timestamp, withoutStamps, write, type Db, type ServiceContext } from './context';
import { editableMeeting, getMeetingRow, meetingNumber } from './meetingGuard';
import { getMemberRow, isActiveOn } from './roster';

export const toActionItem = (row: ActionItemRow): ActionItem => {
  const { seqInMeeting: _s, ...item } = withoutStamps(row);
  return item;
};

const isClosed = (status: ActionItemStatus) => !OPEN_ACTION_ITEM_STATUSES.includes(status);

async function getItemRow(trx: Db, id: string): Promise<ActionItemRow> {
  const row = await trx.selectFrom('actionItem').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('action item', id);
  return row;
}

async function assertOwner(trx: Db, ownerMemberId: string | null, onDay: string) {
  if (ownerMemberId === null) return;
  const owner = await getMemberRow(trx, ownerMemberId);
  if (!isActiveOn(owner, onDay)) {
    throw new AppError('MEMBER_INACTIVE', `${owner.fullName} is no longer a member and cannot own new action items.`, {
      fields: { ownerMemberId: 'inactive' },
    });
  }
}

export function createActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.create'>) {
  const { meetingId, ...fields } = input;
  return write(ctx, async (trx) => {
    const meeting = await editableMeeting(trx, meetingId);
    await assertAgendaItemOfMeeting(trx, fields.agendaItemId, meetingId);
    await assertOwner(trx, fields.ownerMemberId, meeting.date);
    const last = await trx
      .selectFrom('actionItem')
      .select((eb) => eb.fn.max('seqInMeeting').as('max'))
      .where('originMeetingId', '=', meetingId)
      .executeTakeFirst();
    const seqInMeeting = Number(last?.max ?? 0) + 1;
    const now = timestamp(ctx);
    const row = await trx
      .insertInto('actionItem')
      .values({
        id: ctx.newId(),
        originMeetingId: meetingId,
        seqInMeeting,
        number: `${meetingNumber(meeting)}${meeting.kind === 'pzk' ? '' : `/${meeting.kind.toUpperCase()}`}/${seqInMeeting}`,
        ...fields,
        status: 'new',
        closedOn: null,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'action_item', row.id, 'insert', row);
    return toActionItem(row);
  });
}

/** What the item says (text, owner, due date) is part of its meeting's protocol: locked with it. */
export function updateActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (trx) => {
    const current = await getItemRow(trx, id);
    const meeting = await editableMeeting(trx, current.originMeetingId);
    if (patch.ownerMemberId !== current.ownerMemberId) await assertOwner(trx, patch.ownerMemberId, meeting.date);
    const row = await trx
      .updateTable('actionItem')
      .set({ ...patch, updatedAt: timestamp(ctx) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'action_item', row.id, 'update', row);
    return toActionItem(row);
  });
}

async function writeStatus(ctx: ServiceContext, trx: Db, current: ActionItemRow, status: ActionItemStatus, day: string) {
  const closedOn = isClosed(status) ? (isClosed(current.status) && current.closedOn ? current.closedOn : day) : null;
  const row = await trx
    .updateTable('actionItem')
    .set({ status, closedOn, updatedAt: timestamp(ctx) })
    .where('id', '=', current.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await logChange(trx, ctx, 'action_item', row.id, 'update', row);
  return row;
}

/** Follow-up happens after the origin meeting, so the status stays changeable after approval. */
export function setActionItemStatus(ctx: ServiceContext, input: ParsedInput<'actionItems.setStatus'>) {
  return write(ctx, async (trx) => {
    const current = await getItemRow(trx, input.id);
    return toActionItem(await writeStatus(ctx, trx, current, input.status, localDate(ctx.now())));
  });
}

const isEarlier = (a: MeetingRow, b: MeetingRow) => a.date < b.date || (a.date === b.date && a.createdAt < b.createdAt);

/** Records the review of an earlier meeting's item at `meetingId` (one per item and meeting). */
export function reviewActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.review'>) {
  return write(ctx, async (trx) => {
    const meeting = await editableMeeting(trx, input.meetingId);
    const current = await getItemRow(trx, input.actionItemId);
    const origin = await getMeetingRow(trx, current.originMeetingId);
    if (origin.id === meeting.id || !isEarlier(origin, meeting)) {
      throw new AppError('WRONG_MEETING', 'An action item is reviewed at a meeting held after the one that set it.', {
        actionItemId: current.id,
        meetingId: meeting.id,
      });
    }
    await writeStatus(ctx, trx, current, input.status, meeting.date);
    const existing = await trx
      .selectFrom('actionItemReview')
      .select('id')
      .where('actionItemId', '=', current.id)
      .where('meetingId', '=', meeting.id)
      .executeTakeFirst();
    const values = { note: input.note, statusAfter: input.status, reviewedAt: timestamp(ctx) };
    const review = existing
      ? await trx
          .updateTable('actionItemReview')
          .set(values)
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('actionItemReview')
          .values({ id: ctx.newId(), actionItemId: current.id, meetingId: meeting.id, ...values })
          .returningAll()
          .executeTakeFirstOrThrow();
    await logChange(trx, ctx, 'action_item_review', review.id, existing ? 'update' : 'insert', review);
    return review;
  });
}

export async function listActionItems(ctx: ServiceContext, input: ParsedInput<'actionItems.list'>) {
  let query = ctx.db.selectFrom('actionItem').selectAll('actionItem').orderBy('actionItem.createdAt');
  if (input?.status?.length) query = query.where('actionItem.status', 'in', input.status);
  if (input?.ownerMemberId) query = query.where('actionItem.ownerMemberId', '=', input.ownerMemberId);
  if (input?.institutionId) {
    const institutionId = input.institutionId;
    query = query
      .innerJoin('member', 'member.id', 'actionItem.ownerMemberId')
      .where('member.institutionId', '=', institutionId);
  }
  if (input?.dueBefore) query = query.where('actionItem.dueOn', '<', input.dueBefore);
  if (input?.dueOnOrBefore) query = query.where('actionItem.dueOn', '<=', input.dueOnOrBefore);
  return (await query.execute()).map(toActionItem);
}

/** Several items to one status in one transaction (e.g. "close the selected"). */
export function setActionItemsStatus(ctx: ServiceContext, input: ParsedInput<'actionItems.setStatusMany'>) {
  return write(ctx, async (trx) => {
    const out: ActionItem[] = [];
    for (const id of new Set(input.ids)) {
      out.push(toActionItem(await writeStatus(ctx, trx, await getItemRow(trx, id), input.status, localDate(ctx.now()))));
    }
    return out;
  });
}

/**
 * The items of earlier meetings that were open when `meeting` took place (still open, or closed on
 * or after its date), plus those reviewed at it — with the reviews made there.
 */
export async function carriedInto(db: Db, meeting: MeetingRow): Promise<MeetingDetail['carriedOver']> {
  const items = await db
    .selectFrom('actionItem')
    .innerJoin('meeting as origin', 'origin.id', 'actionItem.originMeetingId')
    .selectAll('actionItem')
    .where('origin.id', '!=', meeting.id)
    .where((eb) =>
      eb.or([
        eb('origin.date', '<', meeting.date),
        eb.and([eb('origin.date', '=', meeting.date), eb('origin.createdAt', '<', meeting.createdAt)]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb('actionItem.closedOn', 'is', null),
        eb('actionItem.closedOn', '>=', meeting.date),
        eb.exists(
          eb
            .selectFrom('actionItemReview as r')
            .select('r.id')
            .whereRef('r.actionItemId', '=', 'actionItem.id')
            .where('r.meetingId', '=', meeting.id),
        ),
      ]),
    )
    .orderBy('origin.date')
    .orderBy('actionItem.seqInMeeting')
    .execute();
  const reviews = await db.selectFrom('actionItemReview').selectAll().where('meetingId', '=', meeting.id).execute();
  return items.map((row) => ({
    item: toActionItem(row),
    reviews: reviews.filter((r) => r.actionItemId === row.id),
  }));
}

export async function carriedIntoMeeting(ctx: ServiceContext, input: ParsedInput<'actionItems.carriedInto'>) {
  return carriedInto(ctx.db, await getMeetingRow(ctx.db, input.meetingId));
}
