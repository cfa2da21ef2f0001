import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { OidcProvider } from '../../platform/identity/oidc-login.js';

/**
 * The municipality a provider logs its users into. Read on the owner connection: until the login
 * succeeds no tenant is set, and the slug-to-id mapping is no one's personal data.
 */
export async function tenantIdOfProvider(db: Kysely<Database>, provider: OidcProvider): Promise<string> {
  const tenant = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', provider.tenant).executeTakeFirst();
  // A provider configured for a municipality that does not exist is the operator's mistake, not the user's.
  if (!tenant) throw new AppError('unavailable');
  return tenant.tenant_id;
}
