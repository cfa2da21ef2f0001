import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * A database server that closes idle connections (a restart, a failover, an administrator) must not stop the
 * process: the pool drops the connection and the next query gets a new one. Only on PostgreSQL, which has a pool.
 */
if ((process.env.MESTRING_TEST_ENGINE ?? 'pglite') === 'postgres') {
  describe('losing idle database connections', () => {
    let database: DatabaseHandle;
    let cleanup: () => Promise<void>;
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => void uncaught.push(error);

    before(async () => {
      ({ handle: database, cleanup } = await createTestDatabase());
      process.on('uncaughtException', onUncaught);
    });
    after(async () => {
      process.off('uncaughtException', onUncaught);
      await cleanup();
    });

    test('the server terminating every idle connection is survived, and the next query works', async () => {
      // Open a few pooled connections, leave them idle, and have the server end one of them.
      await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.05)`.execute(database.db)));
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db);
      const killer = await createTestDatabase();
      try {
        await sql`SELECT pg_terminate_backend(${rows[0]!.pid})`.execute(killer.handle.db);
      } finally {
        await killer.cleanup();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(uncaught, [], 'no uncaught exception');
      const again = await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db);
      assert.equal(again.rows[0]!.one, 1);
    });
  });
}
