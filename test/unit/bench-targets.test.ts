import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LoadResult } from '../../bench/drive-load.js';
import { parseBenchOptions } from '../../bench/options.js';
import { targetMet } from '../../bench/report.js';
import { connectionsFor, DEFAULT_CONNECTIONS, scenarios, type ScenarioTarget } from '../../bench/scenarios.js';

/** The benchmark's verdicts: a median target for the finance reports, and who decides how many connections a scenario gets. */

const load = (p50: number, p99: number, requestsPerSecond = 10, errors = 0): LoadResult => ({
  durationSeconds: 20, requests: requestsPerSecond * 20, requestsPerSecond, latencyMs: { p50, p95: p99, p99, max: p99, mean: p50 },
  errors, non2xx: errors, socketErrors: 0, timeouts: 0, statusCodes: { 200: requestsPerSecond * 20 - errors },
});

test('a target is met only when every part of it is', () => {
  const cases: [string, LoadResult, ScenarioTarget | null, boolean][] = [
    ['median under the limit', load(280, 900), { maxP50Ms: 300 }, true],
    ['median exactly at the limit', load(300, 900), { maxP50Ms: 300 }, true],
    ['median over the limit', load(300.5, 310), { maxP50Ms: 300 }, false],
    ['median met, p99 missed', load(20, 60), { maxP50Ms: 300, maxP99Ms: 50 }, false],
    ['throughput missed', load(5, 10, 400), { minRequestsPerSecond: 500 }, false],
    ['no target, no errors', load(5000, 9000), null, true],
    ['an error misses any target', load(5, 10, 10, 1), { maxP50Ms: 300 }, false],
  ];
  for (const [name, result, target, met] of cases) assert.equal(targetMet(result, target), met, name);
});

test('connections: --connections for every scenario, else the scenario\'s own, else the default', () => {
  assert.equal(connectionsFor({ connections: 1 }, null), 1);
  assert.equal(connectionsFor({}, null), DEFAULT_CONNECTIONS);
  assert.equal(connectionsFor({ connections: 1 }, 8), 8);
  assert.equal(connectionsFor({}, 8), 8);
  assert.equal(parseBenchOptions([], {}).connections, null);
  assert.equal(parseBenchOptions(['--connections', '4'], {}).connections, 4);
  assert.equal(parseBenchOptions([], { BENCH_CONNECTIONS: '2' }).connections, 2);
  assert.throws(() => parseBenchOptions(['--connections', '0'], {}), /--connections must be a positive number/);
});

test('the finance reports are measured one request at a time against their medians on PostgreSQL', () => {
  const finance = Object.fromEntries(scenarios.filter((s) => ['expensive-cases', 'committee-status', 'committee-pdf'].includes(s.name)).map((s) => [s.name, s]));
  assert.deepEqual(
    Object.fromEntries(Object.entries(finance).map(([name, s]) => [name, { connections: s.connections, target: s.targets?.postgres }])),
    {
      'expensive-cases': { connections: 1, target: { maxP50Ms: 300 } },
      'committee-status': { connections: 1, target: { maxP50Ms: 500 } },
      'committee-pdf': { connections: 1, target: { maxP50Ms: 3000 } },
    },
  );
  assert.equal(connectionsFor(scenarios.find((s) => s.name === 'me')!, null), DEFAULT_CONNECTIONS, 'the load scenarios keep 32');
});
