import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { createOidcLogin } from '../../src/platform/identity/oidc-login.js';
import { createTestDatabase } from './test-database.js';

export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestSession {
  cookie: string;
  csrfToken: string;
  userId: string;
  tenantId: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  /** The clock the app reads; tests move it to test timeouts. */
  clock: { now: Date };
  loginAs(persona: string): Promise<TestSession>;
  /** An API request as the given session (or anonymous), with the same-origin and CSRF headers a browser would send. */
  request(session: TestSession | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A real app on a fresh database of the engine under test, loaded with the demo municipalities. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { handle, cleanup } = await createTestDatabase();
  await loadDemoMunicipalities(handle.db);
  const config = loadConfig({ MESTRING_MODE: 'demo', LOG_LEVEL: 'silent', MESTRING_PUBLIC_URL: TEST_ORIGIN, MESTRING_API_RATE_LIMIT: '100000', MESTRING_LOGIN_RATE_LIMIT: '10000', ...env });
  const clock = { now: new Date() };
  const app = await buildApp({ config, database: handle, clock: () => clock.now, oidc: createOidcLogin(config) });
  await app.ready();

  const request: TestApp['request'] = (session, options) => {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (session) headers.cookie = session.cookie;
    if (method !== 'GET' && method !== 'HEAD') {
      headers.origin ??= new URL(config.publicUrl).origin;
      if (session) headers['x-csrf-token'] ??= session.csrfToken;
    }
    return app.inject({ ...options, headers });
  };

  return {
    app,
    database: handle,
    config,
    clock,
    request,
    async loginAs(persona) {
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
      await cleanup();
    },
  };
}
