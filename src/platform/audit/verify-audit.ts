import type { Kysely } from 'kysely';
import { ChainVerifier, type ChainCheckpoint, type ChainLink, type ChainVerification } from '../../domain/audit-chain.js';
import type { Database } from '../db/schema.js';
import { AUDIT_ENTRY_COLUMNS, isUnsealed, retentionAnchor, tenantIdsIn } from './sealer.js';

/** One tenant's verdict; `unsealed` entries are not yet in the chain, which is normal and not a fault. */
export type TenantAuditVerification = ChainVerification & { tenantId: string; unsealed: number };

const DEFAULT_BATCH_SIZE = 5000;

/**
 * Proves each tenant's audit chain (the `mestring verify-audit` command). Streams seals with their entries
 * in chain order, a batch at a time, so memory stays flat however long the chain is. Runs as the owner on
 * the plain handle: it reads every municipality.
 */
export async function verifyAudit(
  db: Kysely<Database>,
  key: string,
  options: { tenantId?: string; batchSize?: number } = {},
): Promise<TenantAuditVerification[]> {
  const tenantIds = options.tenantId ? [options.tenantId] : await auditTenantIds(db);
  const results: TenantAuditVerification[] = [];
  for (const tenantId of tenantIds) results.push(await verifyTenant(db, key, tenantId, options.batchSize ?? DEFAULT_BATCH_SIZE));
  return results;
}

/** Checkpoints count too: a tenant whose seals were all deleted still has its checkpoints to give it away. */
async function auditTenantIds(db: Kysely<Database>): Promise<string[]> {
  const tenantIds = new Set<string>();
  for (const table of ['audit_event', 'audit_seal', 'audit_checkpoint'] as const) {
    for (const tenantId of await tenantIdsIn(db, table)) tenantIds.add(tenantId);
  }
  return [...tenantIds].sort();
}

/**
 * One snapshot for the whole tenant (repeatable read), so a seal batch or a retention purge committing
 * meanwhile cannot look like a gap or a truncated tail.
 */
async function verifyTenant(db: Kysely<Database>, key: string, tenantId: string, batchSize: number): Promise<TenantAuditVerification> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const anchor = await retentionAnchor(trx, tenantId);
      const verifier = new ChainVerifier({ tenantId, key, anchor });
      let afterPos = anchor.chainPos;
      let checkpointsAfterPos: number | undefined;
      while (!verifier.firstBad) {
        const links = await readChainLinks(trx, tenantId, { afterPos, limit: batchSize });
        const last = links.at(-1);
        if (!last) break;
        verifier.addCheckpoints(await readCheckpoints(trx, tenantId, { afterPos: checkpointsAfterPos, upToPos: last.seal.chain_pos }));
        verifier.addLinks(links);
        checkpointsAfterPos = afterPos = last.seal.chain_pos;
      }
      if (!verifier.firstBad) verifier.addCheckpoints(await readCheckpoints(trx, tenantId, { afterPos: checkpointsAfterPos }));
      return { tenantId, unsealed: await countUnsealed(trx, tenantId), ...verifier.finish() };
    });
}

/** Seals after `afterPos` in chain order, each with its entry (undefined when the entry row is gone). */
export async function readChainLinks(
  db: Kysely<Database>,
  tenantId: string,
  range: { afterPos: number; upToPos?: number; limit?: number },
): Promise<ChainLink[]> {
  const seals = await db
    .selectFrom('audit_seal')
    .select(['tenant_id', 'chain_pos', 'seq', 'entry_hash'])
    .where('tenant_id', '=', tenantId)
    .where('chain_pos', '>', range.afterPos)
    .$if(range.upToPos !== undefined, (query) => query.where('chain_pos', '<=', range.upToPos as number))
    .orderBy('chain_pos')
    .$if(range.limit !== undefined, (query) => query.limit(range.limit as number))
    .execute();
  if (seals.length === 0) return [];
  const entries = await db
    .selectFrom('audit_event')
    .select(AUDIT_ENTRY_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('seq', 'in', seals.map((seal) => seal.seq))
    .execute();
  const entriesBySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  return seals.map((seal) => ({ seal, entry: entriesBySeq.get(seal.seq) }));
}

/** Checkpoints in chain order within (afterPos, upToPos]; an open end is unbounded. */
export async function readCheckpoints(db: Kysely<Database>, tenantId: string, range: { afterPos?: number | undefined; upToPos?: number }): Promise<ChainCheckpoint[]> {
  return db
    .selectFrom('audit_checkpoint')
    .select(['tenant_id', 'chain_pos', 'head_hash', 'kind', 'signature'])
    .where('tenant_id', '=', tenantId)
    .$if(range.afterPos !== undefined, (query) => query.where('chain_pos', '>', range.afterPos as number))
    .$if(range.upToPos !== undefined, (query) => query.where('chain_pos', '<=', range.upToPos as number))
    .orderBy('chain_pos')
    .orderBy('kind')
    .execute();
}

async function countUnsealed(db: Kysely<Database>, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('unsealed'))
    .where('tenant_id', '=', tenantId)
    .where(isUnsealed)
    .executeTakeFirstOrThrow();
  return Number(row.unsealed);
}
