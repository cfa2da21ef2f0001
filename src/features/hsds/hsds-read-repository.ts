import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { LocationColumns } from '../../interop/hsds/location-mapping.js';
import type { OrganizationColumns } from '../../interop/hsds/organization-mapping.js';
import type { ScheduleColumns } from '../../interop/hsds/schedule-mapping.js';
import type { ServiceAtLocationColumns } from '../../interop/hsds/service-at-location-mapping.js';
import type { ServiceColumns } from '../../interop/hsds/service-mapping.js';
import type { TaxonomyColumns, TaxonomyTermColumns } from '../../interop/hsds/taxonomy-mapping.js';
import type { ServiceCondition } from '../../interop/hsds/taxonomy-filters.js';

/**
 * The SQL of the HSDS API and export. Only published offers are public, and what they reference: their
 * organisations (and organisations without any offer, which are plain directory entries), those organisations'
 * locations, the locations the offers are given at, and the schedules of all these.
 */

export type OfferHsdsRow = ServiceColumns & { organization_id: string; updated_at: Date };
export type OrganizationHsdsRow = OrganizationColumns;
export type LocationHsdsRow = LocationColumns & { organization_id: string | null };
export type OfferLocationHsdsRow = ServiceAtLocationColumns & { offer_id: string; location_id: string };
export type ScheduleHsdsRow = ScheduleColumns & { offer_id: string | null; offer_location_id: string | null; location_id: string | null };
export type TaxonomyHsdsRow = TaxonomyColumns & { origin: string };
export type TermHsdsRow = TaxonomyTermColumns & { taxonomy_id: string | null };

export interface ServiceFilter {
  search?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: Date | undefined;
  conditions: ServiceCondition[];
}

export interface LocationFilter {
  postcode?: string | undefined;
  near?: { latitude: number; longitude: number; meters: number } | undefined;
}

export interface Page {
  limit: number;
  offset: number;
}

const offerColumns = sql.raw(`o.offer_id, o.organization_id, o.name, o.alternate_name, o.description, o.url, o.email, o.status, o.application_process,
  o.fees_description, o.eligibility_description, o.minimum_age, o.maximum_age, o.updated_at, o.language_codes, o.phones, o.contacts, o.cost_options,
  o.languages, o.hsds_extra, o.target_groups, o.life_domains, o.legal_basis, o.offer_type, o.accessibility, o.free_of_charge, o.self_referral,
  o.capacity_places, o.capacity_free, o.waiting_list, o.easy_read, o.pictogram`);
const locationColumns = sql.raw(`l.location_id, l.organization_id, l.location_type, l.name, l.alternate_name, l.description, l.transportation, l.latitude,
  l.longitude, l.address_line, l.postal_code, l.city, l.accessibility, l.hsds_extra`);
const scheduleColumns = sql.raw(`s.schedule_id, s.offer_id, s.offer_location_id, s.location_id, s.valid_from, s.valid_to, s.dtstart, s.until, s.count, s.freq,
  s.interval, s.byday, s.bymonthday, s.opens_at, s.closes_at, s.description, s.hsds_extra`);

