import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { startSession } from '../../src/features/auth/start-session.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { Database } from '../../src/platform/db/schema.js';
import { withTenant, type Tx } from '../../src/platform/db/tenant-transaction.js';
import { newId } from '../../src/platform/ids.js';
import { countRows, demoIds } from '../support/platform-helpers.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * Row-level security on its own keeps municipalities apart: every query below runs inside withTenant as the
 * application role and deliberately has no tenant filter.
 */

let handle: DatabaseHandle;
let cleanup: () => Promise<void>;
let randers: string;
let soeby: string;
let db: Kysely<Database>;

/** The tables the demo data and the sessions below fill; the schema check at the end covers every tenant table. */
const filledTables = ['tenant', 'org_unit', 'app_user', 'role_grant', 'session', 'audit_event'] as const;

/** Runs work as the app role in randers, then rolls back, so a test can look without leaving anything behind. */
class Rollback extends Error {}
async function inRandersThenRollBack<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await withTenant(db, randers, async (trx) => {
    result = await work(trx);
    throw new Rollback();
  }).catch((error) => {
    if (!(error instanceof Rollback)) throw error;
  });
  return result as T;
}

before(async () => {
  ({ handle, cleanup } = await createTestDatabase());
  db = handle.db;
  await loadDemoMunicipalities(db);
  const ids = await demoIds(handle);
  randers = ids.tenant('randers');
  soeby = ids.tenant('soeby');
  // Sessions (and their session.create audit entries) in both municipalities.
  const policy = { idleMinutes: 30, absoluteHours: 12 };
  for (const persona of ['lars', 'mette', 'soeby-rasmus', 'soeby-camilla']) {
    const tenantId = persona.startsWith('soeby') ? soeby : randers;
    await startSession(db, { tenantId, userId: ids.user(persona), method: 'demo', now: new Date(), policy, requestId: newId() });
  }
  for (const table of ['org_unit', 'app_user', 'role_grant', 'session', 'audit_event']) {
    assert.ok((await countRows(handle, table, randers)) > 0, `randers has ${table} rows`);
    assert.ok((await countRows(handle, table, soeby)) > 0, `soeby has ${table} rows, so hiding them means something`);
  }
});

after(async () => {
  await cleanup?.();
});

