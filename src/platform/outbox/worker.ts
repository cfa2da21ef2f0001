import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export interface OutboxMessage {
  tenantId: string;
  messageId: string;
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * Runs one message. `trx` is the worker's transaction on the owner connection (no row-level security: filter by
 * message.tenantId): a handler that writes rows uses it, as a second connection would wait forever on PGlite.
 */
export type OutboxHandler = (message: OutboxMessage, trx: Transaction<Database>) => Promise<void>;

export interface Logger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

const BATCH = 20;
const MAX_ATTEMPTS = 8;

/**
 * Runs due messages once: claims a batch with FOR UPDATE SKIP LOCKED (so several servers can share the work),
 * runs each handler, and marks it processed or schedules a retry with exponential back-off. Delivery is
 * at-least-once: a handler that succeeded just before a crash runs again, so handlers must be idempotent
 * on messageId. Runs on the owner connection because it serves every municipality.
 */
export async function processOutboxOnce(db: Kysely<Database>, handlers: ReadonlyMap<string, OutboxHandler>, logger: Logger, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('outbox')
      .select(['tenant_id', 'message_id', 'topic', 'payload', 'attempts'])
      .where('processed_at', 'is', null)
      .where('available_at', '<=', now)
      .where('attempts', '<', MAX_ATTEMPTS)
      .orderBy('available_at')
      .limit(BATCH)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of due) {
      const update = trx.updateTable('outbox').where('tenant_id', '=', row.tenant_id).where('message_id', '=', row.message_id);
      const handler = handlers.get(row.topic);
      // A savepoint per message: a handler that fails half-way leaves none of its writes, and a failed statement
      // does not abort the batch's transaction.
      await sql`SAVEPOINT outbox_message`.execute(trx);
      try {
        if (!handler) throw new Error(`no handler for topic ${row.topic}`);
        await handler({ tenantId: row.tenant_id, messageId: row.message_id, topic: row.topic, payload: row.payload }, trx);
        await sql`RELEASE SAVEPOINT outbox_message`.execute(trx);
        await update.set({ processed_at: now, attempts: row.attempts + 1 }).execute();
      } catch (error) {
        await sql`ROLLBACK TO SAVEPOINT outbox_message`.execute(trx);
        const retryAt = new Date(now.getTime() + 2 ** row.attempts * 30_000);
        logger.warn({ topic: row.topic, messageId: row.message_id, attempt: row.attempts + 1, errorName: (error as Error).name }, 'outbox message failed');
        await update.set({ attempts: row.attempts + 1, available_at: retryAt, last_error: (error as Error).name }).execute();
      }
    }
    return due.length;
  });
}

/** Polls the outbox in the server process until stopped. */
export function startOutboxWorker(db: Kysely<Database>, handlers: ReadonlyMap<string, OutboxHandler>, logger: Logger, intervalMs = 1000) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    running = processOutboxOnce(db, handlers, logger).catch((error) => logger.error({ errorName: (error as Error).name }, 'outbox worker failed'));
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Keeps the outbox table small: processed messages older than a week are removed. */
export async function purgeProcessedOutbox(db: Kysely<Database>, now = new Date()): Promise<void> {
  await sql`DELETE FROM outbox WHERE processed_at < ${new Date(now.getTime() - 7 * 86_400_000)}`.execute(db);
}
