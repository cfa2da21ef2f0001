import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import type { Database } from './schema.js';
import { PreparingClient } from './prepared-statements.js';
import { installTypeParsers } from './type-parsers.js';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, otherwise embedded PGlite in
 * `<dataDir>/pgdata`. Both go through Kysely's PostgreSQL dialect, so there is one SQL dialect and
 * one code path; PGlite is reached through its node-postgres adapter on a single connection.
 */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  installTypeParsers();
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, Client: PreparingClient });
    // An idle connection that the server closes (a restart, a failover, an administrator) is dropped from the
    // pool and replaced on the next checkout. Without a listener, pg would raise it as an uncaught exception
    // and stop the whole process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const unlock = lockDataDir(options.dataDir);
  try {
    // pg_trgm (typo-tolerant offer search) is built into PGlite but loaded only when asked for.
    const lite = await PGlite.create(join(options.dataDir, 'pgdata'), { extensions: { pg_trgm } });
    const pool = new pg.Pool({ ...(createPgConfig(lite) as unknown as pg.PoolConfig), max: 1, Client: PreparingClient });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        await lite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
