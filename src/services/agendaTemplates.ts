// The team's own agenda templates (issue 13.3), beside the standard agenda of src/domain: chosen when
// a meeting is created. Kept in the settings table like the protocol's settings (a preference of
// this installation, not a synced record); read defensively, so a damaged value costs the list, not the app.
import { z } from 'zod';
import type { ParsedInput } from '../api/contract';
import { notFound, type Db, type ServiceContext } from './context';
import type { AgendaTemplate } from '../domain/types';

const KEY = 'agenda.templates';
const stored = z.array(z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(120), items: z.array(z.string().min(1).max(300)).min(1).max(50) }));

async function read(db: Db): Promise<AgendaTemplate[]> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return [];
  const parsed = stored.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : [];
}

async function store(db: Db, templates: AgendaTemplate[]) {
  const value = JSON.stringify(templates);
  await db.insertInto('settings').values({ key: KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}

const byName = (a: AgendaTemplate, b: AgendaTemplate) => a.name.localeCompare(b.name, 'pl');

export const listAgendaTemplates = async (ctx: ServiceContext): Promise<AgendaTemplate[]> => (await read(ctx.db)).sort(byName);

/** A new template, or a template replaced by id. */
export async function saveAgendaTemplate(ctx: ServiceContext, input: ParsedInput<'agendaTemplates.save'>): Promise<AgendaTemplate> {
  return ctx.db.transaction().execute(async (trx) => {
    const templates = await read(trx);
    if (input.id && !templates.some((t) => t.id === input.id)) throw notFound('agendaTemplate', input.id);
    const template: AgendaTemplate = { id: input.id ?? ctx.newId(), name: input.name, items: input.items };
    await store(trx, [...templates.filter((t) => t.id !== template.id), template]);
    return template;
  });
}

export async function removeAgendaTemplate(ctx: ServiceContext, input: ParsedInput<'agendaTemplates.remove'>): Promise<{ id: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const templates = await read(trx);
    if (!templates.some((t) => t.id === input.id)) throw notFound('agendaTemplate', input.id);
    await store(trx, templates.filter((t) => t.id !== input.id));
    return { id: input.id };
  });
}
