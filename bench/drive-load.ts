import autocannon from 'autocannon';
import type { ScenarioRequest } from './scenarios.js';

export interface LoadResult {
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Responses outside 2xx plus socket errors and timeouts. */
  errors: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Drives the server with autocannon and keeps every response time, because autocannon's own summary
 * has no 95th percentile and rounds to whole milliseconds.
 */
export async function driveLoad(baseUrl: string, request: ScenarioRequest, connections: number, durationSeconds: number): Promise<LoadResult> {
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  const { path, next } = request;
  // A request from `next` is remembered in the connection's context until its answer comes (one request at a time per
  // connection), so the scenario learns what each of its requests did.
  const dynamic: Partial<autocannon.Request> = next
    ? {
        setupRequest: (req: autocannon.Request, context: object) => {
          const planned = next();
          (context as { answered?: (status: number) => void }).answered = planned.answered;
          return { ...req, path: planned.path, ...(planned.body !== undefined && { body: planned.body }) };
        },
        onResponse: (status: number, _body: string, context: object) => (context as { answered?: (status: number) => void }).answered?.(status),
      }
    : typeof path === 'function'
      ? { setupRequest: (req: autocannon.Request) => ({ ...req, path: path() }) }
      : {};
  const options: autocannon.Options = {
    url: baseUrl,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: request.method,
        path: typeof path === 'string' ? path : '/',
        ...(request.headers && { headers: request.headers }),
        ...(request.body !== undefined && { body: request.body }),
        ...dynamic,
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
  const sorted = Float64Array.from(times).sort();
  const mean = times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : 0;
  return {
    durationSeconds: result.duration,
    requests: times.length,
    requestsPerSecond: Math.round(times.length / result.duration),
    latencyMs: { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)), max: round(sorted.at(-1) ?? 0), mean: round(mean) },
    errors: result.non2xx + result.errors + result.timeouts,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