describe('inside withTenant(randers), queries without a tenant filter', () => {
  for (const table of ['org_unit', 'app_user', 'role_grant', 'session', 'audit_event', 'tenant'] as const) {
    test(`SELECT * FROM ${table} sees exactly the randers rows`, async () => {
      const rows = await inRandersThenRollBack(async (trx) => (await sql<{ tenant_id: string }>`SELECT * FROM ${sql.table(table)}`.execute(trx)).rows);
      assert.equal(rows.length, await countRows(handle, table, randers));
      assert.ok(rows.length > 0);
      assert.ok(rows.every((r) => r.tenant_id === randers));
    });
  }

  test('joins and counts see only randers too', async () => {
    const result = await inRandersThenRollBack(async (trx) =>
      trx
        .selectFrom('app_user as u')
        .innerJoin('tenant as t', 't.tenant_id', 'u.tenant_id')
        .select(['t.slug'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .groupBy('t.slug')
        .execute(),
    );
    assert.deepEqual(result.map((r) => r.slug), ['randers']);
    assert.equal(Number(result[0]!.n), await countRows(handle, 'app_user', randers));
  });

  test('UPDATE org_unit without a filter changes only randers rows', async () => {
    const soebyBefore = await db.selectFrom('org_unit').selectAll().where('tenant_id', '=', soeby).orderBy('unit_id').execute();
    const randersCount = await countRows(handle, 'org_unit', randers);
    const updated = await withTenant(db, randers, async (trx) => {
      const result = await trx.updateTable('org_unit').set({ phone: '00 00 00 00' }).executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
    assert.equal(updated, randersCount);
    const randersPhones = await db.selectFrom('org_unit').select('phone').where('tenant_id', '=', randers).execute();
    assert.ok(randersPhones.every((r) => r.phone === '00 00 00 00'));
    assert.deepEqual(await db.selectFrom('org_unit').selectAll().where('tenant_id', '=', soeby).orderBy('unit_id').execute(), soebyBefore);
  });

  test('an UPDATE that moves a row to the other tenant is refused', async () => {
    await assert.rejects(
      withTenant(db, randers, (trx) => trx.updateTable('org_unit').set({ tenant_id: soeby }).execute()),
      /row-level security/,
    );
    assert.equal(await countRows(handle, 'org_unit', randers) > 0, true);
  });

  test("an INSERT with the other tenant's id fails", async () => {
    const soebyUnits = await countRows(handle, 'org_unit', soeby);
    const now = new Date();
    await assert.rejects(
      withTenant(db, randers, (trx) =>
        trx.insertInto('org_unit').values({ tenant_id: soeby, unit_id: newId(), parent_unit_id: null, name: 'Indsmuglet', kind: 'centre', area: 'social', email: null, phone: null, created_at: now, updated_at: now }).execute(),
      ),
      /row-level security/,
    );
    await assert.rejects(
      withTenant(db, randers, (trx) =>
        trx.insertInto('audit_event').values({ tenant_id: soeby, occurred_at: now, actor_user_id: null, actor_role: null, actor_unit_id: null, action: 'forged', resource_type: 'x', resource_id: null, citizen_id: null, purpose: 'x', outcome: 'allowed', request_id: null, details: '{}' }).execute(),
      ),
      /row-level security/,
    );
    assert.equal(await countRows(handle, 'org_unit', soeby), soebyUnits);
    assert.equal((await db.selectFrom('audit_event').select('seq').where('action', '=', 'forged').execute()).length, 0);
  });

  test('an INSERT with its own tenant id works (the refusal above is about the tenant)', async () => {
    const now = new Date();
    const unitId = newId();
    await withTenant(db, randers, (trx) =>
      trx.insertInto('org_unit').values({ tenant_id: randers, unit_id: unitId, parent_unit_id: null, name: 'Lovlig', kind: 'centre', area: 'social', email: null, phone: null, created_at: now, updated_at: now }).execute(),
    );
    assert.equal((await db.selectFrom('org_unit').select('tenant_id').where('unit_id', '=', unitId).executeTakeFirstOrThrow()).tenant_id, randers);
  });

  test('DELETE without a filter removes only randers rows', async () => {
    const soebyUnits = await countRows(handle, 'org_unit', soeby);
    const soebyUsers = await countRows(handle, 'app_user', soeby);
    const soebySessions = await countRows(handle, 'session', soeby);
    const randersUnits = await countRows(handle, 'org_unit', randers);
    const randersUsers = await countRows(handle, 'app_user', randers);
    // Citizens first (they refer to users), then users (they refer to their units). Grants, sessions and
    // everything hanging off a citizen go with them (ON DELETE CASCADE).
    const deleted = await inRandersThenRollBack(async (trx) => {
      await trx.deleteFrom('citizen').execute();
      // The demo catalogue, the reception centres' visits, budgets, volunteering, peer-guide bookings and steering refer
      // to units or users too; they go first.
      const referring = [
        'reception_visit', 'offer_event', 'offer', 'location', 'organization', 'peer_guide_booking', 'volunteer_application', 'volunteer_opportunity',
        'budget_follow_up_line', 'centre_budget', 'status_report', 'hearing', 'focus_area_selection', 'strategy_activity', 'steering_body', 'strategy',
      ] as const;
      for (const table of referring) await trx.deleteFrom(table).execute();
      const users = Number((await trx.deleteFrom('app_user').executeTakeFirst()).numDeletedRows);
      const units = Number((await trx.deleteFrom('org_unit').executeTakeFirst()).numDeletedRows);
      // Back to the owner inside the same transaction, to see what the deletes did to the other tenant.
      await sql`RESET ROLE`.execute(trx);
      const soebyLeft = {
        units: Number((await sql<{ n: string }>`SELECT count(*) AS n FROM org_unit WHERE tenant_id = ${soeby}`.execute(trx)).rows[0]!.n),
        users: Number((await sql<{ n: string }>`SELECT count(*) AS n FROM app_user WHERE tenant_id = ${soeby}`.execute(trx)).rows[0]!.n),
        sessions: Number((await sql<{ n: string }>`SELECT count(*) AS n FROM session WHERE tenant_id = ${soeby}`.execute(trx)).rows[0]!.n),
        randersUnits: Number((await sql<{ n: string }>`SELECT count(*) AS n FROM org_unit WHERE tenant_id = ${randers}`.execute(trx)).rows[0]!.n),
      };
      return { users, units, soebyLeft };
    });
    assert.equal(deleted.users, randersUsers);
    assert.equal(deleted.units, randersUnits);
    assert.deepEqual(deleted.soebyLeft, { units: soebyUnits, users: soebyUsers, sessions: soebySessions, randersUnits: 0 });
    assert.equal(await countRows(handle, 'org_unit', randers), randersUnits, 'rolled back');
  });
});

describe('with no tenant set', () => {
  for (const table of filledTables) {
    test(`the app role sees no ${table} rows`, async () => {
      assert.ok((await countRows(handle, table)) > 0, `the owner sees ${table} rows`);
      const n = await db.transaction().execute(async (trx) => {
        await sql`SET LOCAL ROLE mestring_app`.execute(trx);
        return Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(trx)).rows[0]!.n);
      });
      assert.equal(n, 0);
    });
  }

  test('also on a connection that had a tenant set in an earlier transaction', async () => {
    // PGlite has one connection and PostgreSQL's pool reuses them: a SET LOCAL must not outlive its transaction.
    await withTenant(db, randers, (trx) => trx.selectFrom('org_unit').select('unit_id').execute());
    const seen = await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL ROLE mestring_app`.execute(trx);
      return (await sql<{ n: string }>`SELECT count(*) AS n FROM org_unit`.execute(trx)).rows[0]!.n;
    });
    assert.equal(Number(seen), 0);
  });

  test('the app role cannot insert', async () => {
    const now = new Date();
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await sql`SET LOCAL ROLE mestring_app`.execute(trx);
        await trx.insertInto('org_unit').values({ tenant_id: randers, unit_id: newId(), parent_unit_id: null, name: 'Uden kommune', kind: 'centre', area: 'social', email: null, phone: null, created_at: now, updated_at: now }).execute();
      }),
      /row-level security/,
    );
  });
});

describe('the audit log is append-only for the app role', () => {
  test('UPDATE audit_event is refused', async () => {
    await assert.rejects(withTenant(db, randers, (trx) => trx.updateTable('audit_event').set({ outcome: 'denied', action: 'rewritten' }).execute()), /permission denied/);
    assert.equal((await db.selectFrom('audit_event').select('seq').where('action', '=', 'rewritten').execute()).length, 0);
  });

  test('DELETE FROM audit_event is refused', async () => {
    const before = await countRows(handle, 'audit_event');
    await assert.rejects(withTenant(db, randers, (trx) => trx.deleteFrom('audit_event').execute()), /permission denied/);
    assert.equal(await countRows(handle, 'audit_event'), before);
  });

  test('TRUNCATE audit_event is refused', async () => {
    const before = await countRows(handle, 'audit_event');
    await assert.rejects(withTenant(db, randers, (trx) => sql`TRUNCATE audit_event`.execute(trx)), /permission denied/);
    assert.equal(await countRows(handle, 'audit_event'), before);
  });

  test('nor can it touch the seal chain or create municipalities', async () => {
    await assert.rejects(withTenant(db, randers, (trx) => sql`DELETE FROM audit_seal`.execute(trx)), /permission denied/);
    await assert.rejects(withTenant(db, randers, (trx) => sql`INSERT INTO tenant (tenant_id, slug, name) VALUES (${newId()}, 'snyd', 'Snyd')`.execute(trx)), /permission denied/);
  });

  test('while it can append in its own tenant', async () => {
    const before = await countRows(handle, 'audit_event', randers);
    await withTenant(db, randers, (trx) =>
      trx.insertInto('audit_event').values({ tenant_id: randers, occurred_at: new Date(), actor_user_id: null, actor_role: null, actor_unit_id: null, action: 'test.append', resource_type: 'x', resource_id: null, citizen_id: null, purpose: 'test', outcome: 'allowed', request_id: null, details: '{}' }).execute(),
    );
    assert.equal(await countRows(handle, 'audit_event', randers), before + 1);
  });
});

describe('the app role is really subject to row-level security', () => {
  test('mestring_app is not a superuser and does not bypass RLS, and every tenant table has RLS on', async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'mestring_app'`.execute(db);
    assert.deepEqual(role.rows, [{ rolsuper: false, rolbypassrls: false }]);
    const tables = await sql<{ relname: string; relrowsecurity: boolean }>`
      SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`.execute(db);
    assert.ok(tables.rows.length >= 11, tables.rows.map((r) => r.relname).join(', '));
    for (const row of tables.rows) assert.equal(row.relrowsecurity, true, `${row.relname} has row-level security enabled`);
  });
});
