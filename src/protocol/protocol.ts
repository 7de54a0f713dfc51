// The protocol (protokół) as a pdfmake document, in the structure of the Cooperation Model:
// header, attendance, agenda, follow-up, course per item (Ad 1…), decisions, action items,
// other business, next meeting, corrections, signatures; "Strona X z Y" in the footer.
import type { Content } from './content';
import type { ProtocolData } from './data';
import { parseMinutes } from './minutes';
import { ACTION_STATUS_WORD, DOC, hours, longDate, shortDate, STANDARD_ITEM, STATUS_WORD, titleLocativeOf } from '../domain/documents.pl';
import { WORLD_CAFE_FIELDS } from '../domain/enums';
import { meetingDays, meetingWords, WORLD_CAFE_WORD } from '../domain/meetingTypes.pl';
import type { DocDefinition } from './pdf';
import { countsAsPresent } from '../domain/enums';
import { typeAndSize } from '../domain/attachments';
import type { Attachment } from '../domain/types';

/** Nothing recorded prints nothing: the protocol never asserts what nobody said ("Bez uwag"). */
function minutesContent(text: string): Content[] {
  return parseMinutes(text).map((b) =>
    b.kind === 'paragraph'
      ? { text: b.text, margin: [0, 0, 0, 4], alignment: 'justify' }
      : { [b.kind === 'bullets' ? 'ul' : 'ol']: b.items, margin: [8, 0, 0, 4] },
  );
}

function placeLine(d: ProtocolData): string {
  const { place, onlineUrl } = d.meeting;
  if (place && onlineUrl) return DOC.placeAndOnline(place, onlineUrl);
  if (onlineUrl) return DOC.online(onlineUrl);
  return place ?? '';
}

function attendanceSection(d: ProtocolData, h2: (title: string) => Content): Content[] {
  const present = d.people.filter((p) => countsAsPresent(p.status));
  const remote = present.filter((p) => p.status === 'remote').length;
  const guests = d.guests.filter((g) => countsAsPresent(g.status));
  const byInstitution = new Map<string, string[]>();
  for (const p of present) {
    const key = p.institution?.name ?? DOC.noInstitution;
    const notes = [p.status !== 'present' ? STATUS_WORD[p.status!] : null, p.substituteName ? DOC.substitute(p.substituteName) : null].filter(Boolean);
    const list = byInstitution.get(key) ?? [];
    list.push(notes.length ? `${p.member.fullName} (${notes.join(', ')})` : p.member.fullName);
    byInstitution.set(key, list);
  }
  const names = (status: string | null) => d.people.filter((p) => p.status === status).map((p) => p.member.fullName);
  const listOrNone = (xs: string[]) => (xs.length ? xs.join(', ') : DOC.none);
  const line = (label: string, value: string): Content => ({ text: [{ text: `${label} `, bold: true }, value] });
  const out: Content[] = [
    h2(DOC.attendance),
    { text: DOC.presentCount(present.length, d.people.length, remote), margin: [0, 0, 0, 4] },
    { text: DOC.presentByInstitution, bold: true },
    {
      ul: [...byInstitution.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'pl'))
        .map(([institution, people]) => ({ text: [{ text: `${institution}: `, bold: true }, people.join(', ')] })),
      margin: [8, 2, 0, 4],
    },
  ];
  out.push(
    line(DOC.guests, listOrNone(guests.map((g) => (g.guestInstitution ? `${g.guestName} (${g.guestInstitution})` : (g.guestName ?? ''))))),
    line(DOC.excused, listOrNone(names('excused'))),
    line(DOC.absent, listOrNone(names('absent'))),
  );
  const unknown = names(null);
  if (unknown.length) out.push(line(DOC.notRecorded, unknown.join(', ')));
  if (d.chair) out.push({ text: DOC.chair(d.chair), margin: [0, 4, 0, 0] });
  if (d.minuteTaker) out.push({ text: DOC.minuteTaker(d.minuteTaker) });
  out.push({ text: DOC.annexList, margin: [0, 4, 0, 0] });
  return out;
}

const normalTitle = (title: string) => title.trim().replace(/[.:]$/, '').replace(/\s+/g, ' ').toLocaleLowerCase('pl');
/** An agenda title names a standard item however it was typed ("Sprawy różne", "sprawy różne."), also in an older wording. */
const isItem = (title: string, wordings: readonly string[]) => wordings.some((w) => normalTitle(title) === normalTitle(w));

const table = (widths: Array<string | number>, header: string[], rows: Content[][]): Content => ({
  table: { headerRows: 1, widths, dontBreakRows: true, body: [header.map((h) => ({ text: h, style: 'th' })), ...rows] },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 6],
});

const SIGNATURES = 'signatures';
const BEFORE_SIGNATURES = 'before-signatures';
const LAST_HEADING = 'last-heading';
/** The running header and footer are laid out as nodes too (marked by this style, since ids must be unique). */
const PAGE_FRAME = 'pageFrame';