/** Words in a LIKE pattern match literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const arrayColumns = new Set(['target_groups', 'life_domains', 'accessibility']);
const scalarColumns = new Set(['legal_basis', 'offer_type', 'capacity_places', 'capacity_free', 'waiting_list', 'easy_read', 'pictogram']);
const flagColumns = new Set(['free_of_charge', 'self_referral']);

/** One filter on an offer (o), from a taxonomy term or taxonomy of the HSDS API; the columns come from a fixed list. */
function conditionSql(condition: ServiceCondition): RawBuilder<unknown> {
  const column = (name: string, allowed: Set<string>) => {
    if (!allowed.has(name)) throw new Error(`no HSDS filter on column ${name}`);
    return sql.ref(`o.${name}`);
  };
  switch (condition.kind) {
    case 'contains':
      return sql`${column(condition.column, arrayColumns)} @> ARRAY[${condition.code}]::text[]`;
    case 'not-empty':
      return sql`${column(condition.column, arrayColumns)} <> '{}'`;
    case 'equals':
      return sql`${column(condition.column, scalarColumns)} = ${condition.value}`;
    case 'present':
      return sql`${column(condition.column, scalarColumns)} IS NOT NULL`;
    case 'flag':
      return sql`${column(condition.column, flagColumns)}`;
    case 'attribute':
      // An attribute that came with the offer: named by its term's id (flat or nested), or by its term's taxonomy.
      return sql`EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(o.hsds_extra -> 'attributes') = 'array' THEN o.hsds_extra -> 'attributes' ELSE '[]'::jsonb END) a
        WHERE lower(coalesce(a ->> 'taxonomy_term_id', a -> 'taxonomy_term' ->> 'id')) = ANY(${condition.termIds}::text[])
           OR (${condition.taxonomyId}::text IS NOT NULL AND lower(coalesce(a -> 'taxonomy_term' ->> 'taxonomy_id', a -> 'taxonomy_term' -> 'taxonomy_detail' ->> 'id')) = ${condition.taxonomyId}::text))`;
    case 'any':
      return condition.of.length === 0 ? sql`false` : sql`(${sql.join(condition.of.map(conditionSql), sql` OR `)})`;
  }
}

function offerWhere(tenantId: string, filter: ServiceFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`o.tenant_id = ${tenantId}`, sql`o.lifecycle = 'published'`];
  if (filter.search) parts.push(sql`(o.search_document @@ websearch_to_tsquery('danish', ${filter.search}) OR o.search_words LIKE ${likePattern(filter.search.toLowerCase())})`);
  if (filter.organizationId) parts.push(sql`o.organization_id = ${filter.organizationId}::uuid`);
  if (filter.modifiedAfter) parts.push(sql`o.updated_at >= ${filter.modifiedAfter}`);
  for (const condition of filter.conditions) parts.push(conditionSql(condition));
  return sql.join(parts, sql` AND `);
}

export async function pageOfOfferIds(trx: Tx, tenantId: string, filter: ServiceFilter, page: Page): Promise<{ ids: string[]; total: number }> {
  const where = offerWhere(tenantId, filter);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM offer o WHERE ${where}`.execute(trx);
  const rows = await sql<{ offer_id: string }>`SELECT o.offer_id FROM offer o WHERE ${where} ORDER BY o.name, o.offer_id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(trx);
  return { ids: rows.rows.map((r) => r.offer_id), total: total.rows[0]!.n };
}

export async function publishedOffers(trx: Tx, tenantId: string, ids: readonly string[]): Promise<OfferHsdsRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<OfferHsdsRow>`SELECT ${offerColumns} FROM offer o WHERE o.tenant_id = ${tenantId} AND o.lifecycle = 'published' AND o.offer_id = ANY(${ids}::uuid[])`.execute(trx);
  return rows.rows;
}

export async function publishedOfferIdsOfOrganizations(trx: Tx, tenantId: string, organizationIds: readonly string[]): Promise<Array<{ offer_id: string; organization_id: string }>> {
  if (organizationIds.length === 0) return [];
  const rows = await sql<{ offer_id: string; organization_id: string }>`
    SELECT o.offer_id, o.organization_id FROM offer o
    WHERE o.tenant_id = ${tenantId} AND o.lifecycle = 'published' AND o.organization_id = ANY(${organizationIds}::uuid[]) ORDER BY o.name, o.offer_id`.execute(trx);
  return rows.rows;
}

/** An organisation is public when it has a published offer, or no offer at all (a directory entry). */
const organizationPublic = sql`(EXISTS (SELECT 1 FROM offer x WHERE x.tenant_id = org.tenant_id AND x.organization_id = org.organization_id AND x.lifecycle = 'published')
  OR NOT EXISTS (SELECT 1 FROM offer x WHERE x.tenant_id = org.tenant_id AND x.organization_id = org.organization_id))`;

