import { integerCodec, joinFields, jsonArrayCodec, splitFields, textCodec, timestampCodec, type FieldCodec, type HsdsObject } from './field-codec.js';
import { idCodec, isObject } from './hsds-ids.js';
import { offerFactColumns, offerFacts, reconcileAttributes, type OfferFactColumns, type TermLookup } from './mestring-attributes.js';
import { mestringId } from './name-based-id.js';

/**
 * HSDS service ↔ the `offer` row (decision 0005). Mestring's facts (target groups, life domains, legal basis, FFB
 * offer type, accessibility, conditions) are attributes of Mestring's taxonomies; the languages an offer is given
 * in are `language_codes` beside the HSDS language objects.
 */
export const serviceCodecs: readonly FieldCodec[] = [
  idCodec('id', 'offer_id'),
  textCodec('name', 'name', 300),
  textCodec('alternate_name'),
  textCodec('description', 'description', 20000),
  textCodec('url'),
  textCodec('email'),
  textCodec('status', 'status', 50),
  textCodec('application_process'),
  textCodec('fees_description'),
  textCodec('eligibility_description'),
  integerCodec('minimum_age', 'minimum_age', 0, 130),
  integerCodec('maximum_age', 'maximum_age', 0, 130),
  timestampCodec('last_modified', 'updated_at'),
  jsonArrayCodec('phones'),
  jsonArrayCodec('contacts'),
  jsonArrayCodec('cost_options'),
  jsonArrayCodec('languages'),
];
/** Nested objects that are rows of their own; `attributes` is read here but kept as it came. */
export const serviceRelations = ['organization', 'service_at_locations', 'schedules'] as const;

export interface ServiceColumns extends OfferFactColumns {
  offer_id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: string;
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  /** Null when the service came without a (readable) last_modified: the import's time is used. */
  updated_at: Date | null;
  language_codes: string[];
  phones: unknown[];
  contacts: unknown[];
  cost_options: unknown[];
  languages: unknown[];
  hsds_extra: HsdsObject;
}

export function serviceColumns(object: HsdsObject, lookup?: TermLookup): { columns: ServiceColumns; problems: { field: string; reason: string }[] } {
  const { columns, extra } = splitFields(object, serviceCodecs, serviceRelations);
  const problems: { field: string; reason: string }[] = [];
  if (columns.name === undefined) problems.push({ field: 'name', reason: 'must be 1 to 300 characters long in Mestring' });
  if (columns.status === undefined) problems.push({ field: 'status', reason: 'is required' });
  if (object.description !== undefined && columns.description === undefined && object.description !== '') problems.push({ field: 'description', reason: 'must be at most 20000 characters long in Mestring' });
  // The table holds an age range only when it is one; otherwise both ages stay as they came.
  if (typeof columns.minimum_age === 'number' && typeof columns.maximum_age === 'number' && columns.minimum_age > columns.maximum_age) {
    extra.minimum_age = object.minimum_age;
    extra.maximum_age = object.maximum_age;
    delete columns.minimum_age;
    delete columns.maximum_age;
  }
  const languages = (columns.languages as unknown[] | undefined) ?? [];
  const codes = languages.map((l) => (isObject(l) && typeof l.code === 'string' && l.code !== '' ? l.code : null)).filter((c): c is string => c !== null);
  return {
    columns: {
      offer_id: columns.offer_id as string,
      name: (columns.name as string | undefined) ?? '',
      alternate_name: (columns.alternate_name as string | undefined) ?? null,
      description: (columns.description as string | undefined) ?? '',
      url: (columns.url as string | undefined) ?? null,
      email: (columns.email as string | undefined) ?? null,
      status: (columns.status as string | undefined) ?? 'active',
      application_process: (columns.application_process as string | undefined) ?? null,
      fees_description: (columns.fees_description as string | undefined) ?? null,
      eligibility_description: (columns.eligibility_description as string | undefined) ?? null,
      minimum_age: (columns.minimum_age as number | undefined) ?? null,
      maximum_age: (columns.maximum_age as number | undefined) ?? null,
      updated_at: (columns.updated_at as Date | undefined) ?? null,
      language_codes: [...new Set(codes)],
      phones: (columns.phones as unknown[] | undefined) ?? [],
      contacts: (columns.contacts as unknown[] | undefined) ?? [],
      cost_options: (columns.cost_options as unknown[] | undefined) ?? [],
      languages,
      ...offerFactColumns(Array.isArray(extra.attributes) ? extra.attributes : [], lookup),
      hsds_extra: extra,
    },
    problems,
  };
}

const languageNames = new Intl.DisplayNames(['da'], { type: 'language' });

/**
 * The languages to export: the HSDS language objects whose code Mestring still lists, and one object for each
 * listed code that none of them names.
 */
function exportLanguages(row: ServiceColumns): unknown[] {
  const listed = new Set(row.language_codes);
  const kept = row.languages.filter((l) => !isObject(l) || typeof l.code !== 'string' || l.code === '' || listed.has(l.code));
  const named = new Set(kept.map((l) => (isObject(l) ? l.code : undefined)));
  const added = row.language_codes
    .filter((code) => !named.has(code))
    .map((code) => {
      let name = code;
      try {
        name = languageNames.of(code) ?? code;
      } catch {
        // Not a language tag Intl knows: the code is its own name.
      }
      return { id: mestringId(`language/${row.offer_id}/${code}`), name, code };
    });
  return [...kept, ...added];
}

/** The service's own HSDS fields (without organization, service_at_locations and schedules). */
export function serviceFields(row: ServiceColumns & { organization_id: string; updated_at: Date }): HsdsObject {
  const out = joinFields({ ...row, languages: exportLanguages(row) } as unknown as Record<string, unknown>, row.hsds_extra, serviceCodecs, serviceRelations);
  // last_modified is always given: HSDS consumers sync on it (the API's modified_after filter reads the same column).
  if (!Object.hasOwn(out, 'last_modified')) out.last_modified = row.updated_at.toISOString();
  if (Object.hasOwn(row.hsds_extra, 'organization_id')) out.organization_id = row.organization_id;
  const came = Array.isArray(row.hsds_extra.attributes) ? row.hsds_extra.attributes : [];
  const attributes = reconcileAttributes(came, offerFacts(row), { id: row.offer_id, entity: 'service' });
  if (attributes.length > 0 || Object.hasOwn(row.hsds_extra, 'attributes')) out.attributes = attributes;
  return out;
}
