// The Lokalny Koszyk Usług (issue 16.4): the partners' offers, found by words (diacritics-blind) and by
// problem area, target group and institution, usable during a meeting; an offer not verified for 12 months
// is flagged, and an institution's offers go stale with it when it leaves. The rules are src/domain/basket.ts.
import type { ParsedInput } from '../api/contract';
import { AppError } from '../api/errors';
import { listOf, matchesQuery, PROBLEM_AREAS, REFERRAL_WAYS, staleness, TARGET_GROUPS } from '../domain/basket';
import { declarationOverview } from '../domain/declarations';
import { ENTITY_FIELDS, type OfferRecord } from '../domain/entities';
import type { ActionItem, Offer } from '../domain/types';
import { localDate, notFound, type Db, type ServiceContext } from './context';
import { write } from './write';

/** The institutions that have left the team (their declaration withdrawn), by id. */
export async function leftInstitutions(db: Db, today: string): Promise<Set<string>> {
  const [institutions, members, declarations] = await Promise.all([
    db.selectFrom('institution').select(ENTITY_FIELDS.institution).execute(),
    db.selectFrom('member').select(ENTITY_FIELDS.member).execute(),
    db.selectFrom('declaration').select(ENTITY_FIELDS.declaration).execute(),
  ]);
  return new Set(declarationOverview(institutions, members, declarations, today).institutions.filter((r) => r.standing === 'left').map((r) => r.institution.id));
}

export function toOffer(row: OfferRecord, institutionName: string, left: boolean, today: string): Offer {
  return {
    ...row,
    targetGroups: listOf(row.targetGroups, TARGET_GROUPS),
    problemAreas: listOf(row.problemAreas, PROBLEM_AREAS),
    referralWays: listOf(row.referralWays, REFERRAL_WAYS),
    institutionName,
    stale: staleness(row, left, today),
  };
}

/** Every offer, or those that match the words and filters; current ones first, then by institution and service. */
export async function listOffers(ctx: ServiceContext, input: ParsedInput<'basket.list'>): Promise<Offer[]> {
  const today = localDate(ctx.now());
  // Read through prepared statements and matched before their lists are parsed: this runs as one types.
  const left = await leftInstitutions(ctx.db, today);
  const names = new Map(ctx.rows.all('institution').map((i) => [i.id, i.name]));
  const q = input ?? {};
  return ctx.rows
    .all('offer')
    .filter((r) => (q.institutionId ? r.institutionId === q.institutionId : true))
    .filter((r) => matchesQuery([r.service, r.description, names.get(r.institutionId) ?? '', r.accessCriteria, r.whereWhen, r.otherTarget], q.q ?? ''))
    .map((r) => toOffer(r, names.get(r.institutionId) ?? '', left.has(r.institutionId), today))
    .filter((o) => (q.problemArea ? o.problemAreas.includes(q.problemArea) : true))
    .filter((o) => (q.targetGroup ? o.targetGroups.includes(q.targetGroup) : true))
    .filter((o) => (q.current ? o.stale === null : true))
    .sort((a, b) => Number(a.stale !== null) - Number(b.stale !== null) || a.institutionName.localeCompare(b.institutionName, 'pl') || a.service.localeCompare(b.service, 'pl'));
}

async function offerRow(db: Db, id: string): Promise<OfferRecord> {
  const row = await db.selectFrom('offer').select(ENTITY_FIELDS.offer).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('offer', id);
  return row;
}

async function single(ctx: ServiceContext, row: OfferRecord): Promise<Offer> {
  const today = localDate(ctx.now());
  const institution = await ctx.db.selectFrom('institution').select('name').where('id', '=', row.institutionId).executeTakeFirst();
  return toOffer(row, institution?.name ?? '', (await leftInstitutions(ctx.db, today)).has(row.institutionId), today);
}

/** A new offer (no id) or the whole of an existing one; an institution that is unknown or has left gets none. */
export async function saveOffer(ctx: ServiceContext, input: ParsedInput<'basket.save'>): Promise<Offer> {
  const today = localDate(ctx.now());
  const { id, targetGroups, problemAreas, referralWays, ...fields } = input;
  if (fields.verifiedOn && fields.verifiedOn > today) throw new AppError('VALIDATION_FAILED', 'An offer is verified on a day that has come.', { fields: { verifiedOn: 'in_future' } });
  const left = await leftInstitutions(ctx.db, today);
  const row = await write(ctx, async (w) => {
    if (!w.rows.byId('institution', fields.institutionId)) {
      throw new AppError('NOT_FOUND', `No institution with id ${fields.institutionId}.`, { entity: 'institution', id: fields.institutionId, fields: { institutionId: 'not_found' } });
    }
    const current = id ? await offerRow(w.db, id) : null;
    if ((!current || current.institutionId !== fields.institutionId) && left.has(fields.institutionId)) {
      throw new AppError('VALIDATION_FAILED', 'The institution has left the team; it offers nothing in the basket.', { fields: { institutionId: 'inactive' } });
    }
    const taken = Number(w.rows.scalar('SELECT count(*) FROM offer WHERE institution_id = ? AND lower(service) = lower(?) AND id <> ?', fields.institutionId, fields.service, id ?? ''));
    if (taken > 0) throw new AppError('DUPLICATE', 'The institution already offers a service of this name.', { fields: { service: 'duplicate' } });
    const values = { ...fields, targetGroups: JSON.stringify(targetGroups), problemAreas: JSON.stringify(problemAreas), referralWays: JSON.stringify(referralWays) };
    return current ? w.update('offer', current.id, values) : w.insert('offer', { id: ctx.newId(), ...values });
  });
  return single(ctx, row);
}

/** "Potwierdź aktualność": the offer was checked with the institution today. */
export async function verifyOffer(ctx: ServiceContext, input: ParsedInput<'basket.verify'>): Promise<Offer> {
  const row = await write(ctx, async (w) => w.update('offer', (await offerRow(w.db, input.id)).id, { verifiedOn: localDate(ctx.now()) }));
  return single(ctx, row);
}

/**
 * Ties a meeting's action item to the offer it makes use of (or unties it, with null). Not part of what the
 * protocol says (the minutes say it in words), so it may change after the meeting is approved.
 */
export function linkActionItem(ctx: ServiceContext, input: ParsedInput<'basket.linkActionItem'>): Promise<ActionItem> {
  return write(ctx, async (w) => {
    if (!w.rows.byId('action_item', input.actionItemId)) throw notFound('action_item', input.actionItemId);
    if (input.offerId) await offerRow(w.db, input.offerId);
    return w.update('action_item', input.actionItemId, { offerId: input.offerId });
  });
}

/** The offer goes; the action items that named it keep what they say and name no offer. */
export function removeOffer(ctx: ServiceContext, input: ParsedInput<'basket.remove'>): Promise<{ id: string }> {
  return write(ctx, async (w) => {
    await offerRow(w.db, input.id);
    const linked = await w.db.selectFrom('actionItem').select('id').where('offerId', '=', input.id).execute();
    for (const item of linked) await w.update('action_item', item.id, { offerId: null });
    await w.remove('offer', input.id);
    return { id: input.id };
  });
}
