import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import { isObject } from '../../interop/hsds/hsds-ids.js';
import { locationFields } from '../../interop/hsds/location-mapping.js';
import { organizationFields } from '../../interop/hsds/organization-mapping.js';
import { scheduleFields } from '../../interop/hsds/schedule-mapping.js';
import { serviceAtLocationFields } from '../../interop/hsds/service-at-location-mapping.js';
import { serviceFields } from '../../interop/hsds/service-mapping.js';
import {
  locationsByIds,
  locationsOfOrganizations,
  offerLocationsOfOffers,
  publicOfferLocations,
  publicOrganizations,
  publishedOfferIdsOfOrganizations,
  publishedOffers,
  schedulesOf,
  type LocationHsdsRow,
  type ScheduleHsdsRow,
} from './hsds-read-repository.js';

/**
 * HSDS objects in the shapes of the HSDS API (the specification's compiled schemas and examples): a "full" service
 * nests its organization (with locations), its service_at_locations (with location) and schedules; an organization
 * nests its locations and services but its services not the organization again; a service_at_location nests its
 * location and its service, whose service_at_locations are left out. List items are "compact": their own plain
 * fields, with the one-to-one objects (organization, program, location, service) compact too.
 */

export interface GraphContext {
  trx: Tx;
  tenantId: string;
  now: Date;
}

/** The plain fields of an object: no arrays and no nested objects. */
export function compact(object: HsdsObject): HsdsObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => typeof value !== 'object' || value === null));
}

