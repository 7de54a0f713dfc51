// Pure rules of the domain that more than one layer needs: the renderer, the protocol, the hub and
// the services all ask here, none of them restates a rule.
import type { MeetingKind } from './enums';
import type { MeetingRecord, MemberRecord } from './entities';

/** Still a member on `day` (YYYY-MM-DD): leaving takes effect on the leaving date. */
export const isActiveOn = (member: Pick<MemberRecord, 'leftOn'>, day: string) => member.leftOn === null || member.leftOn > day;

/** A member of the team on `day`: joined by then (or no date known) and not yet left. */
export const isMemberOn = (member: Pick<MemberRecord, 'joinedOn' | 'leftOn'>, day: string) =>
  (member.joinedOn === null || member.joinedOn <= day) && isActiveOn(member, day);

/** An approved meeting is locked: its protocol, and what its items say, no longer change. */
export const isLocked = (meeting: Pick<MeetingRecord, 'status'>) => meeting.status === 'approved';

/** Meetings are numbered per kind and year: "5/2026"; a planned one has no number yet (null). */
export const meetingNumber = (m: Pick<MeetingRecord, 'seqInYear' | 'year'>) => (m.seqInYear === null ? null : `${m.seqInYear}/${m.year}`);

/** What names a meeting in a file name: "5-2026", or the day of a planned one, not yet numbered ("2026-03-12"). */
export const meetingFileKey = (m: Pick<MeetingRecord, 'seqInYear' | 'year' | 'date'>) => meetingNumber(m)?.replace('/', '-') ?? m.date;

/** A meeting is numbered when it is held: started or marked held, its first action item recorded (the item's number holds the meeting's), or a protocol adopted at it. */
export const isNumbered = (m: Pick<MeetingRecord, 'seqInYear'>): m is typeof m & { seqInYear: number } => m.seqInYear !== null;

/** The next number in a year, given the numbers already used (by meetings of the same kind). */
export const nextSeqInYear = (used: readonly number[]) => used.reduce((max, n) => Math.max(max, n), 0) + 1;

/** "5/2026/3" for a PZK meeting, "2/2026/ZZK/1" for the others: numbers stay unique across kinds. */
export const actionItemNumber = (meeting: { seqInYear: number; year: number; kind: MeetingKind }, seqInMeeting: number) =>
  `${meeting.seqInYear}/${meeting.year}${meeting.kind === 'pzk' ? '' : `/${meeting.kind.toUpperCase()}`}/${seqInMeeting}`;

/** The year a meeting on `date` is numbered in. */
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Words before a name that are titles or ranks ("dr hab.", "mgr", "asp. szt.", "ks."): kept, never sorted by. */
const isTitle = (word: string) => word.endsWith('.') || /^\p{Ll}/u.test(word);

/**
 * How a list of people is sorted in a document: by surname (the last word of the name, hyphenated
 * double surnames whole), then given name; titles and ranks are kept in the name but ignored here.
 */
export function surnameKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter((w) => !isTitle(w));
  if (words.length === 0) return fullName.trim().toLocaleLowerCase('pl');
  const surname = words.at(-1)!;
  return `${surname} ${words.slice(0, -1).join(' ')}`.toLocaleLowerCase('pl');
}

/** Compares two names by surname, as a Polish register sorts them (ł after l, ż after ź). */
export const bySurname = (a: string, b: string) => surnameKey(a).localeCompare(surnameKey(b), 'pl');
