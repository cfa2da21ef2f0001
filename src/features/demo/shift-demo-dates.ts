/**
 * The demo's plans are written as of one day. Loaded later, every date moves forward by whole weeks, so
 * "the meeting next week" is still next week and Thursday's swim is still on a Thursday. Birth dates stay:
 * they are bound to the CPR numbers, and ages drift by less than the demo lives.
 */
export const DEMO_REFERENCE_DATE = '2026-11-22';

const DAY_MS = 86_400_000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const fixedKeys = new Set(['birthDate', 'cpr']);

/** Whole weeks from the reference day to `now`; never negative. */
export function demoShiftDays(now: Date): number {
  const days = Math.floor((now.getTime() - Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`)) / DAY_MS);
  return Math.max(0, Math.floor(days / 7) * 7);
}

function shiftValue(value: string, days: number): string {
  if (datePattern.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  if (instantPattern.test(value)) return new Date(Date.parse(value) + days * DAY_MS).toISOString();
  return value;
}

/** A copy of the raw seed with every date and instant moved by `days`, except the fixed keys. */
export function shiftDemoDates(value: unknown, days: number, key?: string): unknown {
  if (days === 0 || (key !== undefined && fixedKeys.has(key))) return value;
  if (typeof value === 'string') return shiftValue(value, days);
  if (Array.isArray(value)) return value.map((item) => shiftDemoDates(item, days));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDemoDates(v, days, k)]));
  return value;
}
