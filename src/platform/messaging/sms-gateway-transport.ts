import type { Transport } from './delivered-once.js';
import { normalisePhoneNumber } from './phone-number.js';

export interface SmsGatewaySettings {
  /** The gateway's endpoint for one message (https; http only to this machine, for tests). */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
}

/** The body posted to the gateway: Danish gateways take about this, or a small adapter in front of them maps it. */
export interface SmsGatewayRequest {
  /** E.164, '+4520123456'. */
  to: string;
  text: string;
  /** The outbox message id: the gateway may use it to drop a second delivery of the same message. */
  reference: string;
}

export class SmsGatewayError extends Error {
  override name = 'SmsGatewayError';
  constructor(readonly status: number) {
    super(`the text-message gateway answered ${status}`);
  }
}

/**
 * Text messages through an HTTPS gateway: POST {to, text, reference} as JSON with a bearer token; any 2xx is taken as
 * accepted, anything else (or no answer within 10 s) throws so the outbox tries again later. The answer's body is not
 * read beyond the status: gateways differ in what they return.
 */
export function smsGatewayTransport(settings: SmsGatewaySettings): Transport {
  return {
    name: 'sms-gateway',
    channel: 'sms',
    recipientOf: (message) => normalisePhoneNumber(message.to),
    async deliver(message, recipient, { messageId }) {
      const body: SmsGatewayRequest = { to: recipient, text: message.text, reference: messageId };
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new SmsGatewayError(response.status);
    },
  };
}
