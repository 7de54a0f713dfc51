// The team's rules (Regulamin PZK, issue 16.3): a draft started from the app's framework (with the World
// Café outputs as its preamble) or from the rules in force, edited section by section; once adopted a
// version never changes. Adoption, which freezes the printed PDF, is in src/protocol/teamRules.ts.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { ENTITY_FIELDS, type RulesVersionRecord } from '../domain/entities';
import { WORLD_CAFE_FIELDS } from '../domain/enums';
import { isAdopted, MAX_RULES_SECTIONS, sectionsOf, type RulesSection } from '../domain/teamRules';
import { RULES, rulesFramework } from '../domain/teamRules.pl';
import { titleLocativeOf } from '../domain/documents.pl';
import { meetingNumber } from '../domain/rules';
import type { RulesVersion, RulesView } from '../domain/types';
import { notFound, type Db, type ServiceContext } from './context';
import { requireTeamRow } from './team';
import { write, type Writer } from './write';

export async function rulesRow(db: Db, id: string): Promise<RulesVersionRecord> {
  const row = await db.selectFrom('rulesVersion').select(ENTITY_FIELDS.rules_version).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('rules_version', id);
  return row;
}

export async function toRulesVersion(db: Db, row: RulesVersionRecord): Promise<RulesVersion> {
  const meeting = row.adoptedAtMeetingId ? await db.selectFrom('meeting').select(['seqInYear', 'year', 'date']).where('id', '=', row.adoptedAtMeetingId).executeTakeFirst() : undefined;
  const pdf = await db.selectFrom('rulesPdf').select('sha256').where('rulesVersionId', '=', row.id).executeTakeFirst();
  return { ...row, sections: sectionsOf(row), adoptedAtMeetingNumber: meeting ? meetingNumber(meeting) : null, sha256: pdf?.sha256 ?? null };
}

/** The text of the latest World Café outputs, as the preamble opens with them; '' when there are none. */
async function worldCafePreamble(db: Db): Promise<string> {
  const cafe = await db
    .selectFrom('meeting')
    .select(ENTITY_FIELDS.meeting)
    .where('pzkType', '=', 'world_cafe')
    .where((eb) => eb.or(WORLD_CAFE_FIELDS.map((f) => eb(f, 'is not', null))))
    .orderBy('date', 'desc')
    .executeTakeFirst();
  if (!cafe) return '';
  return WORLD_CAFE_FIELDS.flatMap((f) => (cafe[f]?.trim() ? [`${RULES.preambleParts[f]}: ${cafe[f]!.trim()}`] : [])).join('\n\n');
}

export async function listRules(ctx: ServiceContext): Promise<RulesView> {
  const rows = await ctx.db.selectFrom('rulesVersion').select(ENTITY_FIELDS.rules_version).orderBy('version', 'desc').execute();
  const versions = await Promise.all(rows.map((r) => toRulesVersion(ctx.db, r)));
  return {
    versions,
    inForce: versions.find((v) => isAdopted(v))?.id ?? null,
    draft: versions.find((v) => !isAdopted(v))?.id ?? null,
    worldCafe: (await worldCafePreamble(ctx.db)) !== '',
  };
}

/**
 * A new draft: the first from the framework, with the World Café outputs as its preamble; an amendment
 * from the rules in force, to be changed and to say what changes. One draft at a time.
 */
export function startRules(ctx: ServiceContext): Promise<RulesVersion> {
  return write(ctx, async (w) => {
    const versions = await w.db.selectFrom('rulesVersion').select(ENTITY_FIELDS.rules_version).orderBy('version', 'desc').execute();
    if (versions.some((v) => !isAdopted(v))) throw new AppError('DUPLICATE', 'A draft of the rules is already being written; adopt or remove it first.', { fields: { id: 'duplicate' } });
    const latest = versions[0];
    const team = await requireTeamRow(w.db);
    const row = await w.insert('rules_version', {
      id: ctx.newId(),
      version: (latest?.version ?? 0) + 1,
      title: latest?.title ?? RULES.title(titleLocativeOf(team)),
      preamble: latest ? latest.preamble : await worldCafePreamble(w.db),
      sections: latest ? latest.sections : JSON.stringify(rulesFramework(team.modelType).map((section) => ({ key: ctx.newId(), ...section }))),
      changeNote: null,
      adoptedAtMeetingId: null,
      adoptedOn: null,
      decisionId: null,
    });
    return toRulesVersion(w.db, row);
  });
}

