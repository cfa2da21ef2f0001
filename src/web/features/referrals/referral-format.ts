/** The Danish calendar day of an instant, written out ("2. december 2026"): plain for citizens. */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' }).format(new Date(iso));
}
