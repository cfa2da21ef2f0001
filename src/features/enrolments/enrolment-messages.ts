import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** What only the enrolment use cases can judge, Danish first. Each travels as a problem on its field. */
const messages = {
  da: {
    'offer.unknown': 'Tilbuddet findes ikke i kataloget.',
    'name.required': 'Vælg et tilbud fra kataloget, eller skriv navnet på tilbuddet.',
    'started.in_future': 'Startdatoen kan ikke ligge efter i dag.',
    'ended.in_future': 'Slutdatoen kan ikke ligge efter i dag.',
    'ended.before_start': 'Forløbet kan ikke slutte, før det begynder ({start}).',
    'ended.already': 'Forløbet er allerede afsluttet ({end}).',
    'unit.unknown': 'Enheden findes ikke.',
    'referral.unknown': 'Henvisningen findes ikke for denne borger.',
  },
  en: {
    'offer.unknown': 'The offer is not in the catalogue.',
    'name.required': 'Choose an offer from the catalogue, or type the name of the offer.',
    'started.in_future': 'The start date cannot be after today.',
    'ended.in_future': 'The end date cannot be after today.',
    'ended.before_start': 'The enrolment cannot end before it begins ({start}).',
    'ended.already': 'The enrolment has already ended ({end}).',
    'unit.unknown': 'The unit does not exist.',
    'referral.unknown': 'The referral does not exist for this citizen.',
  },
} satisfies Record<Language, Record<string, string>>;

export type EnrolmentMessageKey = keyof (typeof messages)['da'];

export function enrolmentMessage(language: Language, key: EnrolmentMessageKey, values: Record<string, string> = {}): string {
  return messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

export function enrolmentFieldError(code: ErrorCode, language: Language, path: string, key: EnrolmentMessageKey, values: Record<string, string> = {}): AppError {
  return new AppError(code, undefined, [{ path, message: enrolmentMessage(language, key, values) }]);
}
