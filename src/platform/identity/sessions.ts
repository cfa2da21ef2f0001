import { isRole, type Role } from '../../domain/roles.js';
import type { Actor } from '../context.js';
import type { Tx } from '../db/tenant-transaction.js';
import { grantedRoles } from './granted-roles.js';
import { formatSessionToken, hashSecret, newCsrfToken, newSessionToken, type SessionToken } from './session-token.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface ActiveSession {
  actor: Actor;
  csrfToken: string;
  tenant: { id: string; slug: string; name: string };
  orgUnitName: string | null;
}

/** Touching last_seen_at on every request would turn each read into a write; once a minute is enough for the idle timeout. */
const TOUCH_AFTER_MS = 60_000;

/** Creates a session row and returns the cookie value. Always a new token, so a login never reuses an old session id. */
export async function createSession(trx: Tx, input: { tenantId: string; userId: string; method: 'demo' | 'oidc'; now: Date; policy: SessionPolicy }) {
  const token = newSessionToken(input.tenantId);
  const csrfToken = newCsrfToken();
  await trx
    .insertInto('session')
    .values({
      tenant_id: input.tenantId,
      token_hash: hashSecret(token.secret),
      user_id: input.userId,
      csrf_token: csrfToken,
      login_method: input.method,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: new Date(input.now.getTime() + input.policy.absoluteHours * 3_600_000),
    })
    .execute();
  return { cookieValue: formatSessionToken(token), csrfToken };
}

/**
 * Loads the session with its user, roles, unit and municipality in one query, inside the request's
 * tenant transaction. Returns null for an unknown, expired or idle session, or an inactive user.
 */
export async function loadSession(trx: Tx, token: SessionToken, now: Date, policy: SessionPolicy): Promise<ActiveSession | null> {
  const tokenHash = hashSecret(token.secret);
  const row = await trx
    .selectFrom('session as s')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.user_id', '=', 's.user_id'))
    .innerJoin('tenant as t', 't.tenant_id', 's.tenant_id')
    .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.unit_id', '=', 'u.org_unit_id'))
    .select([
      's.user_id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.display_name',
      'u.kind',
      'u.org_unit_id',
      'u.preferred_language',
      'u.active',
      'o.name as unit_name',
      't.slug',
      't.name as tenant_name',
      grantedRoles('s').as('roles'),
    ])
    .where('s.tenant_id', '=', token.tenantId)
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || !row.active) return null;
  const idleDeadline = row.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  // Expired rows are left for purgeExpiredSessions: this transaction is about to be rolled back anyway.
  if (now.getTime() >= row.expires_at.getTime() || now.getTime() >= idleDeadline) return null;
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await trx.updateTable('session').set({ last_seen_at: now }).where('tenant_id', '=', token.tenantId).where('token_hash', '=', tokenHash).execute();
  }
  return {
    actor: {
      userId: row.user_id,
      tenantId: token.tenantId,
      displayName: row.display_name,
      kind: row.kind,
      roles: row.roles.filter(isRole) as Role[],
      orgUnitId: row.org_unit_id,
      language: row.preferred_language,
    },
    csrfToken: row.csrf_token,
    tenant: { id: token.tenantId, slug: row.slug, name: row.tenant_name },
    orgUnitName: row.unit_name,
  };
}

export async function deleteSession(trx: Tx, token: SessionToken): Promise<void> {
  await trx.deleteFrom('session').where('tenant_id', '=', token.tenantId).where('token_hash', '=', hashSecret(token.secret)).execute();
}
