// What every service needs: the database, a clock, an id source (both replaceable in tests), the write
// session of this process, and where to report what a write changed.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../api/errors';
import { ENTITY_FIELDS, type Entity, type EntityRecords } from '../domain/entities';
import type { Rows } from '../db/rows';
import { TABLE_OF } from '../db/schema';
import type { Database, OutboxOp } from '../db/schema';

export type Db = Kysely<Database>;

/** A record a write changed, as the change events name it. */
export interface Touched {
  entity: Entity;
  id: string;
  op: OutboxOp;
  meetingId: string | null;
}

/** This process's writes: one id for everything it writes, recorded with the seq of its first write. */
export interface WriteSession {
  id: string;
  recorded: boolean;
}

export interface ServiceContext {
  db: Db;
  /** The write path's prepared statements, on the same connection as `db` (src/db/rows.ts). */
  rows: Rows;
  now: () => Date;
  newId: () => string;
  session: WriteSession;
  /** Called after each committed write with the records it touched (the change events). */
  report?: ((touched: readonly Touched[]) => void) | undefined;
}

export function createServiceContext(db: Db, rows: Rows, overrides: Partial<Omit<ServiceContext, 'db' | 'rows'>> = {}): ServiceContext {
  return {
    db,
    rows,
    now: overrides.now ?? (() => new Date()),
    newId: overrides.newId ?? randomUUID,
    session: overrides.session ?? { id: randomUUID(), recorded: false },
    report: overrides.report,
  };
}

export const timestamp = (ctx: Pick<ServiceContext, 'now'>) => ctx.now().toISOString();

/** Today's date in the local time zone, YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A record by id. Inside a write, through its prepared statements (src/db/rows.ts), on the
 * transaction's connection; outside one, through Kysely, which waits for a write in progress — a
 * statement run beside it would read what that write has not committed yet.
 */
export async function recordById<E extends Entity>(source: Rows | Db, entity: E, id: string): Promise<EntityRecords[E] | undefined> {
  if ('byId' in source) return source.byId(entity, id);
  const loose = source as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const table: string = TABLE_OF[entity];
  const fields: readonly string[] = ENTITY_FIELDS[entity];
  const row = await loose.selectFrom(table).select(fields).where('id', '=', id).executeTakeFirst();
  return row as EntityRecords[E] | undefined;
}

export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${what} with id ${id}.`, { entity: what, id });
}
