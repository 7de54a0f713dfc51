// The invitation letter to print or attach to an e-mail (issue 13.3): the team's header, place and
// date of issue, the meeting's date, hours and place, the proposed agenda, the animator's signature.
import type { Content } from './content';
import type { ProtocolData } from './data';
import type { DocDefinition } from './pdf';
import { DOC, hours, LETTER, longDate, titleLocativeOf } from '../domain/documents.pl';
import { meetingDays, meetingWords } from '../domain/meetingTypes.pl';

export function invitationLetterDocument(d: ProtocolData, issuedOn: string, animator: string | null): DocDefinition {
  const { meeting } = d;
  const words = meetingWords(meeting, d.team.modelType);
  const place = [meeting.place, meeting.onlineUrl ? DOC.online(meeting.onlineUrl) : null].filter(Boolean).join('; ');
  const content: Content[] = [
    { text: LETTER.placeAndDate(d.team.gminaName, longDate(issuedOn)), alignment: 'right', margin: [0, 0, 0, 24] },
    { text: LETTER.title, style: 'title' },
    { text: LETTER.of(words, meeting.number, titleLocativeOf(d.team)), style: 'subtitle', margin: [0, 2, 0, 18] },
    { text: LETTER.body(words, meetingDays(meeting.date, meeting.endsOn), hours(meeting.startTime, meeting.endTime)), margin: [0, 0, 0, 4] },
    ...(place ? [{ text: DOC.place(place), margin: [0, 0, 0, 12] } as Content] : [{ text: '', margin: [0, 0, 0, 8] } as Content]),
    ...(d.agenda.length ? [{ text: LETTER.agenda, bold: true, margin: [0, 0, 0, 4] } as Content, { ol: d.agenda.map((a) => a.title), margin: [8, 0, 0, 12] } as Content] : []),
    { text: LETTER.confirm, margin: [0, 0, 0, 36] },
    {
      columns: [
        { text: '', width: '*' },
        {
          width: 200,
          alignment: 'center',
          stack: [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 190, y2: 0, lineWidth: 0.6 }] }, { text: LETTER.signature, style: 'small', margin: [0, 3, 0, 0] }, { text: animator ?? '', style: 'small' }],
        },
      ],
    },
  ];
  return {
    content,
    pageMargins: [56, d.settings.headerImage ? 86 : 56, 56, 52],
    header: d.settings.headerImage ? { image: d.settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: d.settings.footerText ? () => ({ text: d.settings.footerText, style: 'small', margin: [56, 16, 56, 0] }) : undefined,
    defaultStyle: { fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 11.5, alignment: 'center' },
      small: { fontSize: 8.5, color: '#333333' },
    },
  };
}
