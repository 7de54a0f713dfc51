// The write path's own statements, prepared once per connection (issue 12). Every write runs the same
// few statements — a record by id, an insert or update of it, the outbox mark, the transaction's seq —
// and building each with the query builder cost more than running it. The SQL is derived from the
// entity fields of src/domain, so it cannot drift from the tables Kysely sees; a row comes back in
// camelCase through column aliases, as the CamelCasePlugin gives it.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { ENTITY_FIELDS, type Entity, type EntityRecords } from '../domain/entities';
import { TABLE_OF, columnOf, type OutboxOp } from './schema';

const quote = (name: string) => `"${name}"`;
const tableName = (entity: Entity) => quote(columnOf(TABLE_OF[entity]));
const returning = (entity: Entity) => ENTITY_FIELDS[entity].map((f) => `${quote(columnOf(f))} AS ${quote(f)}`).join(', ');

export interface Rows {
  /** The record with this id, or undefined. */
  byId<E extends Entity>(entity: E, id: string): EntityRecords[E] | undefined;
  /** Every record of the entity, in no order (a hot read where the query builder costs more than it gives). */
  all<E extends Entity>(entity: E): Array<EntityRecords[E]>;
  insert<E extends Entity>(entity: E, values: Record<string, unknown>): EntityRecords[E];
  /** Writes the fields of `values` over the record; undefined when there is none. */
  update<E extends Entity>(entity: E, id: string, values: Record<string, unknown>): EntityRecords[E] | undefined;
  remove<E extends Entity>(entity: E, id: string): EntityRecords[E] | undefined;
  /** The latest seq in the outbox (0 for none). */
  maxSeq(): number;
  mark(entity: Entity, id: string, seq: number, op: OutboxOp): void;
  recordSession(id: string, firstSeq: number, startedAt: string): void;
  /** The first column of the first row of a statement the write path repeats (prepared once). */
  scalar(sql: string, ...params: Bindable[]): unknown;
}

/** SQLite binds numbers, strings, bigints, buffers and null; the records hold no other kinds. */
export type Bindable = number | string | bigint | Buffer | null;

export function createRows(sqlite: BetterSqlite3.Database): Rows {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (key: string, sql: () => string) => {
    let statement = statements.get(key);
    if (!statement) statements.set(key, (statement = sqlite.prepare(sql())));
    return statement;
  };
  const bind = (values: Record<string, unknown>, keys: readonly string[]) => keys.map((k) => (values[k] ?? null) as Bindable);
  const maxSeq = sqlite.prepare('SELECT coalesce(max(seq), 0) AS max FROM outbox').pluck();
  const mark = sqlite.prepare(`INSERT INTO outbox (entity, entity_id, seq, op) VALUES (?, ?, ?, ?)
    ON CONFLICT (entity, entity_id) DO UPDATE SET seq = excluded.seq, op = excluded.op`);
  const session = sqlite.prepare('INSERT INTO write_session (id, first_seq, started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  return {
    byId<E extends Entity>(entity: E, id: string) {
      const statement = prepared(`get ${entity}`, () => `SELECT ${returning(entity)} FROM ${tableName(entity)} WHERE id = ?`);
      return statement.get(id) as EntityRecords[E] | undefined;
    },
    all<E extends Entity>(entity: E) {
      return prepared(`all ${entity}`, () => `SELECT ${returning(entity)} FROM ${tableName(entity)}`).all() as Array<EntityRecords[E]>;
    },
    insert<E extends Entity>(entity: E, values: Record<string, unknown>) {
      const keys = Object.keys(values).filter((k) => values[k] !== undefined);
      const statement = prepared(`insert ${entity} ${keys.join(',')}`, () =>
        `INSERT INTO ${tableName(entity)} (${keys.map((k) => quote(columnOf(k))).join(', ')}) VALUES (${keys.map(() => '?').join(', ')}) RETURNING ${returning(entity)}`,
      );
      return statement.get(...bind(values, keys)) as EntityRecords[E];
    },
    update<E extends Entity>(entity: E, id: string, values: Record<string, unknown>) {
      const keys = Object.keys(values).filter((k) => values[k] !== undefined && k !== 'id');
      if (keys.length === 0) return this.byId(entity, id);
      const statement = prepared(`update ${entity} ${keys.join(',')}`, () =>
        `UPDATE ${tableName(entity)} SET ${keys.map((k) => `${quote(columnOf(k))} = ?`).join(', ')} WHERE id = ? RETURNING ${returning(entity)}`,
      );
      return statement.get(...bind(values, keys), id) as EntityRecords[E] | undefined;
    },
    remove<E extends Entity>(entity: E, id: string) {
      const statement = prepared(`delete ${entity}`, () => `DELETE FROM ${tableName(entity)} WHERE id = ? RETURNING ${returning(entity)}`);
      return statement.get(id) as EntityRecords[E] | undefined;
    },
    maxSeq: () => Number(maxSeq.get()),
    mark: (entity, id, seq, op) => void mark.run(entity, id, seq, op),
    recordSession: (id, firstSeq, startedAt) => void session.run(id, firstSeq, startedAt),
    scalar: (sql, ...params) => prepared(sql, () => sql).pluck().get(...params),
  };
}
