// What every service needs: the database, a clock and an id source (both replaceable in tests),
// one transaction per write, and the change log appended inside that same transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../api/errors';
import type { Entity } from '../domain/enums';
import type { Database } from '../db/schema';

export interface ServiceContext {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
}

export type Db = Kysely<Database>;

export function createServiceContext(db: Kysely<Database>, overrides: Partial<Omit<ServiceContext, 'db'>> = {}) {
  return { db, now: overrides.now ?? (() => new Date()), newId: overrides.newId ?? randomUUID } satisfies ServiceContext;
}

/** Runs `fn` in one transaction: everything it writes, change log included, lands together or not at all. */
export function write<T>(ctx: ServiceContext, fn: (trx: Db) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}

export async function logChange(
  trx: Db,
  ctx: ServiceContext,
  entity: Entity,
  entityId: string,
  op: 'insert' | 'update' | 'delete',
  row: object | null,
): Promise<void> {
  await trx
    .insertInto('changeLog')
    .values({ entity, entityId, op, row: row === null ? null : JSON.stringify(row), at: ctx.now().toISOString() })
    .execute();
}

export const timestamp = (ctx: ServiceContext) => ctx.now().toISOString();

/** Today's date in the local time zone, YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${what} with id ${id}.`, { entity: what, id });
}

/** Strips the bookkeeping columns that the API does not return. */
export function withoutStamps<T extends { createdAt: string; updatedAt: string }>(
  row: T,
): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
