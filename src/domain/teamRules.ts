// The team's rules (Regulamin PZK, issue 16.3): a version's sections, and what a version must hold to be
// adopted. The framework's wording is in ./teamRules.pl.ts.
import type { RulesVersionRecord } from './entities';

export const RULES_SECTION_LIMIT = 20_000;
export const MAX_RULES_SECTIONS = 40;

export interface RulesSection {
  /** Stable within its version, so that an edit lands in the section it was typed into, whatever moved. */
  key: string;
  title: string;
  text: string;
}

const isSection = (v: unknown): v is RulesSection =>
  typeof v === 'object' && v !== null && ['key', 'title', 'text'].every((f) => typeof (v as Record<string, unknown>)[f] === 'string');

/**
 * The sections of a version, as stored (a JSON array the app wrote through the contract's limits, which the
 * database checks is an array); an entry that is no section is skipped rather than crashing a screen.
 */
export function sectionsOf(version: Pick<RulesVersionRecord, 'sections'>): RulesSection[] {
  try {
    const parsed: unknown = JSON.parse(version.sections);
    return Array.isArray(parsed) ? parsed.filter(isSection).map(({ key, title, text }) => ({ key, title, text })) : [];
  } catch {
    return [];
  }
}

export const isAdopted = (v: Pick<RulesVersionRecord, 'adoptedOn'>) => v.adoptedOn !== null;

/** The sections a document prints: those with a title and some text, numbered § 1, § 2 … in order. */
export const printedSections = (sections: readonly RulesSection[]) => sections.filter((s) => s.title.trim() !== '' && s.text.trim() !== '');

/** Why a version cannot be adopted yet: the field to fix and its validation key; null when it can. */
export function adoptionProblem(v: Pick<RulesVersionRecord, 'version' | 'changeNote' | 'sections'>): { field: string; key: string } | null {
  if (printedSections(sectionsOf(v)).length === 0) return { field: 'sections', key: 'required' };
  if (v.version > 1 && !v.changeNote?.trim()) return { field: 'changeNote', key: 'required' };
  return null;
}
