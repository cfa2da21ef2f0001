import type { FieldCodec } from './field-codec.js';

const uuidPattern = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * An HSDS identifier as Mestring keeps it: the lower-case UUID (the `uuid` columns give ids back in lower case).
 * The HSDS schemas accept upper case and a "urn:uuid:" prefix too; such an id is kept as it came beside the column.
 */
export function normalizeId(value: unknown): string | undefined {
  const match = typeof value === 'string' ? uuidPattern.exec(value) : null;
  return match ? match[1]!.toLowerCase() : undefined;
}

/** An object's `id` (or a uuid field with its own column, such as a term's `parent_id`). */
export function idCodec(field: string, column: string): FieldCodec {
  return { field, column, toColumn: (v) => normalizeId(v), fromColumn: (v) => v, required: field === 'id' };
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
