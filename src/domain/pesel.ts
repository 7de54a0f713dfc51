// Detection of PESEL numbers (the Polish national identification number). Families must never be
// identifiable in the app, so free text and case codes are checked for them.

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** True when an 11-digit string has a valid PESEL checksum. */
export function isValidPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * PESEL_WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10 === Number(digits[10]);
}

/**
 * True when the text holds a run of 11 digits (separators ignored) that could be a PESEL.
 * For codes we are stricter than the checksum: any 11-digit run is refused, because a mistyped
 * PESEL identifies a person just as well.
 */
export function containsPeselLikeNumber(text: string): boolean {
  const digitsOnly = text.replace(/[\s\-./_]/g, '');
  return /\d{11}/.test(digitsOnly);
}
