import { joinFields, splitFields, textCodec, type FieldCodec, type HsdsObject } from './field-codec.js';
import { idCodec } from './hsds-ids.js';

/** HSDS organization ↔ the `organization` row (decision 0005). */
export const organizationCodecs: readonly FieldCodec[] = [
  idCodec('id', 'organization_id'),
  textCodec('name', 'name', 300),
  textCodec('alternate_name'),
  textCodec('description', 'description', 20000, true),
  textCodec('email'),
  textCodec('website'),
];
/** Nested objects that are rows of their own. */
export const organizationRelations = ['locations', 'services'] as const;

export interface OrganizationColumns {
  organization_id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  email: string | null;
  website: string | null;
  hsds_extra: HsdsObject;
}

export function organizationColumns(object: HsdsObject): { columns: OrganizationColumns; problems: { field: string; reason: string }[] } {
  const { columns, extra } = splitFields(object, organizationCodecs, organizationRelations);
  const problems = columns.name === undefined ? [{ field: 'name', reason: 'must be 1 to 300 characters long in Mestring' }] : [];
  return {
    columns: {
      organization_id: columns.organization_id as string,
      name: (columns.name as string | undefined) ?? '',
      alternate_name: (columns.alternate_name as string | undefined) ?? null,
      description: (columns.description as string | undefined) ?? '',
      email: (columns.email as string | undefined) ?? null,
      website: (columns.website as string | undefined) ?? null,
      hsds_extra: extra,
    },
    problems,
  };
}

/** The organization's own HSDS fields (without its locations and services). */
export function organizationFields(row: OrganizationColumns): HsdsObject {
  return joinFields(row as unknown as Record<string, unknown>, row.hsds_extra, organizationCodecs, organizationRelations);
}
