import { hasValue, joinFields, numberCodec, splitFields, textCodec, type FieldCodec, type HsdsObject } from './field-codec.js';
import { idCodec, isObject } from './hsds-ids.js';
import { locationAccessibility, locationFacts, reconcileAttributes, type TermLookup } from './mestring-attributes.js';
import { mestringId } from './name-based-id.js';

/**
 * HSDS location ↔ the `location` row. The Danish address columns are read from the location's first physical
 * address (else its first address); the HSDS addresses stay as they came, and on export the columns are written
 * back into that address. A location Mestring made itself gets one address from its columns.
 * Physical accessibility travels as attributes of Mestring's accessibility taxonomy.
 */
export const locationCodecs: readonly FieldCodec[] = [
  idCodec('id', 'location_id'),
  textCodec('location_type', 'location_type', 50),
  textCodec('name'),
  textCodec('alternate_name'),
  textCodec('description'),
  textCodec('transportation'),
  numberCodec('latitude', 'latitude', -90, 90),
  numberCodec('longitude', 'longitude', -180, 180),
];
export const locationRelations = ['schedules'] as const;

export interface LocationColumns {
  location_id: string;
  location_type: string;
  name: string | null;
  alternate_name: string | null;
  description: string | null;
  transportation: string | null;
  latitude: number | null;
  longitude: number | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  accessibility: string[];
  hsds_extra: HsdsObject;
}

function mainAddressIndex(addresses: unknown): number {
  if (!Array.isArray(addresses) || addresses.length === 0) return -1;
  const physical = addresses.findIndex((a) => isObject(a) && a.address_type === 'physical');
  return physical >= 0 ? physical : isObject(addresses[0]) ? 0 : -1;
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function locationColumns(object: HsdsObject, lookup?: TermLookup): LocationColumns {
  const { columns, extra } = splitFields(object, locationCodecs, locationRelations);
  const addresses = extra.addresses as unknown[] | undefined;
  const main = mainAddressIndex(addresses);
  const address = main >= 0 ? (addresses![main] as Record<string, unknown>) : {};
  return {
    location_id: columns.location_id as string,
    location_type: (columns.location_type as string | undefined) ?? 'physical',
    name: (columns.name as string | undefined) ?? null,
    alternate_name: (columns.alternate_name as string | undefined) ?? null,
    description: (columns.description as string | undefined) ?? null,
    transportation: (columns.transportation as string | undefined) ?? null,
    latitude: (columns.latitude as number | undefined) ?? null,
    longitude: (columns.longitude as number | undefined) ?? null,
    address_line: textOrNull(address.address_1),
    postal_code: textOrNull(address.postal_code),
    city: textOrNull(address.city),
    accessibility: Array.isArray(extra.attributes) ? locationAccessibility(extra.attributes, lookup) : [],
    hsds_extra: extra,
  };
}

/** The addresses to export: those that came with the columns written back, or one made from the columns. */
function exportAddresses(row: LocationColumns): unknown[] | undefined {
  const came = row.hsds_extra.addresses;
  const main = mainAddressIndex(came);
  if (main >= 0) {
    const addresses = [...(came as unknown[])];
    const address = { ...(addresses[main] as Record<string, unknown>) };
    const back: Array<[string, string | null]> = [['address_1', row.address_line], ['postal_code', row.postal_code], ['city', row.city]];
    for (const [field, value] of back) if (value !== null && address[field] !== value) address[field] = value;
    addresses[main] = address;
    return addresses;
  }
  if (Array.isArray(came)) return came;
  if (!hasValue(row.address_line)) return undefined;
  return [{ id: mestringId(`address/${row.location_id}`), address_1: row.address_line, city: row.city ?? '', state_province: '', postal_code: row.postal_code ?? '', country: 'DK', address_type: 'physical' }];
}

/** The location's own HSDS fields (without its schedules). */
export function locationFields(row: LocationColumns & { organization_id: string | null }): HsdsObject {
  const out = joinFields(row as unknown as Record<string, unknown>, row.hsds_extra, locationCodecs, locationRelations);
  if (Object.hasOwn(row.hsds_extra, 'organization_id')) out.organization_id = row.organization_id ?? row.hsds_extra.organization_id;
  const addresses = exportAddresses(row);
  if (addresses) out.addresses = addresses;
  const came = Array.isArray(row.hsds_extra.attributes) ? row.hsds_extra.attributes : [];
  const attributes = reconcileAttributes(came, locationFacts(row.accessibility), { id: row.location_id, entity: 'location' });
  if (attributes.length > 0 || Object.hasOwn(row.hsds_extra, 'attributes')) out.attributes = attributes;
  return out;
}
