import { isDeepStrictEqual } from 'node:util';

/**
 * How one HSDS field is kept in one column (decision 0005). On import a value goes into its column when the column
 * can hold it; when the column cannot (a latitude of 100, a "timezone" of 3 where there is no column, a time
 * written "10:00" that the column gives back as "10:00:00") the value is also, or only, kept in `hsds_extra`
 * exactly as it came. On export the column wins: the value that came is given back when the column still says
 * the same, else the column's own value.
 */
export interface FieldCodec {
  field: string;
  column: string;
  /** The column value for an HSDS value, or undefined when the column cannot hold it. */
  toColumn(value: unknown): unknown;
  /** The HSDS value of a column value (as read back from the database). */
  fromColumn(value: unknown): unknown;
  /** Exported even when the column is empty (a field the HSDS schema requires). */
  required?: boolean;
}

export type HsdsObject = Record<string, unknown>;

const isString = (value: unknown): value is string => typeof value === 'string';

/** A column "has a value" unless it is NULL, an empty text or an empty array (the columns' defaults). */
export function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function sameColumnValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return isDeepStrictEqual(a, b);
}

export function textCodec(field: string, column = field, maxLength = 20000, required = false): FieldCodec {
  return {
    field,
    column,
    toColumn: (v) => (isString(v) && v.length >= 1 && v.length <= maxLength ? v : undefined),
    fromColumn: (v) => (isString(v) ? v : ''),
    required,
  };
}

export function integerCodec(field: string, column: string, min: number, max: number): FieldCodec {
  return { field, column, toColumn: (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? v : undefined), fromColumn: (v) => v };
}

export function numberCodec(field: string, column: string, min: number, max: number): FieldCodec {
  return { field, column, toColumn: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined), fromColumn: (v) => v };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isCalendarDate(value: unknown): value is string {
  const match = isString(value) ? datePattern.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value && Number(match[1]) >= 1;
}

/** An ISO 8601 calendar date (YYYY-MM-DD) in a `date` column. */
export function dateCodec(field: string, column = field): FieldCodec {
  return { field, column, toColumn: (v) => (isCalendarDate(v) ? v : undefined), fromColumn: (v) => v };
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
/** A local time of day without offset (HH:MM or HH:MM:SS) in a `time` column, read back as HH:MM:SS. */
export function timeCodec(field: string, column = field): FieldCodec {
  return {
    field,
    column,
    toColumn: (v) => {
      const match = isString(v) ? timePattern.exec(v) : null;
      return match ? `${match[1]}:${match[2]}:${match[3] ?? '00'}` : undefined;
    },
    fromColumn: (v) => v,
  };
}

/** An RFC 3339 date-time in a `timestamptz` column, exported in UTC with milliseconds. */
export function timestampCodec(field: string, column: string): FieldCodec {
  return {
    field,
    column,
    toColumn: (v) => {
      if (!isString(v) || !/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v)) return undefined;
      const time = Date.parse(v);
      if (Number.isNaN(time)) return undefined;
      // PostgreSQL has no year 0 and stops at 294276; such a value stays as it came.
      const year = new Date(time).getUTCFullYear();
      return year >= 1 && year <= 9999 ? new Date(time) : undefined;
    },
    fromColumn: (v) => (v instanceof Date ? v.toISOString() : v),
  };
}

/** A non-empty HSDS array kept in its HSDS shape in a jsonb column (an empty one stays in hsds_extra). */
export function jsonArrayCodec(field: string, column = field): FieldCodec {
  return { field, column, toColumn: (v) => (Array.isArray(v) && v.length > 0 ? v : undefined), fromColumn: (v) => v };
}

/**
 * Splits an HSDS object into column values and `hsds_extra`. Fields named in `relations` are left to the caller
 * (they become rows of their own), except an empty array, which has no rows to live in and so is kept as it came.
 */
export function splitFields(object: HsdsObject, codecs: readonly FieldCodec[], relations: readonly string[]): { columns: Record<string, unknown>; extra: HsdsObject } {
  const byField = new Map(codecs.map((c) => [c.field, c]));
  const columns: Record<string, unknown> = {};
  const extra: HsdsObject = {};
  for (const [field, value] of Object.entries(object)) {
    if (relations.includes(field)) {
      if (Array.isArray(value) && value.length === 0) extra[field] = value;
      continue;
    }
    const codec = byField.get(field);
    const column = codec?.toColumn(value);
    if (!codec || column === undefined || !hasValue(column)) {
      extra[field] = value;
      continue;
    }
    columns[codec.column] = column;
    if (!isDeepStrictEqual(codec.fromColumn(column), value)) extra[field] = value;
  }
  return { columns, extra };
}

/** The HSDS fields of a row: its columns mapped back, then every other field it came with. */
export function joinFields(row: Record<string, unknown>, extra: HsdsObject, codecs: readonly FieldCodec[], relations: readonly string[]): HsdsObject {
  const out: HsdsObject = {};
  const mapped = new Set<string>();
  for (const codec of codecs) {
    mapped.add(codec.field);
    const column = row[codec.column];
    const came = Object.hasOwn(extra, codec.field);
    if (hasValue(column)) {
      const original = came ? codec.toColumn(extra[codec.field]) : undefined;
      out[codec.field] = original !== undefined && sameColumnValue(original, column) ? extra[codec.field] : codec.fromColumn(column);
    } else if (came) {
      out[codec.field] = extra[codec.field];
    } else if (codec.required) {
      out[codec.field] = codec.fromColumn(column);
    }
  }
  for (const [field, value] of Object.entries(extra)) {
    if (!mapped.has(field) && !relations.includes(field)) out[field] = value;
  }
  return out;
}
