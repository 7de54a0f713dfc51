// The contract's methods for the partnership's own tools (issue 16): declarations so far. Kept apart
// from ./contract.ts by subject; the contract spreads them in, so there is still one registry.
import { z } from 'zod';
import { DECLARATION_KINDS } from '../domain/declarations';
import { DECLARATION_TEXT_LIMIT, type DeclarationTexts } from '../domain/declarations.pl';
import type { Declaration, DeclarationsView, DocumentFile } from '../domain/types';
import { bytes, choice, id, optionalDate, optionalText, requiredText } from './fields';
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
} as const;
