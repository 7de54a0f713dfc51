// The attendance list to print and sign: A4 portrait, the header row repeated on every page,
// every member of the team at the meeting's date by surname, the guests recorded, and blank rows;
// a meeting over a few days (a workshop) has a signature column for each day.
import type { Content } from './content';
import type { ProtocolData } from './data';
import type { DocDefinition } from './pdf';
import { eachDayOfInterval, format, parseISO } from 'date-fns';
import { DOC, hours, SECTOR_WORD, shortDate, titleLocativeOf } from '../domain/documents.pl';
import { meetingDays, meetingWords } from '../domain/meetingTypes.pl';
import { countsAsPresent } from '../domain/enums';
import { bySurname } from '../domain/rules';

/** Blank rows after the guests already recorded, for those who come without notice. */
const BLANK_GUEST_ROWS = 4;

/** A meeting over several days is signed each day, up to this many columns; a longer one gets one column. */
const MAX_DAY_COLUMNS = 3;
const DAY_WIDTH: Record<number, number> = { 1: 110, 2: 70, 3: 58 };

/** The days to sign for: the one day, or each day of a meeting over several ("14.05"). */
function signatureDays(date: string, endsOn: string | null): string[] {
  if (!endsOn || endsOn <= date) return [date];
  const days = eachDayOfInterval({ start: parseISO(date), end: parseISO(endsOn) }).map((d) => format(d, 'yyyy-MM-dd'));
  return days.length <= MAX_DAY_COLUMNS ? days : [date];
}

export function attendanceListDocument(d: ProtocolData): DocDefinition {
  const { meeting } = d;
  const cell = (text: string, extra: object = {}): Content => ({ text, margin: [0, 7, 0, 7], ...extra });
  // A remote participant does not sign on paper: the cell says why it stays empty.
  const signature = (status: string | null) => (status === 'remote' ? cell(DOC.remoteSignature, { italics: true, color: '#333333' }) : cell(''));
  const days = signatureDays(meeting.date, meeting.endsOn);
  const signatures = (status: string | null) => days.map(() => signature(status));
  const blank = () => days.map(() => cell(''));
  const people = [...d.people].sort((a, b) => bySurname(a.member.fullName, b.member.fullName));
  const rows: Content[][] = people.map((p, i) => [
    cell(`${i + 1}.`),
    cell(p.member.fullName),
    cell(p.institution?.name ?? ''),
    cell([p.institution ? SECTOR_WORD[p.institution.sector] : '', p.member.position].filter(Boolean).join(' / ')),
    ...signatures(p.status),
  ]);
  rows.push([{ text: DOC.guestRows, colSpan: 4 + days.length, bold: true, fillColor: '#f6f7f9', margin: [0, 3, 0, 3] }, '', '', '', ...days.map(() => '')]);
  const guests = d.guests.filter((g) => countsAsPresent(g.status)).sort((a, b) => bySurname(a.guestName ?? '', b.guestName ?? ''));
  guests.forEach((g, i) => rows.push([cell(`${people.length + i + 1}.`), cell(g.guestName ?? ''), cell(g.guestInstitution ?? ''), cell(DOC.guest), ...signatures(g.status)]));
  for (let i = 0; i < BLANK_GUEST_ROWS; i++) rows.push([cell(`${people.length + guests.length + i + 1}.`), cell(''), cell(''), cell(''), ...blank()]);
  const header = days.length === 1 ? DOC.listHeader : [...DOC.listHeader.slice(0, -1), ...days.map((day) => DOC.signatureOn(shortDate(day).slice(0, 5)))];
  const place = [meeting.place, meeting.onlineUrl ? DOC.online(meeting.onlineUrl) : null].filter(Boolean).join('; ');
  return {
    content: [
      { text: DOC.listTitle, style: 'title' },
      { text: DOC.listOf(meetingWords(meeting, d.team.modelType), meeting.number, titleLocativeOf(d.team)), style: 'subtitle' },
      { text: DOC.listWhen(meetingDays(meeting.date, meeting.endsOn), hours(meeting.startTime, meeting.endTime)), alignment: 'center', margin: [0, 2, 0, 0] },
      ...(place ? [{ text: DOC.place(place), alignment: 'center', margin: [0, 2, 0, 0] } as Content] : []),
      { text: '', margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [24, 110, '*', 100, ...days.map(() => DAY_WIDTH[days.length]!)],
          body: [header.map((h) => ({ text: h, bold: true, fontSize: 9, fillColor: '#eef1f5', margin: [0, 3, 0, 3] })), ...rows],
        },
      },
    ],
    pageMargins: [40, d.settings.headerImage ? 86 : 40, 40, 48],
    header: d.settings.headerImage ? { image: d.settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({ text: DOC.page(current, total), alignment: 'right', fontSize: 8.5, margin: [40, 16, 40, 0] }),
    defaultStyle: { fontSize: 9.5 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 0.5 },
      subtitle: { fontSize: 11.5, alignment: 'center', margin: [0, 2, 0, 0] },
    },
  };
}