/** An adopted version is refused before the database trigger would be: it says so in words. */
export async function draftRow(w: Writer | { db: Db }, id: string): Promise<RulesVersionRecord> {
  const row = await rulesRow(w.db, id);
  if (isAdopted(row)) throw new AppError('RULES_ADOPTED', `Version ${row.version} of the rules is adopted and does not change; start an amendment instead.`, { version: row.version });
  return row;
}

export function updateRules(ctx: ServiceContext, input: ParsedInput<'rules.update'>): Promise<RulesVersion> {
  const { id, ...patch } = input;
  return write(ctx, async (w) => {
    await draftRow(w, id);
    return toRulesVersion(w.db, await w.update('rules_version', id, patch));
  });
}

/** One section's title or text, by its key (autosaved as it is typed). */
export function setRulesSection(ctx: ServiceContext, input: ParsedInput<'rules.setSection'>): Promise<RulesVersion> {
  return write(ctx, async (w) => {
    const row = await draftRow(w, input.id);
    const sections: RulesSection[] = sectionsOf(row);
    const section = sections.find((s) => s.key === input.key);
    if (!section) throw new AppError('NOT_FOUND', 'No such section in this version of the rules.', { entity: 'rules_section', id: input.key, fields: { key: 'not_found' } });
    if (input.title !== undefined) section.title = input.title;
    if (input.text !== undefined) section.text = input.text;
    return toRulesVersion(w.db, await w.update('rules_version', row.id, { sections: JSON.stringify(sections) }));
  });
}

/** A new, empty section at the end. */
export function addRulesSection(ctx: ServiceContext, input: ParsedInput<'rules.addSection'>): Promise<RulesVersion> {
  return write(ctx, async (w) => {
    const row = await draftRow(w, input.id);
    const sections = sectionsOf(row);
    if (sections.length >= MAX_RULES_SECTIONS) throw new AppError('VALIDATION_FAILED', `The rules have at most ${MAX_RULES_SECTIONS} sections.`, { fields: { title: 'too_long' } });
    sections.push({ key: ctx.newId(), title: input.title, text: '' });
    return toRulesVersion(w.db, await w.update('rules_version', row.id, { sections: JSON.stringify(sections) }));
  });
}

export function removeRulesSection(ctx: ServiceContext, input: ParsedInput<'rules.removeSection'>): Promise<RulesVersion> {
  return write(ctx, async (w) => {
    const row = await draftRow(w, input.id);
    const sections = sectionsOf(row);
    const kept = sections.filter((s) => s.key !== input.key);
    if (kept.length === sections.length) throw new AppError('NOT_FOUND', 'No such section in this version of the rules.', { entity: 'rules_section', id: input.key, fields: { key: 'not_found' } });
    return toRulesVersion(w.db, await w.update('rules_version', row.id, { sections: JSON.stringify(kept) }));
  });
}

/** The preamble again from the latest World Café outputs. */
export function fillPreamble(ctx: ServiceContext, input: ParsedInput<'rules.fillPreamble'>): Promise<RulesVersion> {
  return write(ctx, async (w) => {
    await draftRow(w, input.id);
    return toRulesVersion(w.db, await w.update('rules_version', input.id, { preamble: await worldCafePreamble(w.db) }));
  });
}

export function removeRules(ctx: ServiceContext, input: ParsedInput<'rules.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    await draftRow(w, input.id);
    await w.remove('rules_version', input.id);
    return { id: input.id };
  });
}
