import { deliveredOnce, type MessagingLogger } from './delivered-once.js';
import { sinkMessenger, type Channel, type Messenger } from './messenger.js';
import { smsGatewayTransport, type SmsGatewaySettings } from './sms-gateway-transport.js';
import { smtpTransport, type SmtpSettings } from './smtp-transport.js';

export interface MessagingSettings {
  smtp: SmtpSettings | null;
  smsGateway: SmsGatewaySettings | null;
}

type Route = { kind: 'transport' | 'sink'; messenger: Messenger } | { kind: 'off' };

/**
 * The messenger the server runs with, chosen per channel: the configured transport (SMTP for e-mail, the gateway for
 * text messages); otherwise the local sink in demo mode. Production never uses the sink — it would keep every text
 * in the database and deliver nothing — so there a channel without a transport is off: the start-up log says so
 * once, and each message on it is logged as not sent (without recipient or text) and not retried.
 */
export function messengerFromConfig(mode: 'demo' | 'production', settings: MessagingSettings, logger: MessagingLogger & { info(obj: object, msg: string): void }): Messenger {
  const fallback = (channel: Channel, variable: string): Route => {
    if (mode === 'demo') return { kind: 'sink', messenger: sinkMessenger };
    logger.warn({ channel, variable }, `${channel === 'email' ? 'e-mails' : 'text messages'} are not sent: set ${variable} to send them`);
    return { kind: 'off' };
  };
  const routes: Record<Channel, Route> = {
    email: settings.smtp ? { kind: 'transport', messenger: deliveredOnce(smtpTransport(settings.smtp), logger) } : fallback('email', 'MESTRING_SMTP_URL'),
    sms: settings.smsGateway ? { kind: 'transport', messenger: deliveredOnce(smsGatewayTransport(settings.smsGateway), logger) } : fallback('sms', 'MESTRING_SMS_GATEWAY_URL'),
  };
  logger.info({ email: routes.email.kind, sms: routes.sms.kind }, 'messaging transports');
  return {
    async send(message, context) {
      const route = routes[message.channel];
      if (route.kind === 'off') {
        logger.warn({ messageId: context.messageId, channel: message.channel }, 'message not sent: no transport for its channel');
        return;
      }
      await route.messenger.send(message, context);
    },
  };
}
