import type { MeResponse } from '../../contracts/me.js';
import { navigationFor } from '../../domain/navigation.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import type { ActiveSession } from '../../platform/identity/sessions.js';

/** The logged-in person's own profile. Reading it is an access to personal data, so it is audited like any other. */
export async function getMe(ctx: Ctx, session: ActiveSession): Promise<MeResponse> {
  await authorize(ctx, { action: 'profile.read', resourceType: 'user', resourceId: ctx.actor.userId, purpose: 'self-service' });
  return presentMe(session);
}

export function presentMe(session: ActiveSession): MeResponse {
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
  };
}
