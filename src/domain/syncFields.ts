// What may leave the machine in a sync bundle (DECISIONS 9, issue 17.5): the entities that travel, and of each
// the fields that do. Kept apart from ./entities.ts, which says what is stored.
import { ENTITIES, ENTITY_FIELDS, type Entity, type EntityRecords, type FieldOf } from './entities';

/** Fields kept off the sync format, by entity (the type twin of SYNC_FIELDS). */
interface NotSynced {
  meeting: 'caseId';
  agenda_item: 'caseId';
  action_item: 'caseId' | 'ipwTaskId';
  declaration: 'headName' | 'headPosition';
}
const NOT_SYNCED: { readonly [E in keyof NotSynced]: ReadonlyArray<NotSynced[E]> } = {
  meeting: ['caseId'],
  agenda_item: ['caseId'],
  action_item: ['caseId', 'ipwTaskId'],
  declaration: ['headName', 'headPosition'],
};
const synced = <E extends keyof NotSynced>(e: E) => ENTITY_FIELDS[e].filter((f) => !(NOT_SYNCED[e] as readonly string[]).includes(f));

/**
 * What may leave the machine in a sync bundle, per entity (DECISIONS 9): every stored field but the link to a
 * case (cases stay home; a PZK protocol may name one by its code, issue 17.5) and who signed a declaration:
 * the regional centre gets its dates (16.2).
 */
export const SYNC_FIELDS: { readonly [E in Entity]: ReadonlyArray<FieldOf<E>> } = {
  ...ENTITY_FIELDS,
  meeting: synced('meeting'),
  agenda_item: synced('agenda_item'),
  action_item: synced('action_item'),
  declaration: synced('declaration'),
};
export type SyncedRecord<E extends Entity> = Omit<EntityRecords[E], E extends keyof NotSynced ? NotSynced[E] : never>;

/** Entities that stay on the laptop: their sums go to the regional centre, never their rows (issue 17.2–17.5). */
const STAY_LOCAL = ['case', 'support_entry', 'case_team_member', 'ipw_goal', 'ipw_task', 'case_review'] as const satisfies readonly Entity[];
export type BundleEntity = Exclude<Entity, (typeof STAY_LOCAL)[number]>;
/** The allow-list of a bundle: the entities it may carry, in dependency order; anything else is refused at export and at import. */
export const BUNDLE_ENTITIES = ENTITIES.filter((e): e is BundleEntity => !(STAY_LOCAL as readonly Entity[]).includes(e)) as [BundleEntity, ...BundleEntity[]];
