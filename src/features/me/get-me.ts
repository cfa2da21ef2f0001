import type { MeResponse } from '../../contracts/me.js';
import { navigationFor } from '../../domain/navigation.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import type { ActiveSession } from '../../platform/identity/sessions.js';

/** The logged-in person's own profile. Reading it is an access to personal data, so it is audited like any other. */
export async function getMe(ctx: Ctx, session: ActiveSession): Promise<MeResponse> {
  await authorize(ctx, { action: 'profile.read', resourceType: 'user', resourceId: ctx.actor.userId, purpose: 'self-service' });
  return presentMe(session, await loadPersonLinks(ctx));
}

export type PersonLinks = Pick<MeResponse, 'citizenId' | 'relativeOf'>;

/**
 * The person's own citizen record, and the citizens whose network they are in with a login. Only citizens and
 * relatives have either, so staff (most calls of GET /me) pay for no extra query.
 */
export async function loadPersonLinks(ctx: Pick<Ctx, 'trx' | 'tenantId' | 'actor'>): Promise<PersonLinks> {
  const isCitizen = ctx.actor.roles.includes('citizen');
  const isRelative = ctx.actor.roles.includes('relative');
  const own = isCitizen ? await ctx.trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', ctx.tenantId).where('user_id', '=', ctx.actor.userId).executeTakeFirst() : undefined;
  if (!isRelative) return { citizenId: own?.citizen_id ?? null, relativeOf: [] };
  const relativeOf = await ctx.trx
    .selectFrom('network_member as n')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'n.tenant_id').onRef('c.citizen_id', '=', 'n.citizen_id'))
    .select(['c.citizen_id', 'c.first_name', 'n.relation'])
    .where('n.tenant_id', '=', ctx.tenantId)
    .where('n.user_id', '=', ctx.actor.userId)
    .where('n.removed_at', 'is', null)
    .orderBy('c.first_name')
    .execute();
  return { citizenId: own?.citizen_id ?? null, relativeOf: relativeOf.map((r) => ({ citizenId: r.citizen_id, firstName: r.first_name, relation: r.relation })) };
}

export function presentMe(session: ActiveSession, links: PersonLinks): MeResponse {
  const { actor } = session;
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    kind: actor.kind,
    roles: actor.roles,
    tenant: session.tenant,
    orgUnit: actor.orgUnitId && session.orgUnitName ? { id: actor.orgUnitId, name: session.orgUnitName } : null,
    language: actor.language,
    csrfToken: session.csrfToken,
    navigation: navigationFor(actor.roles),
    ...links,
  };
}
