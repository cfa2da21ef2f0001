import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Tx = Transaction<Database>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Runs `work` in one transaction as the application role with the tenant set, so row-level security
 * confines every statement to that municipality whatever the query says. The tenant id is checked
 * against the UUID pattern and then inlined, which lets both settings travel in one round trip.
 * Inside `work`, use only the transaction handle: PGlite has one connection and a query on the
 * outer handle would wait for this transaction forever.
 */
export async function withTenant<T>(db: Kysely<Database>, tenantId: string, work: (trx: Tx) => Promise<T>): Promise<T> {
  if (!uuidPattern.test(tenantId)) throw new Error('withTenant: tenant id is not a UUID');
  return db.transaction().execute(async (trx) => {
    await sql.raw(`SET LOCAL ROLE mestring_app; SET LOCAL mestring.tenant_id = '${tenantId}'`).execute(trx);
    return work(trx);
  });
}
