import { z } from 'zod';

/**
 * The Open Referral HSDS 3.0 API (read-only, public) — query parameters as in the specification's openapi.json.
 * The HSDS objects are described loosely here: the official HSDS schemas (src/interop/hsds/schema) define them, and
 * the tests validate every object the API returns against those.
 */

const uuid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID')
  .transform((v) => v.toLowerCase());
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const municipality = z.string().regex(/^[a-z0-9-]{1,60}$/).optional().describe("The municipality's slug; default: the installation's default municipality");
const page = z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number of the paginated result, from 1');
const perPage = z.coerce.number().int().min(1).max(1000).default(50).describe('Number of results in one page (at most 1000)');
const search = z.string().max(200).optional().describe('Words to search for (Danish full text for services, names otherwise); empty: no search');
const format = z.enum(['json']).optional().describe('Result format; only json is offered');
const dateTime = z
  .string()
  .max(40)
  .refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/.test(v)) return false;
    // PostgreSQL has no year 0; JavaScript would read one.
    const year = new Date(Date.parse(v)).getUTCFullYear();
    return year >= 1 && year <= 9999;
  }, 'must be an ISO 8601 date or date-time')
  .transform((v) => new Date(Date.parse(v)));

export const hsdsIdParams = z.strictObject({ id: uuid.describe('The HSDS id of the object') });

export const hsdsRootQuery = z.strictObject({ municipality });

export const hsdsServicesQuery = z.strictObject({
  search,
  page,
  per_page: perPage,
  format,
  taxonomy_term_id: uuid.optional().describe('Only services with an attribute of this taxonomy term'),
  taxonomy_id: uuid.optional().describe('Only services with an attribute of any term of this taxonomy'),
  organization_id: uuid.optional().describe('Only services of this organization'),
  modified_after: dateTime.optional().describe('Only services changed at or after this time (ISO 8601)'),
  minimal: flag.optional().describe('true: each service with id, name, status and last_modified only'),
  full: flag.optional().describe('true: each service fully nested, as /services/{id} gives it'),
  municipality,
});
export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuery>;

export const hsdsServiceQuery = z.strictObject({ municipality });

export const hsdsOrganizationsQuery = z.strictObject({
  search,
  page,
  per_page: perPage,
  format,
  full: flag.optional().describe('true: each organization fully nested, with its locations and services'),
  full_service: flag.optional().describe('With full: the services fully nested too'),
  municipality,
});
export type HsdsOrganizationsQuery = z.infer<typeof hsdsOrganizationsQuery>;

export const hsdsOrganizationQuery = z.strictObject({
  full_service: flag.optional().describe('true: the services fully nested; else only their own fields'),
  municipality,
});

export const hsdsServiceAtLocationsQuery = z
  .strictObject({
    search,
    page,
    per_page: perPage,
    format,
    taxonomy_term_id: uuid.optional().describe('Only where the service has an attribute of this taxonomy term'),
    taxonomy_id: uuid.optional().describe('Only where the service has an attribute of any term of this taxonomy'),
    organization_id: uuid.optional().describe('Only services of this organization'),
    modified_after: dateTime.optional().describe('Only where the service changed at or after this time (ISO 8601)'),
    full: flag.optional().describe('true: each service_at_location fully nested'),
    postcode: z.string().min(1).max(20).optional().describe('Only locations with this postcode; with proximity, the centre to measure from'),
    proximity: z.coerce.number().positive().max(500_000).optional().describe('Only locations within this many metres of the postcode (a Danish postcode)'),
    municipality,
  })
  .refine((q) => q.proximity === undefined || q.postcode !== undefined, { message: 'proximity needs a postcode', path: ['proximity'] });
export type HsdsServiceAtLocationsQuery = z.infer<typeof hsdsServiceAtLocationsQuery>;

export const hsdsTaxonomiesQuery = z.strictObject({ search, page, per_page: perPage, format, municipality });
export type HsdsTaxonomiesQuery = z.infer<typeof hsdsTaxonomiesQuery>;

export const hsdsTaxonomyTermsQuery = z.strictObject({
  search,
  page,
  per_page: perPage,
  format,
  taxonomy_id: uuid.optional().describe('Only terms of this taxonomy'),
  top_only: flag.optional().describe('true: only terms without a parent term'),
  parent_id: uuid.optional().describe('Only terms whose parent term is this one'),
  municipality,
});
export type HsdsTaxonomyTermsQuery = z.infer<typeof hsdsTaxonomyTermsQuery>;

/** An HSDS object; its fields are defined by the official HSDS 3.0 schema of its kind. */
export const hsdsObject = z.record(z.string(), z.unknown()).describe('An HSDS 3.0 object (see the official schema of its kind)');

export const hsdsPage = z
  .object({
    total_items: z.number().int().describe('How many objects match in all'),
    total_pages: z.number().int().describe('How many pages they make'),
    page_number: z.number().int().describe('The number of this page'),
    size: z.number().int().describe('How many objects this page holds'),
    first_page: z.boolean().describe('Whether this is the first page'),
    last_page: z.boolean().describe('Whether this is the last page'),
    empty: z.boolean().describe('Whether this page holds no object'),
    contents: z.array(hsdsObject).describe('The objects of this page'),
  })
  .describe('A page of an HSDS list');
export type HsdsPage = z.infer<typeof hsdsPage>;

export const hsdsRoot = z
  .object({
    version: z.string().describe('The HSDS version of this API'),
    openapi_url: z.string().describe('The OpenAPI document that describes this API'),
  })
  .describe('What this HSDS API is');
