import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../src/platform/db/connect.js';
import type { LoadResult } from './drive-load.js';
import type { ScenarioTarget } from './scenarios.js';

export interface ScenarioResult extends LoadResult {
  scenario: string;
  engine: Engine;
  connections: number;
  target: ScenarioTarget | null;
  targetMet: boolean;
}

export function targetMet(result: LoadResult, target: ScenarioTarget | null): boolean {
  if (result.errors > 0) return false;
  if (!target) return true;
  if (target.minRequestsPerSecond !== undefined && result.requestsPerSecond < target.minRequestsPerSecond) return false;
  if (target.maxP50Ms !== undefined && result.latencyMs.p50 > target.maxP50Ms) return false;
  return target.maxP99Ms === undefined || result.latencyMs.p99 <= target.maxP99Ms;
}

function describeTarget(target: ScenarioTarget | null): string {
  const parts = ['0 errors'];
  if (target?.minRequestsPerSecond !== undefined) parts.unshift(`≥ ${target.minRequestsPerSecond} req/s`);
  if (target?.maxP50Ms !== undefined) parts.splice(parts.length - 1, 0, `p50 ≤ ${target.maxP50Ms.toLocaleString('en-US')} ms`);
  if (target?.maxP99Ms !== undefined) parts.splice(parts.length - 1, 0, `p99 ≤ ${target.maxP99Ms} ms`);
  return parts.join(', ');
}

export function printTable(results: readonly ScenarioResult[]): void {
  const header = ['scenario', 'engine', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'target'];
  const rows = results.map((r) => [
    r.scenario,
    r.engine,
    String(r.connections),
    r.requestsPerSecond.toLocaleString('en-US'),
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    String(r.errors),
    `${r.targetMet ? 'met' : 'MISSED'} (${describeTarget(r.target)})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7]);
  const line = (cells: string[]) => cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

/** Adds this run to bench/results/<date>.json, keeping the runs already recorded that day. */
export function appendResults(resultsDir: string, run: Record<string, unknown>): string {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${new Date().toISOString().slice(0, 10)}.json`);
  const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { runs?: unknown[] }) : {};
  const runs = [...(existing.runs ?? []), run];
  // Written beside and renamed, so an interrupted run never leaves half a file (*.tmp is git-ignored).
  writeFileSync(`${path}.tmp`, JSON.stringify({ runs }, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
  return path;
}
