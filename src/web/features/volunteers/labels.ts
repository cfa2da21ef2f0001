import type { TFunction } from 'i18next';

/** Words for the volunteer area's codes, in the reader's language. */

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayName(t: TFunction, weekday: number): string {
  return t(`weekdays.${weekday}`);
}

/** A language code (ISO 639-1) by its name in the reader's language: 'ar' → "arabisk". */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'en' ? 'en' : 'da'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function kindName(t: TFunction, kind: string): string {
  return t(`kinds.${kind}`, { defaultValue: kind });
}

export function validityText(t: TFunction, state: string): string {
  return t(`validity.${state}`);
}
