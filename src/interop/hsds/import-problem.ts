import type { HsdsObject } from './field-codec.js';
import type { RecordKind, ReplacedRelation } from './hsds-records.js';

/** One reason part of an import cannot be taken: the file, the row (or JSON path of the object), the field, and why. */
export interface ImportProblem {
  file: string;
  /** "row 3" of a CSV file (the first row after the header is row 1), or a JSON path such as "$.contents[2]". */
  row: string;
  /** The field within that row or object, e.g. "phones[0].number"; "" when the whole row is meant. */
  field: string;
  reason: string;
}

/** An object that is imported or left out as a whole: a top-level object of a JSON file or a table row of a CSV package. */
export interface ImportUnit {
  file: string;
  row: string;
  kind: RecordKind;
  object: HsdsObject;
  /** Tabular packages: the relations listed completely by the package (their files are in it). */
  replaces?: ReadonlySet<ReplacedRelation>;
}

export const formatProblem = (p: ImportProblem): string => `${p.file} ${p.row}${p.field ? ` ${p.field}` : ''}: ${p.reason}`;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * PostgreSQL text and jsonb cannot hold the NUL character, and jsonb no half of a UTF-16 surrogate pair; a value
 * with one is refused before anything is written.
 */
export function nulProblems(value: unknown, path = ''): Array<{ field: string; reason: string }> {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field: path, reason: 'contains the NUL character, which cannot be stored' }];
    return loneSurrogate.test(value) ? [{ field: path, reason: 'contains a broken Unicode character' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => nulProblems(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000') ? [{ field: path, reason: 'has a field name with the NUL character, which cannot be stored' }] : []),
      ...nulProblems(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}
