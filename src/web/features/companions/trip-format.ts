/** A trip's time in the reader's language: "lørdag 12. december kl. 14.00–16.00". */
export function tripTime(startsAt: string, endsAt: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(startsAt));
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return `${day} ${language === 'en' ? 'at' : 'kl.'} ${time(startsAt)}–${time(endsAt)}`;
}
