import { AppError } from '../../../platform/errors.js';
import type { Language } from '../../../platform/i18n/server-messages.js';

/** Problems with single fields of the budget follow-up that only the use cases can judge, Danish first. */
const fieldMessages = {
  da: {
    'step.outside_year': 'Datoen skal ligge i årshjulets år.',
    'step.unknown': 'Årshjulet har ikke det trin i det år.',
    'step.not_follow_up': 'Trinnet er ikke en budgetopfølgning.',
  },
  en: {
    'step.outside_year': 'The date must lie within the year of the wheel.',
    'step.unknown': 'The year wheel has no such step in that year.',
    'step.not_follow_up': 'The step is not a budget follow-up.',
  },
} satisfies Record<Language, Record<string, string>>;

export type BudgetMessageKey = keyof (typeof fieldMessages)['da'];

/** A 400 with one translated per-field problem; nothing is saved. */
export function budgetFieldError(language: Language, path: string, key: BudgetMessageKey): AppError {
  return new AppError('validation_failed', undefined, [{ path, message: fieldMessages[language][key] }]);
}
