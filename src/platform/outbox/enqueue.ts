import type { Ctx } from '../context.js';
import { newId } from '../ids.js';

/**
 * Records a side effect (a text message, an e-mail, a notification) in the caller's transaction.
 * It runs only after that transaction commits, and never if it rolls back.
 */
export async function enqueue(ctx: Pick<Ctx, 'trx' | 'tenantId' | 'now'>, topic: string, payload: Record<string, unknown>, availableAt?: Date): Promise<string> {
  const messageId = newId();
  await ctx.trx
    .insertInto('outbox')
    .values({ tenant_id: ctx.tenantId, message_id: messageId, topic, payload: JSON.stringify(payload), created_at: ctx.now, available_at: availableAt ?? ctx.now, processed_at: null, last_error: null })
    .execute();
  return messageId;
}
