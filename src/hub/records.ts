// The records a hub holds for a team, read back through the synced-row schemas (src/sync/records.ts):
// typed, and with every stored row checked, so that a row one team got in somehow can never break a
// report (it is skipped).
import type { BundleEntity, SyncedRecord } from '../domain/syncFields';
import { readRecord } from '../sync/records';
import type { Hub } from './schema';

export type TeamRecords<E extends BundleEntity> = { [K in E]: Map<string, SyncedRecord<K>> };

export async function teamRecords<E extends BundleEntity>(hub: Hub, teamId: string, entities: readonly E[]): Promise<TeamRecords<E>> {
  const out = Object.fromEntries(entities.map((e) => [e, new Map()])) as TeamRecords<E>;
  const rows = await hub.db
    .selectFrom('hubRecord')
    .select(['entity', 'entityId', 'row'])
    .where('teamId', '=', teamId)
    .where('deleted', '=', 0)
    .where('entity', 'in', [...entities])
    .execute();
  for (const r of rows) {
    let value: unknown;
    try {
      value = r.row === null ? null : JSON.parse(r.row);
    } catch {
      continue;
    }
    const entity = r.entity as E;
    const record = readRecord(entity, value);
    if (record) (out[entity] as Map<string, SyncedRecord<E>>).set(r.entityId, record);
  }
  return out;
}
