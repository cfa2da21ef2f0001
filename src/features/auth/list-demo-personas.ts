import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export interface DemoPersona {
  id: string;
  name: string;
  role: string;
  tenant: { slug: string; name: string };
  unit: string | null;
}

/**
 * The seeded personas of every municipality, for the demo login page. This is the one place that reads
 * across municipalities on purpose: it runs on the owner connection and exists only in demo mode.
 */
export async function listDemoPersonas(db: Kysely<Database>): Promise<DemoPersona[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('tenant as t', 't.tenant_id', 'u.tenant_id')
    .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.unit_id', '=', 'u.org_unit_id'))
    .select(['u.demo_key', 'u.display_name', 't.slug', 't.name as tenant_name', 't.created_at', 'o.name as unit_name'])
    .select((eb) =>
      eb
        .selectFrom('role_grant as g')
        .select('g.role')
        .whereRef('g.tenant_id', '=', 'u.tenant_id')
        .whereRef('g.user_id', '=', 'u.user_id')
        .orderBy('g.role')
        .limit(1)
        .as('role'),
    )
    .where('u.demo_key', 'is not', null)
    .where('u.active', '=', true)
    .orderBy('t.created_at')
    .orderBy('u.demo_order')
    .execute();
  return rows.map((row) => ({
    id: row.demo_key!,
    name: row.display_name,
    role: row.role ?? 'citizen',
    tenant: { slug: row.slug, name: row.tenant_name },
    unit: row.unit_name,
  }));
}

/** Finds the persona's user; persona keys are unique across the demo municipalities. */
export async function findDemoPersona(db: Kysely<Database>, personaKey: string) {
  return db
    .selectFrom('app_user')
    .select(['tenant_id', 'user_id'])
    .where('demo_key', '=', personaKey)
    .where('active', '=', true)
    .executeTakeFirst();
}
