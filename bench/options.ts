import { parseArgs } from 'node:util';
import type { Engine } from '../src/platform/db/connect.js';

export interface BenchOptions {
  engines: Engine[];
  scale: number;
  seed: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Concurrent connections for every scenario; null: each scenario's own default (32 unless it says otherwise). */
  connections: number | null;
  /** Scenario names to run; empty for all. */
  scenarios: string[];
  /** A PostgreSQL URL of the server to benchmark on: its database is used only to create and drop the bench databases. */
  postgresUrl: string;
  /** Regenerate even when a prepared database of the same scale and seed exists. */
  fresh: boolean;
}

const usage = `npm run bench -- [options]   (each option also as an environment variable)
  --engines postgres,pglite   BENCH_ENGINES      engines to run, default both
  --scale 1                   BENCH_SCALE        generated data size, 1 ≈ Randers over five years (10M audit rows)
  --seed 1                    BENCH_SEED         generator seed
  --duration 20               BENCH_DURATION     seconds measured per scenario
  --warmup 5                  BENCH_WARMUP       seconds of unmeasured load first
  --connections 32            BENCH_CONNECTIONS  concurrent connections, for every scenario (default: the
                                                 scenario's own, 32 for most, 1 for the finance reports)
  --scenarios me              BENCH_SCENARIOS    scenarios to run, default all
  --postgres-url URL          BENCH_POSTGRES_URL default postgres://postgres@127.0.0.1:5432/postgres
  --fresh                     BENCH_FRESH=1      regenerate the prepared databases`;

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"\n\n${usage}`);
  return value;
}

export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      engines: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      scenarios: { type: 'string' },
      'postgres-url': { type: 'string' },
      fresh: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const list = (raw: string | undefined) => (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const engines = list(values.engines ?? env.BENCH_ENGINES ?? 'postgres,pglite');
  for (const engine of engines) if (engine !== 'postgres' && engine !== 'pglite') throw new Error(`unknown engine "${engine}"\n\n${usage}`);
  const seed = Number(values.seed ?? env.BENCH_SEED ?? '1');
  const warmupSeconds = Number(values.warmup ?? env.BENCH_WARMUP ?? '5');
  if (!Number.isFinite(warmupSeconds) || warmupSeconds < 0) throw new Error(`--warmup must be 0 or more seconds\n\n${usage}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number from 0 up\n\n${usage}`);
  return {
    engines: engines as Engine[],
    scale: positive('--scale', values.scale ?? env.BENCH_SCALE ?? '1'),
    seed,
    durationSeconds: positive('--duration', values.duration ?? env.BENCH_DURATION ?? '20'),
    warmupSeconds,
    connections: (values.connections ?? env.BENCH_CONNECTIONS) === undefined ? null : Math.round(positive('--connections', (values.connections ?? env.BENCH_CONNECTIONS)!)),
    scenarios: list(values.scenarios ?? env.BENCH_SCENARIOS),
    postgresUrl: values['postgres-url'] ?? env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    fresh: values.fresh ?? env.BENCH_FRESH === '1',
  };
}
