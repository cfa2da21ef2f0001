import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { assertProblem, demoIds, engine } from '../support/platform-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * "The municipality must keep at least one administrator" under concurrency. Only on PostgreSQL: PGlite has a
 * single connection, so its transactions never overlap.
 */

if (engine === 'postgres') {
  describe('two administrators removing each other at the same moment', () => {
    let t: TestApp;

    before(async () => {
      t = await createTestApp();
    });

    after(async () => {
      await t?.close();
    });

    test('at most one succeeds, and the municipality keeps an administrator', async () => {
      const ids = await demoIds(t.database);
      const lars = await t.loginAs('lars');
      const mette = await t.loginAs('mette');
      const grant = await t.request(lars, { method: 'PUT', url: `/api/v1/admin/users/${mette.userId}/roles`, payload: { roles: ['admin'] } });
      assert.equal(grant.statusCode, 200, grant.body);

      // Hold back every write to role_grant (reads still pass) until both requests have checked the admin count and
      // wait to write: the interleaving that a busy server produces by chance, made certain.
      const results = await t.database.db.connection().execute(async (holder) => {
        await sql`BEGIN`.execute(holder);
        await sql`LOCK TABLE role_grant IN EXCLUSIVE MODE`.execute(holder);
        const both = Promise.all([
          t.request(lars, { method: 'PUT', url: `/api/v1/admin/users/${mette.userId}/roles`, payload: { roles: ['case-officer'] } }),
          t.request(mette, { method: 'PUT', url: `/api/v1/admin/users/${lars.userId}/roles`, payload: { roles: ['support-worker'] } }),
        ]);
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline) {
          const waiting = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.database.db);
          if (Number(waiting.rows[0]!.n) >= 2) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await sql`COMMIT`.execute(holder);
        return both;
      });

      const admins = await t.database.db
        .selectFrom('role_grant as g')
        .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.user_id', '=', 'g.user_id'))
        .select('g.user_id')
        .where('g.tenant_id', '=', ids.tenant('randers'))
        .where('g.role', '=', 'admin')
        .where('u.active', '=', true)
        .execute();
      assert.ok(admins.length >= 1, `randers has ${admins.length} administrators left; answers were ${results.map((r) => r.statusCode).join(' and ')}`);
      const succeeded = results.filter((r) => r.statusCode === 200);
      assert.equal(succeeded.length, 1, 'exactly one removal goes through');
      assertProblem(results.find((r) => r.statusCode !== 200)!, 409, 'conflict');
    });
  });
}
