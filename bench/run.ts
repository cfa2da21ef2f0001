import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/platform/db/connect.js';
import { driveLoad } from './drive-load.js';
import { machineInfo } from './machine-info.js';
import { parseBenchOptions, type BenchOptions } from './options.js';
import { preparePglite } from './prepare-pglite.js';
import { preparePostgres } from './prepare-postgres.js';
import type { PreparedDatabase } from './prepared-database.js';
import { appendResults, printTable, targetMet, type ScenarioResult } from './report.js';
import { connectionsFor, scenarios, type Scenario, type ScenarioRequest } from './scenarios.js';
import { BENCH_SEAL_INTERVAL_MS, startServer } from './server-process.js';

/**
 * `npm run bench`: for each engine, prepare (or reuse) a database with generated data, start the server
 * as a separate process, drive every scenario from this process with autocannon, then print a table and
 * add the run to bench/results/<date>.json. A benchmark, not a test: it reports targets, never fails on them.
 */
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = join(benchDir, '.cache');

const SEALER_NOTE =
  `The server runs with MESTRING_AUDIT_SEAL_INTERVAL_MS=${BENCH_SEAL_INTERVAL_MS}: the sealer's first run is a full sweep over ` +
  'the whole log, which on ten million rows takes tens of seconds even when everything is sealed, and it would land inside the ' +
  'measurement. The generated rows are left unsealed; GET /api/v1/me never reads audit_seal. So the steady-state cost of sealing ' +
  'the new entries every two seconds is not included in these numbers.';

async function firstResponseOk(baseUrl: string, request: ScenarioRequest): Promise<void> {
  const planned = request.next?.();
  const path = planned?.path ?? (typeof request.path === 'string' ? request.path : request.path());
  const body = planned ? planned.body : request.body;
  const response = await fetch(baseUrl + path, { method: request.method, ...(request.headers && { headers: request.headers }), ...(body !== undefined && { body }) });
  planned?.answered?.(response.status);
  if (!response.ok) throw new Error(`${request.method} ${path} answered ${response.status} before the load started: ${(await response.text()).slice(0, 500)}`);
}

function serverLogProblems(logPath: string): string[] {
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => {
      try {
        return (JSON.parse(line) as { level?: number }).level! >= 40;
      } catch {
        return true;
      }
    });
}

async function prepare(engine: Engine, options: BenchOptions, selected: readonly Scenario[]): Promise<PreparedDatabase> {
  return engine === 'postgres' ? preparePostgres(options, selected) : preparePglite(options, cacheDir, selected);
}

async function benchEngine(engine: Engine, options: BenchOptions, selected: readonly Scenario[]) {
  const preparedAt = Date.now();
  const prepared = await prepare(engine, options, selected);
  const prepareSeconds = (Date.now() - preparedAt) / 1000;
  console.log(`${engine}: ${prepared.engineVersion}; ${prepared.rows.tenantUsers} users and ${prepared.rows.tenantAuditEvents.toLocaleString('en-US')} audit events in the bench municipality (prepared in ${prepareSeconds.toFixed(1)} s)`);

  const logPath = join(cacheDir, `server-${engine}.log`);
  const server = await startServer(prepared.serverEnv, logPath);
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of selected) {
      const request = prepared.requests.get(scenario.name)!;
      const connections = connectionsFor(scenario, options.connections);
      await firstResponseOk(server.baseUrl, request);
      if (options.warmupSeconds > 0) {
        console.log(`${engine}/${scenario.name}: warming up for ${options.warmupSeconds} s`);
        await driveLoad(server.baseUrl, request, connections, options.warmupSeconds);
      }
      console.log(`${engine}/${scenario.name}: measuring for ${options.durationSeconds} s at ${connections} connection${connections === 1 ? '' : 's'}`);
      const load = await driveLoad(server.baseUrl, request, connections, options.durationSeconds);
      const target = scenario.targets?.[engine] ?? null;
      results.push({ scenario: scenario.name, engine, connections, ...load, target, targetMet: targetMet(load, target) });
    }
  } finally {
    await server.stop();
  }
  const problems = serverLogProblems(logPath);
  if (problems.length > 0) console.log(`${engine}: the server logged ${problems.length} warnings or errors, first: ${problems[0]!.slice(0, 300)} (all in ${logPath})`);

  const { marker } = prepared;
  return {
    results,
    engine: {
      version: prepared.engineVersion,
      location: prepared.location,
      prepareSeconds,
      generation: { reused: prepared.reused, generatedAt: marker.generatedAt, seed: marker.seed, scale: marker.scale, loader: marker.report.loader, seconds: marker.report.seconds },
      rows: { ...marker.report.rows, ...prepared.rows },
      serverLogProblems: problems.length,
    },
  };
}

const options = parseBenchOptions(process.argv.slice(2), process.env);
const selected = options.scenarios.length > 0 ? scenarios.filter((s) => options.scenarios.includes(s.name)) : scenarios;
if (selected.length === 0) throw new Error(`no scenario named ${options.scenarios.join(', ')}; there are: ${scenarios.map((s) => s.name).join(', ')}`);
mkdirSync(cacheDir, { recursive: true });

const startedAt = new Date().toISOString();
const machine = machineInfo();
const results: ScenarioResult[] = [];
const engines: Record<string, unknown> = {};
let failed = false;
for (const engine of options.engines) {
  try {
    const outcome = await benchEngine(engine, options, selected);
    results.push(...outcome.results);
    engines[engine] = outcome.engine;
  } catch (error) {
    failed = true;
    console.error(`${engine}: the benchmark could not run: ${(error as Error).stack ?? String(error)}`);
    engines[engine] = { failed: (error as Error).message };
  }
}

printTable(results);
const path = appendResults(join(benchDir, 'results'), {
  startedAt,
  finishedAt: new Date().toISOString(),
  options: { engines: options.engines, scale: options.scale, seed: options.seed, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, connections: options.connections },
  machine,
  sealer: SEALER_NOTE,
  scenarios: selected.map((s) => ({ name: s.name, description: s.description })),
  engines,
  results,
});
console.log(`Results added to ${path}`);
process.exitCode = failed ? 1 : 0;
