/**
 * The Danish CPR number: DDMMYY-SSSS. The seventh digit with the two-digit year gives the century
 * (CPR-kontoret's table). Modulus-11 is not checked: numbers issued since 2007 need not satisfy it.
 */
const cprPattern = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

export function normaliseCpr(input: string): string | null {
  const match = cprPattern.exec(input.trim());
  if (!match) return null;
  const digits = `${match[1]}${match[2]}${match[3]}${match[4]}`;
  return birthDateFromCpr(digits) ? digits : null;
}

function century(yy: number, seventh: number): number | null {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  if (seventh >= 5 && seventh <= 8) return yy <= 57 ? 2000 : 1800;
  return null;
}

/** The birth date as 'YYYY-MM-DD', or null when the number cannot be a real date. */
export function birthDateFromCpr(digits: string): string | null {
  if (!/^\d{10}$/.test(digits)) return null;
  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const base = century(yy, Number(digits[6]));
  if (base === null) return null;
  const year = base + yy;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return null;
  return date.toISOString().slice(0, 10);
}

/** Shown everywhere but to case officers: the birth date part stays, the serial number is hidden. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-****`;
}

/** The same mask from a 'YYYY-MM-DD' birth date, for screens that need no decryption. */
export function maskedCprFromBirthDate(birthDate: string): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  return `${d}${m}${y.slice(2)}-****`;
}

export function formatCpr(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
