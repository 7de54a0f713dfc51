// The attendance list to print and sign: A4 portrait, the header row repeated on every page,
// every member of the team at the meeting's date by surname, the guests recorded, and blank rows.
import type { Content } from './content';
import type { ProtocolData } from './data';
import type { DocDefinition } from './pdf';
import { DOC, hours, SECTOR_WORD, titleLocativeOf } from '../domain/documents.pl';
import { meetingDays, meetingWords } from '../domain/meetingTypes.pl';
import { countsAsPresent } from '../domain/enums';
import { bySurname } from '../domain/rules';

/** Blank rows after the guests already recorded, for those who come without notice. */
const BLANK_GUEST_ROWS = 4;

export function attendanceListDocument(d: ProtocolData): DocDefinition {
  const { meeting } = d;
  const cell = (text: string, extra: object = {}): Content => ({ text, margin: [0, 7, 0, 7], ...extra });
  // A remote participant does not sign on paper: the cell says why it stays empty.
  const signature = (status: string | null) => (status === 'remote' ? cell(DOC.remoteSignature, { italics: true, color: '#333333' }) : cell(''));
  const people = [...d.people].sort((a, b) => bySurname(a.member.fullName, b.member.fullName));
  const rows: Content[][] = people.map((p, i) => [
    cell(`${i + 1}.`),
    cell(p.member.fullName),
    cell(p.institution?.name ?? ''),
    cell([p.institution ? SECTOR_WORD[p.institution.sector] : '', p.member.position].filter(Boolean).join(' / ')),
    signature(p.status),
  ]);
  rows.push([{ text: DOC.guestRows, colSpan: 5, bold: true, fillColor: '#f6f7f9', margin: [0, 3, 0, 3] }, '', '', '', '']);
  const guests = d.guests.filter((g) => countsAsPresent(g.status)).sort((a, b) => bySurname(a.guestName ?? '', b.guestName ?? ''));
  guests.forEach((g, i) => rows.push([cell(`${people.length + i + 1}.`), cell(g.guestName ?? ''), cell(g.guestInstitution ?? ''), cell(DOC.guest), signature(g.status)]));
  for (let i = 0; i < BLANK_GUEST_ROWS; i++) rows.push([cell(`${people.length + guests.length + i + 1}.`), cell(''), cell(''), cell(''), cell('')]);
  const place = [meeting.place, meeting.onlineUrl ? DOC.online(meeting.onlineUrl) : null].filter(Boolean).join('; ');
  return {
    content: [
      { text: DOC.listTitle, style: 'title' },
      { text: DOC.listOf(meetingWords(meeting), meeting.number, titleLocativeOf(d.team)), style: 'subtitle' },
      { text: DOC.listWhen(meetingDays(meeting.date, meeting.endsOn), hours(meeting.startTime, meeting.endTime)), alignment: 'center', margin: [0, 2, 0, 0] },
      ...(place ? [{ text: DOC.place(place), alignment: 'center', margin: [0, 2, 0, 0] } as Content] : []),
      { text: '', margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [24, 110, '*', 100, 110],
          body: [DOC.listHeader.map((h) => ({ text: h, bold: true, fontSize: 9, fillColor: '#eef1f5', margin: [0, 3, 0, 3] })), ...rows],
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
