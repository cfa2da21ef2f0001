import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connectDatabase } from '../src/platform/db/connect.js';
import { migrate } from '../src/platform/db/migrate.js';
import { newId } from '../src/platform/ids.js';
import { syntheticHsdsPage } from './hsds-synthetic.js';
import { machineInfo } from './machine-info.js';

/**
 * `npm run bench:import`: writes a synthetic HSDS file of N services (default 10,000; bench/hsds-synthetic.ts) and
 * times `mestring import hsds` of it on a fresh PostgreSQL database and on a fresh PGlite directory. The import
 * runs as the real command in a process of its own; the time is the command's from start to exit, and the time
 * the command reports for reading, validating and writing. Results go to bench/results/<date>-hsds-import.json.
 * The target: 10,000 services in at most 20 s on PostgreSQL.
 */

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    services: { type: 'string', default: process.env.BENCH_SERVICES ?? '10000' },
    seed: { type: 'string', default: process.env.BENCH_SEED ?? '1' },
    engines: { type: 'string', default: process.env.BENCH_ENGINES ?? 'postgres,pglite' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const services = Number(values.services);
const seed = Number(values.seed);
if (!Number.isInteger(services) || services < 1 || !Number.isInteger(seed) || seed < 0) throw new Error('--services must be a whole number from 1 up, --seed from 0 up');
const engines = values.engines!.split(',').map((e) => e.trim());

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mestring-bench-hsds-'));
const file = join(work, `hsds-${services}-seed${seed}.json`);
writeFileSync(file, JSON.stringify(syntheticHsdsPage(services, seed)));
const fileBytes = statSync(file).size;
console.log(`wrote ${file}: ${services.toLocaleString('en-US')} services, ${(fileBytes / 2 ** 20).toFixed(1)} MiB`);

/** Runs `mestring import hsds` and returns its wall time and the time it reports for the import itself. */
function runImport(env: Record<string, string>): Promise<{ seconds: number; reportedSeconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', 'hsds', file, '--municipality', 'bench'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const reported = /in ([\d.]+) s:/.exec(output);
      if (code !== 0 || !reported) reject(new Error(`mestring import hsds exited with ${code}:\n${output}`));
      else resolve({ seconds, reportedSeconds: Number(reported[1]), output: output.trim() });
    });
  });
}

async function createBenchTenant(databaseUrl: string | undefined, dataDir: string): Promise<void> {
  const handle = await connectDatabase({ databaseUrl, dataDir });
  try {
    await migrate(handle.db);
    await handle.db.insertInto('tenant').values({ tenant_id: newId(), slug: 'bench', name: 'Bench Kommune', settings: '{}' }).execute();
  } finally {
    await handle.close();
  }
}

const runs: Array<Record<string, unknown>> = [];
for (const engine of engines) {
  let env: Record<string, string>;
  let cleanup = async () => {};
  if (engine === 'postgres') {
    const name = 'mestring_bench_hsds_import';
    const admin = new pg.Client({ connectionString: values['postgres-url'] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(values['postgres-url']!);
    url.pathname = `/${name}`;
    await createBenchTenant(url.toString(), '');
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else if (engine === 'pglite') {
    const dataDir = join(work, 'pglite');
    mkdirSync(dataDir);
    await createBenchTenant(undefined, dataDir);
    env = { MESTRING_DATA_DIR: dataDir };
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  try {
    const result = await runImport(env);
    const run = {
      engine,
      services,
      seed,
      fileMiB: Math.round((fileBytes / 2 ** 20) * 10) / 10,
      commandSeconds: Math.round(result.seconds * 100) / 100,
      importSeconds: result.reportedSeconds,
      servicesPerSecond: Math.round(services / result.reportedSeconds),
      targetMet: engine === 'postgres' ? result.seconds <= 20 : undefined,
      output: result.output,
    };
    console.log(`${engine}: ${run.commandSeconds} s for the command, ${run.importSeconds} s for the import, ${run.servicesPerSecond.toLocaleString('en-US')} services/s`);
    runs.push(run);
  } finally {
    await cleanup();
  }
}
rmSync(work, { recursive: true, force: true });

const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const path = join(resultsDir, `${new Date().toISOString().slice(0, 10)}-hsds-import.json`);
const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { runs?: unknown[] }) : {};
// Written beside and renamed, so an interrupted run never leaves half a file.
writeFileSync(`${path}.tmp`, JSON.stringify({ runs: [...(existing.runs ?? []), { at: new Date().toISOString(), machine: machineInfo(), results: runs }] }, null, 2) + '\n');
renameSync(`${path}.tmp`, path);
console.log(`results added to ${path}`);
