import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { connectDatabase, type DatabaseHandle } from '../../src/platform/db/connect.js';
import { DataDirLockedError } from '../../src/platform/db/data-dir-lock.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { appOnDatabase, assertProblem, engine, type ExtraApp } from '../support/platform-helpers.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * Unexpected errors (answer and log), the data-directory lock, the production guard, and the API's own
 * description and health.
 */

const SECRET_SQL = "SELECT * FROM app_user WHERE display_name = 'Mikkel Andersen' AND cpr = '0101901234'";
const LEAK_MARKERS = ['SELECT', 'app_user', 'Mikkel', 'Andersen', '0101901234'];

/** Everything pino writes. The app cannot be given a log stream, but pino writes to process.stdout when it has been replaced. */
const logLines: Record<string, unknown>[] = [];
const rawLogLines: string[] = [];
const originalWrite = process.stdout.write;

let handle: DatabaseHandle;
let dataDir = '';
let dropDatabase: (() => Promise<void>) | undefined;
let closeDatabaseOnce: () => Promise<void>;
let t: ExtraApp;

function addTestRoutes(app: FastifyInstance) {
  const hidden = { schema: { hide: true } };
  app.get('/api/v1/test-only/explode', hidden, async () => {
    throw new Error(`query failed: ${SECRET_SQL}`);
  });
  app.get('/api/v1/test-only/explode-multiline', hidden, async () => {
    throw new Error(`query failed\n${SECRET_SQL}\nparameters: ['Mikkel Andersen']`);
  });
  app.get('/api/v1/test-only/explode-zod', hidden, async () => {
    // A contract check on stored data gone wrong: zod's message lists the issues, and with reportInput the values.
    z.object({ cpr: z.string().regex(/^\d{6}-\d{4}$/), name: z.number() }).parse({ cpr: '0101901234', name: 'Mikkel Andersen' }, { reportInput: true });
    return 'unreachable';
  });
}

function logsOf(requestId: string) {
  return logLines.filter((line) => line.reqId === requestId);
}

function assertNoLeak(text: string, where: string) {
  for (const marker of LEAK_MARKERS) assert.ok(!text.includes(marker), `${where} must not contain ${JSON.stringify(marker)}: ${text}`);
}

