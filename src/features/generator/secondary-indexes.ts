import { sql, type Kysely } from 'kysely';

interface IndexDefinition {
  name: string;
  definition: string;
}

/**
 * Runs `work` with the table's secondary indexes dropped and rebuilds them afterwards (also when the
 * work fails), from their definitions as the catalogue holds them, so they come back exactly as the
 * migrations made them. Building an index once over ten million sorted rows is much faster than
 * updating it ten million times. Indexes behind constraints (the primary key) stay.
 */
export async function withoutSecondaryIndexes<T>(
  db: Kysely<any>,
  table: string,
  sortMemory: string,
  work: () => Promise<T>,
  onRebuilt: (name: string, seconds: number) => void,
): Promise<T> {
  const { rows } = await sql<IndexDefinition>`
    SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = i.schemaname)
    WHERE i.schemaname = current_schema() AND i.tablename = ${table}
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
    ORDER BY i.indexname`.execute(db);
  for (const index of rows) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  try {
    return await work();
  } finally {
    // One pinned connection, so the session's sort memory applies to the builds.
    await db.connection().execute(async (connection) => {
      await sql.raw(`SET maintenance_work_mem = '${sortMemory}'`).execute(connection);
      for (const index of rows) {
        const started = Date.now();
        await sql.raw(index.definition).execute(connection);
        onRebuilt(index.name, (Date.now() - started) / 1000);
      }
      await sql`RESET maintenance_work_mem`.execute(connection);
    });
  }
}
