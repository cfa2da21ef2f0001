import { createHash } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { GENESIS_ANCHOR, entryHash, signCheckpoint, type ChainAnchor, type ChainCheckpoint } from '../../domain/audit-chain.js';
import type { Database } from '../db/schema.js';

/**
 * Links committed audit entries into their tenant's hash chain (ARCHITECTURE §4 Trust). Writers only
 * insert audit_event rows; this runs afterwards as the database owner, outside withTenant, because it
 * works across every municipality. The chain order is the order of sealing, so an entry whose
 * transaction commits late is simply sealed in a later batch.
 */

/** The audit_event columns the chain commits to (see canonicalEntry). */
export const AUDIT_ENTRY_COLUMNS = [
  'tenant_id',
  'seq',
  'occurred_at',
  'actor_user_id',
  'actor_role',
  'actor_unit_id',
  'action',
  'resource_type',
  'resource_id',
  'citizen_id',
  'purpose',
  'outcome',
  'request_id',
  'details',
  'by_subject',
] as const;

const DEFAULT_BATCH_SIZE = 5000;
/** A full sweep walks a tenant's entries this many at a time, so no single query scans millions of rows. */
const SWEEP_STEP_ROWS = 100_000;
/**
 * Finding unsealed entries among millions of sealed ones costs seconds; looking only at recently occurred
 * entries costs a millisecond. Between full sweeps the loop looks back this far, which covers any
 * transaction shorter than that; the periodic full sweep seals whatever committed later still.
 */
const RECENT_WINDOW_MS = 15 * 60_000;
const FULL_SWEEP_EVERY_MS = 60 * 60_000;
/** First key of the two-key advisory locks on a tenant's chain (the second is derived from the tenant). */
const AUDIT_CHAIN_LOCK_SPACE = 7411231;

export interface SealOptions {
  /** Entries sealed per transaction (and per checkpoint). */
  batchSize?: number;
  /** Look only at entries that occurred at or after this instant; without it, every entry is considered. */
  occurredSince?: Date;
}

interface SealScope {
  afterSeq?: number | undefined;
  upToSeq?: number | undefined;
  occurredSince?: Date | undefined;
}

export interface SealerLogger {
  error(fields: object, message: string): void;
}

export async function sealPendingAuditEvents(db: Kysely<Database>, key: string, options: SealOptions = {}): Promise<{ sealed: number }> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let sealed = 0;
  for (const tenantId of await tenantIdsIn(db, 'audit_event')) sealed += await sealTenant(db, key, tenantId, options.occurredSince, batchSize);
  return { sealed };
}

async function sealTenant(db: Kysely<Database>, key: string, tenantId: string, occurredSince: Date | undefined, batchSize: number): Promise<number> {
  if (occurredSince) return (await sealScope(db, key, tenantId, { occurredSince }, batchSize)).sealed;
  let sealed = 0;
  let afterSeq: number | undefined;
  for (;;) {
    const upToSeq = await seqAfterRows(db, tenantId, afterSeq, SWEEP_STEP_ROWS);
    const step = await sealScope(db, key, tenantId, { afterSeq, upToSeq }, batchSize);
    sealed += step.sealed;
    // Another sealer, or retention, holds this chain right now; it is sealed on a later run.
    if (step.locked || upToSeq === undefined) return sealed;
    afterSeq = upToSeq;
  }
}

/**
 * Seals on a timer until stopped. A run starts only after the previous one ended, the first run and one
 * every hour are full sweeps, and a failed run is logged (error class and SQL state only: audit rows hold
 * personal data) and retried on the next tick.
 */
export function startAuditSealer(db: Kysely<Database>, key: string, intervalMs: number, logger: SealerLogger): { stop(): Promise<void> } {
  let stopped = false;
  let lastFullSweepAt: number | undefined;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const runOnce = async (): Promise<void> => {
    const startedAt = Date.now();
    const fullSweep = lastFullSweepAt === undefined || startedAt - lastFullSweepAt >= FULL_SWEEP_EVERY_MS;
    try {
      await sealPendingAuditEvents(db, key, fullSweep ? {} : { occurredSince: new Date(startedAt - RECENT_WINDOW_MS) });
      if (fullSweep) lastFullSweepAt = startedAt;
    } catch (error) {
      logger.error({ err: describeError(error) }, 'audit sealing failed');
    }
  };
  const scheduleNext = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().then(scheduleNext);
    }, intervalMs);
    timer.unref();
  };

  scheduleNext();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Waits for the tenant's chain lock, held until the transaction ends. */
export async function lockTenantChain(trx: Kysely<Database>, tenantId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_SPACE}, ${tenantLockKey(tenantId)})`.execute(trx);
}

async function tryLockTenantChain(trx: Kysely<Database>, tenantId: string): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK_SPACE}, ${tenantLockKey(tenantId)}) AS locked`.execute(trx);
  return result.rows[0]?.locked === true;
}

function tenantLockKey(tenantId: string): number {
  return createHash('sha256').update(tenantId).digest().readInt32BE(0);
}

/**
 * Where the remaining chain begins: the retention checkpoint, or the genesis. Retention deletes every
 * checkpoint below the one it writes, so that checkpoint is always the tenant's first and is found at
 * the bottom of the index instead of below millions of seal checkpoints.
 */
