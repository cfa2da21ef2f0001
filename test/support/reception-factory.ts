import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/roles.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { newId } from '../../src/platform/ids.js';
import type { TestApp, TestSession } from './test-app.js';

/**
 * Reception-centre fixtures, inserted as the owner: extra staff personas (the demo seed has one login per centre at
 * most), team membership, and the state of the visits table to prove a refused request changed nothing.
 */
export function receptionFactory(database: DatabaseHandle) {
  const db = database.db;
  const tenantId = async (slug = 'randers') => (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
  const unitId = async (name: string, slug = 'randers') =>
    (await db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', await tenantId(slug)).where('name', '=', name).executeTakeFirstOrThrow()).unit_id;
  return {
    tenantId,
    unitId,
    /** A staff login for the demo-login route: `key` is the persona key. */
    async staffPersona(input: { key: string; name: string; unit: string; roles: Role[]; slug?: string }): Promise<string> {
      const tenant = await tenantId(input.slug);
      const userId = newId();
      const now = new Date();
      await db
        .insertInto('app_user')
        .values({ tenant_id: tenant, user_id: userId, display_name: input.name, email: null, title: null, kind: 'staff', org_unit_id: await unitId(input.unit, input.slug), demo_key: input.key, demo_order: 900, created_at: now, updated_at: now })
        .execute();
      await db.insertInto('role_grant').values(input.roles.map((role) => ({ tenant_id: tenant, user_id: userId, role, granted_by: null, granted_at: now }))).execute();
      return userId;
    },
    async citizenId(firstName: string, lastName: string): Promise<string> {
      return (await db.selectFrom('citizen').select('citizen_id').where('first_name', '=', firstName).where('last_name', '=', lastName).executeTakeFirstOrThrow()).citizen_id;
    },
    async joinTeam(citizenId: string, userId: string): Promise<void> {
      const tenant = (await db.selectFrom('citizen').select('tenant_id').where('citizen_id', '=', citizenId).executeTakeFirstOrThrow()).tenant_id;
      await db.insertInto('citizen_team_member').values({ tenant_id: tenant, citizen_id: citizenId, user_id: userId, team_role: 'support-worker', added_at: new Date() }).execute();
    },
    async flagReceptionCentre(name: string, slug: string): Promise<void> {
      await db.updateTable('org_unit').set({ is_reception_centre: true }).where('unit_id', '=', await unitId(name, slug)).execute();
    },
    async visitRow(visitId: string) {
      return db.selectFrom('reception_visit').selectAll().where('visit_id', '=', visitId).executeTakeFirstOrThrow();
    },
    /** Every visit, to compare before and after a refused request. */
    async visitsState(): Promise<string> {
      return JSON.stringify(await db.selectFrom('reception_visit').selectAll().orderBy('visit_id').execute());
    },
  };
}
export type ReceptionFactory = ReturnType<typeof receptionFactory>;

/** Logs in once per persona and clock reading: moving the test clock far ends the sessions of before. */
export function sessionsFor(t: TestApp) {
  const sessions = new Map<string, TestSession>();
  return async (persona: string): Promise<TestSession> => {
    const key = `${persona}@${t.clock.now.toISOString()}`;
    let session = sessions.get(key);
    if (!session) {
      session = await t.loginAs(persona);
      sessions.set(key, session);
    }
    return session;
  };
}

export function bodyOf(res: LightMyRequestResponse, status: number): Record<string, any> {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json() as Record<string, any>;
}
