// The one write path (after Notesnook's single write path): every change to an entity goes through a
// Writer inside one transaction, which stamps the row, writes it, marks the record in the outbox with
// the transaction's seq, records this process's write session at its first write, and reports which
// records it touched once the transaction has committed. Superseded versions are never kept: the
// outbox names a record, the row is its state (DESIGN §5).
import type { Kysely } from 'kysely';
import { ENTITY_FIELDS, meetingOf, type Entity, type EntityRecords } from '../domain/entities';
import { STAMPED, TABLE_OF, type OutboxOp } from '../db/schema';
import { notFound, timestamp, type Db, type ServiceContext, type Touched } from './context';

export type { Touched };

/** The entity tables seen without their column types: the Writer is generic over entities. */
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;
const tableOf = (entity: Entity): string => TABLE_OF[entity];

export class Writer {
  readonly touched: Touched[] = [];
  private seq: number | null = null;

  constructor(
    /** The transaction: reads inside a write go through it too. */
    readonly db: Db,
    private readonly ctx: ServiceContext,
  ) {}

  private get loose(): LooseDb {
    return this.db as unknown as LooseDb;
  }

  /** The seq of this transaction: one above the latest, the same for every record it touches. */
  private async nextSeq(): Promise<number> {
    if (this.seq !== null) return this.seq;
    const r = await this.db.selectFrom('outbox').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
    this.seq = Number(r?.max ?? 0) + 1;
    if (!this.ctx.session.recorded) {
      await this.db
        .insertInto('writeSession')
        .values({ id: this.ctx.session.id, firstSeq: this.seq, startedAt: timestamp(this.ctx) })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return this.seq;
  }

  /** Marks a record as changed: the outbox keeps its latest seq and what happened to it. */
  async mark(entity: Entity, id: string, op: OutboxOp, meetingId: string | null): Promise<void> {
    const seq = await this.nextSeq();
    await this.db
      .insertInto('outbox')
      .values({ entity, entityId: id, seq, op })
      .onConflict((oc) => oc.columns(['entity', 'entityId']).doUpdateSet({ seq, op }))
      .execute();
    const known = this.touched.find((t) => t.entity === entity && t.id === id);
    if (known) known.op = op;
    else this.touched.push({ entity, id, op, meetingId });
  }

  async insert<E extends Entity>(entity: E, record: EntityRecords[E]): Promise<EntityRecords[E]> {
    const now = timestamp(this.ctx);
    const values: Record<string, unknown> = STAMPED.has(entity) ? { ...record, createdAt: now, updatedAt: now } : { ...record };
    const row = (await this.loose
      .insertInto(tableOf(entity))
      .values(values)
      .returning([...ENTITY_FIELDS[entity]])
      .executeTakeFirstOrThrow()) as unknown as EntityRecords[E];
    await this.mark(entity, record.id, 'upsert', meetingOf(entity, row));
    return row;
  }

  /** Writes `patch` over the record; `op` is 'anonymise' for an erasure (RODO art. 17). */
  async update<E extends Entity>(entity: E, id: string, patch: Partial<EntityRecords[E]>, op: OutboxOp = 'upsert'): Promise<EntityRecords[E]> {
    const values: Record<string, unknown> = STAMPED.has(entity) ? { ...patch, updatedAt: timestamp(this.ctx) } : { ...patch };
    const row = (await this.loose
      .updateTable(tableOf(entity))
      .set(values)
      .where('id', '=', id)
      .returning([...ENTITY_FIELDS[entity]])
      .executeTakeFirst()) as unknown as EntityRecords[E] | undefined;
    if (!row) throw notFound(entity, id);
    await this.mark(entity, id, op, meetingOf(entity, row));
    return row;
  }

  async remove<E extends Entity>(entity: E, id: string): Promise<void> {
    const row = (await this.loose
      .deleteFrom(tableOf(entity))
      .where('id', '=', id)
      .returning([...ENTITY_FIELDS[entity]])
      .executeTakeFirst()) as unknown as EntityRecords[E] | undefined;
    if (!row) throw notFound(entity, id);
    await this.mark(entity, id, 'delete', meetingOf(entity, row));
  }
}

/**
 * Runs `fn` in one transaction: everything it writes, the outbox included, lands together or not at
 * all; then reports the records it touched.
 */
export async function write<T>(ctx: ServiceContext, fn: (w: Writer) => Promise<T>): Promise<T> {
  let writer: Writer | null = null;
  const result = await ctx.db.transaction().execute((trx) => fn((writer = new Writer(trx, ctx))));
  const done = writer as Writer | null;
  if (done && done.touched.length > 0) {
    ctx.session.recorded = true;
    ctx.report?.(done.touched);
  }
  return result;
}
