import type { Tx } from '../../platform/db/tenant-transaction.js';

/** How long the user has at the identity provider before the attempt is void. */
export const LOGIN_ATTEMPT_TTL_MS = 10 * 60_000;

export interface NewLoginAttempt {
  tenantId: string;
  stateHash: string;
  providerId: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
  now: Date;
}

/** Stores an attempt, clearing the municipality's expired ones on the way so the table stays small without a sweeper. */
export async function saveLoginAttempt(trx: Tx, attempt: NewLoginAttempt): Promise<void> {
  await trx.deleteFrom('login_attempt').where('tenant_id', '=', attempt.tenantId).where('expires_at', '<', attempt.now).execute();
  await trx
    .insertInto('login_attempt')
    .values({
      tenant_id: attempt.tenantId,
      state_hash: attempt.stateHash,
      provider_id: attempt.providerId,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      return_path: attempt.returnPath,
      created_at: attempt.now,
      expires_at: new Date(attempt.now.getTime() + LOGIN_ATTEMPT_TTL_MS),
    })
    .execute();
}

/**
 * Marks the attempt used and returns its secrets, in one statement: of two callbacks racing with the
 * same state only one gets a row, so a replayed callback URL is refused.
 */
export async function consumeLoginAttempt(trx: Tx, key: { tenantId: string; stateHash: string; providerId: string; now: Date }) {
  return trx
    .updateTable('login_attempt')
    .set({ consumed_at: key.now })
    .where('tenant_id', '=', key.tenantId)
    .where('state_hash', '=', key.stateHash)
    .where('provider_id', '=', key.providerId)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', key.now)
    .returning(['nonce', 'code_verifier', 'return_path'])
    .executeTakeFirst();
}
