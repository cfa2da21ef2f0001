import pg from 'pg';
import { openPgCopyLoader } from '../src/features/generator/pg-copy-loader.js';
import { connectDatabase } from '../src/platform/db/connect.js';
import { migrate } from '../src/platform/db/migrate.js';
import { generationFingerprint, parseMarker, scaleTag } from './generation-marker.js';
import type { BenchOptions } from './options.js';
import { finishPreparation, generateBenchData, type PreparedDatabase } from './prepared-database.js';
import type { Scenario } from './scenarios.js';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A database of its own per scale and seed (mestring_bench_<scale>_seed<seed>), so the full-size one
 * survives a quick small run. Its generation marker is the database's comment.
 */
export async function preparePostgres(options: BenchOptions, selected: readonly Scenario[]): Promise<PreparedDatabase> {
  const name = `mestring_bench_${scaleTag(options.scale)}_seed${options.seed}`;
  const url = withDatabase(options.postgresUrl, name);
  const admin = new pg.Client({ connectionString: options.postgresUrl });
  await admin.connect();
  try {
    const existing = await admin.query<{ marker: string | null }>('SELECT shobj_description(oid, $2) AS marker FROM pg_database WHERE datname = $1', [name, 'pg_database']);
    let marker = parseMarker(existing.rows[0]?.marker);
    const reused = !options.fresh && marker?.fingerprint === generationFingerprint(options.scale, options.seed);
    if (!reused) {
      console.log(`postgres: creating database ${name}`);
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    } else {
      console.log(`postgres: reusing database ${name} (generated ${marker!.generatedAt})`);
    }
    const handle = await connectDatabase({ databaseUrl: url, dataDir: '' });
    try {
      await migrate(handle.db);
      if (!reused) {
        const loader = await openPgCopyLoader(url);
        try {
          marker = await generateBenchData(handle, loader, options);
        } finally {
          await loader.close();
        }
        await admin.query(`COMMENT ON DATABASE ${admin.escapeIdentifier(name)} IS ${admin.escapeLiteral(JSON.stringify(marker))}`);
      }
      return await finishPreparation(handle, { location: name, serverEnv: { DATABASE_URL: url }, marker: marker!, reused }, selected, options);
    } finally {
      await handle.close();
    }
  } finally {
    await admin.end();
  }
}
