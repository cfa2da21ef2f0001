import { isReferralState } from '../../domain/referral-state.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { citizenStateText, senderNoticeText } from '../referrals/referral-messages.js';

const generic: Record<Language, string> = { da: 'Der er nyt til dig.', en: 'There is something new for you.' };
const offerConfirm: Record<Language, (offer: string) => string> = {
  da: (offer) => `«${offer}» er ikke bekræftet i over et år. Se om oplysningerne stadig passer, og bekræft dem.`,
  en: (offer) => `“${offer}” has not been confirmed for over a year. Check that the information is still right, and confirm it.`,
};

/**
 * A notice's text in the reader's language, composed when it is read from its kind and payload, so a notice
 * written in Danish reads in English after the user switches language.
 */
export function noticeText(kind: string, payload: Record<string, unknown>, language: Language): string {
  const state = typeof payload.state === 'string' && isReferralState(payload.state) ? payload.state : null;
  const names = { offer: String(payload.offer ?? ''), receiver: String(payload.receiver ?? '') };
  if (kind === 'referral.citizen' && state) return citizenStateText(language, state, payload.referralKind === 'self' ? 'self' : 'worker', names);
  if (kind === 'referral.sender' && state) return senderNoticeText(language, state, names);
  if (kind === 'offer.confirm') return offerConfirm[language](String(payload.offer ?? ''));
  return generic[language];
}
