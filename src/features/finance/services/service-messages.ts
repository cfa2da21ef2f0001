import type { ServiceRuleProblem } from '../../../domain/granted-service-rules.js';
import { AppError, type ErrorCode, type FieldProblem } from '../../../platform/errors.js';
import type { Language } from '../../../platform/i18n/server-messages.js';

/**
 * The texts about decisions on services that only the use cases can judge, Danish first. Amounts are said in kroner,
 * as case officers think of them, though the API takes øre.
 */
const fieldMessages = {
  da: {
    'price.not_positive': 'Prisen skal være større end 0 kr.',
    'price.too_large': 'Prisen må højst være 100.000.000 kr. pr. dag, time eller måned. Tjek, at beløbet er skrevet rigtigt.',
    'quantity.not_positive': 'Antallet skal være større end 0.',
    'quantity.too_large': 'Antallet må højst være 1.000.',
    'quantity.hours_a_week': 'Der er højst 168 timer på en uge.',
    'period.ends_before_start': 'Perioden kan ikke slutte, før den begynder.',
    'decided.in_future': 'Datoen for afgørelsen kan ikke ligge efter i dag.',
    'offer.unknown': 'Tilbuddet findes ikke i kataloget.',
    'offer.draft': 'Tilbuddet er en kladde og er ikke offentliggjort. Vælg et andet tilbud, eller skriv navnet på ydelsen.',
    'name.required': 'Vælg et tilbud fra kataloget, eller skriv navnet på ydelsen.',
    'legal_basis.required': 'Skriv hjemlen, fx SEL §85. Tilbuddet har ingen hjemmel i kataloget.',
    'legal_basis.too_long': 'Hjemlen må højst være 40 tegn, fx SEL §108, stk. 2.',
    'paying_unit.unknown': 'Den betalende enhed findes ikke.',
    overlap: 'Borgeren har allerede en afgørelse om {name} ({basis}) i perioden {period}. Afgørelser om samme ydelse må ikke overlappe. Ret perioden, eller ret den eksisterende afgørelse.',
    cancelled: 'Afgørelsen er trukket tilbage og kan ikke ændres.',
    'until-further-notice': 'indtil videre',
  },
  en: {
    'price.not_positive': 'The price must be more than DKK 0.',
    'price.too_large': 'The price can be at most DKK 100,000,000 per day, hour or month. Check that the amount is typed correctly.',
    'quantity.not_positive': 'The quantity must be more than 0.',
    'quantity.too_large': 'The quantity can be at most 1,000.',
    'quantity.hours_a_week': 'A week has at most 168 hours.',
    'period.ends_before_start': 'The period cannot end before it begins.',
    'decided.in_future': 'The date of the decision cannot be after today.',
    'offer.unknown': 'The offer is not in the catalogue.',
    'offer.draft': 'The offer is a draft and not published. Choose another offer, or type the name of the service.',
    'name.required': 'Choose an offer from the catalogue, or type the name of the service.',
    'legal_basis.required': 'Enter the legal basis, e.g. SEL §85. The offer has no legal basis in the catalogue.',
    'legal_basis.too_long': 'The legal basis can be at most 40 characters, e.g. SEL §108, stk. 2.',
    'paying_unit.unknown': 'The paying unit does not exist.',
    overlap: 'The citizen already has a decision on {name} ({basis}) for the period {period}. Decisions on the same service must not overlap. Change the period, or change the existing decision.',
    cancelled: 'The decision has been withdrawn and cannot be changed.',
    'until-further-notice': 'until further notice',
  },
} satisfies Record<Language, Record<string, string>>;

export type ServiceMessageKey = keyof (typeof fieldMessages)['da'];

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export function serviceMessage(language: Language, key: ServiceMessageKey, values: Record<string, string> = {}): string {
  return fill(fieldMessages[language][key], values);
}

/** An error with one translated problem on one field. */
export function serviceFieldError(code: ErrorCode, language: Language, path: string, key: ServiceMessageKey, values: Record<string, string> = {}): AppError {
  return new AppError(code, undefined, [{ path, message: serviceMessage(language, key, values) }]);
}

/** The domain's problems with a decision, translated. */
export function ruleProblems(language: Language, problems: ServiceRuleProblem[]): FieldProblem[] {
  return problems.map((p) => ({ path: p.field, message: serviceMessage(language, p.key) }));
}

/** A period as people write it: "1. jan. 2026 – 31. dec. 2026", or "… – indtil videre". */
export function periodText(language: Language, from: string, to: string | null): string {
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', dateStyle: 'medium' });
  const day = (date: string) => format.format(new Date(`${date}T00:00:00Z`));
  return `${day(from)} – ${to === null ? serviceMessage(language, 'until-further-notice') : day(to)}`;
}
