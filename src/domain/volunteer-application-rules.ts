/**
 * Checks of an application to become a volunteer, sent by anyone without logging in. The coordinator must be able
 * to reach the applicant, so the e-mail address must look like one and a phone number, when given, must be a number
 * one can call; a postal code is a Danish one. Pure: the use case translates the problems.
 */

export interface ApplicationInput {
  name: string;
  email: string;
  phone: string | null;
  postalCode: string | null;
  message: string;
}

export type ApplicationProblemKey = 'name.required' | 'name.letters' | 'email.invalid' | 'phone.invalid' | 'postal_code.invalid';

export interface ApplicationProblem {
  field: keyof ApplicationInput;
  key: ApplicationProblemKey;
}

/** One @, something before it, a domain with a dot after it, no spaces: what every mail server accepts, no more. */
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A Danish number (8 digits, optionally +45 or 0045 first) or an international one (+ and 8–15 digits); spaces and dashes allowed between digits. */
export function normalisePhone(phone: string): string | null {
  const compact = phone.replace(/[\s-]/g, '');
  if (/^\d{8}$/.test(compact)) return `+45${compact}`;
  if (/^(\+45|0045)\d{8}$/.test(compact)) return `+45${compact.slice(-8)}`;
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return null;
}

/** Danish postal codes run from 1000 to 9990 (0800 and 0900 are kept for big senders, not homes). */
export function isDanishPostalCode(code: string): boolean {
  return /^\d{4}$/.test(code) && Number(code) >= 1000 && Number(code) <= 9990;
}

export function checkApplication(input: ApplicationInput): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', key: 'name.required' });
  else if (!/\p{L}/u.test(name)) problems.push({ field: 'name', key: 'name.letters' });
  if (!emailPattern.test(input.email.trim())) problems.push({ field: 'email', key: 'email.invalid' });
  if (input.phone !== null && input.phone.trim() !== '' && normalisePhone(input.phone) === null) problems.push({ field: 'phone', key: 'phone.invalid' });
  if (input.postalCode !== null && input.postalCode.trim() !== '' && !isDanishPostalCode(input.postalCode.trim())) problems.push({ field: 'postalCode', key: 'postal_code.invalid' });
  return problems;
}
