import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** Field messages only the reception use cases can judge, Danish first. They travel as per-field problems. */
const messages = {
  da: {
    'visit.who': 'Vælg en kendt borger eller skriv et fornavn eller kaldenavn – ikke begge dele.',
    'visit.no_cpr': 'Skriv ikke CPR-nummeret her. Brug et fornavn eller kaldenavn og en kort beskrivelse.',
    'statistics.period': 'Startdatoen skal ligge før slutdatoen, og perioden må højst være et år.',
  },
  en: {
    'visit.who': 'Choose a known citizen or write a first name or nickname – not both.',
    'visit.no_cpr': 'Do not write the CPR number here. Use a first name or nickname and a short description.',
    'statistics.period': 'The start date must be before the end date, and the period can be at most one year.',
  },
} satisfies Record<Language, Record<string, string>>;

export type ReceptionMessageKey = keyof (typeof messages)['da'];

/** An error with one translated per-field problem. */
export function receptionFieldError(language: Language, path: string, key: ReceptionMessageKey, code: ErrorCode = 'validation_failed'): AppError {
  return new AppError(code, undefined, [{ path, message: messages[language][key] }]);
}
