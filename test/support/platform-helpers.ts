import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/http/app.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { ErrorCode } from '../../src/platform/errors.js';
import { errorTitle, type Language } from '../../src/platform/i18n/server-messages.js';
import { createOidcLogin } from '../../src/platform/identity/oidc-login.js';
import { TEST_ORIGIN, type TestApp, type TestSession } from './test-app.js';

/** Helpers for the platform-* integration tests: problem assertions, owner-side reads, extra app instances. */

export const engine = (process.env.MESTRING_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  requestId: string;
  errors?: { path: string; message: string }[];
}

/** Asserts an RFC 9457 answer with the given status and code, titled in the given language, and returns it. */
export function assertProblem(res: LightMyRequestResponse, status: number, code: ErrorCode, language: Language = 'da'): ProblemBody {
  assert.equal(res.statusCode, status, `expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as ProblemBody;
  assert.equal(body.code, code);
  assert.equal(body.status, status);
  assert.equal(body.type, `urn:mestring:problem:${code}`);
  assert.equal(body.title, errorTitle(language, code), `title should be the ${language} text for ${code}`);
  assert.ok(body.requestId, 'problem has a request id');
  assert.equal(body.requestId, res.headers['x-request-id']);
  return body;
}

export function requestIdOf(res: LightMyRequestResponse): string {
  const id = res.headers['x-request-id'];
  assert.equal(typeof id, 'string', 'response carries x-request-id');
  return id as string;
}

/** Ids of the demo data, read as the owner (outside row-level security). */
export async function demoIds(database: DatabaseHandle) {
  const tenants = await database.db.selectFrom('tenant').select(['tenant_id', 'slug']).execute();
  const users = await database.db.selectFrom('app_user').select(['user_id', 'demo_key', 'tenant_id', 'display_name']).execute();
  const units = await database.db.selectFrom('org_unit').select(['unit_id', 'name', 'tenant_id', 'parent_unit_id']).execute();
  const tenant = (slug: string) => {
    const row = tenants.find((t) => t.slug === slug);
    assert.ok(row, `tenant ${slug}`);
    return row.tenant_id;
  };
  const user = (persona: string) => {
    const row = users.find((u) => u.demo_key === persona);
    assert.ok(row, `persona ${persona}`);
    return row.user_id;
  };
  const unit = (name: string) => {
    const row = units.find((u) => u.name === name);
    assert.ok(row, `unit ${name}`);
    return row.unit_id;
  };
  return { tenant, user, unit, units };
}

/** Audit entries written by one request, read as the owner. */
export async function auditOfRequest(database: DatabaseHandle, requestId: string) {
  return database.db.selectFrom('audit_event').selectAll().where('request_id', '=', requestId).orderBy('seq').execute();
}

/** Asserts the request wrote exactly one audit entry with these facts, and returns it. */
export async function assertAudited(
  database: DatabaseHandle,
  res: LightMyRequestResponse,
  expected: { action: string; actor: string; outcome: 'allowed' | 'denied'; resourceId?: string | null; tenantId?: string },
) {
  const rows = await auditOfRequest(database, requestIdOf(res));
  assert.equal(rows.length, 1, `one audit entry for the request, found ${JSON.stringify(rows.map((r) => [r.action, r.outcome]))}`);
  const row = rows[0]!;
  assert.equal(row.action, expected.action);
  assert.equal(row.actor_user_id, expected.actor);
  assert.equal(row.outcome, expected.outcome);
  if (expected.resourceId !== undefined) assert.equal(row.resource_id, expected.resourceId);
  if (expected.tenantId !== undefined) assert.equal(row.tenant_id, expected.tenantId);
  return row;
}

/** Everything a request could change in the administration tables, as one comparable value. */
export async function adminState(database: DatabaseHandle): Promise<string> {
  const units = await database.db.selectFrom('org_unit').selectAll().orderBy('tenant_id').orderBy('unit_id').execute();
  const users = await database.db.selectFrom('app_user').selectAll().orderBy('tenant_id').orderBy('user_id').execute();
  const grants = await database.db.selectFrom('role_grant').select(['tenant_id', 'user_id', 'role']).orderBy('tenant_id').orderBy('user_id').orderBy('role').execute();
  const tenants = await database.db.selectFrom('tenant').selectAll().orderBy('tenant_id').execute();
  return JSON.stringify({ units, users, grants, tenants });
}

/** Runs fn and asserts the administration tables are exactly as before. */
export async function assertUnchanged<T>(database: DatabaseHandle, fn: () => Promise<T>): Promise<T> {
  const before = await adminState(database);
  const result = await fn();
  assert.equal(await adminState(database), before, 'nothing in org_unit, app_user, role_grant or tenant changed');
  return result;
}

export async function sessionCount(database: DatabaseHandle, userId: string): Promise<number> {
  const row = await database.db.selectFrom('session').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type ExtraApp = Omit<TestApp, 'database'>;

/**
 * A second app instance over an existing database, with its own configuration and clock. `beforeReady` may add
 * test-only routes (the app is not ready yet when it runs).
 */
export async function appOnDatabase(
  database: DatabaseHandle,
  env: Record<string, string> = {},
  options: { beforeReady?: (app: FastifyInstance) => void; origin?: string } = {},
): Promise<ExtraApp> {
  const config: Config = loadConfig({ MESTRING_MODE: 'demo', LOG_LEVEL: 'silent', MESTRING_PUBLIC_URL: TEST_ORIGIN, MESTRING_API_RATE_LIMIT: '100000', MESTRING_LOGIN_RATE_LIMIT: '10000', ...env });
  const clock = { now: new Date() };
  const app = await buildApp({ config, database, clock: () => clock.now, oidc: createOidcLogin(config) });
  options.beforeReady?.(app);
  await app.ready();
  const origin = options.origin ?? new URL(config.publicUrl).origin;
  const request: TestApp['request'] = (session, injectOptions: InjectOptions) => {
    const method = (injectOptions.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(injectOptions.headers as Record<string, string>) };
    if (session) headers.cookie = session.cookie;
    if (method !== 'GET' && method !== 'HEAD') {
      headers.origin ??= origin;
      if (session) headers['x-csrf-token'] ??= session.csrfToken;
    }
    return app.inject({ ...injectOptions, headers });
  };
  return {
    app,
    config,
    clock,
    request,
    async loginAs(persona: string): Promise<TestSession> {
      const login = await request(null, { method: 'POST', url: '/api/v1/auth/demo', payload: { persona } });
      if (login.statusCode !== 204) throw new Error(`demo login as ${persona} failed: ${login.statusCode} ${login.body}`);
      const setCookie = login.cookies.find((c) => c.name === 'mestring_session');
      if (!setCookie) throw new Error('no session cookie');
      const cookie = `mestring_session=${setCookie.value}`;
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      const body = me.json() as { csrfToken: string; userId: string; tenant: { id: string } };
      return { cookie, csrfToken: body.csrfToken, userId: body.userId, tenantId: body.tenant.id };
    },
    async close() {
      await app.close();
    },
  };
}

/** A database handle that fails the test if anything touches it. */
export function untouchableDatabase(): DatabaseHandle {
  const fail = () => {
    throw new Error('this test app must not touch the database');
  };
  return { db: new Proxy({}, { get: fail }) as DatabaseHandle['db'], engine, close: async () => {} };
}

/** Counts rows of a table as the owner. */
export async function countRows(database: DatabaseHandle, table: string, tenantId?: string): Promise<number> {
  const where = tenantId ? sql` WHERE tenant_id = ${tenantId}` : sql``;
  const result = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(table)}${where}`.execute(database.db);
  return Number(result.rows[0]!.n);
}
