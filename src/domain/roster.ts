// The rules of a roster taken from a spreadsheet (issue 13.2): which column holds what, when two
// people are the same person, which sector a typed word names. Pure: the import service, the
// template and the screens use them.
import { ROSTER_COLUMN, SECTOR_WORD } from './documents.pl';
import { SECTORS, type Sector } from './enums';
import { foldChars } from './search';

export const ROSTER_FIELDS = ['firstName', 'lastName', 'fullName', 'institution', 'sector', 'position', 'email', 'phone'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
/** The column (0-based) each field is read from; null: not in the file. */
export type ColumnMapping = Record<RosterField, number | null>;

/** Folded for comparison: case, diacritics, punctuation around, runs of spaces. */
const fold = (s: string) => foldChars(s.trim()).replace(/[\s_]+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');

/** Each field's column by its header ("Imię", "E-mail", "nr telefonu"…); the first header that matches wins. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(fold);
  const mapping = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const field of ROSTER_FIELDS) {
    const names = ROSTER_COLUMN[field].map(fold);
    const at = folded.findIndex((h, i) => h !== '' && names.includes(h) && !Object.values(mapping).includes(i));
    if (at >= 0) mapping[field] = at;
  }
  return mapping;
}

/** Whether a mapping names a person: a full-name column, or at least the surname. */
export const namesPerson = (m: ColumnMapping) => m.fullName !== null || m.lastName !== null;

/** Two spellings of one name compare equal: "Kowalski Jan", "jan  KOWALSKI", "Jan Kowalski". */
export function personKey(fullName: string): string {
  return fold(fullName)
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** The sector a typed word names: its Polish name ("pomoc społeczna"), its code, or a word starting either. */
export function sectorOf(text: string): Sector | null {
  const t = fold(text);
  if (t === '') return null;
  const exact = SECTORS.find((s) => fold(SECTOR_WORD[s]) === t || s === t.replace(/ /g, '_'));
  if (exact) return exact;
  const starts = SECTORS.filter((s) => fold(SECTOR_WORD[s]).startsWith(t) && t.length >= 3);
  return starts.length === 1 ? starts[0]! : null;
}

/** A roster row from its cells: the full name from its column, or first name and surname joined. */
export function personName(cells: Partial<Record<RosterField, string>>): string {
  if (cells.fullName?.trim()) return cells.fullName.trim().replace(/\s+/g, ' ');
  return [cells.firstName, cells.lastName]
    .map((s) => s?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}
