// Full-text search over minutes, agenda titles, decisions, action items, members and World Café outputs.
import { sql } from 'kysely';
import type { ParsedInput } from '../api/contract';
import { excerpt, ftsQuery, queryTerms } from '../domain/search';
import type { SearchResult, SearchResultKind } from '../domain/types';
import type { ServiceContext } from './context';
import { meetingNumber } from '../domain/rules';
import { WORLD_CAFE_FIELDS } from '../domain/enums';

/** Up to how many matches a query's results are ranked by relevance (beyond: newest first). */
export const RANKED = 500;

interface Hit {
  kind: SearchResultKind;
  refId: string;
}

/** `withOwned`: a person found brings the action items they own (the screen); texts that name them only, without. */
export async function search(ctx: ServiceContext, input: ParsedInput<'search.query'>, withOwned = true): Promise<SearchResult[]> {
  const terms = queryTerms(input.q);
  if (terms.length === 0) return [];
  // Ranking needs FTS5's statistics of every match, and a common phrase in a 100-year team matches
  // 9,000 texts (issue 12: ranking them cost more than the rest of the search). So: the newest matches
  // are walked first, which FTS5 does without reading them all; up to RANKED of them are ranked best
  // first, as before; a query matching more is shown newest first.
  const match = ftsQuery(terms);
  const newest = (
    await sql<{ doc: number }>`SELECT rowid AS doc FROM search_index WHERE search_index MATCH ${match} ORDER BY rowid DESC LIMIT ${RANKED + 1}`.execute(ctx.db)
  ).rows;
  const docs =
    newest.length > RANKED
      ? newest.slice(0, input.limit).map((r) => r.doc)
      : (await sql<{ doc: number }>`SELECT rowid AS doc FROM search_index WHERE search_index MATCH ${match} ORDER BY rank LIMIT ${input.limit}`.execute(ctx.db)).rows.map((r) => r.doc);
  const docRows = docs.length
    ? (await sql<Hit & { id: number }>`SELECT id, kind, ref_id AS refId FROM search_doc WHERE id IN (${sql.join(docs)})`.execute(ctx.db)).rows
    : [];
  const byDoc = new Map(docRows.map((d) => [d.id, d]));
  const hits: Hit[] = docs.map((doc) => byDoc.get(doc)).filter((d): d is NonNullable<typeof d> => d !== undefined);
  // `IN ()` is not valid SQL, so a kind without hits asks for an id that cannot exist.
  const ids = (kind: SearchResultKind) => {
    const found = hits.filter((h) => h.kind === kind).map((h) => h.refId);
    return found.length ? found : ['-'];
  };
  const [agenda, decisions, actions, members, cafes] = await Promise.all([
    ctx.db
      .selectFrom('agendaItem as a')
      .innerJoin('meeting as m', 'm.id', 'a.meetingId')
      .select(['a.id', 'a.title', 'a.minutes', 'a.meetingId', 'm.seqInYear', 'm.year', 'm.date'])
      .where('a.id', 'in', ids('agenda_item'))
      .execute(),
    ctx.db
      .selectFrom('decision as d')
      .innerJoin('meeting as m', 'm.id', 'd.meetingId')
      .select(['d.id', 'd.text', 'd.meetingId', 'd.agendaItemId', 'm.seqInYear', 'm.year', 'm.date'])
      .where('d.id', 'in', ids('decision'))
      .execute(),
    ctx.db
      .selectFrom('actionItem as i')
      .innerJoin('meeting as m', 'm.id', 'i.originMeetingId')
      .select(['i.id', 'i.number', 'i.text', 'i.originMeetingId', 'i.agendaItemId', 'm.seqInYear', 'm.year', 'm.date'])
      .where('i.id', 'in', ids('action_item'))
      .execute(),
    ctx.db
      .selectFrom('member')
      .select(['id', 'fullName', 'position'])
      .where('id', 'in', ids('member'))
      .execute(),
    ctx.db
      .selectFrom('meeting')
      .select(['id', 'kind', 'seqInYear', 'year', 'date', ...WORLD_CAFE_FIELDS])
      .where('id', 'in', ids('world_cafe'))
      .execute(),
  ]);
  const byId = new Map<string, SearchResult>();
  for (const a of agenda) {
    byId.set(a.id, {
      kind: 'agenda_item', refId: a.id, title: a.title, excerpt: excerpt(a.minutes || a.title, terms),
      meetingId: a.meetingId, meetingNumber: meetingNumber(a), meetingDate: a.date, agendaItemId: a.id,
    });
  }
  for (const d of decisions) {
    byId.set(d.id, {
      kind: 'decision', refId: d.id, title: '', excerpt: excerpt(d.text, terms),
      meetingId: d.meetingId, meetingNumber: meetingNumber(d), meetingDate: d.date, agendaItemId: d.agendaItemId,
    });
  }
  for (const i of actions) {
    byId.set(i.id, {
      kind: 'action_item', refId: i.id, title: i.number, excerpt: excerpt(i.text, terms),
      meetingId: i.originMeetingId, meetingNumber: meetingNumber(i), meetingDate: i.date, agendaItemId: i.agendaItemId,
    });
  }
  for (const m of members) {
    byId.set(m.id, {
      kind: 'member', refId: m.id, title: m.fullName, excerpt: m.position ?? '',
      meetingId: null, meetingNumber: null, meetingDate: null, agendaItemId: null,
    });
  }
  for (const m of cafes) {
    byId.set(m.id, {
      kind: 'world_cafe', refId: m.id, title: '', excerpt: excerpt(WORLD_CAFE_FIELDS.map((f) => m[f] ?? '').filter(Boolean).join(' · '), terms),
      meetingId: m.id, meetingNumber: meetingNumber(m), meetingDate: m.date, agendaItemId: null,
    });
  }
  const found = hits.map((h) => byId.get(h.refId)).filter((r): r is SearchResult => r !== undefined);
  // A person found: the action items they own come with them (issue 11.12), after what matched itself.
  const people = members.map((m) => m.id);
  if (people.length === 0 || !withOwned) return found;
  const owned = await ctx.db
    .selectFrom('actionItem as i')
    .innerJoin('meeting as m', 'm.id', 'i.originMeetingId')
    .select(['i.id', 'i.number', 'i.text', 'i.originMeetingId', 'i.agendaItemId', 'm.seqInYear', 'm.year', 'm.date'])
    .where('i.ownerMemberId', 'in', people)
    .orderBy('m.date', 'desc')
    .limit(input.limit)
    .execute();
  const shown = new Set(found.map((r) => r.refId));
  for (const i of owned) {
    if (shown.has(i.id)) continue;
    found.push({
      kind: 'action_item', refId: i.id, title: i.number, excerpt: excerpt(i.text, terms),
      meetingId: i.originMeetingId, meetingNumber: meetingNumber(i), meetingDate: i.date, agendaItemId: i.agendaItemId,
    });
  }
  return found.slice(0, input.limit);
}
