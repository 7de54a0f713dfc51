// Action items (zadania): numbered N/YYYY/k after their meeting, carried over to every later meeting
// while open, and reviewed there. "Overdue" is derived from due_on and status, never stored.
import { AppError } from '../api/errors';
import type { ParsedInput } from '../api/contract';
import { ENTITY_FIELDS, type ActionItemRecord, type MeetingRecord } from '../domain/entities';
import { isOpen } from '../domain/actionItems';
import type { ActionItemStatus } from '../domain/enums';
import { actionItemNumber, isActiveOn, isLocked } from '../domain/rules';
import type { ActionItem, BoardActionItem, CarriedItem, ReviewResult } from '../domain/types';
import type { Rows } from '../db/rows';
import { assertAgendaItemOfMeeting } from './agenda';
import { localDate, notFound, recordById, timestamp, type Db, type ServiceContext } from './context';
import { editableMeeting, ensureNumbered, getMeetingRow } from './meetingGuard';
import { getMemberRow } from './roster';
import { write, type Writer } from './write';

const isClosed = (status: ActionItemStatus) => !isOpen({ status });

async function getItemRow(source: Rows | Db, id: string): Promise<ActionItemRecord> {
  const row = await recordById(source, 'action_item', id);
  if (!row) throw notFound('action item', id);
  return row;
}

async function assertOwner(rows: Rows, ownerMemberId: string | null, onDay: string) {
  if (ownerMemberId === null) return;
  const owner = await getMemberRow(rows, ownerMemberId);
  if (!isActiveOn(owner, onDay)) {
    throw new AppError('MEMBER_INACTIVE', `${owner.fullName} is no longer a member and cannot own new action items.`, {
      fields: { ownerMemberId: 'inactive' },
    });
  }
}

export function createActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.create'>) {
  const { meetingId, ...fields } = input;
  return write(ctx, async (w) => {
    const open = await editableMeeting(w.rows, meetingId);
    await assertAgendaItemOfMeeting(w.rows, fields.agendaItemId, meetingId);
    await assertOwner(w.rows, fields.ownerMemberId, open.date);
    if (fields.offerId && !w.rows.byId('offer', fields.offerId)) throw new AppError('NOT_FOUND', `No offer with id ${fields.offerId}.`, { entity: 'offer', id: fields.offerId });
    if (fields.ipwTaskId) assertTaskOfMeetingCase(w.rows, fields.ipwTaskId, open);
    const meeting = await ensureNumbered(w, open);
    const last = w.rows.scalar('SELECT coalesce(max(seq_in_meeting), 0) FROM action_item WHERE origin_meeting_id = ?', meetingId);
    const seqInMeeting = Number(last) + 1;
    return w.insert('action_item', {
      id: ctx.newId(),
      originMeetingId: meetingId,
      seqInMeeting,
      number: actionItemNumber(meeting, seqInMeeting),
      ...fields,
      status: 'new',
      closedOn: null,
      planTaskId: null,
    });
  });
}

/** An action item carries out an IPW task only at a task team's meeting of that task's case (issue 17.3). */
function assertTaskOfMeetingCase(rows: Rows, taskId: string, meeting: MeetingRecord) {
  const task = rows.byId('ipw_task', taskId);
  if (!task) throw new AppError('NOT_FOUND', `No IPW task with id ${taskId}.`, { entity: 'ipw_task', id: taskId, fields: { ipwTaskId: 'not_found' } });
  const goal = rows.byId('ipw_goal', task.goalId);
  if (meeting.kind !== 'zzk' || !goal || goal.caseId !== meeting.caseId) {
    throw new AppError('VALIDATION_FAILED', 'The IPW task belongs to another case than this meeting’s.', { fields: { ipwTaskId: 'other_case' } });
  }
}

/** What the item says (text, owner, due date) is part of its meeting's protocol: locked with it. */
export function updateActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.update'>) {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    const current = await getItemRow(w.rows, id);
    const meeting = await editableMeeting(w.rows, current.originMeetingId);
    if (patch.ownerMemberId !== current.ownerMemberId) await assertOwner(w.rows, patch.ownerMemberId, meeting.date);
    return w.update('action_item', id, patch);
  });
}

