import { LONGEST_YEAR_SPAN } from '../../domain/housing-plan.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** Field messages only the housing use cases can judge, Danish first. They travel as per-field problems. */
const messages = {
  da: {
    'range.backwards': 'Det første år skal ligge før eller være det samme som det sidste år.',
    'range.too_long': `Vælg højst ${LONGEST_YEAR_SPAN} år ad gangen.`,
    'range.future': 'Det sidste år kan højst være i år. Et år, der ikke er begyndt, kan ikke gøres op.',
    'project.dates': 'Datoen for, hvornår projektet er færdigt, kan ikke ligge før startdatoen.',
    'project.paragraph_twice': 'Skriv hver paragraf én gang, med den samlede ændring i pladser.',
  },
  en: {
    'range.backwards': 'The first year must be before or the same as the last year.',
    'range.too_long': `Choose at most ${LONGEST_YEAR_SPAN} years at a time.`,
    'range.future': 'The last year can be this year at the latest. A year that has not begun cannot be counted.',
    'project.dates': 'The date the project is done cannot be before its start date.',
    'project.paragraph_twice': 'Write each paragraph once, with the total change in places.',
  },
} satisfies Record<Language, Record<string, string>>;

export type HousingMessageKey = keyof (typeof messages)['da'];

/** A 400 with one translated per-field problem. */
export function housingFieldError(language: Language, path: string, key: HousingMessageKey): AppError {
  return new AppError('validation_failed', undefined, [{ path, message: messages[language][key] }]);
}
