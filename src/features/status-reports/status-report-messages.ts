import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** Problems only the status reports' use cases can judge, Danish first. They travel as per-field problems. */
const problems = {
  da: {
    'year.future': 'Året er ikke begyndt endnu. Vælg {current} eller et år før.',
    'year.draft_exists': 'Der er allerede en kladde til {year} (version {version}). Åbn den i arkivet og gør den færdig, før du laver en ny.',
    'state.not_draft': 'Rapporten er offentliggjort og kan ikke ændres. Lav en ny version, hvis der skal rettes noget.',
    'revision.stale': 'Nogen har ændret resuméet, mens du arbejdede. Hent den nyeste udgave og prøv igen.',
  },
  en: {
    'year.future': 'The year has not begun yet. Choose {current} or a year before.',
    'year.draft_exists': 'There is already a draft for {year} (version {version}). Open it in the archive and finish it before you make a new one.',
    'state.not_draft': 'The report is published and cannot be changed. Make a new version if something needs correcting.',
    'revision.stale': 'Someone changed the summary while you were working. Load the latest one and try again.',
  },
} satisfies Record<Language, Record<string, string>>;

export type StatusReportProblem = keyof (typeof problems)['da'];

/** An error with one translated problem on one field. */
export function statusReportError(code: ErrorCode, language: Language, path: string, key: StatusReportProblem, values: Record<string, string | number> = {}): AppError {
  const message = problems[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  return new AppError(code, undefined, [{ path, message }]);
}
