import type { Kysely } from 'kysely';
import { ChainVerifier, auditRetentionCutoff, type ChainProblem } from '../../domain/audit-chain.js';
import type { Database } from '../db/schema.js';
import { retentionAnchor, lockTenantChain, signedCheckpoint, tenantIdsIn } from './sealer.js';
import { readChainLinks, readCheckpoints } from './verify-audit.js';

const DEFAULT_BATCH_SIZE = 5000;

/** Retention found a chain that does not verify and left that tenant's entries in place. */
export class AuditRetentionRefusedError extends Error {
  constructor(readonly refused: ReadonlyArray<{ tenantId: string; firstBad: ChainProblem }>) {
    super(`Audit retention refused for broken chains: ${refused.map(({ tenantId, firstBad }) => `tenant ${tenantId} at chain position ${firstBad.chainPos ?? '?'}`).join('; ')}`);
    this.name = 'AuditRetentionRefusedError';
  }
}

type SegmentOutcome = { removed: number; more: boolean } | { refused: ChainProblem };

/**
 * Removes sealed audit entries older than the retention period (ARCHITECTURE §4: at least six months)
 * from the start of each tenant's chain. Only a prefix of the chain can go, so an old entry sealed after a
 * younger one waits for it; and each removal ends at a signed checkpoint, after verifying what it removes,
 * so retention never erases evidence of tampering. A 'retention' checkpoint at the last removed position
 * becomes the anchor verification starts from. Tenants whose chain does not verify are left untouched and
 * reported together in AuditRetentionRefusedError once the others are done.
 */
export async function purgeExpiredAuditEvents(
  db: Kysely<Database>,
  key: string,
  options: { retentionMonths: number; now: Date; batchSize?: number },
): Promise<{ removed: number }> {
  const cutoff = auditRetentionCutoff(options.now, options.retentionMonths);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const refused: Array<{ tenantId: string; firstBad: ChainProblem }> = [];
  let removed = 0;
  for (const tenantId of await tenantIdsIn(db, 'audit_seal')) {
    for (;;) {
      const outcome = await purgeNextSegment(db, key, tenantId, cutoff, batchSize);
      if ('refused' in outcome) {
        refused.push({ tenantId, firstBad: outcome.refused });
        break;
      }
      removed += outcome.removed;
      if (!outcome.more) break;
    }
  }
  if (refused.length > 0) throw new AuditRetentionRefusedError(refused);
  return { removed };
}

/** One transaction: removes the expired part of the next segment of the chain after the anchor. */
async function purgeNextSegment(db: Kysely<Database>, key: string, tenantId: string, cutoff: Date, batchSize: number): Promise<SegmentOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockTenantChain(trx, tenantId);
    const anchor = await retentionAnchor(trx, tenantId);
    const segmentEnd = await segmentEndAfter(trx, tenantId, anchor.chainPos, batchSize);
    if (segmentEnd === undefined) return { removed: 0, more: false };
    const links = await readChainLinks(trx, tenantId, { afterPos: anchor.chainPos, upToPos: segmentEnd });
    const checkpoints = await readCheckpoints(trx, tenantId, { afterPos: anchor.chainPos - 1, upToPos: segmentEnd });
    // A missing entry's age is unknown; counting it as expired lets verification below refuse the purge.
    const firstKeptPos = links.find(({ entry }) => entry !== undefined && entry.occurred_at >= cutoff)?.seal.chain_pos ?? segmentEnd + 1;
    const purgeUpTo = checkpoints.filter((checkpoint) => checkpoint.chain_pos > anchor.chainPos && checkpoint.chain_pos < firstKeptPos).at(-1)?.chain_pos;
    if (purgeUpTo === undefined) return { removed: 0, more: false };

    const expired = links.filter(({ seal }) => seal.chain_pos <= purgeUpTo);
    const verifier = new ChainVerifier({ tenantId, key, anchor });
    verifier.addCheckpoints(checkpoints.filter((checkpoint) => checkpoint.chain_pos <= purgeUpTo));
    verifier.addLinks(expired);
    const verification = verifier.finish();
    if (!verification.ok) return { refused: verification.firstBad };

    await trx.deleteFrom('audit_event').where('tenant_id', '=', tenantId).where('seq', 'in', expired.map(({ seal }) => seal.seq)).execute();
    // Both deletes start at the old anchor: an open range would wade through the index entries of every
    // row removed earlier that vacuum has not cleared yet.
    await trx.deleteFrom('audit_seal').where('tenant_id', '=', tenantId).where('chain_pos', '>', anchor.chainPos).where('chain_pos', '<=', purgeUpTo).execute();
    // Checkpoints below the new anchor certify only removed entries; the retention checkpoint replaces them.
    await trx.deleteFrom('audit_checkpoint').where('tenant_id', '=', tenantId).where('chain_pos', '>=', anchor.chainPos).where('chain_pos', '<', purgeUpTo).execute();
    await trx
      .insertInto('audit_checkpoint')
      .values(signedCheckpoint(key, { tenant_id: tenantId, chain_pos: purgeUpTo, head_hash: verifier.head.hash, kind: 'retention' }))
      .execute();
    return { removed: expired.length, more: purgeUpTo === segmentEnd };
  });
}

/**
 * The segment to look at next ends at a checkpoint: the last one within `batchSize` positions after the
 * anchor, or the first one beyond when a single seal batch was longer than that.
 */
async function segmentEndAfter(trx: Kysely<Database>, tenantId: string, anchorPos: number, batchSize: number): Promise<number | undefined> {
  const afterAnchor = trx.selectFrom('audit_checkpoint').select('chain_pos').where('tenant_id', '=', tenantId).where('kind', '=', 'seal').where('chain_pos', '>', anchorPos);
  const within = await afterAnchor.where('chain_pos', '<=', anchorPos + batchSize).orderBy('chain_pos', 'desc').limit(1).executeTakeFirst();
  if (within) return within.chain_pos;
  const beyond = await afterAnchor.orderBy('chain_pos').limit(1).executeTakeFirst();
  return beyond?.chain_pos;
}