export async function pageOfOrganizationIds(trx: Tx, tenantId: string, search: string | undefined, page: Page): Promise<{ ids: string[]; total: number }> {
  const where = sql.join([sql`org.tenant_id = ${tenantId}`, organizationPublic, ...(search ? [sql`(org.name ILIKE ${likePattern(search)} OR org.alternate_name ILIKE ${likePattern(search)})`] : [])], sql` AND `);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM organization org WHERE ${where}`.execute(trx);
  const rows = await sql<{ organization_id: string }>`SELECT org.organization_id FROM organization org WHERE ${where} ORDER BY org.name, org.organization_id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(trx);
  return { ids: rows.rows.map((r) => r.organization_id), total: total.rows[0]!.n };
}

/** Public organisations among these ids. */
export async function publicOrganizations(trx: Tx, tenantId: string, ids: readonly string[]): Promise<OrganizationHsdsRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<OrganizationHsdsRow>`
    SELECT org.organization_id, org.name, org.alternate_name, org.description, org.email, org.website, org.hsds_extra FROM organization org
    WHERE org.tenant_id = ${tenantId} AND org.organization_id = ANY(${ids}::uuid[]) AND ${organizationPublic}`.execute(trx);
  return rows.rows;
}

export async function locationsByIds(trx: Tx, tenantId: string, ids: readonly string[]): Promise<LocationHsdsRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<LocationHsdsRow>`SELECT ${locationColumns} FROM location l WHERE l.tenant_id = ${tenantId} AND l.location_id = ANY(${ids}::uuid[])`.execute(trx);
  return rows.rows;
}

export async function locationsOfOrganizations(trx: Tx, tenantId: string, organizationIds: readonly string[]): Promise<LocationHsdsRow[]> {
  if (organizationIds.length === 0) return [];
  const rows = await sql<LocationHsdsRow>`
    SELECT ${locationColumns} FROM location l WHERE l.tenant_id = ${tenantId} AND l.organization_id = ANY(${organizationIds}::uuid[])
    ORDER BY l.created_at, l.location_id`.execute(trx);
  return rows.rows;
}

export async function offerLocationsOfOffers(trx: Tx, tenantId: string, offerIds: readonly string[]): Promise<OfferLocationHsdsRow[]> {
  if (offerIds.length === 0) return [];
  const rows = await sql<OfferLocationHsdsRow>`
    SELECT ol.offer_location_id, ol.offer_id, ol.location_id, ol.description, ol.hsds_extra FROM offer_location ol
    WHERE ol.tenant_id = ${tenantId} AND ol.offer_id = ANY(${offerIds}::uuid[]) ORDER BY ol.offer_location_id`.execute(trx);
  return rows.rows;
}

function offerLocationWhere(tenantId: string, filter: ServiceFilter, locations: LocationFilter): RawBuilder<unknown> {
  const parts = [sql`ol.tenant_id = ${tenantId}`, offerWhere(tenantId, filter)];
  if (locations.near) {
    // Distance on the sphere (haversine), in metres, from the postcode's centre.
    parts.push(sql`l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND 2 * 6371000 * asin(sqrt(
      power(sin(radians(l.latitude - ${locations.near.latitude}) / 2), 2)
      + cos(radians(${locations.near.latitude})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${locations.near.longitude}) / 2), 2))) <= ${locations.near.meters}`);
  } else if (locations.postcode) {
    parts.push(sql`l.postal_code = ${locations.postcode}`);
  }
  return sql.join(parts, sql` AND `);
}

const offerLocationJoin = sql`offer_location ol
  JOIN offer o ON o.tenant_id = ol.tenant_id AND o.offer_id = ol.offer_id
  JOIN location l ON l.tenant_id = ol.tenant_id AND l.location_id = ol.location_id`;

