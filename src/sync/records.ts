// The synced rows of every entity, as the bundle carries them and the hub stores and reads them: the
// allow-listed fields of src/domain (SYNC_FIELDS) with their types and size limits. The hub validates
// every row it applies against these and reads stored rows back through them, so one team's odd data
// can never break the figures of another. Rows written by format 1 (full rows) read through them too:
// unknown fields are dropped, fields added since default to null.
import { z } from 'zod';
import { ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentMediaType } from '../domain/attachments';
import { OFFER_COSTS } from '../domain/basket';
import { DECLARATION_KINDS } from '../domain/declarations';
import type { BundleEntity, SyncedRecord } from '../domain/syncFields';
import { ACTION_ITEM_STATUSES, ATTENDANCE_STATUSES, INSTITUTION_LEVELS, MEETING_KINDS, MEETING_STATUSES, MEMBER_ROLES, MODEL_TYPES, PZK_MEETING_TYPES, SECTORS } from '../domain/enums';

const id = z.string().min(1).max(64);
const ref = id.nullable();
const text = (max: number) => z.string().max(max);
const optText = (max: number) => z.string().max(max).nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optDate = date.nullable();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable();

export const RECORD_SCHEMAS = {
  team: z.object({
    id,
    name: text(200),
    gminaName: text(120),
    teryt: z.string().regex(/^\d{7}$/),
    modelType: z.enum(MODEL_TYPES),
    powiat: optText(120),
    wojewodztwo: optText(60),
    leadInstitution: optText(200),
    regionalCentre: optText(200),
    titleLocative: optText(160).default(null),
  }),
  institution: z.object({ id, name: text(200), sector: z.enum(SECTORS), level: z.enum(INSTITUTION_LEVELS), address: optText(300) }),
  member: z.object({
    id,
    fullName: text(150),
    institutionId: ref,
    position: optText(150),
    role: z.enum(MEMBER_ROLES),
    email: optText(200),
    phone: optText(30),
    joinedOn: optDate,
    leftOn: optDate,
    // Rows from before 0012 carry declarationSignedOn and confidentialitySignedOn: dropped, the
    // declarations are records of their own now.
    anonymisedOn: optDate.default(null),
  }),
  meeting: z.object({
    id,
    kind: z.enum(MEETING_KINDS),
    // Bundles from before 0010 have none (their PZK meetings read as working meetings: pzkTypeFor).
    pzkType: z.enum(PZK_MEETING_TYPES).nullable().default(null),
    year: z.int().min(2000).max(2100),
    // null: a planned meeting, not yet numbered (format 3 on).
    seqInYear: z.int().min(1).max(10_000).nullable(),
    date,
    endsOn: optDate.default(null),
    startTime: time,
    endTime: time,
    place: optText(300),
    onlineUrl: optText(500),
    chairMemberId: ref,
    minuteTakerMemberId: ref,
    // caseId: until 17.5 a meeting named its case; dropped (cases stay home).
    otherBusiness: optText(20_000),
    status: z.enum(MEETING_STATUSES),
    // Bundles from before 0006 have neither.
    adoptedAtMeetingId: ref.default(null),
    adoptedOn: date.nullable().default(null),
    aspiration: optText(20_000).default(null),
    teamValues: optText(20_000).default(null),
    workingRules: optText(20_000).default(null),
    communicationStandards: optText(20_000).default(null),
  }),
  agenda_item: z.object({ id, meetingId: id, position: z.int().min(1).max(10_000), title: text(300), presenter: optText(150), minutes: text(200_000) }),
  attendance: z.object({
    id,
    meetingId: id,
    memberId: ref,
    guestName: optText(150),
    guestInstitution: optText(200),
    status: z.enum(ATTENDANCE_STATUSES),
    substituteName: optText(150),
  }),
  decision: z.object({ id, meetingId: id, agendaItemId: ref, position: z.int().min(1).max(100_000), text: text(5000) }),
  action_item: z.object({
    id,
    originMeetingId: id,
    seqInMeeting: z.int().min(1).max(100_000),
    number: text(60),
    agendaItemId: ref,
    text: text(2000),
    ownerMemberId: ref,
    dueOn: optDate,
    status: z.enum(ACTION_ITEM_STATUSES),
    verification: optText(500),
    closedOn: optDate,
    // Bundles from before 0014 have none.
    planTaskId: ref.default(null),
    // Bundles from before 0016 have none.
    offerId: ref.default(null),
  }),
  action_item_review: z.object({ id, actionItemId: id, meetingId: id, note: text(2000), statusAfter: z.enum(ACTION_ITEM_STATUSES), reviewedAt: z.string().min(1).max(40) }),
  attachment: z.object({
    id,
    meetingId: id,
    position: z.int().min(1).max(10_000),
    kind: z.enum(ATTACHMENT_KINDS),
    title: text(300).min(1),
    fileName: text(200).min(1),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES as [AttachmentMediaType, ...AttachmentMediaType[]]),
    size: z.int().min(1).max(MAX_ATTACHMENT_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  declaration: z.object({
    id,
    kind: z.enum(DECLARATION_KINDS),
    institutionId: ref,
    memberId: ref,
    delegateMemberId: ref,
    deputyMemberId: ref,
    signedOn: optDate,
    renewedOn: optDate,
    withdrawnOn: optDate,
  }),
  rules_version: z.object({
    id,
    version: z.int().min(1).max(10_000),
    title: text(300).min(1),
    preamble: text(40_000),
    sections: text(200_000),
    changeNote: optText(5000),
    adoptedAtMeetingId: ref,
    adoptedOn: optDate,
    decisionId: ref,
  }),
  benefit: z.object({ id, institutionId: id, contributes: text(5000), gains: text(5000), agreedAtMeetingId: ref, reviewedOn: optDate }),
  action_plan: z.object({ id, title: text(300).min(1), periodFrom: date, periodTo: date, adoptedAtMeetingId: ref, adoptedOn: optDate, decisionId: ref }),
  plan_task: z.object({
    id,
    planId: id,
    position: z.int().min(1).max(10_000),
    goal: text(1000),
    text: text(2000).min(1),
    ownerInstitutionId: ref,
    dueOn: optDate,
    status: z.enum(ACTION_ITEM_STATUSES),
    measure: optText(1000),
    doneOn: optDate,
  }),
  offer: z.object({
    id,
    institutionId: id,
    service: text(300).min(1),
    description: text(5000),
    targetGroups: text(2000),
    problemAreas: text(2000),
    otherTarget: optText(300),
    accessCriteria: optText(2000),
    referralWays: text(1000),
    whereWhen: optText(1000),
    cost: z.enum(OFFER_COSTS),
    capacity: optText(300),
    contactPhone: optText(30),
    contactEmail: optText(200),
    verifiedOn: optDate,
  }),
} satisfies { [E in BundleEntity]: z.ZodType<SyncedRecord<E>> };

/** Parses a row of `entity`; null when it is not a valid row (a stored row is then skipped). */
export function readRecord<E extends BundleEntity>(entity: E, row: unknown): SyncedRecord<E> | null {
  const parsed = (RECORD_SCHEMAS[entity] as unknown as z.ZodType<SyncedRecord<E>>).safeParse(row);
  return parsed.success ? parsed.data : null;
}
