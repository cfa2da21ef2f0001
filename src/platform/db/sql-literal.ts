/**
 * A value written into a statement's text as a PostgreSQL literal, for the few statements that cannot carry
 * parameters because they travel in one multi-statement round trip (see tenant-transaction.ts).
 * Strings are quoted with doubled single quotes, which is complete under `standard_conforming_strings = on`
 * (the default since PostgreSQL 9.1); backslashes then have no meaning. withTenant sets it for its
 * transaction, so no server or role setting can change how these literals read.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('sqlLiteral: not a finite number');
    return String(value);
  }
  if (value instanceof Date) return quote(value.toISOString());
  if (typeof value === 'string') return quote(value);
  throw new Error(`sqlLiteral: cannot write a ${typeof value} as a literal`);
}

function quote(text: string): string {
  // PostgreSQL text cannot hold NUL; refusing it here keeps the statement from being cut short anywhere.
  if (text.includes('\u0000')) throw new Error('sqlLiteral: text contains NUL');
  return `'${text.replaceAll("'", "''")}'`;
}
