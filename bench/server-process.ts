import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_TIMEOUT_MS = 300_000;

/**
 * The seal interval the benchmarked server runs with: an hour, so the sealer's first run (a full sweep
 * over the whole log) and its later ticks fall outside the measurement. See README.md for why.
 */
export const BENCH_SEAL_INTERVAL_MS = 3_600_000;

/**
 * The public address the benchmarked server is configured with. A state-changing request must come from it (the
 * Origin check, http/origin-check.ts), and the port is only known when the server starts, after the scenarios are set up.
 */
export const BENCH_PUBLIC_URL = 'http://mestring-bench.localhost';

export interface RunningServer {
  baseUrl: string;
  logPath: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `mestring serve` as its own process, as an operator would, with the rate limiter opened up
 * (the load comes from one session, which would otherwise get 429s) and logging at warn, and waits
 * until /api/v1/health answers. Output goes to a log file under bench/.cache.
 */
export async function startServer(databaseEnv: Record<string, string>, logPath: string): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.MESTRING_DATA_DIR;
  Object.assign(env, databaseEnv, {
    PORT: String(port),
    HOST: '127.0.0.1',
    MESTRING_MODE: 'demo',
    LOG_LEVEL: 'warn',
    MESTRING_API_RATE_LIMIT: '1000000000',
    MESTRING_AUDIT_SEAL_INTERVAL_MS: String(BENCH_SEAL_INTERVAL_MS),
    MESTRING_PUBLIC_URL: BENCH_PUBLIC_URL,
  });
  const log = createWriteStream(logPath);
  // BENCH_SERVER_NODE_ARGS passes flags to the server's node, e.g. --cpu-prof to see where its time goes.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(killer);
    }
    log.end();
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with code ${child.exitCode} before it answered; its log (${logPath}):\n${readFileSync(logPath, 'utf8').slice(-3000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return { baseUrl, logPath, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer /api/v1/health within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logPath}`);
}
