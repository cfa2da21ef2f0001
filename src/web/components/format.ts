/** Times are stored in UTC and always shown in Danish time, whatever the browser's own time zone. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(iso));
}
