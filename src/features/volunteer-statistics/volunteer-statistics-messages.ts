import { LONGEST_PERIOD_MONTHS, type PeriodProblem } from '../../domain/volunteer-statistics.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** Field messages only the evaluation's use case can judge, Danish first. They travel as per-field problems. */
const messages = {
  da: {
    'from-format': 'Skriv den første måned som år og måned, fx 2026-03.',
    'to-format': 'Skriv den sidste måned som år og måned, fx 2026-11.',
    backwards: 'Den første måned skal ligge før eller være den samme som den sidste måned.',
    'too-long': `Vælg højst ${LONGEST_PERIOD_MONTHS} måneder ad gangen.`,
    'unit.unknown': 'Vælg en enhed fra listen.',
  },
  en: {
    'from-format': 'Write the first month as year and month, e.g. 2026-03.',
    'to-format': 'Write the last month as year and month, e.g. 2026-11.',
    backwards: 'The first month must be before or the same as the last month.',
    'too-long': `Choose at most ${LONGEST_PERIOD_MONTHS} months at a time.`,
    'unit.unknown': 'Choose a unit from the list.',
  },
} satisfies Record<Language, Record<PeriodProblem | 'unit.unknown', string>>;

/** The field each problem is about, so the form can put the message next to it. */
const fieldOf: Record<PeriodProblem | 'unit.unknown', string> = { 'from-format': 'from', 'to-format': 'to', backwards: 'from', 'too-long': 'from', 'unit.unknown': 'unit' };

/** A 400 with one translated per-field problem; nothing is read. */
export function statisticsFieldError(language: Language, problem: PeriodProblem | 'unit.unknown'): AppError {
  return new AppError('validation_failed', undefined, [{ path: fieldOf[problem], message: messages[language][problem] }]);
}
