import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findInvitation, linkInvitation } from '../network/invitation-code.js';
import type { IdentityInput } from './link-oidc-identity.js';

/** The invitation code in a return path of the form /invitation/{code}, if that is what it is. */
export function invitationCodeIn(returnPath: string): string | null {
  const match = /^\/invitation\/([^/?#]{8,300})$/.exec(returnPath);
  if (!match) return null;
  try {
    // A typed code may carry spaces (%20); the code's hash ignores them, as the accept route does.
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** Where a relative lands after their first login through an invitation: what the citizen shares with them. */
export const INVITED_RELATIVE_LANDING = '/delt-med-mig';

/**
 * A relative invited by a citizen logs in with MitID for the first time: there is no user yet, only the
 * invitation they followed. The verified subject becomes a new user of kind 'relative', linked to the
 * network member the code belongs to, and the code is used up. Refused when the code is unknown or expired.
 */
export async function createUserFromInvitation(trx: Tx, input: IdentityInput, code: string): Promise<string> {
  const invitation = await findInvitation(trx, input.tenantId, code, input.now);
  if (!invitation || invitation.user_id) throw new AppError('login_failed', 'login.unknown_user');
  const userId = newId();
  await trx
    .insertInto('app_user')
    .values({ tenant_id: input.tenantId, user_id: userId, display_name: invitation.name, email: input.claims.emailVerified ? input.claims.email : null, title: null, kind: 'relative', org_unit_id: null, demo_key: null, demo_order: null, created_at: input.now, updated_at: input.now })
    .execute();
  await trx.insertInto('user_identity').values({ tenant_id: input.tenantId, issuer: input.claims.issuer, subject: input.claims.subject, user_id: userId, created_at: input.now }).execute();
  await linkInvitation(trx, input.tenantId, invitation, userId, input.now);
  await recordAudit(
    { trx, tenantId: input.tenantId, requestId: input.requestId, now: input.now, actor: { userId, tenantId: input.tenantId, displayName: invitation.name, kind: 'relative', roles: ['relative'], orgUnitId: null, language: 'da' } },
    { action: 'identity.link', resourceType: 'user', resourceId: userId, citizenId: invitation.citizen_id, purpose: 'invitation', outcome: 'allowed', details: { issuer: input.claims.issuer, matchedBy: 'invitation' } },
  );
  return userId;
}