/** An item added by mistake goes, with its meeting not yet approved; one reviewed since stays (cancel it). */
export function removeActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.remove'>) {
  return write(ctx, async (w) => {
    const current = await getItemRow(w.rows, input.id);
    await editableMeeting(w.rows, current.originMeetingId);
    const reviewed = await w.db.selectFrom('actionItemReview').select('id').where('actionItemId', '=', input.id).executeTakeFirst();
    if (reviewed) {
      throw new AppError('ACTION_ITEM_REVIEWED', `Action item ${current.number} was already reviewed at a later meeting; set its status to cancelled instead.`, { number: current.number });
    }
    await w.remove('action_item', input.id);
    return { id: input.id };
  });
}

/** The item's status, and the IPW task's it carries out: the task team follows the task in one place. */
async function writeStatus(w: Writer, current: ActionItemRecord, status: ActionItemStatus, day: string) {
  const closedOn = isClosed(status) ? (isClosed(current.status) && current.closedOn ? current.closedOn : day) : null;
  const task = current.ipwTaskId ? w.rows.byId('ipw_task', current.ipwTaskId) : undefined;
  if (task && task.status !== status) await w.update('ipw_task', task.id, { status, doneOn: status === 'done' ? day : null });
  return w.update('action_item', current.id, { status, closedOn });
}

/** Follow-up happens after the origin meeting, so the status stays changeable after approval. */
export function setActionItemStatus(ctx: ServiceContext, input: ParsedInput<'actionItems.setStatus'>) {
  return write(ctx, async (w) => writeStatus(w, await getItemRow(w.rows, input.id), input.status, localDate(ctx.now())));
}

/** Earlier: on an earlier date, or on the same date but made before. */
async function isEarlier(db: Db, a: MeetingRecord, b: MeetingRecord): Promise<boolean> {
  if (a.date !== b.date) return a.date < b.date;
  const stamps = await db.selectFrom('meeting').select(['id', 'createdAt']).where('id', 'in', [a.id, b.id]).execute();
  const at = (id: string) => stamps.find((s) => s.id === id)?.createdAt ?? '';
  return at(a.id) < at(b.id);
}

/** Records the review of an earlier meeting's item at `meetingId` (one per item and meeting). */
export function reviewActionItem(ctx: ServiceContext, input: ParsedInput<'actionItems.review'>): Promise<ReviewResult> {
  return write(ctx, async (w) => {
    const meeting = await editableMeeting(w.rows, input.meetingId);
    const current = await getItemRow(w.rows, input.actionItemId);
    const origin = await getMeetingRow(w.rows, current.originMeetingId);
    if (origin.id === meeting.id || !(await isEarlier(w.db, origin, meeting))) {
      throw new AppError('WRONG_MEETING', 'An action item is reviewed at a meeting held after the one that set it.', {
        actionItemId: current.id,
        meetingId: meeting.id,
      });
    }
    const item = await writeStatus(w, current, input.status, meeting.date);
    const existing = await w.db
      .selectFrom('actionItemReview')
      .select('id')
      .where('actionItemId', '=', current.id)
      .where('meetingId', '=', meeting.id)
      .executeTakeFirst();
    const values = { note: input.note, statusAfter: input.status, reviewedAt: timestamp(ctx) };
    const review = existing
      ? await w.update('action_item_review', existing.id, values)
      : await w.insert('action_item_review', { id: ctx.newId(), actionItemId: current.id, meetingId: meeting.id, ...values });
    return { review, item };
  });
}

const ITEM_COLUMNS = ENTITY_FIELDS.action_item.map((f) => `actionItem.${f}` as const);

