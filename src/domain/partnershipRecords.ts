// The records of the partnership's own tools (issue 16: declarations, the rules, the register of mutual benefits,
// the action plan, the Lokalny Koszyk Usług) and of the support the team received (issue 17.4), part of
// ./entities.ts's EntityRecords.
import type { OfferCost } from './basket';
import type { ActionItemStatus, DeclarationKind } from './enums';
import type { SupportKind } from './support';

/**
 * A declaration (issue 16.2): an institution's accession to the PZK, signed by its head, or a member's
 * undertaking of confidentiality. The signed scan stays on this machine (declaration_scan), never synced.
 */
export interface DeclarationRecord {
  id: string;
  kind: DeclarationKind;
  /** accession: the institution that joins; confidentiality: null. */
  institutionId: string | null;
  /** confidentiality: the member who signs; accession: null (or the person who joined in their own name, before 0012). */
  memberId: string | null;
  /** Who signs for the institution ("Anna Nowak", "Kierownik"); printed on the declaration. */
  headName: string | null;
  headPosition: string | null;
  /** The roster members who represent the institution in the team. */
  delegateMemberId: string | null;
  deputyMemberId: string | null;
  signedOn: string | null;
  renewedOn: string | null;
  withdrawnOn: string | null;
}

/**
 * A version of the team's rules (Regulamin PZK, issue 16.3): a draft edited section by section, then adopted
 * by a decision of a named meeting, after which it never changes; an amendment is the next version.
 */
export interface RulesVersionRecord {
  id: string;
  version: number;
  title: string;
  /** The team's aspiration, values, rules and standards (from the World Café), printed before § 1. */
  preamble: string;
  /** JSON: the sections in order, `[{ title, text }]` (src/domain/teamRules.ts reads them). */
  sections: string;
  /** What an amendment changes, in a sentence or two; the first version needs none. */
  changeNote: string | null;
  adoptedAtMeetingId: string | null;
  adoptedOn: string | null;
  /** The decision of that meeting that adopted it. */
  decisionId: string | null;
}

/** One partner's entry in the register of mutual benefits (rejestr wzajemnych korzyści, issue 16.5). */
export interface BenefitRecord {
  id: string;
  institutionId: string;
  /** What the institution brings to the team. */
  contributes: string;
  /** What it gains from the team. */
  gains: string;
  /** The meeting at which the entry was agreed; null: not yet. */
  agreedAtMeetingId: string | null;
  reviewedOn: string | null;
}

/** The team's action plan for a period (plan działania, issue 16.6), adopted by a decision of a named meeting. */
export interface ActionPlanRecord {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  adoptedAtMeetingId: string | null;
  adoptedOn: string | null;
  decisionId: string | null;
}

/** A task of an action plan: the goal it serves, who does it, by when, how done is measured. */
export interface PlanTaskRecord {
  id: string;
  planId: string;
  position: number;
  goal: string;
  text: string;
  ownerInstitutionId: string | null;
  dueOn: string | null;
  status: ActionItemStatus;
  /** The measure of done (miernik): how the team knows the task is done. */
  measure: string | null;
  /** The day it was marked done; null while it is not. */
  doneOn: string | null;
}

/** An offer of the Lokalny Koszyk Usług (issue 16.4); the lists are JSON arrays of src/domain/basket.ts's codes. */
export interface OfferRecord {
  id: string;
  institutionId: string;
  service: string;
  description: string;
  targetGroups: string;
  problemAreas: string;
  /** Who else it is for, when "inne" is among the target groups. */
  otherTarget: string | null;
  accessCriteria: string | null;
  referralWays: string;
  whereWhen: string | null;
  cost: OfferCost;
  capacity: string | null;
  /** The institution's own phone and e-mail, never a private person's (the RODO check knows them). */
  contactPhone: string | null;
  contactEmail: string | null;
  verifiedOn: string | null;
}

/** One session of support the team received (issue 17.4): counts, never the participants' names. */
export interface SupportEntryRecord {
  id: string;
  date: string;
  kind: SupportKind;
  /** Hours of the session, to the quarter. */
  hours: number;
  /** How many took part (members and other workers). */
  participants: number;
  /** Who gave it, e.g. the regional centre. */
  provider: string;
  topic: string | null;
}