export async function pageOfOfferLocationIds(trx: Tx, tenantId: string, filter: ServiceFilter, locations: LocationFilter, page: Page): Promise<{ ids: string[]; total: number }> {
  const where = offerLocationWhere(tenantId, filter, locations);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${offerLocationJoin} WHERE ${where}`.execute(trx);
  const rows = await sql<{ offer_location_id: string }>`SELECT ol.offer_location_id FROM ${offerLocationJoin} WHERE ${where} ORDER BY o.name, l.name, ol.offer_location_id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(trx);
  return { ids: rows.rows.map((r) => r.offer_location_id), total: total.rows[0]!.n };
}

/** Service_at_locations of published offers among these ids. */
export async function publicOfferLocations(trx: Tx, tenantId: string, ids: readonly string[]): Promise<OfferLocationHsdsRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<OfferLocationHsdsRow>`
    SELECT ol.offer_location_id, ol.offer_id, ol.location_id, ol.description, ol.hsds_extra FROM offer_location ol
    JOIN offer o ON o.tenant_id = ol.tenant_id AND o.offer_id = ol.offer_id AND o.lifecycle = 'published'
    WHERE ol.tenant_id = ${tenantId} AND ol.offer_location_id = ANY(${ids}::uuid[])`.execute(trx);
  return rows.rows;
}

export async function schedulesOf(trx: Tx, tenantId: string, of: { offerIds: readonly string[]; offerLocationIds: readonly string[]; locationIds: readonly string[] }): Promise<ScheduleHsdsRow[]> {
  if (of.offerIds.length + of.offerLocationIds.length + of.locationIds.length === 0) return [];
  const rows = await sql<ScheduleHsdsRow>`
    SELECT ${scheduleColumns} FROM offer_schedule s WHERE s.tenant_id = ${tenantId}
      AND (s.offer_id = ANY(${of.offerIds}::uuid[]) OR s.offer_location_id = ANY(${of.offerLocationIds}::uuid[]) OR s.location_id = ANY(${of.locationIds}::uuid[]))
    ORDER BY s.schedule_id`.execute(trx);
  return rows.rows;
}

export async function pageOfTaxonomies(trx: Tx, tenantId: string, search: string | undefined, page: Page): Promise<{ rows: TaxonomyHsdsRow[]; total: number }> {
  const where = sql.join([sql`t.tenant_id = ${tenantId}`, ...(search ? [sql`t.name ILIKE ${likePattern(search)}`] : [])], sql` AND `);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM taxonomy t WHERE ${where}`.execute(trx);
  const rows = await sql<TaxonomyHsdsRow>`SELECT t.taxonomy_id, t.name, t.description, t.uri, t.version, t.origin, t.hsds_extra FROM taxonomy t WHERE ${where} ORDER BY t.name, t.taxonomy_id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(trx);
  return { rows: rows.rows, total: total.rows[0]!.n };
}

export async function taxonomiesByIds(trx: Tx, tenantId: string, ids: readonly string[]): Promise<TaxonomyHsdsRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<TaxonomyHsdsRow>`SELECT t.taxonomy_id, t.name, t.description, t.uri, t.version, t.origin, t.hsds_extra FROM taxonomy t WHERE t.tenant_id = ${tenantId} AND t.taxonomy_id = ANY(${ids}::uuid[])`.execute(trx);
  return rows.rows;
}

export interface TermFilter {
  search?: string | undefined;
  taxonomyId?: string | undefined;
  parentId?: string | undefined;
  topOnly?: boolean | undefined;
}

const termColumns = sql.raw('tt.term_id, tt.taxonomy_id, tt.code, tt.name, tt.description, tt.parent_id, tt.term_uri, tt.hsds_extra');

