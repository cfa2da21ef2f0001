import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** The texts about councils and hearings that only the use cases can judge, Danish first. */
const messages = {
  da: {
    'member.period': 'Slutdatoen skal ligge på eller efter startdatoen.',
    'member.user_unknown': 'Brugeren findes ikke. Vælg en bruger fra listen.',
    'member.user_taken': 'Brugeren er allerede medlem af rådet.',
    'hearing.respond_by_before_sent': 'Svarfristen skal ligge på eller efter den dag, høringen sendes.',
    'hearing.sent_in_future': 'Høringen kan ikke være sendt senere end i dag.',
    'hearing.strategy_unknown': 'Strategien findes ikke. Vælg en fra listen.',
    'hearing.closed': 'Høringen er lukket, fordi udfaldet er registreret. Svaret kan ikke ændres længere.',
    'hearing.closed_outcome': 'Udfaldet er allerede registreret, og høringen er lukket.',
    'hearing.not_answered': 'Rådet har ikke svaret endnu, og fristen er ikke udløbet. Vent på svaret, eller registrér udfaldet efter {respondBy}.',
  },
  en: {
    'member.period': 'The end date must be on or after the start date.',
    'member.user_unknown': 'The user does not exist. Choose a user from the list.',
    'member.user_taken': 'The user is already a member of the council.',
    'hearing.respond_by_before_sent': 'The deadline must be on or after the day the hearing is sent.',
    'hearing.sent_in_future': 'The hearing cannot have been sent later than today.',
    'hearing.strategy_unknown': 'The strategy does not exist. Choose one from the list.',
    'hearing.closed': 'The hearing is closed because the outcome has been recorded. The response can no longer be changed.',
    'hearing.closed_outcome': 'The outcome has already been recorded, and the hearing is closed.',
    'hearing.not_answered': 'The council has not answered yet, and the deadline has not passed. Wait for the response, or record the outcome after {respondBy}.',
  },
} satisfies Record<Language, Record<string, string>>;

export type CouncilMessageKey = keyof (typeof messages)['da'];

export function councilMessage(language: Language, key: CouncilMessageKey, values: Record<string, string> = {}): string {
  return messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** An error with one translated problem on one field. */
export function councilFieldError(code: ErrorCode, language: Language, path: string, key: CouncilMessageKey, values: Record<string, string> = {}): AppError {
  return new AppError(code, undefined, [{ path, message: councilMessage(language, key, values) }]);
}

/** A date as people read it: "3. marts 2026". */
export function dateText(language: Language, date: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}
