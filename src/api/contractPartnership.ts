// The contract's methods for the partnership's own tools (issue 16): declarations, the team's rules and the
// register of mutual benefits. Kept apart
// from ./contract.ts by subject; the contract spreads them in, so there is still one registry.
import { z } from 'zod';
import { DECLARATION_KINDS } from '../domain/declarations';
import { DECLARATION_TEXT_LIMIT, type DeclarationTexts } from '../domain/declarations.pl';
import { RULES_SECTION_LIMIT } from '../domain/teamRules';
import { ACTION_ITEM_STATUSES } from '../domain/enums';
import type { ActionPlanRecord, PlanTaskRecord } from '../domain/entities';
import type { ActionItem, ActionPlanView, BasketImportPreview, BasketImportResult, Benefit, HubCatalogue, Offer, Declaration, DeclarationsView, DocumentFile, RulesVersion, RulesView } from '../domain/types';
import { bytes, choice, date, id, optionalDate, optionalEmail, optionalPhone, optionalText, requiredText } from './fields';
import { OFFER_COSTS, PROBLEM_AREAS, REFERRAL_WAYS, TARGET_GROUPS } from '../domain/basket';
import { method } from './method';

const byId = z.object({ id });
const ref = id.nullish().transform((v) => v ?? null);

/** What the declaration form edits (a full replacement, as the member form does). */
const declarationFields = {
  headName: optionalText(150),
  headPosition: optionalText(150),
  delegateMemberId: ref,
  deputyMemberId: ref,
  signedOn: optionalDate,
  renewedOn: optionalDate,
  withdrawnOn: optionalDate,
};

/** An offer of the basket as the form (and each row of the basket's spreadsheet) gives it. */
export const offerInput = z.object({
  id: id.optional(),
  institutionId: id,
  service: requiredText(300),
  description: z.string().trim().max(5000, { error: 'too_long' }).default(''),
  targetGroups: z.array(choice(TARGET_GROUPS)).max(TARGET_GROUPS.length).default([]),
  problemAreas: z.array(choice(PROBLEM_AREAS)).max(PROBLEM_AREAS.length).default([]),
  otherTarget: optionalText(300),
  accessCriteria: optionalText(2000),
  referralWays: z.array(choice(REFERRAL_WAYS)).max(REFERRAL_WAYS.length).default([]),
  whereWhen: optionalText(1000),
  cost: choice(OFFER_COSTS).default('free'),
  capacity: optionalText(300),
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  verifiedOn: optionalDate,
});

/** The regional catalogue's filters (issue 16.4); an empty one is no filter. */
const catalogueFilters = z.object({
  powiat: z.string().trim().max(100, { error: 'too_long' }).optional(),
  gmina: z.string().trim().max(100, { error: 'too_long' }).optional(),
  targetGroup: choice(TARGET_GROUPS).optional(),
  problemArea: choice(PROBLEM_AREAS).optional(),
  q: z.string().max(200, { error: 'too_long' }).optional(),
});

/** What a plan task says (a full replacement, as a form edits it). */
const taskFields = {
  goal: z.string().trim().max(1000, { error: 'too_long' }).default(''),
  text: requiredText(2000),
  ownerInstitutionId: ref,
  dueOn: optionalDate,
  measure: optionalText(1000),
};

const wording = z.string().max(DECLARATION_TEXT_LIMIT, { error: 'too_long' }).optional();