before(async () => {
  process.stdout.write = function captureLogs(chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && chunk.startsWith('{"level"')) {
      for (const line of chunk.split('\n').filter(Boolean)) {
        rawLogLines.push(line);
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
      return true;
    }
    return (originalWrite as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  } as typeof process.stdout.write;

  if (engine === 'pglite') {
    dataDir = mkdtempSync(join(tmpdir(), 'mestring-errors-'));
    handle = await connectDatabase({ dataDir });
    await migrate(handle.db);
  } else {
    const created = await createTestDatabase();
    handle = created.handle;
    dropDatabase = created.cleanup;
  }
  await loadDemoMunicipalities(handle.db);
  let closing: Promise<void> | undefined;
  const close = handle.close.bind(handle);
  closeDatabaseOnce = () => (closing ??= close());
  handle.close = closeDatabaseOnce;
  t = await appOnDatabase(handle, { LOG_LEVEL: 'info' }, { beforeReady: addTestRoutes });
});

after(async () => {
  await t?.close();
  if (dropDatabase) await dropDatabase();
  else await closeDatabaseOnce?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write = originalWrite;
});

describe('an unexpected error', () => {
  for (const [name, url] of [
    ['an error whose message quotes SQL and a name', '/api/v1/test-only/explode'],
    ['an error whose message spans several lines', '/api/v1/test-only/explode-multiline'],
    ['a zod error about personal data', '/api/v1/test-only/explode-zod'],
  ] as const) {
    test(`${name}: 500 problem+json with a request id, nothing else; the log has the request id, not the message`, async () => {
      const res = await t.request(null, { method: 'GET', url });
      const problem = assertProblem(res, 500, 'internal');
      assert.deepEqual(Object.keys(problem).sort(), ['code', 'requestId', 'status', 'title', 'type']);
      assertNoLeak(res.body, 'the response');
      assert.doesNotMatch(res.body, /\bat\s|\.ts\b|stack/i, 'no stack in the response');

      const lines = logsOf(problem.requestId);
      const errorLine = lines.find((line) => line.level === 50);
      assert.ok(errorLine, `an error is logged with the request id; captured: ${JSON.stringify(lines)}`);
      assert.equal(errorLine.msg, 'unexpected error');
      assert.ok(typeof errorLine.errorName === 'string', 'the log says what kind of error it was');
      for (const line of rawLogLines.filter((l) => l.includes(problem.requestId))) assertNoLeak(line, 'the log');
    });
  }

  test('the database failing (its handle closed) is a 500 with no driver, SQL or session details', async () => {
    const firstLine = rawLogLines.length;
    const lars = await t.loginAs('lars');
    assert.equal((await t.request(lars, { method: 'GET', url: '/api/v1/me' })).statusCode, 200);
    await closeDatabaseOnce();
    const res = await t.request(lars, { method: 'GET', url: '/api/v1/admin/users?q=Mikkel' });
    const problem = assertProblem(res, 500, 'internal');
    assert.deepEqual(Object.keys(problem).sort(), ['code', 'requestId', 'status', 'title', 'type']);
    assert.doesNotMatch(res.body, /destroyed|pool|driver|select|app_user|Mikkel/i);
    const lines = logsOf(problem.requestId);
    assert.ok(lines.some((line) => line.level === 50), 'the failure is logged with the request id');
    const secret = lars.cookie.split('.')[1]!;
    for (const line of rawLogLines.slice(firstLine)) {
      assert.ok(!line.includes(secret), 'no session secret in any log line');
      assert.ok(!line.includes(lars.csrfToken), 'no CSRF token in any log line');
      assert.ok(!line.includes('Mikkel'), 'no search text in any log line');
    }
  });
});

if (engine === 'pglite') {
  describe('the PGlite data directory lock (after the app above has closed its database)', () => {
    let reopened: DatabaseHandle | undefined;
    const probe = fileURLToPath(new URL('../support/platform-lock-probe.ts', import.meta.url));
    const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

    after(async () => {
      await reopened?.close();
    });

    test('after close() a new connect works, on the same data', async () => {
      await closeDatabaseOnce();
      reopened = await connectDatabase({ dataDir });
      const tenants = await reopened.db.selectFrom('tenant').select('slug').orderBy('slug').execute();
      assert.deepEqual(tenants.map((row) => row.slug), ['randers', 'soeby']);
      assert.equal(readFileSync(join(dataDir, 'mestring.lock'), 'utf8').trim(), String(process.pid));
    });

    test('another process is refused with DataDirLockedError and a clear message', () => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', probe, dataDir], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.status, 0, result.stderr);
      const outcome = JSON.parse(result.stdout.trim().split('\n').pop()!) as { opened: boolean; name?: string; message?: string; pid?: number };
      assert.equal(outcome.opened, false, 'the second process must not open a directory in use');
      assert.equal(outcome.name, 'DataDirLockedError');
      assert.equal(outcome.pid, process.pid);
      assert.ok(outcome.message?.includes(dataDir), 'the message names the directory');
      assert.match(outcome.message ?? '', new RegExp(`in use by another Mestring process \\(pid ${process.pid}\\)`));
      assert.match(outcome.message ?? '', /MESTRING_DATA_DIR/, 'and says what to do');
    });

    test('a second connect in the same process is refused too', async () => {
      let second: DatabaseHandle | undefined;
      let refusal: unknown;
      try {
        second = await connectDatabase({ dataDir });
      } catch (error) {
        refusal = error;
      }
      // Should the lock let it through, close that second instance before failing (it must not outlive the test).
      await second?.close();
      assert.ok(refusal instanceof DataDirLockedError, `expected DataDirLockedError, got ${second ? 'a second open database' : String(refusal)}`);
      assert.match(refusal.message, /in use by another Mestring process/);
    });

    test('close() releases the lock, and a lock left by a dead process is taken over', async () => {
      await reopened!.close();
      reopened = undefined;
      assert.equal(existsSync(join(dataDir, 'mestring.lock')), false, 'close() removes the lock file');
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      writeFileSync(join(dataDir, 'mestring.lock'), dead.stdout);
      reopened = await connectDatabase({ dataDir });
      assert.equal(readFileSync(join(dataDir, 'mestring.lock'), 'utf8').trim(), String(process.pid));
    });
  });
}

