import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export type Channel = 'email' | 'sms';

export interface OutgoingMessage {
  channel: Channel;
  /** An e-mail address or a phone number. */
  to: string;
  /** The user the message is for, when it is one. */
  userId?: string | null;
  subject?: string;
  text: string;
}

/** Where the outbox worker's message is being delivered: its municipality and id (for idempotency) and transaction. */
export interface DeliveryContext {
  tenantId: string;
  messageId: string;
  trx: Transaction<Database>;
}

/**
 * Sends e-mails and text messages. Called from outbox handlers only, so a message goes out after its transaction
 * committed and at least once; a transport must tolerate the same messageId twice.
 *
 * At most ONE e-mail and ONE text message per outbox message: `sent_message` is keyed by (municipality, outbox
 * message, channel), and a real transport skips a message whose row exists. A handler that writes to two people (the
 * volunteer and the citizen) enqueues one outbox message per recipient — which also keeps a failure for one from
 * sending the other's again on the retry. The messenger from `messenger-from-config.ts` picks the transport per channel.
 */
export interface Messenger {
  send(message: OutgoingMessage, context: DeliveryContext): Promise<void>;
}

/**
 * The local sink of demo and tests: the message is stored in `sent_message` and goes nowhere else. The primary key
 * (municipality, outbox message, channel) keeps a second delivery of the same message from storing it twice.
 */
export const sinkMessenger: Messenger = {
  async send(message, { tenantId, messageId, trx }) {
    await trx
      .insertInto('sent_message')
      .values({
        tenant_id: tenantId,
        message_id: messageId,
        channel: message.channel,
        recipient: message.to,
        user_id: message.userId ?? null,
        subject: message.subject ?? null,
        body: message.text,
        transport: 'sink',
        sent_at: new Date(),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'message_id', 'channel']).doNothing())
      .execute();
  },
};
