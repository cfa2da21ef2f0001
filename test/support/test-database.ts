import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../src/platform/db/connect.js';
import { migrate } from '../../src/platform/db/migrate.js';

/**
 * A fresh, migrated database of the engine under test (MESTRING_TEST_ENGINE=pglite|postgres):
 * a temporary PGlite directory, or a new PostgreSQL database dropped again by cleanup().
 */
export async function createTestDatabase(): Promise<{ handle: DatabaseHandle; cleanup(): Promise<void> }> {
  const engine = process.env.MESTRING_TEST_ENGINE ?? 'pglite';
  if (engine === 'postgres') {
    const baseUrl = process.env.MESTRING_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const name = `mestring_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const handle = await connectDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 5 });
    await migrate(handle.db);
    return {
      handle,
      async cleanup() {
        await handle.close();
        const dropper = new pg.Client({ connectionString: baseUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  if (engine !== 'pglite') throw new Error(`Unknown MESTRING_TEST_ENGINE ${engine}`);
  const dir = mkdtempSync(join(tmpdir(), 'mestring-test-'));
  const handle = await connectDatabase({ dataDir: dir });
  await migrate(handle.db);
  return {
    handle,
    async cleanup() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
