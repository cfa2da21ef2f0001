#!/usr/bin/env node
// Runs the whole suite: pure tests, the integration tests once per database engine, then the browser tests.
// In CI (CI=true) PostgreSQL and Chromium are required: a missing one fails the run instead of skipping.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const tiers = process.argv.slice(2);
const wanted = tiers.length > 0 ? tiers : ['unit', 'integration', 'e2e'];
const postgresUrl = process.env.MESTRING_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  }).sort();
}

let failed = false;
let passed = 0;
let failedCount = 0;
function run(label, files, env = {}) {
  if (files.length === 0) return;
  console.log(`\n=== ${label} (${files.length} files) ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  const pass = /ℹ pass (\d+)/.exec(result.stdout ?? '');
  const fail = /ℹ fail (\d+)/.exec(result.stdout ?? '');
  passed += pass ? Number(pass[1]) : 0;
  failedCount += fail ? Number(fail[1]) : 0;
  if (result.status !== 0) failed = true;
}

if (wanted.includes('unit')) run('pure tests', testFiles('test/unit'));
if (wanted.includes('integration')) {
  const files = testFiles('test/integration');
  run('integration on PGlite', files, { MESTRING_TEST_ENGINE: 'pglite' });
  run('integration on PostgreSQL', files, { MESTRING_TEST_ENGINE: 'postgres', MESTRING_TEST_POSTGRES_URL: postgresUrl });
}
if (wanted.includes('e2e')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) failed = true;
  else run('end-to-end in Chromium', testFiles('test/e2e'));
}
console.log(`\n${passed} passed, ${failedCount} failed`);
process.exit(failed ? 1 : 0);
