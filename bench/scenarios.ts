import { sql, type Kysely } from 'kysely';
import { SESSION_COOKIE } from '../src/http/run-as-user.js';
import { loadConfig } from '../src/platform/config.js';
import type { Engine } from '../src/platform/db/connect.js';
import type { Database } from '../src/platform/db/schema.js';
import { createSession } from '../src/platform/identity/sessions.js';

/**
 * The benchmark scenarios. A later issue adds its own by appending to `scenarios`: a name, what it
 * measures, optional targets, and a setup that prepares its data and returns the request to repeat.
 */
export interface BenchTenant {
  tenantId: string;
  slug: string;
}

export interface ScenarioRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A fixed path, or a function called for every request (e.g. to walk through generated ids). */
  path: string | (() => string);
  headers?: Record<string, string>;
  body?: string;
}

export interface ScenarioTarget {
  minRequestsPerSecond?: number;
  maxP99Ms?: number;
}

export interface Scenario {
  name: string;
  description: string;
  /** What the issue asks for on this machine, shown next to the measurement; every scenario also wants 0 errors. */
  targets?: Partial<Record<Engine, ScenarioTarget>>;
  /** Runs before the server starts, with the bench database open: a PGlite directory admits one process at a time. */
  setup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest>;
}

/** A session cookie for a generated support worker (or any staff member at tiny scales), made as a login makes it. */
async function staffSessionCookie(db: Kysely<Database>, tenant: BenchTenant): Promise<string> {
  const staff = await db
    .selectFrom('app_user as u')
    .leftJoin('role_grant as g', (join) => join.onRef('g.tenant_id', '=', 'u.tenant_id').onRef('g.user_id', '=', 'u.user_id').on('g.role', '=', 'support-worker'))
    .select('u.user_id')
    .where('u.tenant_id', '=', tenant.tenantId)
    .where('u.kind', '=', 'staff')
    .orderBy(sql`g.role IS NULL`)
    .orderBy('u.user_id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const { session: policy } = loadConfig({});
  const { cookieValue } = await db.transaction().execute(async (trx) => {
    // Sessions of earlier runs would only pile up in a reused database.
    await trx.deleteFrom('session').where('tenant_id', '=', tenant.tenantId).where('user_id', '=', staff.user_id).execute();
    return createSession(trx, { tenantId: tenant.tenantId, userId: staff.user_id, method: 'demo', now: new Date(), policy });
  });
  return `${SESSION_COOKIE}=${cookieValue}`;
}

export const scenarios: Scenario[] = [
  {
    name: 'me',
    description: 'GET /api/v1/me as a logged-in staff member: session lookup, access decision and an audit entry per request',
    targets: { postgres: { minRequestsPerSecond: 1500, maxP99Ms: 30 }, pglite: { minRequestsPerSecond: 400 } },
    async setup(db, tenant) {
      return { method: 'GET', path: '/api/v1/me', headers: { cookie: await staffSessionCookie(db, tenant) } };
    },
  },
];
