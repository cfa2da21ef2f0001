import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import type { Messenger, OutgoingMessage } from '../../platform/messaging/messenger.js';
import type { Ctx } from '../../platform/context.js';
import { enqueue } from '../../platform/outbox/enqueue.js';
import type { OutboxMessage } from '../../platform/outbox/worker.js';
import { messageText, whenText, type MessageEvent } from './companion-messages.js';

/** The outbox topic of every text message and e-mail about an accompaniment: one message per event and recipient. */
export const COMPANION_MESSAGE = 'companion.message';

const payloadSchema = z.object({
  requestId: z.uuid(),
  event: z.enum(['assigned', 'accepted', 'reminder', 'cancelled']),
  to: z.enum(['volunteer', 'citizen']),
  /** The volunteer the message is about: a message about someone no longer on the trip is not sent. */
  volunteerUserId: z.uuid().nullable(),
});
type Payload = z.infer<typeof payloadSchema>;

/**
 * Writes a message in the request's transaction; the worker sends it after the commit (and never if it rolls back).
 * One outbox row per recipient, so that the sink's key (message, channel) keeps each recipient's message once.
 */
export async function enqueueCompanionMessage(ctx: Pick<Ctx, 'trx' | 'tenantId' | 'now'>, payload: Payload, availableAt?: Date): Promise<void> {
  await enqueue(ctx, COMPANION_MESSAGE, payload, availableAt);
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
const asLanguage = (value: string | null | undefined): Language => (value === 'en' ? 'en' : 'da');

/**
 * Sends one message, from the request as it is now: a reminder or a confirmation for a trip cancelled or handed to
 * someone else meanwhile is skipped. The volunteer gets an e-mail; the citizen a text message to their own phone, else
 * to the day contact, else an e-mail. Runs in the outbox worker's transaction (every query names the tenant);
 * idempotent on the message id through the messenger.
 */
export function deliverCompanionMessages(messenger: Messenger) {
  return async (message: OutboxMessage, trx: Transaction<Database>): Promise<void> => {
    const payload = payloadSchema.parse(message.payload);
    const row = await trx
      .selectFrom('companion_request as r')
      .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.citizen_id', '=', 'r.citizen_id'))
      .leftJoin('app_user as v', (join) => join.onRef('v.tenant_id', '=', 'r.tenant_id').onRef('v.user_id', '=', 'r.volunteer_user_id'))
      .select([
        'r.status', 'r.volunteer_user_id', 'r.activity', 'r.starts_at', 'r.meeting_place', 'r.day_contact_name', 'r.day_contact_phone',
        'c.first_name', 'c.phone', 'c.email', 'c.preferred_language', 'c.user_id as citizen_user_id',
        'v.display_name as volunteer_name', 'v.email as volunteer_email', 'v.preferred_language as volunteer_language',
      ])
      .where('r.tenant_id', '=', message.tenantId)
      .where('r.request_id', '=', payload.requestId)
      .executeTakeFirst();
    if (!row || stale(payload, row)) return;

    const recipient = payload.to === 'volunteer' ? await volunteerRecipient(trx, message.tenantId, payload, row) : citizenRecipient(row);
    if (!recipient) return;
    const language = recipient.language;
    const names = {
      activity: row.activity,
      when: whenText(language, row.starts_at),
      place: row.meeting_place,
      volunteer: firstName(row.volunteer_name ?? ''),
      citizen: row.first_name,
      contact: [row.day_contact_name, row.day_contact_phone].filter(Boolean).join(', ') || row.first_name,
    };
    const { subject, text } = messageText(language, payload.event as MessageEvent, payload.to, names);
    if (!text) return;
    const outgoing: OutgoingMessage = { channel: recipient.channel, to: recipient.address, userId: recipient.userId, subject, text };
    await messenger.send(outgoing, { tenantId: message.tenantId, messageId: message.messageId, trx });
  };
}

interface RequestFacts {
  status: string;
  volunteer_user_id: string | null;
  phone: string | null;
  email: string | null;
  preferred_language: string;
  citizen_user_id: string | null;
  day_contact_phone: string | null;
  volunteer_email: string | null;
  volunteer_language: string | null;
}

/** A message whose moment has passed: the trip was cancelled, or it is no longer this volunteer's. */
function stale(payload: Payload, row: RequestFacts): boolean {
  if (payload.event === 'cancelled') return row.status !== 'cancelled';
  if (row.volunteer_user_id !== payload.volunteerUserId) return true;
  if (payload.event === 'assigned') return row.status !== 'assigned' && row.status !== 'accepted';
  return row.status !== 'accepted';
}

interface Recipient {
  channel: 'sms' | 'email';
  address: string;
  userId: string | null;
  language: Language;
}

function citizenRecipient(row: RequestFacts): Recipient | null {
  const language = asLanguage(row.preferred_language);
  const phone = row.phone ?? row.day_contact_phone;
  if (phone) return { channel: 'sms', address: phone, userId: row.citizen_user_id, language };
  if (row.email) return { channel: 'email', address: row.email, userId: row.citizen_user_id, language };
  return null;
}

/** The volunteer of the message: for a cancellation, the one who was on the trip (the request may no longer name them). */
async function volunteerRecipient(trx: Transaction<Database>, tenantId: string, payload: Payload, row: RequestFacts): Promise<Recipient | null> {
  if (!payload.volunteerUserId) return null;
  if (row.volunteer_user_id === payload.volunteerUserId) {
    return row.volunteer_email ? { channel: 'email', address: row.volunteer_email, userId: payload.volunteerUserId, language: asLanguage(row.volunteer_language) } : null;
  }
  const user = await trx.selectFrom('app_user').select(['email', 'preferred_language']).where('tenant_id', '=', tenantId).where('user_id', '=', payload.volunteerUserId).executeTakeFirst();
  return user?.email ? { channel: 'email', address: user.email, userId: payload.volunteerUserId, language: asLanguage(user.preferred_language) } : null;
}
