import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../platform/db/schema.js';
import { newId } from '../platform/ids.js';
import { installShippedIndicators } from '../features/indicators/shipped-indicators.js';

const slugSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'use 2-40 lower case letters, digits or dashes');

export async function createTenant(db: Kysely<Database>, input: { slug: string; name: string }): Promise<number> {
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) {
    console.error(`--slug: ${slug.error.issues[0]?.message}`);
    return 2;
  }
  const existing = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', input.slug).executeTakeFirst();
  if (existing) {
    console.error(`A municipality with slug "${input.slug}" exists already (${existing.tenant_id}).`);
    return 1;
  }
  const tenantId = newId();
  // Every municipality starts with the shipped indicator definitions (seed/indicators.json), in the same transaction.
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('tenant').values({ tenant_id: tenantId, slug: input.slug, name: input.name, settings: '{}' }).execute();
    await installShippedIndicators(trx, tenantId, new Date());
  });
  console.log(`Created ${input.name} (${input.slug}) with id ${tenantId}.`);
  return 0;
}

export async function createAdmin(db: Kysely<Database>, input: { tenant: string; name: string; email: string; issuer?: string; subject?: string }): Promise<number> {
  if (Boolean(input.issuer) !== Boolean(input.subject)) {
    console.error('--issuer and --subject go together.');
    return 2;
  }
  const tenant = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', input.tenant).executeTakeFirst();
  if (!tenant) {
    console.error(`No municipality with slug "${input.tenant}".`);
    return 1;
  }
  const userId = newId();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('app_user').values({ tenant_id: tenant.tenant_id, user_id: userId, display_name: input.name, email: input.email, title: null, kind: 'staff', org_unit_id: null, demo_key: null, demo_order: null, created_at: now, updated_at: now }).execute();
    await trx.insertInto('role_grant').values({ tenant_id: tenant.tenant_id, user_id: userId, role: 'admin', granted_by: null, granted_at: now }).execute();
    if (input.issuer && input.subject) {
      await trx.insertInto('user_identity').values({ tenant_id: tenant.tenant_id, issuer: input.issuer, subject: input.subject, user_id: userId, created_at: now }).execute();
    }
  });
  console.log(`Created administrator ${input.name} with id ${userId}.`);
  return 0;
}
