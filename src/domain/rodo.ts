// The RODO (GDPR) check before anything leaves the machine: text is scanned for PESEL numbers and
// Polish ID-card numbers, and for phone numbers and e-mail addresses that belong to nobody on the
// roster. Findings are shown to the animator only — they are never logged — and their values are
// masked. Their strength (DECISIONS 7): a PESEL or an ID-card number with a valid checksum blocks an
// export unless it is explicitly overridden; a PESEL-shaped number whose checksum fails, a phone or an
// e-mail only warns.
import { isValidPesel } from './pesel';

/** `attachment`: a file that leaves with the bundle; its content is not read, so the animator is reminded to look at it. */
export type FindingKind = 'pesel' | 'id_card' | 'pesel_like' | 'phone' | 'email' | 'attachment';

/** The kinds that block an export until the animator overrides them explicitly. */
export const BLOCKING_KINDS: readonly FindingKind[] = ['pesel', 'id_card'];
export const blocks = (finding: Pick<Finding, 'kind'>) => BLOCKING_KINDS.includes(finding.kind);

export interface TextSource {
  /** Where the text is, in words the animator recognises ("Ad 4. Sprawy merytoryczne"). */
  where: string;
  text: string;
}

export interface Finding {
  kind: FindingKind;
  where: string;
  /** The value with most characters hidden, enough to find it in the text. */
  masked: string;
}

const ID_WEIGHTS = [7, 3, 1, 0, 7, 3, 1, 7, 3] as const;

/** Polish ID card (dowód osobisty): 3 letters and 6 digits, the first digit a check digit. */
export function isValidIdCard(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z]{3}\d{6}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const c = v[i]!;
    const n = i < 3 ? c.charCodeAt(0) - 55 : Number(c);
    sum += n * ID_WEIGHTS[i]!;
  }
  return sum % 10 === Number(v[3]);
}

const mask = (value: string, keep = 2) =>
  value.length <= keep * 2 ? '*'.repeat(value.length) : `${value.slice(0, keep)}${'*'.repeat(value.length - keep * 2)}${value.slice(-keep)}`;

const lastNine = (phone: string) => phone.replace(/\D/g, '').slice(-9);

export interface Roster {
  emails: readonly (string | null)[];
  phones: readonly (string | null)[];
}

export function scanForPersonalData(sources: readonly TextSource[], roster: Roster): Finding[] {
  const knownEmails = new Set(roster.emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()));
  const knownPhones = new Set(roster.phones.filter((p): p is string => !!p).map(lastNine));
  const findings: Finding[] = [];
  for (const { where, text } of sources) {
    // Every kind needs a digit or an "@": most texts have neither and are passed at once.
    if (!/[\d@]/.test(text)) continue;
    for (const m of text.matchAll(/(?<![\d])\d{11}(?![\d])/g)) {
      if (isValidPesel(m[0])) findings.push({ kind: 'pesel', where, masked: mask(m[0]) });
      else if (!m[0].startsWith('48')) findings.push({ kind: 'pesel_like', where, masked: mask(m[0]) });
    }
    for (const m of text.matchAll(/(?<![A-Za-z\d])[A-Za-z]{3}\s?\d{6}(?![\d])/g)) {
      const value = m[0].replace(/\s/g, '');
      if (isValidIdCard(value)) findings.push({ kind: 'id_card', where, masked: mask(value.toUpperCase()) });
    }
    for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
      if (!knownEmails.has(m[0].toLowerCase())) findings.push({ kind: 'email', where, masked: mask(m[0], 3) });
    }
    for (const m of text.matchAll(/(?<![\d])(?:\+48[\s-]?)?(?:\(?\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}|\d{3}[\s-]?\d{3}[\s-]?\d{3})(?![\d])/g)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length === 11 && !digits.startsWith('48')) continue; // an 11-digit run is a PESEL candidate, not a phone
      if (!knownPhones.has(lastNine(m[0]))) findings.push({ kind: 'phone', where, masked: mask(m[0].trim(), 2) });
    }
  }
  return findings;
}

/**
 * Whether a record's field holds text a person typed (and so may hold personal data): everything but
 * ids, dates and times, fixed vocabularies, numbers and the codes the app makes itself.
 */
const NOT_FREE_TEXT = /^(id|.+Id|.+On|date|reviewedAt|startTime|endTime|teryt|kind|pzkType|status|statusAfter|role|sector|level|modelType|number|year|seqInYear|seqInMeeting|position|mediaType|size|sha256|cost|targetGroups|problemAreas|referralWays)$/;
export const isFreeTextField = (field: string) => !NOT_FREE_TEXT.test(field);
