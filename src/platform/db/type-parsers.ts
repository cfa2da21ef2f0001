import pg from 'pg';

/**
 * One set of value parsers for both engines (PGlite is reached through the same `pg` client).
 * - int8 (counts, sequence numbers) as a JS number: our values stay far below 2^53.
 * - date as the plain 'YYYY-MM-DD' string: a calendar date has no time zone, and turning it into a
 *   JS Date would shift it by the server's offset.
 */
let installed = false;
export function installTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
}
