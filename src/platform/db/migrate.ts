import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface MigrationResult {
  applied: string[];
}

/**
 * Forward-only migrations: every `NNNN_name.sql` file not yet recorded runs once, in name order, each in
 * its own transaction. A transaction-level advisory lock keeps two starting servers from racing.
 */
export async function migrate(db: Kysely<any>): Promise<MigrationResult> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const files = readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(7411230)`.execute(trx);
      const existing = await sql<{ name: string }>`SELECT name FROM schema_migration WHERE name = ${file}`.execute(trx);
      if (existing.rows.length > 0) return false;
      await sql.raw(readFileSync(migrationsDir + file, 'utf8')).execute(trx);
      await sql`INSERT INTO schema_migration (name) VALUES (${file})`.execute(trx);
      return true;
    });
    if (done) applied.push(file);
  }
  return { applied };
}
