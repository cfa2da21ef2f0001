import type { ReferralState } from '../../domain/referral-state.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/**
 * The referral texts the server writes, Danish first: field problems only the use cases can judge, and the plain
 * words a citizen reads about their referrals (on "Mine henvisninger" and as notices). The citizen's texts are
 * short sentences with everyday words (test/unit/referral-texts.test.ts keeps their LIX at most 30).
 */
const fieldMessages = {
  da: {
    'offer.unknown': 'Tilbuddet findes ikke.',
    'offer.not_published': 'Tilbuddet er ikke offentliggjort. Man kan kun henvise til offentlige tilbud.',
    'offer.no_receiver': 'Tilbuddet har ingen enhed, der kan tage imod henvisninger.',
    'offer.not_self_referral': 'Du kan ikke selv søge om dette tilbud. Tal med din kontaktperson om en henvisning.',
    'offer.already_referred': 'Borgeren har allerede en åben henvisning til dette tilbud.',
    'parts.duplicate': 'Samme del står der flere gange.',
    'consent.required': 'Borgeren skal have sagt ja til at dele de valgte dele af planen.',
    'reason.required': 'Skriv en begrundelse.',
  },
  en: {
    'offer.unknown': 'The offer does not exist.',
    'offer.not_published': 'The offer is not published. Referrals can only go to published offers.',
    'offer.no_receiver': 'The offer has no unit that can receive referrals.',
    'offer.not_self_referral': 'You cannot apply for this offer yourself. Talk to your contact person about a referral.',
    'offer.already_referred': 'The citizen already has an open referral to this offer.',
    'parts.duplicate': 'The same part is listed more than once.',
    'consent.required': 'The citizen must have agreed to share the chosen parts of the plan.',
    'reason.required': 'Write a reason.',
  },
} satisfies Record<Language, Record<string, string>>;

export type ReferralMessageKey = keyof (typeof fieldMessages)['da'];

/** An error with one translated per-field problem. */
export function referralFieldError(code: ErrorCode, language: Language, path: string, key: ReferralMessageKey, detailKey?: string): AppError {
  return new AppError(code, detailKey, [{ path, message: fieldMessages[language][key] }]);
}

type StateTexts = Record<ReferralState, string>;

/** Where the referral stands, said to the citizen. {receiver} is the unit (or the offer) that answers. */
const citizenStateTexts: Record<Language, StateTexts & { 'sent-self': string }> = {
  da: {
    sent: 'Du er henvist til {offer}. {receiver} har ikke svaret endnu.',
    'sent-self': 'Du har søgt om {offer}. {receiver} har ikke svaret endnu.',
    received: '{receiver} har læst din henvisning. De svarer dig snart.',
    accepted: '{receiver} har sagt ja til dig.',
    declined: '{receiver} har sagt nej.',
    started: 'Du er gået i gang hos {receiver}.',
    completed: 'Du er færdig hos {receiver}.',
    stopped: 'Det er slut med {offer}.',
  },
  en: {
    sent: 'You have been referred to {offer}. {receiver} has not answered yet.',
    'sent-self': 'You have applied for {offer}. {receiver} has not answered yet.',
    received: '{receiver} has read your referral. They will answer you soon.',
    accepted: '{receiver} has said yes to you.',
    declined: '{receiver} has said no.',
    started: 'You have started at {receiver}.',
    completed: 'You have finished at {receiver}.',
    stopped: 'The referral to {offer} has stopped.',
  },
};

/** What happened at each step of the history, said to the citizen. */
const citizenHistoryTexts: Record<Language, StateTexts> = {
  da: {
    sent: 'Den blev sendt.',
    received: '{receiver} læste den.',
    accepted: '{receiver} sagde ja.',
    declined: '{receiver} sagde nej.',
    started: 'Du gik i gang.',
    completed: 'Du blev færdig.',
    stopped: 'Det blev slut.',
  },
  en: {
    sent: 'It was sent.',
    received: '{receiver} read it.',
    accepted: '{receiver} said yes.',
    declined: '{receiver} said no.',
    started: 'You started.',
    completed: 'You finished.',
    stopped: 'It ended.',
  },
};

/** The states in one word, for the sender's notice. */
const stateNames: Record<Language, StateTexts> = {
  da: { sent: 'sendt', received: 'modtaget', accepted: 'accepteret', declined: 'afvist', started: 'startet', completed: 'afsluttet', stopped: 'stoppet' },
  en: { sent: 'sent', received: 'received', accepted: 'accepted', declined: 'declined', started: 'started', completed: 'completed', stopped: 'stopped' },
};

const senderNotice: Record<Language, string> = {
  da: 'Din henvisning til {offer} er nu {state}.',
  en: 'Your referral to {offer} is now {state}.',
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export interface ReferralNames {
  offer: string;
  receiver: string;
}

export function citizenStateText(language: Language, state: ReferralState, kind: 'worker' | 'self', names: ReferralNames): string {
  const texts = citizenStateTexts[language];
  return fill(state === 'sent' && kind === 'self' ? texts['sent-self'] : texts[state], { ...names });
}

export function citizenHistoryText(language: Language, state: ReferralState, names: ReferralNames): string {
  return fill(citizenHistoryTexts[language][state], { ...names });
}

export function senderNoticeText(language: Language, state: ReferralState, names: ReferralNames): string {
  return fill(senderNotice[language], { ...names, state: stateNames[language][state] });
}

/** Every citizen text with its placeholders, for the readability test. */
export const citizenTexts = { state: citizenStateTexts, history: citizenHistoryTexts };
