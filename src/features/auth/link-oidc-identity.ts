import { isRole } from '../../domain/roles.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import { grantedRoles } from '../../platform/identity/granted-roles.js';
import type { OidcProvider, VerifiedClaims } from '../../platform/identity/oidc-login.js';

export interface IdentityInput {
  tenantId: string;
  provider: OidcProvider;
  claims: VerifiedClaims;
  now: Date;
  requestId: string;
}

const unknownUser = () => new AppError('login_failed', 'login.unknown_user');

/**
 * The user behind a verified subject, in the provider's municipality. The provider fixes the municipality,
 * so the look-up runs under row-level security rather than across municipalities.
 * A staff member's first login links the subject to the one active staff user with the same verified
 * e-mail address; citizens are only ever found through an identity that already exists.
 */
export async function findOrLinkUser(trx: Tx, input: IdentityInput): Promise<string> {
  const { tenantId, claims } = input;
  const linked = await trx
    .selectFrom('user_identity')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('issuer', '=', claims.issuer)
    .where('subject', '=', claims.subject)
    .executeTakeFirst();
  if (linked) return linked.user_id;
  if (input.provider.kind !== 'staff' || !claims.email || !claims.emailVerified) throw unknownUser();

  const email = claims.email.toLowerCase();
  const candidates = await trx
    .selectFrom('app_user')
    .select(['user_id', 'display_name', 'kind', 'org_unit_id', 'preferred_language'])
    .select(grantedRoles('app_user').as('roles'))
    .where('tenant_id', '=', tenantId)
    // Volunteers are created with the e-mail address of their approved application (features/volunteers) and log in the same way.
    .where('kind', 'in', ['staff', 'volunteer'])
    .where('active', '=', true)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .limit(2)
    .execute();
  // Two staff users sharing an address cannot tell us which one is logging in.
  const [user] = candidates;
  if (!user || candidates.length > 1) throw unknownUser();

  await trx.insertInto('user_identity').values({ tenant_id: tenantId, issuer: claims.issuer, subject: claims.subject, user_id: user.user_id, created_at: input.now }).execute();
  await recordAudit(
    {
      trx,
      tenantId,
      requestId: input.requestId,
      now: input.now,
      actor: { userId: user.user_id, tenantId, displayName: user.display_name, kind: user.kind, roles: user.roles.filter(isRole), orgUnitId: user.org_unit_id, language: user.preferred_language },
    },
    // The issuer says which login was linked; the subject and e-mail stay out of the log.
    { action: 'identity.link', resourceType: 'user', resourceId: user.user_id, purpose: 'login', outcome: 'allowed', details: { issuer: claims.issuer, matchedBy: 'verified_email' } },
  );
  return user.user_id;
}