export async function listActionItems(ctx: ServiceContext, input: ParsedInput<'actionItems.list'>): Promise<BoardActionItem[]> {
  let query = ctx.db
    .selectFrom('actionItem')
    .innerJoin('meeting as origin', 'origin.id', 'actionItem.originMeetingId')
    .select([...ITEM_COLUMNS, 'origin.status as originStatus'])
    .orderBy('actionItem.createdAt');
  if (input?.status?.length) query = query.where('actionItem.status', 'in', input.status);
  if (input?.ownerMemberId) query = query.where('actionItem.ownerMemberId', '=', input.ownerMemberId);
  if (input?.institutionId) {
    const institutionId = input.institutionId;
    query = query.innerJoin('member', 'member.id', 'actionItem.ownerMemberId').where('member.institutionId', '=', institutionId);
  }
  if (input?.dueBefore) query = query.where('actionItem.dueOn', '<', input.dueBefore);
  if (input?.dueOnOrBefore) query = query.where('actionItem.dueOn', '<=', input.dueOnOrBefore);
  return (await query.execute()).map(({ originStatus, ...item }) => ({ ...item, originLocked: isLocked({ status: originStatus }) }));
}

/** Several items to one status in one transaction (e.g. "close the selected"). */
export function setActionItemsStatus(ctx: ServiceContext, input: ParsedInput<'actionItems.setStatusMany'>) {
  return write(ctx, async (w) => {
    const out: ActionItem[] = [];
    for (const id of new Set(input.ids)) out.push(await writeStatus(w, await getItemRow(w.rows, id), input.status, localDate(ctx.now())));
    return out;
  });
}

const CARRIED_COLUMNS = ENTITY_FIELDS.action_item.map((f) => `i.${f}` as const);

/**
 * The items of earlier meetings of the same kind (and case) that were open when `meeting` took place (still open, or closed on
 * or after its date), plus those reviewed at it — with the reviews made there. Two indexed lookups
 * (by closing date, and by the reviews of this meeting) instead of a scan of every item.
 */
export async function carriedInto(db: Db, meeting: MeetingRecord): Promise<CarriedItem[]> {
  const base = () =>
    db
      .selectFrom('actionItem as i')
      .innerJoin('meeting as origin', 'origin.id', 'i.originMeetingId')
      .select([...CARRIED_COLUMNS, 'origin.date as originDate'])
      .where('origin.id', '!=', meeting.id)
      // A PZK meeting follows up the PZK's items, a task team's meeting those of its own case: a case's
      // tasks never reach the PZK minutes, which travel.
      .where('origin.kind', '=', meeting.kind)
      .where((eb) => (meeting.caseId === null ? eb('origin.caseId', 'is', null) : eb('origin.caseId', '=', meeting.caseId)))
      .where((eb) =>
        eb.or([
          eb('origin.date', '<', meeting.date),
          eb.and([eb('origin.date', '=', meeting.date), eb('origin.createdAt', '<', eb.selectFrom('meeting').select('createdAt').where('id', '=', meeting.id))]),
        ]),
      );
  const [stillOpen, reviewed, reviews] = await Promise.all([
    base()
      .where((eb) => eb.or([eb('i.closedOn', 'is', null), eb('i.closedOn', '>=', meeting.date)]))
      .execute(),
    base()
      .where('i.id', 'in', db.selectFrom('actionItemReview').select('actionItemId').where('meetingId', '=', meeting.id))
      .execute(),
    db.selectFrom('actionItemReview').select(ENTITY_FIELDS.action_item_review).where('meetingId', '=', meeting.id).execute(),
  ]);
  const byId = new Map([...stillOpen, ...reviewed].map((r) => [r.id, r]));
  return [...byId.values()]
    .sort((a, b) => a.originDate.localeCompare(b.originDate) || a.seqInMeeting - b.seqInMeeting)
    .map(({ originDate: _d, ...item }) => ({ item, reviews: reviews.filter((r) => r.actionItemId === item.id) }));
}

export async function carriedIntoMeeting(ctx: ServiceContext, input: ParsedInput<'actionItems.carriedInto'>) {
  return carriedInto(ctx.db, await getMeetingRow(ctx.db, input.meetingId));
}
