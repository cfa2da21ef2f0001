import { copenhagenOffsetMinutes } from '../../domain/copenhagen-time.js';

/** Today's calendar date in Denmark, 'YYYY-MM-DD': ages and the 18th birthday count Danish days. */
export function copenhagenToday(now: Date): string {
  return new Date(now.getTime() + copenhagenOffsetMinutes(now) * 60_000).toISOString().slice(0, 10);
}
