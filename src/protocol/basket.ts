// The Lokalny Koszyk Usług as a guide for social workers (issue 16.4): the current offers, grouped by problem
// area (an offer for several areas is under each), each with who offers it, for whom, on what terms, how to
// refer, where and when, the cost, the places and the institution's contact; a table of contents first.
import { PROBLEM_AREAS } from '../domain/basket';
import { BASKET, COST_WORD, PROBLEM_AREA_WORD, REFERRAL_WORD, TARGET_GROUP_WORD } from '../domain/basket.pl';
import { shortDate, titleLocativeOf } from '../domain/documents.pl';
import type { DocumentFile, Offer } from '../domain/types';
import { listOffers } from '../services/basket';
import { localDate, type ServiceContext } from '../services/context';
import { documentFile } from '../services/files';
import { requireTeamRow } from '../services/team';
import type { Content } from './content';
import type { ProtocolSettings } from './data';
import { renderPdf, type DocDefinition } from './pdf';
import { protocolSettings } from './service';

function offerBlock(o: Offer): Content {
  const row = (label: string, value: string | null | undefined): Content[] => (value?.trim() ? [{ columns: [{ text: label, width: 150, color: '#333333' }, { text: value.trim(), width: '*' }], columnGap: 8, margin: [0, 0, 0, 2] }] : []);
  const targets = [...o.targetGroups.filter((g) => g !== 'other').map((g) => TARGET_GROUP_WORD[g]), ...(o.targetGroups.includes('other') && o.otherTarget ? [o.otherTarget] : [])].join(', ');
  return {
    stack: [
      { text: o.service, bold: true, fontSize: 11 },
      { text: o.institutionName, margin: [0, 0, 0, 3] },
      ...(o.description ? [{ text: o.description, margin: [0, 0, 0, 3] } as Content] : []),
      ...row(BASKET.targets, targets),
      ...row(BASKET.criteria, o.accessCriteria),
      ...row(BASKET.referral, o.referralWays.map((r) => REFERRAL_WORD[r]).join(', ')),
      ...row(BASKET.whereWhen, o.whereWhen),
      ...row(BASKET.cost, COST_WORD[o.cost]),
      ...row(BASKET.capacity, o.capacity),
      ...row(BASKET.contact, [o.contactPhone ? `tel. ${o.contactPhone}` : null, o.contactEmail].filter(Boolean).join(', ')),
      { text: o.verifiedOn ? BASKET.verified(shortDate(o.verifiedOn)) : BASKET.notVerified, style: 'small', margin: [0, 1, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 10],
  };
}

export function basketDocument(where: string, offers: readonly Offer[], today: string, settings: ProtocolSettings): DocDefinition {
  const content: Content[] = [
    { text: BASKET.title, style: 'title' },
    { text: BASKET.of(where), style: 'subtitle' },
    { text: BASKET.guide, alignment: 'center', margin: [0, 4, 0, 0] },
    { text: BASKET.asOf(shortDate(today)), alignment: 'center', style: 'small', margin: [0, 2, 0, 16] },
  ];
  const areas = PROBLEM_AREAS.map((area) => ({ area, list: offers.filter((o) => o.problemAreas.includes(area) || (area === 'other' && o.problemAreas.length === 0)) })).filter((a) => a.list.length);
  if (areas.length === 0) content.push({ text: BASKET.none, italics: true });
  else content.push({ toc: { title: { text: BASKET.toc, style: 'section' } } });
  areas.forEach(({ area, list }) => {
    content.push({ text: BASKET.area(PROBLEM_AREA_WORD[area]), style: 'section', tocItem: true, pageBreak: 'before' });
    for (const o of list) content.push(offerBlock(o));
  });
  return {
    content,
    pageMargins: [56, settings.headerImage ? 86 : 56, 56, 52],
    header: settings.headerImage ? { image: settings.headerImage, fit: [480, 50], alignment: 'center', margin: [0, 18, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({ text: `${settings.footerText ? `${settings.footerText} · ` : ''}${current}/${total}`, style: 'small', alignment: 'right', margin: [56, 16, 56, 0] }),
    defaultStyle: { fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 12, alignment: 'center' },
      section: { fontSize: 12.5, bold: true, margin: [0, 0, 0, 8] },
      small: { fontSize: 8, color: '#333333' },
    },
  };
}

/** The guide of the current offers (those stale are left out: a social worker acts on what it says). */
export async function getBasketGuide(ctx: ServiceContext): Promise<DocumentFile> {
  const today = localDate(ctx.now());
  const [team, settings, offers] = await Promise.all([requireTeamRow(ctx.db), protocolSettings(ctx.db), listOffers(ctx, { current: true })]);
  const doc = basketDocument(titleLocativeOf(team), offers, today, settings);
  const title = `${BASKET.title} ${BASKET.of(titleLocativeOf(team))}`;
  const pdf = await renderPdf(doc, { title, author: team.name, subject: BASKET.guide, createdAt: new Date(`${today}T12:00:00Z`) });
  return documentFile(`${BASKET.fileStem}_${today}.pdf`, 'application/pdf', pdf);
}