export const partnershipMethods = {
  /** Every declaration, who has and has not signed today, and the team's wording of the printed forms. */
  'declarations.list': method<DeclarationsView>()(z.object({}).strict().optional()),
  /** accession: `institutionId`; confidentiality: `memberId` (a member on the roster today). */
  'declarations.create': method<Declaration>()(z.object({ kind: choice(DECLARATION_KINDS), institutionId: ref, memberId: ref, ...declarationFields })),
  'declarations.update': method<Declaration>()(z.object({ id, ...declarationFields })),
  /** Only a declaration not yet signed; a signed one is withdrawn instead (DECLARATION_SIGNED). */
  'declarations.remove': method<{ id: string }>()(byId),
  /** An unsigned declaration for each institution (or member) expected to sign that has none. */
  'declarations.prepareMissing': method<{ created: number }>()(z.object({ kind: choice(DECLARATION_KINDS) })),
  /** The PDF to sign: of the institutions (accession) or members (confidentiality) in `ids`, or of all who have not signed. */
  'declarations.print': method<DocumentFile>()(z.object({ kind: choice(DECLARATION_KINDS), ids: z.array(id).min(1).max(2000).optional() })),
  /** The signed paper's scan (PDF, JPG, PNG by content); it stays on this machine. */
  'declarations.attachScan': method<Declaration>()(z.object({ id, fileName: requiredText(255), bytes })),
  'declarations.getScan': method<DocumentFile>()(byId),
  'declarations.removeScan': method<Declaration>()(byId),
  /** The team's wording of the printed forms; '' restores the app's. */
  'declarations.updateTexts': method<DeclarationTexts>()(z.object({ accessionIntro: wording, accessionCommitments: wording, confidentiality: wording })),

  'rules.list': method<RulesView>()(z.object({}).strict().optional()),
  /** A new draft: the first from the framework (the World Café outputs as preamble), later ones from the rules in force. */
  'rules.start': method<RulesVersion>()(z.object({}).strict().optional()),
  'rules.update': method<RulesVersion>()(
    z.object({ id, title: requiredText(300).optional(), preamble: z.string().max(40_000, { error: 'too_long' }).optional(), changeNote: optionalText(5000).optional() }),
  ),
  /** One section's title or text, by its key, autosaved as typed. */
  'rules.setSection': method<RulesVersion>()(
    z.object({
      id,
      key: id,
      title: z.string().max(300, { error: 'too_long' }).optional(),
      text: z.string().max(RULES_SECTION_LIMIT, { error: 'too_long' }).optional(),
    }),
  ),
  'rules.addSection': method<RulesVersion>()(z.object({ id, title: requiredText(300) })),
  'rules.removeSection': method<RulesVersion>()(z.object({ id, key: id })),
  'rules.fillPreamble': method<RulesVersion>()(byId),
  /** Adopted by a decision of the named PZK meeting (held, not approved); then it never changes. */
  'rules.adopt': method<RulesVersion>()(z.object({ id, meetingId: id })),
  /** Only a draft. */
  'rules.remove': method<{ id: string }>()(byId),
  'rules.document': method<DocumentFile>()(z.object({ id, format: z.enum(['pdf', 'docx']).default('pdf') })),

  'benefits.list': method<Benefit[]>()(z.object({}).strict().optional()),
  /** The institution's entry, made on its first save. */
  'benefits.save': method<Benefit>()(
    z.object({
      institutionId: id,
      contributes: z.string().trim().max(5000, { error: 'too_long' }),
      gains: z.string().trim().max(5000, { error: 'too_long' }),
      agreedAtMeetingId: ref,
      reviewedOn: optionalDate,
    }),
  ),
  'benefits.remove': method<{ id: string }>()(byId),
  'benefits.document': method<DocumentFile>()(z.object({ format: z.enum(['pdf', 'docx']).default('pdf') })),

  'plans.list': method<ActionPlanView>()(z.object({}).strict().optional()),
  /** A plan for a period (a half-year, a year); without a title it is named after its period. */
  'plans.create': method<ActionPlanRecord>()(z.object({ title: optionalText(300), periodFrom: date, periodTo: date })),
  'plans.update': method<ActionPlanRecord>()(z.object({ id, title: requiredText(300).optional(), periodFrom: date.optional(), periodTo: date.optional() })),
  /** Only a plan not adopted, none of whose tasks an action item carries out. */
  'plans.remove': method<{ id: string }>()(byId),
  'plans.addTask': method<PlanTaskRecord>()(z.object({ planId: id, ...taskFields })),
  'plans.updateTask': method<PlanTaskRecord>()(z.object({ id, ...taskFields })),
  /** `doneOn`: the day it was done (today by default). */
  'plans.setTaskStatus': method<PlanTaskRecord>()(z.object({ id, status: choice(ACTION_ITEM_STATUSES), doneOn: optionalDate })),
  'plans.removeTask': method<{ id: string }>()(byId),
  /** A meeting's action item carries out a plan task (null: none); allowed after the meeting is approved. */
  'plans.linkActionItem': method<ActionItem>()(z.object({ actionItemId: id, planTaskId: ref })),
  'plans.adopt': method<ActionPlanRecord>()(z.object({ id, meetingId: id })),
  /** "Plan działania …": goals, tasks, the schedule by month and the progress, as PDF or DOCX. */
  'plans.document': method<DocumentFile>()(z.object({ id, format: z.enum(['pdf', 'docx']).default('pdf') })),

  /** The offers that hold every word of `q` (diacritics-blind) and match the filters; `current`: not stale. */
  'basket.list': method<Offer[]>()(
    z
      .object({
        q: z.string().max(200, { error: 'too_long' }).optional(),
        problemArea: choice(PROBLEM_AREAS).optional(),
        targetGroup: choice(TARGET_GROUPS).optional(),
        institutionId: id.optional(),
        current: z.boolean().optional(),
      })
      .optional(),
  ),
  /** A new offer (no `id`) or the whole of an existing one. */
  'basket.save': method<Offer>()(offerInput),
  /** The regional centre's catalogue of every team's basket. */
  'hub.catalogue': method<HubCatalogue>()(catalogueFilters.optional()),
  /** The same, as a spreadsheet (the filters applied). */
  'hub.catalogueExport': method<DocumentFile>()(catalogueFilters.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') })),
  /** A meeting's action item makes use of an offer (null: none); like the plan's link, allowed after the meeting is approved. */
  'basket.linkActionItem': method<ActionItem>()(z.object({ actionItemId: id, offerId: ref })),
  /** The offer was checked with its institution today. */
  'basket.verify': method<Offer>()(byId),
  'basket.remove': method<{ id: string }>()(byId),
  /** The guide for social workers: the current offers by problem area, with a table of contents (PDF). */
  'basket.document': method<DocumentFile>()(z.object({}).strict().optional()),
  /** Every offer in the columns the import reads back (XLSX, or CSV for other programs). */
  'basket.export': method<DocumentFile>()(z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') })),
  /** A basket file read and checked row by row; nothing is written. */
  'basket.importPreview': method<BasketImportPreview>()(z.object({ bytes })),
  /** The new and changed rows of the same file written in one transaction; `expectChanges` is the preview's count. */
  'basket.import': method<BasketImportResult>()(z.object({ bytes, expectChanges: z.number().int().min(0) })),
} as const;
