import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadDemoMunicipalities, type LoadedMunicipality } from '../../src/features/demo/load-demo-municipalities.js';
import { recordAudit } from '../../src/platform/audit/record-audit.js';
import type { Actor } from '../../src/platform/context.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { newId } from '../../src/platform/ids.js';
import { withTenant } from '../../src/platform/db/tenant-transaction.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * Audit entries written in a tenant transaction travel with its COMMIT (one round trip less per request). They must
 * still exist exactly when the access did: committed with it, gone with a rollback, and stored value for value.
 */
describe('audit entries sent with the COMMIT', () => {
  let database: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let randers: LoadedMunicipality;
  let actor: Actor;

  before(async () => {
    ({ handle: database, cleanup } = await createTestDatabase());
    [randers] = (await loadDemoMunicipalities(database.db)) as [LoadedMunicipality];
    actor = { userId: randers.userIds.get('anders')!, tenantId: randers.tenantId, displayName: 'Anders Holm', kind: 'staff', roles: ['support-worker'], orgUnitId: null, language: 'da' };
  });
  after(() => cleanup());

  const entriesOf = (requestId: string) => database.db.selectFrom('audit_event').selectAll().where('request_id', '=', requestId).orderBy('seq').execute();

  test('committed with the transaction, every value as given, in the order written', async () => {
    const requestId = newId();
    const now = new Date('2026-03-29T01:30:00.123Z');
    const awkward = { note: "O'Brien; DROP TABLE audit_event; --", path: 'C:\\temp', emoji: 'æøå ✓', nested: { list: [1, null, true] } };
    await withTenant(database.db, randers.tenantId, async (trx) => {
      const ctx = { trx, tenantId: randers.tenantId, actor, requestId, now };
      await recordAudit(ctx, { action: 'plan.read', resourceType: 'citizen', resourceId: 'r-1', citizenId: null, purpose: 'case-work', outcome: 'allowed', details: awkward });
      await recordAudit(ctx, { action: 'citizen.read', resourceType: 'citizen', purpose: "it's mine", outcome: 'allowed', bySubject: true });
      // Not yet written: it travels with the COMMIT.
      assert.equal((await trx.selectFrom('audit_event').select('seq').where('request_id', '=', requestId).execute()).length, 0);
    });
    const [first, second, ...rest] = await entriesOf(requestId);
    assert.equal(rest.length, 0);
    assert.equal(first!.action, 'plan.read');
    assert.deepEqual(first!.details, awkward);
    assert.equal(first!.occurred_at.toISOString(), now.toISOString());
    assert.equal(first!.actor_user_id, actor.userId);
    assert.equal(first!.actor_role, 'support-worker');
    assert.equal(first!.resource_id, 'r-1');
    assert.equal(first!.by_subject, false);
    assert.equal(second!.purpose, "it's mine");
    assert.equal(second!.by_subject, true);
    assert.ok(second!.seq > first!.seq);
  });

  test('gone when the work fails after the access', async () => {
    const requestId = newId();
    await assert.rejects(
      withTenant(database.db, randers.tenantId, async (trx) => {
        await recordAudit({ trx, tenantId: randers.tenantId, actor, requestId, now: new Date() }, { action: 'plan.read', resourceType: 'citizen', purpose: 'case-work', outcome: 'allowed' });
        throw new Error('the use case failed');
      }),
      /the use case failed/,
    );
    assert.equal((await entriesOf(requestId)).length, 0);
  });

  test('a write that fails at the COMMIT rolls the whole transaction back and leaves the connection usable', async () => {
    const requestId = newId();
    const unitId = newId();
    await assert.rejects(
      withTenant(database.db, randers.tenantId, async (trx) => {
        await trx.insertInto('org_unit').values({ tenant_id: randers.tenantId, unit_id: unitId, parent_unit_id: null, name: 'Rulles tilbage', kind: 'unit', area: 'social', email: null, phone: null, created_at: new Date(), updated_at: new Date() }).execute();
        // An actor id that is not a UUID fails only when the deferred insert runs.
        await recordAudit({ trx, tenantId: randers.tenantId, actor: { ...actor, userId: 'not-a-uuid' }, requestId, now: new Date() }, { action: 'x', resourceType: 'y', purpose: 'z', outcome: 'allowed' });
      }),
    );
    assert.equal(await database.db.selectFrom('org_unit').select('unit_id').where('unit_id', '=', unitId).executeTakeFirst(), undefined);
    const count = await withTenant(database.db, randers.tenantId, (trx) => trx.selectFrom('org_unit').select('unit_id').execute());
    assert.ok(count.length > 0, 'the next transaction on the pool works');
  });

  test('outside a tenant transaction the entry is written at once', async () => {
    const requestId = newId();
    await database.db.transaction().execute(async (trx) => {
      await recordAudit({ trx, tenantId: randers.tenantId, actor, requestId, now: new Date() }, { action: 'tenant.created', resourceType: 'tenant', purpose: 'operations', outcome: 'allowed' });
      assert.equal((await trx.selectFrom('audit_event').select('seq').where('request_id', '=', requestId).execute()).length, 1);
    });
  });
});