describe('the production guard', () => {
  const production = { MESTRING_MODE: 'production', MESTRING_AUDIT_KEY: 'k'.repeat(40), MESTRING_CPR_KEY: 'c'.repeat(40), MESTRING_PUBLIC_URL: 'https://mestring.randers.dk' };

  test('MESTRING_MODE=production with MESTRING_DEMO_LOGIN=true is a ConfigError naming the variable', () => {
    for (const flag of ['true', '1']) {
      assert.throws(
        () => loadConfig({ ...production, MESTRING_DEMO_LOGIN: flag }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.deepEqual(error.problems, ['MESTRING_DEMO_LOGIN: demo login is not allowed in production mode']);
          assert.match(error.message, /MESTRING_DEMO_LOGIN/);
          return true;
        },
      );
    }
  });

  test('production without the flag has demo login off, and demo mode has it on', () => {
    assert.equal(loadConfig(production).demoLogin, false);
    assert.equal(loadConfig({ ...production, MESTRING_DEMO_LOGIN: 'false' }).demoLogin, false);
    assert.equal(loadConfig({ MESTRING_MODE: 'demo' }).demoLogin, true);
  });
});

/** The app's routes as [method, OpenAPI-style path], read from Fastify's route tree. */
function appRoutes(app: FastifyInstance): [string, string][] {
  const routes: [string, string][] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const branch = line.indexOf('── ');
    if (branch < 0) continue;
    const depth = Math.round((branch - 1) / 4);
    const match = /^(\S+)(?: \(([^)]*)\))?/.exec(line.slice(branch + 3));
    if (!match) continue;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[1]!;
    stack[depth] = path;
    for (const method of (match[2] ?? '').split(',').map((m) => m.trim()).filter((m) => m && m !== 'HEAD')) {
      routes.push([method, path.replace(/:(\w+)/g, '{$1}')]);
    }
  }
  return routes;
}

describe('the API describes itself', () => {
  const platformRoutes: [string, string][] = [
    ['GET', '/api/v1/health'],
    ['GET', '/api/v1/me'],
    ['PATCH', '/api/v1/me'],
    ['GET', '/api/v1/admin/org-units'],
    ['POST', '/api/v1/admin/org-units'],
    ['PATCH', '/api/v1/admin/org-units/{id}'],
    ['GET', '/api/v1/admin/users'],
    ['POST', '/api/v1/admin/users'],
    ['GET', '/api/v1/admin/users/{id}'],
    ['PATCH', '/api/v1/admin/users/{id}'],
    ['PUT', '/api/v1/admin/users/{id}/roles'],
    ['GET', '/api/v1/admin/audit-events'],
    ['GET', '/api/v1/auth/providers'],
    ['POST', '/api/v1/auth/demo'],
    ['GET', '/api/v1/auth/demo/personas'],
    ['POST', '/api/v1/auth/logout'],
  ];

  test('GET /api/openapi.json is OpenAPI 3.1 and lists every /api/v1 route', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\.1\./);
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));

    const live = appRoutes(t.app).filter(([, path]) => path.startsWith('/api/v1/') && !path.startsWith('/api/v1/test-only/'));
    const liveKeys = new Set(live.map(([m, p]) => `${m} ${p}`));
    for (const [method, path] of platformRoutes) assert.ok(liveKeys.has(`${method} ${path}`), `the route tree was read: ${method} ${path}`);
    for (const key of liveKeys) assert.ok(documented.has(key), `${key} is in the OpenAPI document`);
    for (const key of documented) assert.ok(!key.includes('/test-only/'), 'hidden routes stay hidden');
  });

  test('every documented operation has a summary and documents its problem answers', async () => {
    const doc = (await t.request(null, { method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { summary?: string; responses?: Record<string, unknown> }>> };
    for (const [method, path] of platformRoutes) {
      const op = doc.paths[path]?.[method.toLowerCase()];
      assert.ok(op?.summary, `${method} ${path} has a summary`);
      if (path.startsWith('/api/v1/admin/') || path === '/api/v1/me') {
        for (const status of ['400', '401', '403', '404']) assert.ok(op.responses?.[status], `${method} ${path} documents ${status}`);
      }
    }
  });

  test('GET /api/docs answers 200 HTML', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/docs' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html/i);
  });

  test('GET /api/v1/health answers {status: ok}', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/v1/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
    assert.ok(res.headers['x-request-id']);
  });
});
