import type { TFunction } from 'i18next';
import type { PlanPart } from './plan-api.js';

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

/** A calendar date (YYYY-MM-DD) in words, e.g. "12. marts 2026"; it is a Danish date, so no time zone is applied. */
export function formatDate(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in Danish time, e.g. "12. marts 2026 kl. 14.05". */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
}

/** The day of an instant in Danish time, for the date of a comment or a step done. */
export function formatInstantDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(new Date(iso));
}

/** The name of a part of the plan: "Drømme", "Møder" or a life domain. */
export function partLabel(t: TFunction, part: string): string {
  if (part.startsWith('domain:')) return t(`domains.${part.slice('domain:'.length)}`, { defaultValue: part });
  return t(`parts.${part}`, { defaultValue: t('parts.other') });
}

export function isPlanPartKey(value: string): value is PlanPart {
  return value === 'dreams' || value === 'meetings' || value.startsWith('domain:');
}
