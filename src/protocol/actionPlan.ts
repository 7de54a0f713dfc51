// The action plan as a document (issue 16.6): the title and period, where it was adopted, the progress on the
// day it is printed, each goal with its tasks (owner institution, deadline, measure, status, the meeting
// action items that carry it out), and the schedule by month. PDF or DOCX from the same definition.
import type { ParsedInput } from '../api/contract';
import { isLateTask, scheduleByMonth, tasksByGoal } from '../domain/actionPlan';
import { ACTION_STATUS_WORD, longDate, PLAN, shortDate } from '../domain/documents.pl';
import { ENTITY_FIELDS } from '../domain/entities';
import { meetingNumber } from '../domain/rules';
import { DOCX_MEDIA_TYPE, type DocumentFile, type PlanView } from '../domain/types';
import { planView } from '../services/actionPlans';
import { localDate, notFound, type ServiceContext } from '../services/context';
import { documentFile } from '../services/files';
import { requireTeamRow } from '../services/team';
import type { Content } from './content';
import type { ProtocolSettings } from './data';
import { renderDocx } from './docxFile';
import { renderPdf, type DocDefinition } from './pdf';
import { protocolSettings } from './service';

const MONTH = new Intl.DateTimeFormat('pl-PL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

export function planDocument(view: PlanView, institutions: Map<string, string>, adoptedAt: string | null, today: string, settings: ProtocolSettings): DocDefinition {
  const { plan, tasks, progress } = view;
  const owner = (id: string | null) => (id ? (institutions.get(id) ?? '') : '');
  const status = (t: PlanView['tasks'][number]) =>
    [t.status === 'done' && t.doneOn ? PLAN.doneOn(ACTION_STATUS_WORD[t.status], shortDate(t.doneOn)) : ACTION_STATUS_WORD[t.status], isLateTask(t, today) ? PLAN.late : null].filter(Boolean).join(', ');
  const cell = (text: string, extra: object = {}): Content => ({ text, margin: [0, 2, 0, 2], ...extra });
  const content: Content[] = [
    { text: PLAN.heading, style: 'title' },
    { text: plan.title, style: 'subtitle' },
    { text: PLAN.period(longDate(plan.periodFrom), longDate(plan.periodTo)), alignment: 'center', style: 'small', margin: [0, 2, 0, 4] },
    { text: plan.adoptedOn && adoptedAt ? PLAN.adopted(adoptedAt, longDate(plan.adoptedOn)) : PLAN.notAdopted, alignment: 'center', style: 'small', margin: [0, 0, 0, 12] },
    { text: PLAN.progress, style: 'section' },
    { text: PLAN.progressLine(progress, shortDate(today)), margin: [0, 0, 0, 8] },
  ];
  if (tasks.length === 0) content.push({ text: PLAN.none, italics: true });
  let n = 0;
  tasksByGoal(tasks).forEach(({ goal, tasks: list }, g) => {
    content.push({ text: PLAN.goal(g + 1, goal), style: 'section' });
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, '*', 110, 56, 100, 80],
        body: [
          PLAN.header.map((h) => ({ text: h, bold: true, fillColor: '#f0f2f5' })),
          ...list.map((t) => [
            cell(`${++n}.`),
            { stack: [{ text: t.text }, ...(t.actionItems.length ? [{ text: PLAN.items(t.actionItems.map((i) => i.number).join(', ')), style: 'small' }] : [])], margin: [0, 2, 0, 2] },
            cell(owner(t.ownerInstitutionId)),
            cell(t.dueOn ? shortDate(t.dueOn) : PLAN.noDue),
            cell(t.measure ?? ''),
            cell(status(t)),
          ]),
        ],
      },
      layout: { hLineColor: '#999999', vLineColor: '#999999' },
    });
  });
  if (tasks.length) {
    content.push({ text: PLAN.schedule, style: 'section', pageBreak: 'before' });
    for (const { month, tasks: list } of scheduleByMonth(tasks)) {
      content.push({ text: month ? monthName(month) : PLAN.noDue, bold: true, margin: [0, 6, 0, 2] });
      content.push({ ul: list.map((t) => `${t.dueOn ? `${shortDate(t.dueOn)} — ` : ''}${t.text}${t.ownerInstitutionId ? ` (${owner(t.ownerInstitutionId)})` : ''}`), margin: [8, 0, 0, 0] });
    }
  }
  return {
    content,
    pageOrientation: 'landscape',
    pageMargins: [40, settings.headerImage ? 80 : 40, 40, 44],
    header: settings.headerImage ? { image: settings.headerImage, fit: [600, 46], alignment: 'center', margin: [0, 14, 0, 0] } : undefined,
    footer: (current: number, total: number) => ({ text: `${settings.footerText ? `${settings.footerText} · ` : ''}${current}/${total}`, style: 'small', alignment: 'right', margin: [40, 14, 40, 0] }),
    defaultStyle: { fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 1 },
      subtitle: { fontSize: 11.5, alignment: 'center' },
      section: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 8, color: '#333333' },
    },
  };
}

export async function getPlanDocument(ctx: ServiceContext, input: ParsedInput<'plans.document'>): Promise<DocumentFile> {
  const today = localDate(ctx.now());
  const plan = await ctx.db.selectFrom('actionPlan').select(ENTITY_FIELDS.action_plan).where('id', '=', input.id).executeTakeFirst();
  if (!plan) throw notFound('action_plan', input.id);
  const [team, settings, view, institutions] = await Promise.all([
    requireTeamRow(ctx.db),
    protocolSettings(ctx.db),
    planView(ctx.db, plan, today),
    ctx.db.selectFrom('institution').select(['id', 'name']).execute(),
  ]);
  const at = plan.adoptedAtMeetingId ? await ctx.db.selectFrom('meeting').select(['seqInYear', 'year', 'date']).where('id', '=', plan.adoptedAtMeetingId).executeTakeFirst() : undefined;
  const adoptedAt = at ? (meetingNumber(at) ? `nr ${meetingNumber(at)}` : `z dnia ${shortDate(at.date)}`) : null;
  const doc = planDocument(view, new Map(institutions.map((i) => [i.id, i.name])), adoptedAt, today, settings);
  const stem = `${PLAN.fileStem}_${plan.periodFrom.slice(0, 7)}_${plan.periodTo.slice(0, 7)}`;
  if (input.format === 'docx') return documentFile(`${stem}.docx`, DOCX_MEDIA_TYPE, await renderDocx(doc, { title: plan.title, author: team.name }));
  return documentFile(`${stem}.pdf`, 'application/pdf', await renderPdf(doc, { title: plan.title, author: team.name, subject: plan.title, createdAt: new Date(`${today}T12:00:00Z`) }));
}
