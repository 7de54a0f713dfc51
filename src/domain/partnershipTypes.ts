// What the API returns for the partnership's own tools (issue 16: declarations, rules, benefits, plans, the basket
// and its regional catalogue) and the support the team received (17.4); re-exported by ./types.ts.
import type { ActionItemRecord, ActionPlanRecord, BenefitRecord, DeclarationRecord, OfferRecord, PlanTaskRecord, RulesVersionRecord, SupportEntryRecord } from './entities';
import type { PlanProgress } from './actionPlan';
import type { BasketField, ProblemArea, ReferralWay, TargetGroup } from './basket';
import type { DeclarationOverview } from './declarations';
import type { DeclarationTexts } from './declarations.pl';
import type { SupportKind, SupportSum } from './support';
import type { RulesSection } from './teamRules';

/** A signed declaration's scan, as the screens see it (its bytes stay on this machine). */
export interface DeclarationScan {
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
}
export type Declaration = DeclarationRecord & { scan: DeclarationScan | null };

/** A version of the team's rules, its sections read; for an adopted one the meeting's number and the frozen PDF's hash. */
export type RulesVersion = Omit<RulesVersionRecord, 'sections'> & { sections: RulesSection[]; adoptedAtMeetingNumber: string | null; sha256: string | null };
export interface RulesView {
  /** The latest first. */
  versions: RulesVersion[];
  /** The version in force: the latest adopted. */
  inForce: string | null;
  /** The version being written, if any (one at a time). */
  draft: string | null;
  /** Whether a World Café meeting has outputs to open the preamble with. */
  worldCafe: boolean;
}
export type Benefit = BenefitRecord;

/** An offer of the basket of services, its lists read, with its institution's name and why it is stale, if it is. */
export type Offer = Omit<OfferRecord, 'targetGroups' | 'problemAreas' | 'referralWays'> & {
  targetGroups: TargetGroup[];
  problemAreas: ProblemArea[];
  referralWays: ReferralWay[];
  institutionName: string;
  stale: 'institution_left' | 'not_verified' | null;
};

/** A plan with its tasks (each with the meeting action items that carry it out) and its progress today. */
export interface PlanView {
  plan: ActionPlanRecord;
  tasks: Array<PlanTaskRecord & { actionItems: ActionItemRecord[] }>;
  progress: PlanProgress;
}
export interface ActionPlanView {
  /** The latest period first. */
  plans: PlanView[];
  /** The plan whose period holds today. */
  current: string | null;
}

/** The Deklaracje screen: every declaration, who has and has not signed today, and the team's wording. */
export interface DeclarationsView {
  declarations: Declaration[];
  overview: DeclarationOverview<Declaration>;
  texts: DeclarationTexts;
}

/** The support the team received: every entry, the latest first, and the sums of a period (issue 17.4). */
export interface SupportView {
  entries: SupportEntryRecord[];
  sums: { byKind: Record<SupportKind, SupportSum>; total: SupportSum };
}

/** One offer of the regional catalogue: a team's offer with where the team is (issue 16.4). */
export type HubCatalogueRow = Omit<Offer, 'id' | 'institutionId' | 'institutionName'> & { teamId: string; teamName: string; teryt: string; gmina: string; powiat: string; institution: string };
export interface HubCatalogueFilters {
  powiat?: string | undefined;
  gmina?: string | undefined;
  targetGroup?: TargetGroup | undefined;
  problemArea?: ProblemArea | undefined;
  q?: string | undefined;
}
export interface HubCatalogue {
  rows: HubCatalogueRow[];
  /** The filters' choices: every team's powiat; the gminy of the chosen powiat (of all, with none chosen). */
  powiaty: string[];
  gminy: string[];
  /** Teams whose bundles brought offers. */
  teams: number;
}

/** One row of a basket file, checked (issue 16.4). */
export interface BasketImportRow {
  line: number;
  institution: string;
  service: string;
  errors: Array<{ field: BasketField; key: 'required' | 'too_long' | 'invalid_email' | 'invalid_phone' | 'invalid_choice' | 'invalid_date' | 'in_future' | 'not_found' | 'institution_left' }>;
  /** What the row would do: add an offer, change the institution's offer of that name, nothing (it says the same), or be left out. */
  status: 'new' | 'update' | 'same' | 'duplicate' | 'error';
  /** The earlier line of the file with the same institution and service (status `duplicate`). */
  repeats: number | null;
}

export interface BasketImportPreview {
  /** The row (1-based) the column titles were read from. */
  headerLine: number;
  /** The basket's columns the file has; a missing one leaves an existing offer's field as it is. */
  columns: BasketField[];
  rows: BasketImportRow[];
  counts: Record<BasketImportRow['status'], number>;
}

export interface BasketImportResult {
  added: number;
  updated: number;
  skipped: number;
}
