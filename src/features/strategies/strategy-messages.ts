import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import type { NoteProblem, PeriodProblem, SelectionProblem } from './strategy-rules.js';

type Key =
  | PeriodProblem
  | NoteProblem
  | SelectionProblem
  | 'working-group.unknown'
  | 'unit.unknown'
  | 'leader.unknown'
  | 'indicator.unknown'
  | 'body.not-committee'
  | 'focus-area.unknown'
  | 'version.required';

/** Field messages only the strategy use cases can judge, Danish first. They travel as per-field problems. */
const messages = {
  da: {
    'period.backwards': 'Slutdatoen skal ligge efter startdatoen.',
    'note.future': 'Datoen for noten kan ikke ligge i fremtiden.',
    'note.too-old': 'Datoen for noten er for gammel. Skriv en dato efter år 2000.',
    'selection.decided-future': 'Datoen for beslutningen kan ikke ligge i fremtiden.',
    'selection.decided-after-year': 'Udvalget skal beslutte før eller i det år, valget gælder.',
    'selection.decided-too-early': 'Udvalget kan højst beslutte et år før det år, valget gælder.',
    'selection.duplicate-focus-area': 'Det samme indsatsområde er valgt to gange.',
    'selection.replaced-plan': 'Et af indsatsområderne hører til en plan, der er afløst af en ny strategi. Vælg indsatsområder fra den nye strategi.',
    'working-group.unknown': 'Vælg en arbejdsgruppe fra listen.',
    'unit.unknown': 'Vælg en enhed fra listen.',
    'leader.unknown': 'Vælg en ansvarlig leder fra listen.',
    'indicator.unknown': 'Vælg indikatorer fra listen.',
    'body.not-committee': 'Vælg det udvalg, der traf beslutningen.',
    'focus-area.unknown': 'Vælg indsatsområder fra listen.',
    'version.required': 'Hent aktiviteten igen, før du ændrer status.',
  },
  en: {
    'period.backwards': 'The end date must be after the start date.',
    'note.future': 'The date of the note cannot be in the future.',
    'note.too-old': 'The date of the note is too old. Enter a date after the year 2000.',
    'selection.decided-future': 'The date of the decision cannot be in the future.',
    'selection.decided-after-year': 'The committee must decide before or during the year the selection is for.',
    'selection.decided-too-early': 'The committee can decide at most one year before the year the selection is for.',
    'selection.duplicate-focus-area': 'The same focus area is chosen twice.',
    'selection.replaced-plan': 'One of the focus areas belongs to a plan that has been replaced by a new strategy. Choose focus areas from the new strategy.',
    'working-group.unknown': 'Choose a working group from the list.',
    'unit.unknown': 'Choose a unit from the list.',
    'leader.unknown': 'Choose a responsible leader from the list.',
    'indicator.unknown': 'Choose indicators from the list.',
    'body.not-committee': 'Choose the committee that made the decision.',
    'focus-area.unknown': 'Choose focus areas from the list.',
    'version.required': 'Load the activity again before you change its status.',
  },
} satisfies Record<Language, Record<Key, string>>;

export type StrategyMessageKey = Key;

/** A 400 with one translated per-field problem; nothing is saved. */
export function strategyFieldError(language: Language, path: string, key: StrategyMessageKey): AppError {
  return new AppError('validation_failed', undefined, [{ path, message: messages[language][key] }]);
}
