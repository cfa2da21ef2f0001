import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../src/platform/audit/record-audit.js';
import { AuditRetentionRefusedError, purgeExpiredAuditEvents } from '../../src/platform/audit/retention.js';
import { sealPendingAuditEvents, startAuditSealer } from '../../src/platform/audit/sealer.js';
import { verifyAudit, type TenantAuditVerification } from '../../src/platform/audit/verify-audit.js';
import type { Actor } from '../../src/platform/context.js';
import type { Database } from '../../src/platform/db/schema.js';
import { withTenant } from '../../src/platform/db/tenant-transaction.js';
import { createTestDatabase } from '../support/test-database.js';

const KEY = 'integration-test-audit-key-0123456789';
const TWO_YEARS_AGO = new Date(Date.now() - 2 * 365 * 24 * 3_600_000);

describe('audit sealing, verification and retention', () => {
  let db: Kysely<Database>;
  let cleanup: () => Promise<void>;

  before(async () => {
    const testDatabase = await createTestDatabase();
    db = testDatabase.handle.db;
    cleanup = testDatabase.cleanup;
  });
  after(async () => cleanup());

  /** Writes audit entries the way a request does: as the application role, inside the tenant's transaction. */
  async function recordEvents(tenantId: string, count: number, occurredAt = new Date()): Promise<void> {
    const actor: Actor = { userId: randomUUID(), tenantId, displayName: 'Test Worker', kind: 'staff', roles: ['case-officer'], orgUnitId: null, language: 'da' };
    await withTenant(db, tenantId, async (trx) => {
      for (let i = 0; i < count; i++) {
        await recordAudit(
          { trx, tenantId, actor, requestId: `req-${i}`, now: occurredAt },
          { action: 'profile.read', resourceType: 'citizen', resourceId: `citizen-${i}`, citizenId: randomUUID(), purpose: 'casework', outcome: 'allowed', details: { reason: 'relation-team', index: i } },
        );
      }
    });
  }

  async function verifyTenant(tenantId: string): Promise<TenantAuditVerification> {
    const [result] = await verifyAudit(db, KEY, { tenantId });
    assert.ok(result);
    return result;
  }

  async function sealAt(tenantId: string, chainPos: number): Promise<{ seq: number }> {
    return db.selectFrom('audit_seal').select('seq').where('tenant_id', '=', tenantId).where('chain_pos', '=', chainPos).executeTakeFirstOrThrow();
  }

  async function chainPositions(tenantId: string): Promise<number[]> {
    const rows = await db.selectFrom('audit_seal').select('chain_pos').where('tenant_id', '=', tenantId).orderBy('chain_pos').execute();
    return rows.map((row) => row.chain_pos);
  }

  const oneTo = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

  test('seals two tenants into separate chains that verify, and counts entries not yet sealed', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await recordEvents(first, 30);
    await recordEvents(second, 20);
    const before = await verifyTenant(first);
    assert.deepEqual(before, { tenantId: first, unsealed: 30, ok: true, checked: 0 });

    const { sealed } = await sealPendingAuditEvents(db, KEY, { batchSize: 7 });
    assert.ok(sealed >= 50);
    assert.deepEqual(await verifyTenant(first), { tenantId: first, unsealed: 0, ok: true, checked: 30 });
    assert.deepEqual(await verifyTenant(second), { tenantId: second, unsealed: 0, ok: true, checked: 20 });
    assert.deepEqual(await chainPositions(second), oneTo(20));

    const everyone = await verifyAudit(db, KEY);
    assert.ok(everyone.some((result) => result.tenantId === first) && everyone.some((result) => result.tenantId === second));
    const checkpoints = await db.selectFrom('audit_checkpoint').select(['chain_pos', 'kind']).where('tenant_id', '=', first).orderBy('chain_pos').execute();
    assert.deepEqual(checkpoints.map((c) => c.chain_pos), [7, 14, 21, 28, 30]);
  });

  test('names the entry the database owner altered', async () => {
    const tenantId = randomUUID();
    await recordEvents(tenantId, 10);
    await sealPendingAuditEvents(db, KEY);
    const { seq } = await sealAt(tenantId, 4);
    await db.updateTable('audit_event').set({ purpose: 'curiosity' }).where('tenant_id', '=', tenantId).where('seq', '=', seq).execute();

    const result = await verifyTenant(tenantId);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? undefined : { chainPos: result.firstBad.chainPos, seq: result.firstBad.seq }, { chainPos: 4, seq });
    assert.match(result.ok ? '' : result.firstBad.problem, /altered/);
  });

  test('detects a deleted entry and a deleted seal', async () => {
    const [entryGone, sealGone] = [randomUUID(), randomUUID()];
    await recordEvents(entryGone, 8);
    await recordEvents(sealGone, 8);
    await sealPendingAuditEvents(db, KEY);
    const { seq } = await sealAt(entryGone, 5);
    await db.deleteFrom('audit_event').where('tenant_id', '=', entryGone).where('seq', '=', seq).execute();
    await db.deleteFrom('audit_seal').where('tenant_id', '=', sealGone).where('chain_pos', '=', 3).execute();

    const missingEntry = await verifyTenant(entryGone);
    assert.deepEqual(missingEntry.ok ? undefined : missingEntry.firstBad, { chainPos: 5, seq, problem: 'the sealed entry is missing: it was deleted' });
    const missingSeal = await verifyTenant(sealGone);
    assert.equal(missingSeal.ok ? undefined : missingSeal.firstBad.chainPos, 3);
  });

  test('detects a tail removed after its checkpoint', async () => {
    const tenantId = randomUUID();
    await recordEvents(tenantId, 6);
    await sealPendingAuditEvents(db, KEY);
    const tail = await db.selectFrom('audit_seal').select('seq').where('tenant_id', '=', tenantId).where('chain_pos', '>', 4).execute();
    await db.deleteFrom('audit_event').where('tenant_id', '=', tenantId).where('seq', 'in', tail.map((row) => row.seq)).execute();
    await db.deleteFrom('audit_seal').where('tenant_id', '=', tenantId).where('chain_pos', '>', 4).execute();
    const result = await verifyTenant(tenantId);
    assert.match(result.ok ? '' : result.firstBad.problem, /tail was removed/);
  });

  test('continues the chain over later seal runs', async () => {
    const tenantId = randomUUID();
    await recordEvents(tenantId, 5);
    await sealPendingAuditEvents(db, KEY);
    await recordEvents(tenantId, 4);
    await sealPendingAuditEvents(db, KEY, { occurredSince: new Date(Date.now() - 60_000) });
    await recordEvents(tenantId, 3);
    await sealPendingAuditEvents(db, KEY, { batchSize: 2 });
    assert.deepEqual(await verifyTenant(tenantId), { tenantId, unsealed: 0, ok: true, checked: 12 });
    assert.deepEqual(await chainPositions(tenantId), oneTo(12));
  });

  test('two sealers running at once, while entries keep arriving, make one gap-free chain', async () => {
    const tenantId = randomUUID();
    await recordEvents(tenantId, 150);
    const [a, b] = await Promise.all([
      sealPendingAuditEvents(db, KEY, { batchSize: 10 }),
      sealPendingAuditEvents(db, KEY, { batchSize: 10 }),
      (async () => {
        for (let i = 0; i < 5; i++) await recordEvents(tenantId, 10);
      })(),
    ]);
    assert.ok(a.sealed + b.sealed > 0);
    await sealPendingAuditEvents(db, KEY);
    assert.deepEqual(await verifyTenant(tenantId), { tenantId, unsealed: 0, ok: true, checked: 200 });
    assert.deepEqual(await chainPositions(tenantId), oneTo(200));
  });

  test('the background sealer seals new entries and stops cleanly', async () => {
    const tenantId = randomUUID();
    const errors: object[] = [];
    const sealer = startAuditSealer(db, KEY, 10, { error: (fields) => errors.push(fields) });
    try {
      await recordEvents(tenantId, 12);
      for (let attempt = 0; attempt < 200 && (await verifyTenant(tenantId)).unsealed > 0; attempt++) await sleep(25);
    } finally {
      await sealer.stop();
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(await verifyTenant(tenantId), { tenantId, unsealed: 0, ok: true, checked: 12 });
  });

  test('retention removes sealed entries past the cutoff and the chain still verifies', async () => {
    const [mixed, allOld] = [randomUUID(), randomUUID()];
    await recordEvents(mixed, 20, TWO_YEARS_AGO);
    await recordEvents(allOld, 5, TWO_YEARS_AGO);
    await sealPendingAuditEvents(db, KEY, { batchSize: 5 });
    await recordEvents(mixed, 10);
    await sealPendingAuditEvents(db, KEY, { batchSize: 5 });

    const { removed } = await purgeExpiredAuditEvents(db, KEY, { retentionMonths: 6, now: new Date(), batchSize: 8 });
    assert.equal(removed, 25);
    assert.deepEqual(await verifyTenant(mixed), { tenantId: mixed, unsealed: 0, ok: true, checked: 10 });
    assert.deepEqual(await verifyTenant(allOld), { tenantId: allOld, unsealed: 0, ok: true, checked: 0 });
    assert.deepEqual(await chainPositions(mixed), oneTo(10, 21));
    const anchor = await db.selectFrom('audit_checkpoint').select('chain_pos').where('tenant_id', '=', mixed).where('kind', '=', 'retention').execute();
    assert.deepEqual(anchor, [{ chain_pos: 20 }]);
    const remaining = await db.selectFrom('audit_event').select('occurred_at').where('tenant_id', '=', mixed).execute();
    assert.equal(remaining.length, 10);
    assert.deepEqual((await purgeExpiredAuditEvents(db, KEY, { retentionMonths: 6, now: new Date() })).removed, 0);

    await recordEvents(mixed, 3);
    await recordEvents(allOld, 1);
    await sealPendingAuditEvents(db, KEY);
    assert.deepEqual(await verifyTenant(mixed), { tenantId: mixed, unsealed: 0, ok: true, checked: 13 });
    assert.deepEqual(await verifyTenant(allOld), { tenantId: allOld, unsealed: 0, ok: true, checked: 1 });
    assert.deepEqual(await chainPositions(allOld), [6]);
  });

  test('retention shorter than six months is refused', async () => {
    await assert.rejects(purgeExpiredAuditEvents(db, KEY, { retentionMonths: 5, now: new Date() }), RangeError);
  });

  test('retention refuses to remove entries from a chain that does not verify', async () => {
    const tenantId = randomUUID();
    await recordEvents(tenantId, 6, TWO_YEARS_AGO);
    await sealPendingAuditEvents(db, KEY);
    const { seq } = await sealAt(tenantId, 2);
    await db.updateTable('audit_event').set({ actor_role: 'admin' }).where('tenant_id', '=', tenantId).where('seq', '=', seq).execute();

    await assert.rejects(purgeExpiredAuditEvents(db, KEY, { retentionMonths: 6, now: new Date() }), (error: unknown) => {
      assert.ok(error instanceof AuditRetentionRefusedError);
      assert.deepEqual(error.refused.map((r) => [r.tenantId, r.firstBad.chainPos]), [[tenantId, 2]]);
      return true;
    });
    assert.deepEqual(await chainPositions(tenantId), oneTo(6));
  });

  test('a chain whose tail was cut off is still extended, and verification still reports the cut', async () => {
    const tenantId = randomUUID();
    await recordEvents(tenantId, 6);
    await sealPendingAuditEvents(db, KEY);
    const tail = await db.selectFrom('audit_seal').select('seq').where('tenant_id', '=', tenantId).where('chain_pos', '>', 4).execute();
    await db.deleteFrom('audit_event').where('tenant_id', '=', tenantId).where('seq', 'in', tail.map((row) => row.seq)).execute();
    await db.deleteFrom('audit_seal').where('tenant_id', '=', tenantId).where('chain_pos', '>', 4).execute();

    // The new head lands on position 6, where the checkpoint of the removed tail still stands.
    await recordEvents(tenantId, 2);
    await sealPendingAuditEvents(db, KEY);
    const result = await verifyTenant(tenantId);
    assert.equal(result.unsealed, 0);
    assert.deepEqual(await chainPositions(tenantId), oneTo(6));
    assert.deepEqual(result.ok ? undefined : [result.firstBad.chainPos, result.firstBad.problem], [6, 'seal checkpoint does not match the chain at this position']);
  });
});
