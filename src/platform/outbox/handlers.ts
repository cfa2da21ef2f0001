import { COMPANION_MESSAGE, deliverCompanionMessages } from '../../features/companions/deliver-companion-messages.js';
import { deliverOfferReminder, OFFER_CONFIRM_REMINDER } from '../../features/offers/remind-outdated-offers.js';
import { deliverReferralNotices, REFERRAL_CHANGED } from '../../features/referrals/deliver-referral-notices.js';
import { sinkMessenger, type Messenger } from '../messaging/messenger.js';
import type { Logger, OutboxHandler } from './worker.js';

/**
 * The side effects the platform knows. Each feature adds its topics here (text messages, e-mail, ...).
 * 'log.notice' writes a line without payload content, so operators can see the pipeline work end to end.
 */
export function outboxHandlers(logger: Logger & { info(obj: object, msg: string): void }, messenger: Messenger = sinkMessenger): Map<string, OutboxHandler> {
  void messenger; // e-mail and text messages of the features that send them
  return new Map<string, OutboxHandler>([
    ['log.notice', async (message) => logger.info({ topic: message.topic, messageId: message.messageId }, 'outbox notice delivered')],
    [REFERRAL_CHANGED, deliverReferralNotices],
    [OFFER_CONFIRM_REMINDER, deliverOfferReminder],
    [COMPANION_MESSAGE, deliverCompanionMessages(messenger)],
  ]);
}
