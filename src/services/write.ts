// The one write path (after Notesnook's single write path): every change to an entity goes through a
// Writer inside one transaction, which stamps the row, writes it, marks the record in the outbox with
// the transaction's seq, records this process's write session at its first write, and reports which
// records it touched once the transaction has committed. Superseded versions are never kept: the
// outbox names a record, the row is its state (DESIGN §5).
import { meetingOf, type Entity, type EntityRecords } from '../domain/entities';
import type { Rows } from '../db/rows';
import { STAMPED, type OutboxOp } from '../db/schema';
import { notFound, timestamp, type Db, type ServiceContext, type Touched } from './context';

export type { Touched };

export class Writer {
  readonly touched: Touched[] = [];
  private seq: number | null = null;

  constructor(
    /** The transaction: reads inside a write go through it too. */
    readonly db: Db,
    private readonly ctx: ServiceContext,
  ) {}

  /** Records by id, on the transaction's connection. */
  get rows(): Rows {
    return this.ctx.rows;
  }

  /** The seq of this transaction: one above the latest, the same for every record it touches. */
  private nextSeq(): number {
    if (this.seq !== null) return this.seq;
    this.seq = this.ctx.rows.maxSeq() + 1;
    if (!this.ctx.session.recorded) this.ctx.rows.recordSession(this.ctx.session.id, this.seq, timestamp(this.ctx));
    return this.seq;
  }

  /** Marks a record as changed: the outbox keeps its latest seq and what happened to it. */
  mark(entity: Entity, id: string, op: OutboxOp, meetingId: string | null): void {
    this.ctx.rows.mark(entity, id, this.nextSeq(), op);
    const known = this.touched.find((t) => t.entity === entity && t.id === id);
    if (known) known.op = op;
    else this.touched.push({ entity, id, op, meetingId });
  }

  // The statements run on the transaction's connection (better-sqlite3 has one), prepared once: the
  // query builder cost more than the SQL on this path, which every write takes (src/db/rows.ts).
  async insert<E extends Entity>(entity: E, record: EntityRecords[E]): Promise<EntityRecords[E]> {
    const now = timestamp(this.ctx);
    const values: Record<string, unknown> = STAMPED.has(entity) ? { ...record, createdAt: now, updatedAt: now } : { ...record };
    const row = this.ctx.rows.insert(entity, values);
    this.mark(entity, record.id, 'upsert', meetingOf(entity, row));
    return row;
  }

  /** Writes `patch` over the record; `op` is 'anonymise' for an erasure (RODO art. 17). */
  async update<E extends Entity>(entity: E, id: string, patch: Partial<EntityRecords[E]>, op: OutboxOp = 'upsert'): Promise<EntityRecords[E]> {
    const values: Record<string, unknown> = STAMPED.has(entity) ? { ...patch, updatedAt: timestamp(this.ctx) } : { ...patch };
    const row = this.ctx.rows.update(entity, id, values);
    if (!row) throw notFound(entity, id);
    this.mark(entity, id, op, meetingOf(entity, row));
    return row;
  }

  async remove<E extends Entity>(entity: E, id: string): Promise<void> {
    const row = this.ctx.rows.remove(entity, id);
    if (!row) throw notFound(entity, id);
    this.mark(entity, id, 'delete', meetingOf(entity, row));
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
