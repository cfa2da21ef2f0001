import { AppError } from '../../../platform/errors.js';
import type { Language } from '../../../platform/i18n/server-messages.js';

/** The texts about refusion and expensive cases that only the use cases can judge, Danish first. */
const fieldMessages = {
  da: {
    'bands.missing': 'Der er ingen refusionsgrænser for {year}. Økonomi kan indtaste årets grænser under refusionsgrænser.',
    'bands.first_not_zero': 'Det første interval skal begynde ved 0 kr.',
    'bands.same_limit': 'To intervaller begynder ved samme beløb.',
    'bands.rate': 'En sats skal være et helt tal fra 0 til 100 %.',
  },
  en: {
    'bands.missing': 'There are no refusion bands for {year}. Finance can enter the year’s bands under refusion bands.',
    'bands.first_not_zero': 'The first band must start at DKK 0.',
    'bands.same_limit': 'Two bands start at the same amount.',
    'bands.rate': 'A rate must be a whole number from 0 to 100 %.',
  },
} satisfies Record<Language, Record<string, string>>;

export type CaseMessageKey = keyof (typeof fieldMessages)['da'];

export function caseMessage(language: Language, key: CaseMessageKey, values: Record<string, string> = {}): string {
  return fieldMessages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** A 400 with one translated problem on one field. */
export function caseFieldError(language: Language, path: string, key: CaseMessageKey, values: Record<string, string> = {}): AppError {
  return new AppError('validation_failed', undefined, [{ path, message: caseMessage(language, key, values) }]);
}

/** The year has no bands: refusion cannot be worked out, so the request is refused as bad input. */
export function noBandsError(language: Language, year: number, path = 'year'): AppError {
  return caseFieldError(language, path, 'bands.missing', { year: String(year) });
}