export async function pageOfTerms(trx: Tx, tenantId: string, filter: TermFilter, page: Page): Promise<{ rows: TermHsdsRow[]; total: number }> {
  const parts = [sql`tt.tenant_id = ${tenantId}`];
  if (filter.search) parts.push(sql`(tt.name ILIKE ${likePattern(filter.search)} OR tt.code ILIKE ${likePattern(filter.search)})`);
  if (filter.taxonomyId) parts.push(sql`tt.taxonomy_id = ${filter.taxonomyId}::uuid`);
  if (filter.parentId) parts.push(sql`tt.parent_id = ${filter.parentId}::uuid`);
  if (filter.topOnly) parts.push(sql`tt.parent_id IS NULL`);
  const where = sql.join(parts, sql` AND `);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM taxonomy_term tt WHERE ${where}`.execute(trx);
  const rows = await sql<TermHsdsRow>`SELECT ${termColumns} FROM taxonomy_term tt WHERE ${where} ORDER BY tt.name, tt.term_id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(trx);
  return { rows: rows.rows, total: total.rows[0]!.n };
}

export async function termsByIds(trx: Tx, tenantId: string, ids: readonly string[]): Promise<TermHsdsRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<TermHsdsRow>`SELECT ${termColumns} FROM taxonomy_term tt WHERE tt.tenant_id = ${tenantId} AND tt.term_id = ANY(${ids}::uuid[])`.execute(trx);
  return rows.rows;
}

export async function termIdsOfTaxonomy(trx: Tx, tenantId: string, taxonomyId: string): Promise<string[]> {
  const rows = await sql<{ term_id: string }>`SELECT term_id FROM taxonomy_term WHERE tenant_id = ${tenantId} AND taxonomy_id = ${taxonomyId}::uuid`.execute(trx);
  return rows.rows.map((r) => r.term_id);
}

export async function publishedLegalBases(trx: Tx, tenantId: string): Promise<string[]> {
  const rows = await sql<{ legal_basis: string }>`SELECT DISTINCT legal_basis FROM offer WHERE tenant_id = ${tenantId} AND lifecycle = 'published' AND legal_basis IS NOT NULL`.execute(trx);
  return rows.rows.map((r) => r.legal_basis);
}

export async function allTaxonomies(trx: Tx, tenantId: string): Promise<TaxonomyHsdsRow[]> {
  const rows = await sql<TaxonomyHsdsRow>`SELECT t.taxonomy_id, t.name, t.description, t.uri, t.version, t.origin, t.hsds_extra FROM taxonomy t WHERE t.tenant_id = ${tenantId} ORDER BY t.taxonomy_id`.execute(trx);
  return rows.rows;
}

export async function allTerms(trx: Tx, tenantId: string): Promise<TermHsdsRow[]> {
  const rows = await sql<TermHsdsRow>`SELECT ${termColumns} FROM taxonomy_term tt WHERE tt.tenant_id = ${tenantId} ORDER BY tt.term_id`.execute(trx);
  return rows.rows;
}

export async function unlinkedRows(trx: Tx, tenantId: string): Promise<Array<{ table_name: string; row_id: string; row_data: Record<string, unknown> }>> {
  const rows = await sql<{ table_name: string; row_id: string; row_data: Record<string, unknown> }>`
    SELECT table_name, row_id, row_data FROM hsds_unlinked_row WHERE tenant_id = ${tenantId} ORDER BY table_name, row_id`.execute(trx);
  return rows.rows;
}

/** Every public offer id and organisation id, for the tabular export. */
export async function allPublicIds(trx: Tx, tenantId: string): Promise<{ offerIds: string[]; organizationIds: string[] }> {
  const offers = await sql<{ offer_id: string }>`SELECT offer_id FROM offer WHERE tenant_id = ${tenantId} AND lifecycle = 'published' ORDER BY name, offer_id`.execute(trx);
  const organizations = await sql<{ organization_id: string }>`SELECT org.organization_id FROM organization org WHERE org.tenant_id = ${tenantId} AND ${organizationPublic} ORDER BY org.name, org.organization_id`.execute(trx);
  return { offerIds: offers.rows.map((r) => r.offer_id), organizationIds: organizations.rows.map((r) => r.organization_id) };
}
