/** Calendar dates are Danish; instants are UTC. These convert between the two without a time-zone library. */
export const TIME_ZONE = 'Europe/Copenhagen';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The offset of Danish time from UTC at the given instant, in minutes (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant at which the Danish calendar day `YYYY-MM-DD` begins. */
export function startOfCopenhagenDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // Midnight is never inside a Danish DST switch (they happen at 02:00/03:00), so one correction is exact.
  const offset = copenhagenOffsetMinutes(new Date(utcMidnight.getTime() - 120 * 60_000));
  return new Date(utcMidnight.getTime() - offset * 60_000);
}

/** The instant at which the day after `YYYY-MM-DD` begins: the exclusive end of that day. */
export function endOfCopenhagenDay(date: string): Date {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfCopenhagenDay(next.toISOString().slice(0, 10));
}

/** Today's calendar date in Denmark, 'YYYY-MM-DD': ages, due dates and the 18th birthday count Danish days. */
export function copenhagenToday(now: Date): string {
  return new Date(now.getTime() + copenhagenOffsetMinutes(now) * 60_000).toISOString().slice(0, 10);
}
