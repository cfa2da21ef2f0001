import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { ExistingIds, ImportPlan, LinkTable } from '../../interop/hsds/import-plan.js';
import type { UnlinkedRow } from '../../interop/hsds/tabular-package.js';

/**
 * The SQL of an HSDS import: which linked objects the municipality has, and the rows of an import plan written in
 * multi-row upserts (one statement per batch, not per row), so 10,000 services load in seconds.
 */

/** Parameters per statement stay well below PostgreSQL's 65,535. */
const PARAMETERS_PER_STATEMENT = 30_000;

type Row = Record<string, unknown>;

async function upsert(trx: Tx, table: string, rows: Row[], key: string[], update: Record<string, ReturnType<typeof sql>>): Promise<void> {
  if (rows.length === 0) return;
  const batch = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += batch) {
    // The generic helper works on any catalogue table; the rows are built from the table's own column lists below.
    await (trx as any)
      .insertInto(table)
      .values(rows.slice(i, i + batch))
      .onConflict((oc: any) => oc.columns(key).doUpdateSet(update))
      .execute();
  }
}

const excluded = (columns: string[]) => Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]));
const json = (value: unknown) => JSON.stringify(value);

export async function findExistingIds(trx: Tx, tenantId: string, wanted: Record<LinkTable, string[]>): Promise<ExistingIds> {
  const ids = async (table: string, column: string, values: string[]) => {
    if (values.length === 0) return new Set<string>();
    const rows = await sql<{ id: string }>`SELECT ${sql.ref(column)} AS id FROM ${sql.table(table)} WHERE tenant_id = ${tenantId} AND ${sql.ref(column)} = ANY(${values}::uuid[])`.execute(trx);
    return new Set(rows.rows.map((r) => r.id));
  };
  return {
    organization: await ids('organization', 'organization_id', wanted.organization),
    location: await ids('location', 'location_id', wanted.location),
    service: await ids('offer', 'offer_id', wanted.service),
    service_at_location: await ids('offer_location', 'offer_location_id', wanted.service_at_location),
    taxonomy: await ids('taxonomy', 'taxonomy_id', wanted.taxonomy),
  };
}

export interface WriteOptions {
  lifecycle: 'published' | 'draft';
  now: Date;
}