/** Rows of a relation, or, when there are none, the relation as it came (an empty array) if it came at all. */
function relate(out: HsdsObject, key: string, items: unknown[], extra: HsdsObject): void {
  if (items.length > 0) out[key] = items;
  else if (Object.hasOwn(extra, key)) out[key] = extra[key];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A service's program, compact as in list items. */
function compactService(fields: HsdsObject): HsdsObject {
  const out = compact(fields);
  if (isObject(fields.program)) out.program = compact(fields.program);
  return out;
}

async function schedulesFor(ctx: GraphContext, of: { offerIds: string[]; offerLocationIds: string[]; locationIds: string[] }) {
  const rows = await schedulesOf(ctx.trx, ctx.tenantId, of);
  const object = (row: ScheduleHsdsRow) => scheduleFields(row, ctx.now);
  return {
    ofOffer: groupBy(rows, (r) => r.offer_id),
    ofOfferLocation: groupBy(rows, (r) => r.offer_location_id),
    ofLocation: groupBy(rows, (r) => r.location_id),
    object,
  };
}

function fullLocation(row: LocationHsdsRow, schedules: ScheduleHsdsRow[], object: (r: ScheduleHsdsRow) => HsdsObject): HsdsObject {
  const out = locationFields(row);
  relate(out, 'schedules', schedules.map(object), row.hsds_extra);
  return out;
}

export interface ServiceShape {
  /** Nested objects and arrays, or the plain fields only. */
  full: boolean;
  /** How the service's organization is nested. */
  organization: 'full' | 'compact' | 'none';
  /** Full services only: whether the service_at_locations are nested. */
  serviceAtLocations: boolean;
}

/** Published services by id, in the order of `ids` (ids that are not published services are left out). */
export async function buildServices(ctx: GraphContext, ids: readonly string[], shape: ServiceShape): Promise<HsdsObject[]> {
  const offers = await publishedOffers(ctx.trx, ctx.tenantId, ids);
  const organizationIds = [...new Set(offers.map((o) => o.organization_id))];
  const organizations = shape.organization === 'none' ? new Map<string, HsdsObject>() : await buildOrganizationsById(ctx, organizationIds, shape.organization === 'full' ? { full: true, services: 'none' } : { full: false, services: 'none' });

  let nestedFor: (offerId: string) => { schedules: unknown[]; service_at_locations: unknown[] } = () => ({ schedules: [], service_at_locations: [] });
  if (shape.full) {
    const offerIds = offers.map((o) => o.offer_id);
    const offerLocations = shape.serviceAtLocations ? await offerLocationsOfOffers(ctx.trx, ctx.tenantId, offerIds) : [];
    const locationIds = [...new Set(offerLocations.map((l) => l.location_id))];
    const locations = new Map((await locationsByIds(ctx.trx, ctx.tenantId, locationIds)).map((l) => [l.location_id, l]));
    const schedules = await schedulesFor(ctx, { offerIds, offerLocationIds: offerLocations.map((l) => l.offer_location_id), locationIds });
    const byOffer = groupBy(offerLocations, (l) => l.offer_id);
    nestedFor = (offerId) => {
      const saLs = (byOffer.get(offerId) ?? []).map((sal) => {
        const out = serviceAtLocationFields(sal);
        relate(out, 'schedules', (schedules.ofOfferLocation.get(sal.offer_location_id) ?? []).map(schedules.object), sal.hsds_extra);
        const location = locations.get(sal.location_id);
        if (location) out.location = fullLocation(location, schedules.ofLocation.get(location.location_id) ?? [], schedules.object);
        return out;
      });
      return { schedules: (schedules.ofOffer.get(offerId) ?? []).map(schedules.object), service_at_locations: saLs };
    };
  }

  const byId = new Map(
    offers.map((offer) => {
      const fields = serviceFields(offer);
      const organization = organizations.get(offer.organization_id);
      if (!shape.full) {
        const out = compactService(fields);
        if (organization) out.organization = organization;
        return [offer.offer_id, out];
      }
      const out = fields;
      const nested = nestedFor(offer.offer_id);
      relate(out, 'schedules', nested.schedules, offer.hsds_extra);
      if (shape.serviceAtLocations) relate(out, 'service_at_locations', nested.service_at_locations, offer.hsds_extra);
      if (organization) out.organization = organization;
      return [offer.offer_id, out];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((s): s is HsdsObject => s !== undefined);
}

export interface OrganizationShape {
  full: boolean;
  /** How the organization's services are nested: full, compact, or not at all. */
  services: 'full' | 'compact' | 'none';
}

async function buildOrganizationsById(ctx: GraphContext, ids: readonly string[], shape: OrganizationShape): Promise<Map<string, HsdsObject>> {
  const rows = await publicOrganizations(ctx.trx, ctx.tenantId, ids);
  if (!shape.full) return new Map(rows.map((r) => [r.organization_id, compact(organizationFields(r))]));
  const organizationIds = rows.map((r) => r.organization_id);
  const locations = await locationsOfOrganizations(ctx.trx, ctx.tenantId, organizationIds);
  const schedules = await schedulesFor(ctx, { offerIds: [], offerLocationIds: [], locationIds: locations.map((l) => l.location_id) });
  const locationsOf = groupBy(locations, (l) => l.organization_id);
  let servicesOf = new Map<string, HsdsObject[]>();
  if (shape.services !== 'none') {
    const offers = await publishedOfferIdsOfOrganizations(ctx.trx, ctx.tenantId, organizationIds);
    const services = await buildServices(ctx, offers.map((o) => o.offer_id), { full: shape.services === 'full', organization: 'none', serviceAtLocations: true });
    const serviceById = new Map(services.map((s) => [s.id as string, s]));
    const byOrganization = groupBy(offers, (o) => o.organization_id);
    servicesOf = new Map([...byOrganization].map(([org, list]) => [org, list.map((o) => serviceById.get(o.offer_id)!).filter(Boolean)]));
  }
  return new Map(
    rows.map((row) => {
      const out = organizationFields(row);
      relate(out, 'locations', (locationsOf.get(row.organization_id) ?? []).map((l) => fullLocation(l, schedules.ofLocation.get(l.location_id) ?? [], schedules.object)), row.hsds_extra);
      if (shape.services !== 'none') relate(out, 'services', servicesOf.get(row.organization_id) ?? [], row.hsds_extra);
      return [row.organization_id, out];
    }),
  );
}

/** Public organizations by id, in the order of `ids`. */
export async function buildOrganizations(ctx: GraphContext, ids: readonly string[], shape: OrganizationShape): Promise<HsdsObject[]> {
  const byId = await buildOrganizationsById(ctx, ids, shape);
  return ids.map((id) => byId.get(id)).filter((o): o is HsdsObject => o !== undefined);
}

/** Service_at_locations of published services by id, in the order of `ids`. */
export async function buildServiceAtLocations(ctx: GraphContext, ids: readonly string[], full: boolean): Promise<HsdsObject[]> {
  const rows = await publicOfferLocations(ctx.trx, ctx.tenantId, ids);
  const locationIds = [...new Set(rows.map((r) => r.location_id))];
  const locations = new Map((await locationsByIds(ctx.trx, ctx.tenantId, locationIds)).map((l) => [l.location_id, l]));
  const offerIds = [...new Set(rows.map((r) => r.offer_id))];
  const services = new Map((await buildServices(ctx, offerIds, full ? { full: true, organization: 'full', serviceAtLocations: false } : { full: false, organization: 'compact', serviceAtLocations: false })).map((s) => [s.id as string, s]));
  const schedules = full ? await schedulesFor(ctx, { offerIds: [], offerLocationIds: rows.map((r) => r.offer_location_id), locationIds }) : undefined;
  const byId = new Map(
    rows.map((row) => {
      const fields = serviceAtLocationFields(row);
      const location = locations.get(row.location_id);
      const service = services.get(row.offer_id);
      const out = full ? fields : compact(fields);
      if (schedules) relate(out, 'schedules', (schedules.ofOfferLocation.get(row.offer_location_id) ?? []).map(schedules.object), row.hsds_extra);
      if (location) out.location = schedules ? fullLocation(location, schedules.ofLocation.get(location.location_id) ?? [], schedules.object) : compact(locationFields(location));
      if (service) out.service = service;
      return [row.offer_location_id, out];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((o): o is HsdsObject => o !== undefined);
}