interface LaidNode {
  id?: string;
  headlineLevel?: number;
  style?: string | string[];
}
interface Neighbours {
  getFollowingNodesOnPage(): LaidNode[];
  getNodesOnNextPage(): LaidNode[];
}

/**
 * pdfmake asks this of every node as it lays the pages out (pdfmake 0.3's signature): a heading with
 * nothing after it on its page moves to the next one, and so does the last block before the signatures
 * when they would stand alone. Only those nodes look at their neighbours (each look scans the page).
 */
function keepTogether(node: LaidNode, around: Neighbours): boolean {
  if (!node.headlineLevel && node.id !== BEFORE_SIGNATURES) return false;
  const content = (nodes: LaidNode[]) => nodes.filter((n) => !(Array.isArray(n.style) ? n.style : [n.style]).includes(PAGE_FRAME));
  const following = content(around.getFollowingNodesOnPage());
  const next = content(around.getNodesOnNextPage());
  const signaturesAloneAfter = () => !following.some((n) => n.id === SIGNATURES) && next.some((n) => n.id === SIGNATURES);
  if (node.id === LAST_HEADING && signaturesAloneAfter()) return true;
  if (node.headlineLevel) return following.length === 0 && next.length > 0;
  return node.id === BEFORE_SIGNATURES && signaturesAloneAfter();
}

