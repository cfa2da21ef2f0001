import type { Kysely } from 'kysely';
import { sealPendingAuditEvents } from '../platform/audit/sealer.js';
import { verifyAudit } from '../platform/audit/verify-audit.js';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/schema.js';

/**
 * `mestring verify-audit`: seals what is pending (so the check covers every committed entry), then proves each
 * municipality's chain. Exit code 0 when every chain holds, 1 with the first bad entry named otherwise.
 */
export async function verifyAuditCommand(db: Kysely<Database>, config: Config, options: { tenant?: string }): Promise<number> {
  let tenantId: string | undefined;
  if (options.tenant) {
    const tenant = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', options.tenant).executeTakeFirst();
    if (!tenant) {
      console.error(`No municipality with slug "${options.tenant}".`);
      return 2;
    }
    tenantId = tenant.tenant_id;
  }
  await sealPendingAuditEvents(db, config.audit.key);
  const slugs = new Map((await db.selectFrom('tenant').select(['tenant_id', 'slug']).execute()).map((t) => [t.tenant_id, t.slug]));
  const results = await verifyAudit(db, config.audit.key, tenantId ? { tenantId } : {});
  let failed = false;
  for (const result of results) {
    const name = slugs.get(result.tenantId) ?? result.tenantId;
    if (result.ok) {
      console.log(`${name}: ok — ${result.checked} entries verified${result.unsealed > 0 ? `, ${result.unsealed} not yet sealed` : ''}`);
    } else {
      failed = true;
      const bad = result.firstBad;
      console.log(`${name}: BROKEN at chain position ${bad.chainPos ?? '?'} (audit entry seq ${bad.seq ?? '?'}): ${bad.problem}`);
    }
  }
  if (results.length === 0) console.log('No audit entries yet.');
  return failed ? 1 : 0;
}
