import type { DefinitionProblem } from '../../domain/indicator-definition.js';
import { LONGEST_RANGE_MONTHS, type RangeProblem } from '../../domain/indicator-evaluation.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** Field messages only the indicators' use cases can judge, Danish first. They travel as per-field problems. */
type Problem = RangeProblem | 'unit.unknown' | 'period.unknown' | 'key.format';

const messages = {
  da: {
    'from-format': 'Skriv den første måned som år og måned, fx 2024-01.',
    'to-format': 'Skriv den sidste måned som år og måned, fx 2026-12.',
    backwards: 'Den første måned skal ligge før eller være den samme som den sidste måned.',
    'too-long': `Vælg højst ${LONGEST_RANGE_MONTHS / 12} år ad gangen.`,
    'unit.unknown': 'Vælg en enhed fra listen.',
    'period.unknown': 'Skriv perioden som en måned (2024-03), et kvartal (2024-Q1) eller et år (2024).',
    'key.format': 'Nøglen må kun have små bogstaver, tal og bindestreger, fx «andel-i-job».',
  },
  en: {
    'from-format': 'Write the first month as year and month, e.g. 2024-01.',
    'to-format': 'Write the last month as year and month, e.g. 2026-12.',
    backwards: 'The first month must be before or the same as the last month.',
    'too-long': `Choose at most ${LONGEST_RANGE_MONTHS / 12} years at a time.`,
    'unit.unknown': 'Choose a unit from the list.',
    'period.unknown': 'Write the period as a month (2024-03), a quarter (2024-Q1) or a year (2024).',
    'key.format': 'The key may only have small letters, digits and hyphens, e.g. "share-in-job".',
  },
} satisfies Record<Language, Record<Problem, string>>;

const fieldOf: Record<Problem, string> = { 'from-format': 'from', 'to-format': 'to', backwards: 'from', 'too-long': 'from', 'unit.unknown': 'unit', 'period.unknown': 'period', 'key.format': 'key' };

/** A 400 with one translated per-field problem; nothing is read or changed. */
export function indicatorFieldError(language: Language, problem: Problem): AppError {
  return new AppError('validation_failed', undefined, [{ path: fieldOf[problem], message: messages[language][problem] }]);
}

/** A 400 naming every reason a definition was refused, in the reader's language, at "definition.<path>". */
export function definitionError(language: Language, problems: readonly DefinitionProblem[]): AppError {
  return new AppError(
    'validation_failed',
    undefined,
    problems.map((p) => ({ path: p.path === '' ? 'definition' : `definition.${p.path}`, message: p[language] })),
  );
}
