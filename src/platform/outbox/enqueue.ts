import type { Ctx } from '../context.js';
import { sqlLiteral } from '../db/sql-literal.js';
import { deferUntilCommit } from '../db/tenant-transaction.js';
import { newId } from '../ids.js';

/**
 * Records a side effect (a text message, an e-mail, a notification) in the caller's transaction.
 * It runs only after that transaction commits, and never if it rolls back. Inside a tenant transaction the row
 * travels with the COMMIT, like the audit entry (nothing reads the outbox back in the transaction that writes it).
 */
export async function enqueue(ctx: Pick<Ctx, 'trx' | 'tenantId' | 'now'>, topic: string, payload: Record<string, unknown>, availableAt?: Date): Promise<string> {
  const messageId = newId();
  const row = { tenant_id: ctx.tenantId, message_id: messageId, topic, payload: JSON.stringify(payload), created_at: ctx.now, available_at: availableAt ?? ctx.now, processed_at: null, last_error: null };
  const statement = `INSERT INTO outbox (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).map(sqlLiteral).join(', ')})`;
  if (!deferUntilCommit(ctx.trx, statement)) await ctx.trx.insertInto('outbox').values(row).execute();
  return messageId;
}