export function protocolDocument(d: ProtocolData): DocDefinition {
  const { meeting, settings } = d;
  // Sections are numbered as they appear, so that a switched-off section leaves no gap.
  let sectionNo = 0;
  // headlineLevel marks headings for pageBreakBefore below: none is left as the last line of a page.
  const h2 = (title: string): Content => ({ text: DOC.section(++sectionNo, title), style: 'h2', headlineLevel: 2 });
  const latest = d.corrections.at(-1);
  const words = meetingWords(meeting, d.team.modelType);
  const content: Content[] = [
    { text: DOC.protocolNo(meeting.number), style: 'title' },
    { text: DOC.titleOf(words, titleLocativeOf(d.team)), style: 'subtitle' },
    ...(latest ? [{ text: DOC.correctedVersion(latest.version), alignment: 'center', italics: true, margin: [0, 0, 0, 6] } as Content] : []),
    { text: DOC.heldOn(words, meetingDays(meeting.date, meeting.endsOn), hours(meeting.startTime, meeting.endTime), placeLine(d)), margin: [0, 6, 0, 8] },
    ...attendanceSection(d, h2),
    h2(DOC.agenda),
    { ol: d.agenda.map((i) => i.title), margin: [8, 0, 0, 4] },
  ];
  let followUpSection: number | null = null;
  if (settings.sections.followUp && d.followUp.length) {
    content.push(h2(DOC.followUp));
    followUpSection = sectionNo;
    content.push(
      table(
        ['auto', '*', 90, 'auto', 110],
        DOC.followUpHeader,
        d.followUp.map(({ item, owner, review }) => [
          item.number,
          item.text,
          owner ?? '—',
          shortDate(item.dueOn),
          review ? `${ACTION_STATUS_WORD[review.statusAfter]}${review.note ? ` — ${review.note}` : ''}` : DOC.notReviewed,
        ]),
      ),
    );
  }
  content.push(h2(DOC.course(words)));
  // Each decision is printed once, in the section that follows; an item refers to its numbers.
  const decisionsSection = sectionNo + 1;
  // "Sprawy różne" is printed in one place: under its agenda item when the agenda has one.
  const otherBusiness = settings.sections.otherBusiness ? meeting.otherBusiness : null;
  const otherBusinessItem = otherBusiness ? d.agenda.find((i) => isItem(i.title, STANDARD_ITEM.otherBusiness)) : undefined;
  for (const item of d.agenda) {
    const numbers = d.decisions.flatMap((x, n) => (x.agendaItemId === item.id ? [n + 1] : []));
    content.push({ text: DOC.ad(item.position, item.title), style: 'h3', headlineLevel: 3 });
    if (isItem(item.title, STANDARD_ITEM.adoptPrevious)) {
      for (const earlier of d.adopts) content.push({ text: DOC.adoptedThere(earlier.number ?? '', longDate(earlier.date)), margin: [0, 0, 0, 4] });
    }
    content.push(...minutesContent(item.minutes));
    if (item === otherBusinessItem) content.push(...minutesContent(otherBusiness!));
    if (followUpSection !== null && isItem(item.title, STANDARD_ITEM.followUp) && !item.minutes.trim()) {
      content.push({ text: DOC.seeSection(followUpSection, DOC.followUp), margin: [0, 0, 0, 4] });
    }
    if (numbers.length) content.push({ text: DOC.itemDecisionsRef(numbers, decisionsSection), margin: [0, 0, 0, 4] });
  }
  const worldCafe = WORLD_CAFE_FIELDS.filter((f) => meeting[f]?.trim());
  if (worldCafe.length) {
    content.push(h2(WORLD_CAFE_WORD.section));
    for (const field of worldCafe) content.push({ text: WORLD_CAFE_WORD[field], style: 'h3', headlineLevel: 3 }, ...minutesContent(meeting[field]!));
  }
  content.push(
    h2(DOC.decisions),
    d.decisions.length ? { ol: d.decisions.map((x) => x.text), margin: [8, 0, 0, 4] } : { text: DOC.noDecisions, italics: true },
    h2(DOC.actionItems),
    d.actionItems.length
      ? table(
          ['auto', '*', 150, 62],
          DOC.actionItemsHeader,
          d.actionItems.map(({ item, owner, institution }) => [
            { text: item.number, noWrap: true },
            item.text,
            { stack: [owner ?? '—', ...(institution ? [{ text: institution, style: 'small' }] : [])] },
            item.dueOn ? shortDate(item.dueOn) : DOC.noDue,
          ]),
        )
      : { text: DOC.noActionItems, italics: true },
  );
  if (otherBusiness && !otherBusinessItem) content.push(h2(DOC.otherBusiness), ...minutesContent(otherBusiness));
  if (settings.sections.nextMeeting && d.nextMeeting) {
    const n = d.nextMeeting;
    content.push(h2(DOC.nextMeeting), { text: DOC.nextMeetingOn(longDate(n.date), hours(n.startTime, n.endTime), n.place ?? '') });
  }
  if (d.attachments.length) {
    // Annex 1 is the attendance list (the scan of its signed copy, when attached, under it); then the
    // other files, each with its SHA-256, which binds them to this protocol once it is approved.
    const file = (a: Attachment): Content[] => ['\n', { text: `${DOC.attachmentFile(a.fileName, typeAndSize(a))}\n${DOC.attachmentHash(a.sha256)}`, style: 'small' }];
    const scans = d.attachments.filter((a) => a.kind === 'attendance_scan');
    content.push(h2(DOC.attachments), {
      ol: [
        { text: [DOC.attendanceAnnex, ...scans.flatMap((a) => ['\n', { text: a.title, italics: true }, ...file(a)])] },
        ...d.attachments.filter((a) => a.kind !== 'attendance_scan').map((a) => ({ text: [a.title, ...file(a)] })),
      ],
      margin: [8, 0, 0, 4],
    });
  }
  if (d.corrections.length) {
    content.push(
      h2(DOC.corrections),
      ...d.corrections.flatMap((c) => [
        { text: DOC.correction(c.version, longDate(c.createdAt.slice(0, 10)), c.correctedBy, c.reason), bold: true },
        ...minutesContent(c.text),
      ]),
    );
  }
  if (d.adoption) {
    const { meeting: at, on } = d.adoption;
    content.push({ text: at ? DOC.adoptedAt(at.number ?? '', longDate(on)) : DOC.adoptedOn(longDate(on)), margin: [0, 10, 0, 0] });
  }
  if (settings.sections.signatures) {
    // The last section (or, when it is long, its last block) goes with the signatures to the next page
    // rather than leave them alone there.
    const lastHeading = content.findLastIndex((c) => typeof c === 'object' && 'headlineLevel' in c);
    if (lastHeading >= 0) content[lastHeading] = { ...(content[lastHeading] as object), id: LAST_HEADING };
    const last = content.at(-1);
    if (last && typeof last === 'object' && content.length - 1 !== lastHeading) content[content.length - 1] = { ...last, id: BEFORE_SIGNATURES };
    content.push({
      id: SIGNATURES,
      unbreakable: true,
      margin: [0, 36, 0, 0],
      columns: DOC.signatures.map((label, i) => ({
        stack: [
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 190, y2: 0, lineWidth: 0.6 }] },
          { text: label, style: 'small', margin: [0, 3, 0, 0] },
          { text: (i === 0 ? d.minuteTaker : d.chair) ?? '', style: 'small' },
        ],
        alignment: 'center',
      })),
    });
  }
  return {
    content,
    pageBreakBefore: keepTogether,
    ...(meeting.status === 'approved' ? {} : { watermark: { text: DOC.draft, opacity: 0.07, bold: true } }),
    pageMargins: [56, settings.headerImage ? 86 : 48, 56, 52],
    header: settings.headerImage ? { style: PAGE_FRAME, image: settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({
      style: PAGE_FRAME,
      columns: [
        { text: settings.footerText, style: ['small', PAGE_FRAME], alignment: 'left' },
        { text: DOC.page(current, total), style: ['small', PAGE_FRAME], alignment: 'right', width: 90 },
      ],
      margin: [56, 16, 56, 0],
    }),
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 0.5 },
      subtitle: { fontSize: 12, alignment: 'center', margin: [0, 2, 0, 0] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 2] },
      th: { bold: true, fontSize: 9.5, fillColor: '#eef1f5' },
      small: { fontSize: 8.5, color: '#333333' },
      [PAGE_FRAME]: {},
    },
  };
}
