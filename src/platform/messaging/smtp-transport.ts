import { createTransport } from 'nodemailer';
import type { Transport } from './delivered-once.js';

export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS from the start). */
  url: string;
  /** The sender, "Name <address>" or an address. */
  from: string;
}

/** What an e-mail without a subject of its own is called. */
const DEFAULT_SUBJECT = 'Besked fra Mestring';

/** The domain of the sender's address, for Message-IDs. */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.slice(address.lastIndexOf('@') + 1).trim() || 'localhost';
}

/**
 * E-mail over SMTP with nodemailer, one connection per message (reminders and confirmations come a few at a time).
 * Short timeouts: the outbox worker waits for the hand-over inside its transaction, and on PGlite that transaction
 * holds the one connection the requests need too. The Message-ID is derived from the outbox message, so a second
 * delivery after a crash is the same e-mail to the receiving system.
 */
export function smtpTransport(settings: SmtpSettings): Transport {
  const mailer = createTransport({ url: settings.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  const domain = senderDomain(settings.from);
  return {
    name: 'smtp',
    channel: 'email',
    recipientOf: (message) => (/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(message.to.trim()) ? message.to.trim() : null),
    async deliver(message, recipient, { messageId }) {
      await mailer.sendMail({
        from: settings.from,
        to: recipient,
        subject: message.subject ?? DEFAULT_SUBJECT,
        text: message.text,
        messageId: `<${messageId}@${domain}>`,
      });
    },
  };
}