export async function retentionAnchor(db: Kysely<Database>, tenantId: string): Promise<ChainAnchor> {
  const checkpoint = await db
    .selectFrom('audit_checkpoint')
    .select(['chain_pos', 'head_hash'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'retention')
    .where('chain_pos', '=', (eb) => eb.selectFrom('audit_checkpoint as first').select((inner) => inner.fn.min('first.chain_pos').as('chain_pos')).where('first.tenant_id', '=', tenantId))
    .executeTakeFirst();
  return checkpoint ? { chainPos: checkpoint.chain_pos, hash: checkpoint.head_hash } : GENESIS_ANCHOR;
}

export function signedCheckpoint(key: string, checkpoint: Omit<ChainCheckpoint, 'signature'>): ChainCheckpoint {
  return { ...checkpoint, signature: signCheckpoint(key, checkpoint) };
}

/**
 * The tenants that have rows in an audit table, found by hopping through its primary key index one tenant
 * at a time: a plain DISTINCT would read every row.
 */
export async function tenantIdsIn(db: Kysely<Database>, table: 'audit_event' | 'audit_seal' | 'audit_checkpoint'): Promise<string[]> {
  const result = await sql<{ tenant_id: string }>`
    WITH RECURSIVE tenants AS (
      (SELECT tenant_id FROM ${sql.table(table)} ORDER BY tenant_id LIMIT 1)
      UNION ALL
      SELECT (SELECT later.tenant_id FROM ${sql.table(table)} AS later WHERE later.tenant_id > tenants.tenant_id ORDER BY later.tenant_id LIMIT 1)
      FROM tenants WHERE tenants.tenant_id IS NOT NULL
    )
    SELECT tenant_id FROM tenants WHERE tenant_id IS NOT NULL`.execute(db);
  return result.rows.map((row) => row.tenant_id);
}

/** The seq that lies `rows` entries after `afterSeq`, or undefined when fewer entries remain. */
async function seqAfterRows(db: Kysely<Database>, tenantId: string, afterSeq: number | undefined, rows: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_event')
    .select('seq')
    .where('tenant_id', '=', tenantId)
    .$if(afterSeq !== undefined, (query) => query.where('seq', '>', afterSeq as number))
    .orderBy('seq')
    .offset(rows - 1)
    .limit(1)
    .executeTakeFirst();
  return row?.seq;
}

async function sealScope(db: Kysely<Database>, key: string, tenantId: string, scope: SealScope, batchSize: number): Promise<{ sealed: number; locked: boolean }> {
  let sealed = 0;
  let afterSeq = scope.afterSeq;
  for (;;) {
    const batch = await sealBatch(db, key, tenantId, { ...scope, afterSeq }, batchSize);
    if (batch === 'locked') return { sealed, locked: true };
    sealed += batch.sealed;
    if (batch.lastSeq === undefined || batch.sealed < batchSize) return { sealed, locked: false };
    afterSeq = batch.lastSeq;
  }
}

/** One transaction: the next pending entries in seq order, their seals after the current head, and a signed checkpoint. */
async function sealBatch(db: Kysely<Database>, key: string, tenantId: string, scope: SealScope, batchSize: number): Promise<{ sealed: number; lastSeq: number | undefined } | 'locked'> {
  return db.transaction().execute(async (trx) => {
    if (!(await tryLockTenantChain(trx, tenantId))) return 'locked';
    const entries = await pendingEntries(trx, tenantId, scope, batchSize);
    if (entries.length === 0) return { sealed: 0, lastSeq: undefined };
    let { chainPos, hash } = await chainHead(trx, tenantId);
    const seals = entries.map((entry) => {
      chainPos += 1;
      hash = entryHash(hash, entry);
      return { tenant_id: tenantId, chain_pos: chainPos, seq: entry.seq, entry_hash: hash };
    });
    await trx.insertInto('audit_seal').values(seals).execute();
    // A checkpoint can already stand at this position only if someone removed seals after it. Keeping it
    // leaves that removal for verification to report; failing instead would leave every new entry unsealed.
    await trx
      .insertInto('audit_checkpoint')
      .values(signedCheckpoint(key, { tenant_id: tenantId, chain_pos: chainPos, head_hash: hash, kind: 'seal' }))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    return { sealed: seals.length, lastSeq: entries.at(-1)?.seq };
  });
}

async function pendingEntries(trx: Kysely<Database>, tenantId: string, scope: SealScope, limit: number) {
  return trx
    .selectFrom('audit_event')
    .select(AUDIT_ENTRY_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .$if(scope.afterSeq !== undefined, (query) => query.where('seq', '>', scope.afterSeq as number))
    .$if(scope.upToSeq !== undefined, (query) => query.where('seq', '<=', scope.upToSeq as number))
    .$if(scope.occurredSince !== undefined, (query) => query.where('occurred_at', '>=', scope.occurredSince as Date))
    .where(isUnsealed)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** Filter for audit_event rows that no seal points at yet. */
export function isUnsealed({ not, exists, selectFrom }: ExpressionBuilder<Database, 'audit_event'>) {
  return not(exists(selectFrom('audit_seal').select('audit_seal.seq').whereRef('audit_seal.tenant_id', '=', 'audit_event.tenant_id').whereRef('audit_seal.seq', '=', 'audit_event.seq')));
}

async function chainHead(trx: Kysely<Database>, tenantId: string): Promise<ChainAnchor> {
  const last = await trx
    .selectFrom('audit_seal')
    .select(['chain_pos', 'entry_hash'])
    .where('tenant_id', '=', tenantId)
    .orderBy('chain_pos', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ? { chainPos: last.chain_pos, hash: last.entry_hash } : retentionAnchor(trx, tenantId);
}

/** Only the error's class and database codes: messages and details can quote row values. */
function describeError(error: unknown): Record<string, string> {
  const described: Record<string, string> = {};
  if (error instanceof Error) described.name = error.name;
  for (const field of ['code', 'table', 'constraint', 'routine']) {
    const value = (error as Record<string, unknown> | null)?.[field];
    if (typeof value === 'string') described[field] = value;
  }
  return described;
}
