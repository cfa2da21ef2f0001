/**
 * Phone numbers as a text-message gateway wants them: E.164 with a leading '+'. People type Danish numbers as eight
 * digits in pairs ("20 12 34 56"), sometimes with the country code ("+45 2012 3456", "0045 20123456"); a number from
 * abroad keeps its own country code. Pure: no lookup, only the shape.
 */

/** Danish subscriber numbers are eight digits; none begins with 0 or 1 (1xx are short service numbers such as 112). */
const DANISH_SUBSCRIBER = /^[2-9]\d{7}$/;
/** E.164: a country code and subscriber number, at most 15 digits, never starting with 0. */
const INTERNATIONAL = /^[1-9]\d{6,14}$/;

/**
 * The number in E.164 form ('+4520123456'), or null when it cannot be a number to text: too short or long, letters, a
 * Danish number of the wrong length. Spaces, dashes, dots and brackets are the ways people group digits and are dropped.
 */
export function normalisePhoneNumber(raw: string): string | null {
  const compact = raw.trim().replace(/[\s\-.()/]/g, '');
  if (compact === '') return null;
  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (DANISH_SUBSCRIBER.test(compact)) return `+45${compact}`;
  // Ten digits starting 45 are a Danish number written with its country code but no '+' (as some systems export them).
  else if (/^45\d{8}$/.test(compact)) international = compact;
  else return null;
  if (!INTERNATIONAL.test(international)) return null;
  if (international.startsWith('45') && !DANISH_SUBSCRIBER.test(international.slice(2))) return null;
  return `+${international}`;
}