export async function writeImportPlan(trx: Tx, tenantId: string, plan: ImportPlan, options: WriteOptions): Promise<void> {
  const { now } = options;
  await upsert(
    trx,
    'taxonomy',
    plan.taxonomies.map((t) => ({ tenant_id: tenantId, taxonomy_id: t.taxonomy_id, name: t.name, description: t.description, uri: t.uri, version: t.version, origin: 'imported', hsds_extra: json(t.hsds_extra) })),
    ['tenant_id', 'taxonomy_id'],
    excluded(['name', 'description', 'uri', 'version', 'hsds_extra']),
  );
  await upsert(
    trx,
    'taxonomy_term',
    plan.terms.map((t) => ({ tenant_id: tenantId, term_id: t.term_id, taxonomy_id: t.taxonomy_id, code: t.code, name: t.name, description: t.description, parent_id: t.parent_id, term_uri: t.term_uri, hsds_extra: json(t.hsds_extra) })),
    ['tenant_id', 'term_id'],
    excluded(['taxonomy_id', 'code', 'name', 'description', 'parent_id', 'term_uri', 'hsds_extra']),
  );
  const versioned = (table: string) => ({ version: sql`${sql.ref(`${table}.version`)} + 1` });
  await upsert(
    trx,
    'organization',
    plan.organizations.map((o) => ({ tenant_id: tenantId, organization_id: o.organization_id, name: o.name, alternate_name: o.alternate_name, description: o.description, email: o.email, website: o.website, hsds_extra: json(o.hsds_extra), created_at: now, updated_at: now })),
    ['tenant_id', 'organization_id'],
    { ...excluded(['name', 'alternate_name', 'description', 'email', 'website', 'hsds_extra', 'updated_at']), ...versioned('organization') },
  );
  const locationColumns = ['organization_id', 'location_type', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude', 'address_line', 'postal_code', 'city', 'accessibility', 'hsds_extra', 'updated_at'];
  await upsert(
    trx,
    'location',
    plan.locations.map((l) => ({
      tenant_id: tenantId,
      location_id: l.location_id,
      organization_id: l.organization_id,
      location_type: l.location_type,
      name: l.name,
      alternate_name: l.alternate_name,
      description: l.description,
      transportation: l.transportation,
      latitude: l.latitude,
      longitude: l.longitude,
      address_line: l.address_line,
      postal_code: l.postal_code,
      city: l.city,
      accessibility: l.accessibility,
      hsds_extra: json(l.hsds_extra),
      created_at: now,
      updated_at: now,
    })),
    ['tenant_id', 'location_id'],
    { ...excluded(locationColumns), ...versioned('location') },
  );
  const published = options.lifecycle === 'published';
  const offerColumns = [
    'organization_id', 'name', 'alternate_name', 'description', 'easy_read', 'url', 'email', 'lifecycle', 'status', 'offer_type', 'legal_basis', 'life_domains', 'target_groups',
    'minimum_age', 'maximum_age', 'free_of_charge', 'fees_description', 'application_process', 'eligibility_description', 'self_referral', 'accessibility', 'language_codes',
    'capacity_places', 'capacity_free', 'waiting_list', 'pictogram', 'phones', 'contacts', 'cost_options', 'languages', 'hsds_extra', 'confirmed_at', 'updated_at',
  ];
  await upsert(
    trx,
    'offer',
    plan.offers.map((o) => ({
      tenant_id: tenantId,
      offer_id: o.offer_id,
      organization_id: o.organization_id,
      name: o.name,
      alternate_name: o.alternate_name,
      description: o.description,
      easy_read: o.easy_read,
      url: o.url,
      email: o.email,
      lifecycle: options.lifecycle,
      status: o.status,
      offer_type: o.offer_type,
      legal_basis: o.legal_basis,
      life_domains: o.life_domains,
      target_groups: o.target_groups,
      minimum_age: o.minimum_age,
      maximum_age: o.maximum_age,
      free_of_charge: o.free_of_charge,
      fees_description: o.fees_description,
      application_process: o.application_process,
      eligibility_description: o.eligibility_description,
      self_referral: o.self_referral,
      accessibility: o.accessibility,
      language_codes: o.language_codes,
      capacity_places: o.capacity_places,
      capacity_free: o.capacity_free,
      waiting_list: o.waiting_list,
      pictogram: o.pictogram,
      phones: json(o.phones),
      contacts: json(o.contacts),
      cost_options: json(o.cost_options),
      languages: json(o.languages),
      hsds_extra: json(o.hsds_extra),
      // The importing administrator vouches for what they load: it counts as confirmed now.
      confirmed_at: now,
      published_at: published ? now : null,
      created_at: now,
      updated_at: o.updated_at ?? now,
    })),
    ['tenant_id', 'offer_id'],
    { ...excluded(offerColumns), published_at: sql`coalesce(offer.published_at, excluded.published_at)`, ...versioned('offer') },
  );
  await upsert(
    trx,
    'offer_location',
    plan.offerLocations.map((l) => ({ tenant_id: tenantId, offer_location_id: l.offer_location_id, offer_id: l.offer_id, location_id: l.location_id, description: l.description, hsds_extra: json(l.hsds_extra) })),
    ['tenant_id', 'offer_location_id'],
    excluded(['offer_id', 'location_id', 'description', 'hsds_extra']),
  );
  const scheduleColumns = ['offer_id', 'offer_location_id', 'location_id', 'valid_from', 'valid_to', 'dtstart', 'until', 'count', 'freq', 'interval', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'description', 'hsds_extra'];
  await upsert(
    trx,
    'offer_schedule',
    plan.schedules.map((s) => ({
      tenant_id: tenantId,
      schedule_id: s.schedule_id,
      offer_id: s.offer_id,
      offer_location_id: s.offer_location_id,
      location_id: s.location_id,
      valid_from: s.valid_from,
      valid_to: s.valid_to,
      dtstart: s.dtstart,
      until: s.until,
      count: s.count,
      freq: s.freq,
      interval: s.interval,
      byday: s.byday,
      bymonthday: s.bymonthday,
      opens_at: s.opens_at,
      closes_at: s.closes_at,
      description: s.description,
      hsds_extra: json(s.hsds_extra),
    })),
    ['tenant_id', 'schedule_id'],
    excluded(scheduleColumns),
  );
  await removeUnlisted(trx, tenantId, plan);
}

/** Rows of a relation an imported object lists completely, which it no longer lists. */
async function removeUnlisted(trx: Tx, tenantId: string, plan: ImportPlan): Promise<void> {
  const { offerLocationsOfOffers, schedulesOfOffers, schedulesOfOfferLocations, schedulesOfLocations } = plan.replace;
  if (offerLocationsOfOffers.length > 0) {
    const keep = plan.offerLocations.map((l) => l.offer_location_id);
    const removed = await sql<{ id: string }>`
      DELETE FROM offer_location WHERE tenant_id = ${tenantId} AND offer_id = ANY(${offerLocationsOfOffers}::uuid[]) AND NOT (offer_location_id = ANY(${keep}::uuid[]))
      RETURNING offer_location_id AS id`.execute(trx);
    schedulesOfOfferLocations.push(...removed.rows.map((r) => r.id));
  }
  if (schedulesOfOffers.length + schedulesOfOfferLocations.length + schedulesOfLocations.length > 0) {
    const keep = plan.schedules.map((s) => s.schedule_id);
    await sql`
      DELETE FROM offer_schedule WHERE tenant_id = ${tenantId}
        AND (offer_id = ANY(${schedulesOfOffers}::uuid[]) OR offer_location_id = ANY(${schedulesOfOfferLocations}::uuid[]) OR location_id = ANY(${schedulesOfLocations}::uuid[]))
        AND NOT (schedule_id = ANY(${keep}::uuid[]))`.execute(trx);
  }
}

/** A tabular package's rows that name nothing: the package's earlier copies of its rows give way to these. */
export async function replaceUnlinkedRows(trx: Tx, tenantId: string, packageIds: ReadonlyMap<string, ReadonlySet<string>>, rows: readonly UnlinkedRow[], now: Date): Promise<void> {
  for (const [table, ids] of packageIds) {
    if (ids.size === 0) continue;
    await sql`DELETE FROM hsds_unlinked_row WHERE tenant_id = ${tenantId} AND table_name = ${table} AND row_id = ANY(${[...ids]}::uuid[])`.execute(trx);
  }
  await upsert(
    trx,
    'hsds_unlinked_row',
    rows.map((r) => ({ tenant_id: tenantId, table_name: r.table, row_id: r.id, row_data: json(r.row), imported_at: now })),
    ['tenant_id', 'table_name', 'row_id'],
    excluded(['row_data', 'imported_at']),
  );
}
