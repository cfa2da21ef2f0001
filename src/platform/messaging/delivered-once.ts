import type { Channel, DeliveryContext, Messenger, OutgoingMessage } from './messenger.js';

/** A transport that hands a message to the outside world (an SMTP server, a text-message gateway). */
export interface Transport {
  /** As `sent_message.transport` names it. */
  name: 'smtp' | 'sms-gateway';
  channel: Channel;
  /** The recipient as the transport will address it, or null when it cannot be (a phone number with letters). */
  recipientOf(message: OutgoingMessage): string | null;
  /** Throws when the message did not go out, so the outbox tries again later. */
  deliver(message: OutgoingMessage, recipient: string, context: DeliveryContext): Promise<void>;
}

export interface MessagingLogger {
  warn(obj: object, msg: string): void;
}

/**
 * A real transport behind the Messenger interface, delivered at most once per outbox message and channel as far as
 * the database can tell: the `sent_message` row is looked for first and written after the hand-over, in the worker's
 * transaction. Only the fact is kept (transport, recipient, user, time), never the subject or text: those left the
 * machine. A crash between hand-over and commit still sends twice (at-least-once); the e-mail then carries the same
 * Message-ID, so most mail systems show it once.
 */
export function deliveredOnce(transport: Transport, logger: MessagingLogger): Messenger {
  return {
    async send(message, context) {
      if (message.channel !== transport.channel) throw new Error(`the ${transport.name} transport does not send ${message.channel}`);
      const { tenantId, messageId, trx } = context;
      const earlier = await trx
        .selectFrom('sent_message')
        .select('message_id')
        .where('tenant_id', '=', tenantId)
        .where('message_id', '=', messageId)
        .where('channel', '=', message.channel)
        .executeTakeFirst();
      if (earlier) return;
      const recipient = transport.recipientOf(message);
      if (recipient === null) {
        // No retry can mend a number with letters in it: the message is dropped and the log says so, without the number.
        logger.warn({ messageId, channel: message.channel, transport: transport.name }, 'message not sent: the recipient is not a valid address');
        return;
      }
      await transport.deliver(message, recipient, context);
      await trx
        .insertInto('sent_message')
        .values({
          tenant_id: tenantId, message_id: messageId, channel: message.channel, recipient, user_id: message.userId ?? null,
          subject: null, body: null, transport: transport.name, sent_at: new Date(),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'message_id', 'channel']).doNothing())
        .execute();
    },
  };
}
