/**
 * Whether a dated qualification still holds: a criminal-record check (a ‘børneattest’/‘straffeattest’ has an expiry
 * the coordinator records) or a course that lapses. The coordinator is warned in good time, 60 days before.
 */

export type ValidityState = 'valid' | 'expiring' | 'expired' | 'missing';

export const EXPIRY_WARNING_DAYS = 60;

/** Calendar date arithmetic without time zones: 'YYYY-MM-DD' plus days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The state of a qualification valid until `validUntil` (the last day it holds) on `today`. `present` says whether
 * there is one at all: a course without an end is valid for good, a record check without an expiry date is treated
 * as missing, since a check that never lapses is not one the coordinator can rely on.
 */
export function validityState(present: boolean, validUntil: string | null, today: string, warningDays = EXPIRY_WARNING_DAYS): ValidityState {
  if (!present) return 'missing';
  if (validUntil === null) return 'valid';
  if (validUntil < today) return 'expired';
  return validUntil <= addDays(today, warningDays) ? 'expiring' : 'valid';
}

/** The record check's state: missing without a date of the check or its expiry. */
export function recordCheckState(checkedOn: string | null, expiresOn: string | null, today: string): ValidityState {
  if (checkedOn === null || expiresOn === null) return 'missing';
  return validityState(true, expiresOn, today);
}
