import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { insertBatchLoader } from '../src/features/generator/insert-batch-loader.js';
import { connectDatabase } from '../src/platform/db/connect.js';
import { migrate } from '../src/platform/db/migrate.js';
import { generationFingerprint, parseMarker, scaleTag } from './generation-marker.js';
import type { BenchOptions } from './options.js';
import { finishPreparation, generateBenchData, type PreparedDatabase } from './prepared-database.js';
import type { Scenario } from './scenarios.js';

const pgliteVersion = (JSON.parse(readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * A data directory per scale and seed under bench/.cache (git-ignored), with the generation marker in
 * bench-marker.json beside the database. The server later opens the same directory as MESTRING_DATA_DIR.
 */
export async function preparePglite(options: BenchOptions, cacheDir: string, selected: readonly Scenario[]): Promise<PreparedDatabase> {
  const dataDir = join(cacheDir, `pglite-${scaleTag(options.scale)}-seed${options.seed}`);
  const markerPath = join(dataDir, 'bench-marker.json');
  let marker = parseMarker(existsSync(markerPath) ? readFileSync(markerPath, 'utf8') : null);
  const reused = !options.fresh && marker?.fingerprint === generationFingerprint(options.scale, options.seed);
  if (!reused) {
    console.log(`pglite: creating ${dataDir}`);
    rmSync(dataDir, { recursive: true, force: true });
  } else {
    console.log(`pglite: reusing ${dataDir} (generated ${marker!.generatedAt})`);
  }
  const handle = await connectDatabase({ dataDir });
  try {
    await migrate(handle.db);
    if (!reused) {
      marker = await generateBenchData(handle, insertBatchLoader(handle.db), options);
      writeFileSync(markerPath, JSON.stringify(marker, null, 2));
    }
    // The results file names the directory relative to the project, not the machine it ran on.
    const prepared = await finishPreparation(handle, { location: relative(process.cwd(), dataDir), serverEnv: { MESTRING_DATA_DIR: dataDir }, marker: marker!, reused }, selected, options);
    return { ...prepared, engineVersion: `PGlite ${pgliteVersion} (PostgreSQL ${prepared.engineVersion})` };
  } finally {
    await handle.close();
  }
}
