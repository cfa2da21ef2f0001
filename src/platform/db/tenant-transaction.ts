import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The handle a use case works on: one connection, inside the request's tenant transaction. */
export type Tx = Kysely<Database>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Statements each open tenant transaction sends together with its COMMIT, and what runs once it committed. */
const sentWithCommit = new WeakMap<Tx, string[]>();
const runAfterCommit = new WeakMap<Tx, (() => void)[]>();

/**
 * Runs `work` in one transaction as the application role with the tenant set, so row-level security
 * confines every statement to that municipality whatever the query says.
 *
 * Round trips to the database are the largest cost of a request (each is a write and a wake-up on both
 * sides), so BEGIN and both settings travel in one (the tenant id is checked against the UUID pattern and
 * then inlined), and writes deferred with `deferUntilCommit` travel with the COMMIT.
 * Inside `work`, use only the given handle: PGlite has one connection and a query on the outer handle
 * would wait for this transaction forever.
 */
export async function withTenant<T>(db: Kysely<Database>, tenantId: string, work: (trx: Tx) => Promise<T>): Promise<T> {
  if (!uuidPattern.test(tenantId)) throw new Error('withTenant: tenant id is not a UUID');
  return db.connection().execute(async (connection) => {
    await sql.raw(`BEGIN; SET LOCAL ROLE mestring_app; SET LOCAL mestring.tenant_id = '${tenantId}'; SET LOCAL standard_conforming_strings = on`).execute(connection);
    const deferred: string[] = [];
    const committed: (() => void)[] = [];
    sentWithCommit.set(connection, deferred);
    runAfterCommit.set(connection, committed);
    let result: T;
    try {
      result = await work(connection);
      await sql.raw([...deferred, 'COMMIT'].join(';\n')).execute(connection);
    } catch (error) {
      // After a failed statement (also one sent with the COMMIT) the transaction is aborted and waits for this.
      await sql.raw('ROLLBACK').execute(connection);
      throw error;
    } finally {
      sentWithCommit.delete(connection);
      runAfterCommit.delete(connection);
    }
    for (const callback of committed) callback();
    return result;
  });
}

/**
 * Sends a write (a statement text without parameters, values as literals: sql-literal.ts) with the COMMIT of
 * the open tenant transaction, saving it a round trip of its own. It runs after everything else in the
 * transaction, so use it only for writes the transaction never reads back (the audit log). Returns false
 * outside a tenant transaction; the caller then runs the write itself.
 */
export function deferUntilCommit(trx: Tx, statement: string): boolean {
  const deferred = sentWithCommit.get(trx);
  if (!deferred) return false;
  deferred.push(statement);
  return true;
}

/**
 * Runs `callback` (in-process and synchronous: forgetting a cached answer) once the open tenant transaction has
 * committed, so nobody can refill a cache with the old data between the callback and the commit. Nothing runs when
 * the transaction rolls back. Outside a tenant transaction it runs at once.
 */
export function afterCommit(trx: Tx, callback: () => void): void {
  const committed = runAfterCommit.get(trx);
  if (committed) committed.push(callback);
  else callback();
}
