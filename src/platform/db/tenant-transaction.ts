import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The handle a use case works on: one connection, inside the request's tenant transaction. */
export type Tx = Kysely<Database>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Runs `work` in one transaction as the application role with the tenant set, so row-level security
 * confines every statement to that municipality whatever the query says.
 *
 * BEGIN and both settings travel in one round trip (the tenant id is checked against the UUID pattern and
 * then inlined): every request pays for this, so it is worth one less trip to the database.
 * Inside `work`, use only the given handle: PGlite has one connection and a query on the outer handle
 * would wait for this transaction forever.
 */
export async function withTenant<T>(db: Kysely<Database>, tenantId: string, work: (trx: Tx) => Promise<T>): Promise<T> {
  if (!uuidPattern.test(tenantId)) throw new Error('withTenant: tenant id is not a UUID');
  return db.connection().execute(async (connection) => {
    await sql.raw(`BEGIN; SET LOCAL ROLE mestring_app; SET LOCAL mestring.tenant_id = '${tenantId}'`).execute(connection);
    let result: T;
    try {
      result = await work(connection);
    } catch (error) {
      await sql.raw('ROLLBACK').execute(connection);
      throw error;
    }
    await sql.raw('COMMIT').execute(connection);
    return result;
  });
}
