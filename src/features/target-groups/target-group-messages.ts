import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { EARLIEST_YEAR, LATEST_YEAR, LONGEST_PERIOD_YEARS } from './target-group-overview.js';

export type YearProblem = 'from-format' | 'to-format' | 'backwards' | 'too-long' | 'out-of-range';

/** Field messages for the period, Danish first. They travel as per-field problems. */
const messages = {
  da: {
    'from-format': 'Skriv det første år med fire cifre, fx 2022.',
    'to-format': 'Skriv det sidste år med fire cifre, fx 2026.',
    backwards: 'Det første år skal være før eller det samme som det sidste år.',
    'too-long': `Vælg højst ${LONGEST_PERIOD_YEARS} år ad gangen.`,
    'out-of-range': `Vælg år mellem ${EARLIEST_YEAR} og ${LATEST_YEAR}.`,
  },
  en: {
    'from-format': 'Write the first year with four digits, e.g. 2022.',
    'to-format': 'Write the last year with four digits, e.g. 2026.',
    backwards: 'The first year must be before or the same as the last year.',
    'too-long': `Choose at most ${LONGEST_PERIOD_YEARS} years at a time.`,
    'out-of-range': `Choose years between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
  },
} satisfies Record<Language, Record<YearProblem, string>>;

const fieldOf: Record<YearProblem, string> = { 'from-format': 'from', 'to-format': 'to', backwards: 'from', 'too-long': 'from', 'out-of-range': 'from' };

export function yearFieldError(language: Language, problem: YearProblem): AppError {
  return new AppError('validation_failed', undefined, [{ path: fieldOf[problem], message: messages[language][problem] }]);
}

/** The period's problem, or null. Years are written YYYY. */
export function yearPeriodProblem(from: string, to: string): YearProblem | null {
  if (!/^\d{4}$/.test(from)) return 'from-format';
  if (!/^\d{4}$/.test(to)) return 'to-format';
  const a = Number(from);
  const b = Number(to);
  if (a < EARLIEST_YEAR || b > LATEST_YEAR || a > LATEST_YEAR || b < EARLIEST_YEAR) return 'out-of-range';
  if (a > b) return 'backwards';
  if (b - a + 1 > LONGEST_PERIOD_YEARS) return 'too-long';
  return null;
}
