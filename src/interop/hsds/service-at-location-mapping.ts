import { joinFields, splitFields, textCodec, type FieldCodec, type HsdsObject } from './field-codec.js';
import { idCodec } from './hsds-ids.js';

/** HSDS service_at_location ↔ the `offer_location` row. */
export const serviceAtLocationCodecs: readonly FieldCodec[] = [idCodec('id', 'offer_location_id'), textCodec('description')];
export const serviceAtLocationRelations = ['location', 'service', 'schedules'] as const;

export interface ServiceAtLocationColumns {
  offer_location_id: string;
  description: string | null;
  hsds_extra: HsdsObject;
}

export function serviceAtLocationColumns(object: HsdsObject): ServiceAtLocationColumns {
  const { columns, extra } = splitFields(object, serviceAtLocationCodecs, serviceAtLocationRelations);
  return { offer_location_id: columns.offer_location_id as string, description: (columns.description as string | undefined) ?? null, hsds_extra: extra };
}

/** The service_at_location's own HSDS fields (without its location, service and schedules). */
export function serviceAtLocationFields(row: ServiceAtLocationColumns & { offer_id: string; location_id: string }): HsdsObject {
  const out = joinFields(row as unknown as Record<string, unknown>, row.hsds_extra, serviceAtLocationCodecs, serviceAtLocationRelations);
  if (Object.hasOwn(row.hsds_extra, 'service_id')) out.service_id = row.offer_id;
  if (Object.hasOwn(row.hsds_extra, 'location_id')) out.location_id = row.location_id;
  return out;
}
