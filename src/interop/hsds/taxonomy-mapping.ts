import { joinFields, splitFields, textCodec, type FieldCodec, type HsdsObject } from './field-codec.js';
import { idCodec } from './hsds-ids.js';

/** HSDS taxonomy and taxonomy_term ↔ the `taxonomy` and `taxonomy_term` rows. */
export const taxonomyCodecs: readonly FieldCodec[] = [
  idCodec('id', 'taxonomy_id'),
  textCodec('name', 'name', 300),
  textCodec('description', 'description', 20000, true),
  textCodec('uri'),
  textCodec('version'),
];

export const taxonomyTermCodecs: readonly FieldCodec[] = [
  idCodec('id', 'term_id'),
  textCodec('code'),
  textCodec('name', 'name', 300),
  textCodec('description', 'description', 20000, true),
  idCodec('parent_id', 'parent_id'),
  textCodec('term_uri'),
];

export interface TaxonomyColumns {
  taxonomy_id: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
  hsds_extra: HsdsObject;
}

export interface TaxonomyTermColumns {
  term_id: string;
  code: string | null;
  name: string;
  description: string;
  parent_id: string | null;
  term_uri: string | null;
  hsds_extra: HsdsObject;
}

type Problems = { field: string; reason: string }[];
const nameProblem = (name: unknown): Problems => (name === undefined ? [{ field: 'name', reason: 'must be 1 to 300 characters long in Mestring' }] : []);

export function taxonomyColumns(object: HsdsObject): { columns: TaxonomyColumns; problems: Problems } {
  const { columns, extra } = splitFields(object, taxonomyCodecs, []);
  return {
    columns: {
      taxonomy_id: columns.taxonomy_id as string,
      name: (columns.name as string | undefined) ?? '',
      description: (columns.description as string | undefined) ?? '',
      uri: (columns.uri as string | undefined) ?? null,
      version: (columns.version as string | undefined) ?? null,
      hsds_extra: extra,
    },
    problems: nameProblem(columns.name),
  };
}

export function taxonomyFields(row: TaxonomyColumns): HsdsObject {
  return joinFields(row as unknown as Record<string, unknown>, row.hsds_extra, taxonomyCodecs, []);
}

/** A term's `taxonomy_detail` is kept as it came; on export it is the taxonomy's current row when there is one. */
export function taxonomyTermColumns(object: HsdsObject): { columns: TaxonomyTermColumns; problems: Problems } {
  const { columns, extra } = splitFields(object, taxonomyTermCodecs, []);
  return {
    columns: {
      term_id: columns.term_id as string,
      code: (columns.code as string | undefined) ?? null,
      name: (columns.name as string | undefined) ?? '',
      description: (columns.description as string | undefined) ?? '',
      parent_id: (columns.parent_id as string | undefined) ?? null,
      term_uri: (columns.term_uri as string | undefined) ?? null,
      hsds_extra: extra,
    },
    problems: nameProblem(columns.name),
  };
}

export function taxonomyTermFields(row: TaxonomyTermColumns & { taxonomy_id: string | null }, taxonomy: TaxonomyColumns | undefined): HsdsObject {
  const out = joinFields(row as unknown as Record<string, unknown>, row.hsds_extra, taxonomyTermCodecs, []);
  if (Object.hasOwn(row.hsds_extra, 'taxonomy_id')) out.taxonomy_id = row.taxonomy_id ?? row.hsds_extra.taxonomy_id;
  if (Object.hasOwn(row.hsds_extra, 'taxonomy_detail') && taxonomy) out.taxonomy_detail = taxonomyFields(taxonomy);
  return out;
}
