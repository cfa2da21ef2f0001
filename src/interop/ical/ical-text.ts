import { copenhagenWallClock } from '../../domain/copenhagen-wall-clock.js';

/**
 * The text layer of RFC 5545: escaping of TEXT values (§3.3.11), content lines folded at 75 octets (§3.1) and the
 * DATE and DATE-TIME forms (§3.3.4, §3.3.5). Lines end in CRLF.
 */

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A URI value may not hold line breaks or control characters; anything else is kept as given. */
export function cleanUri(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (excluding the CRLF): continuation lines begin with one
 * space, which counts. A UTF-8 character is never split (a Danish "æ" is two octets).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    const max = parts.length === 0 ? 75 : 74;
    if (size + octets > max) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** DATE-TIME in UTC: 20261025T003000Z */
export function utcDateTime(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** DATE-TIME in Danish local time, for a property with TZID=Europe/Copenhagen: 20261025T023000 */
export function copenhagenDateTime(at: Date): string {
  const { date, time } = copenhagenWallClock(at);
  return `${date.replace(/-/g, '')}T${time.replace(/:/g, '')}`;
}

/** DATE: 20261025 */
export function dateValue(date: string): string {
  return date.replace(/-/g, '');
}
