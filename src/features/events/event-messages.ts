import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** Field messages only the event use cases can judge, Danish first, in plain words (citizens read some of them). */
const messages = {
  da: {
    'event.ends_before_start': 'Slutningen skal ligge efter starten.',
    'event.window': 'Til-datoen skal ligge efter fra-datoen, og perioden må højst være et år.',
    'event.owner_missing': 'Vælg enten et tilbud eller en udbyder.',
    'event.offer_missing': 'Tilbuddet findes ikke.',
    'event.organization_missing': 'Udbyderen findes ikke.',
    'event.location_missing': 'Stedet findes ikke.',
    'event.capacity_below_signups': 'Der er allerede flere tilmeldt, end der bliver pladser.',
    'signup.whom': 'Vælg den borger, der skal tilmeldes.',
  },
  en: {
    'event.ends_before_start': 'The end must be after the start.',
    'event.window': 'The to-date must be after the from-date, and the period can be at most a year.',
    'event.owner_missing': 'Choose either an offer or a provider.',
    'event.offer_missing': 'The offer does not exist.',
    'event.organization_missing': 'The provider does not exist.',
    'event.location_missing': 'The place does not exist.',
    'event.capacity_below_signups': 'More people are already signed up than there would be places.',
    'signup.whom': 'Choose the citizen to sign up.',
  },
} satisfies Record<Language, Record<string, string>>;

export type EventMessageKey = keyof (typeof messages)['da'];

/** An error with one translated per-field problem. */
export function eventFieldError(language: Language, path: string, key: EventMessageKey, code: ErrorCode = 'validation_failed'): AppError {
  return new AppError(code, undefined, [{ path, message: messages[language][key] }]);
}
