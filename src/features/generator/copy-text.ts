import type { Row } from './bulk-rows.js';

const needsEscape = /[\\\t\n\r]/;

/** One value in COPY's text format: \N for null, and backslash, tab and line breaks escaped. */
function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  if (!needsEscape.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function copyLine(row: Row): string {
  let line = copyValue(row[0] ?? null);
  for (let i = 1; i < row.length; i++) line += '\t' + copyValue(row[i] ?? null);
  return line + '\n';
}

/**
 * Groups rows into text chunks of about `chunkBytes`, so the copy stream gets few large writes rather
 * than ten million small ones. Reports the number of rows in each chunk to `onRows`.
 */
export function* copyChunks(rows: Iterable<Row>, chunkBytes: number, onRows: (count: number) => void): Generator<string> {
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += copyLine(row);
    count++;
    if (chunk.length >= chunkBytes) {
      yield chunk;
      onRows(count);
      chunk = '';
      count = 0;
    }
  }
  if (count > 0) {
    yield chunk;
    onRows(count);
  }
}
