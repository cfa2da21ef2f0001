import type { HsdsObject } from './field-codec.js';
import { mergeRecords, recordConflict, walkUnit, type HsdsRecord } from './hsds-records.js';
import type { ImportProblem, ImportUnit } from './import-problem.js';
import { locationColumns, type LocationColumns } from './location-mapping.js';
import type { TermLookup } from './mestring-attributes.js';
import { organizationColumns, type OrganizationColumns } from './organization-mapping.js';
import { scheduleColumns, type ScheduleColumns } from './schedule-mapping.js';
import { serviceAtLocationColumns, type ServiceAtLocationColumns } from './service-at-location-mapping.js';
import { serviceColumns, type ServiceColumns } from './service-mapping.js';
import { taxonomyColumns, taxonomyTermColumns, type TaxonomyColumns, type TaxonomyTermColumns } from './taxonomy-mapping.js';

/**
 * From validated units to the rows one import writes. A unit is taken whole or not at all: it is left out when a
 * copy of one of its objects disagrees with a copy in an earlier unit, when Mestring cannot keep one of its objects
 * (a name longer than its columns allow), or when it needs an object that neither the import nor the municipality
 * has (a service's organization, a service_at_location's service and location). Leaving a unit out can leave
 * another without what it needs, so this is repeated until nothing changes.
 */

export type LinkTable = 'organization' | 'location' | 'service' | 'service_at_location' | 'taxonomy';
export type ExistingIds = Record<LinkTable, ReadonlySet<string>>;
/** Which of these ids the municipality has already. */
export type ExistingLookup = (wanted: Record<LinkTable, string[]>) => Promise<ExistingIds>;

export interface ImportPlan {
  organizations: OrganizationColumns[];
  locations: Array<LocationColumns & { organization_id: string | null }>;
  offers: Array<ServiceColumns & { organization_id: string }>;
  offerLocations: Array<ServiceAtLocationColumns & { offer_id: string; location_id: string }>;
  schedules: Array<ScheduleColumns & { offer_id: string | null; offer_location_id: string | null; location_id: string | null }>;
  taxonomies: TaxonomyColumns[];
  terms: Array<TaxonomyTermColumns & { taxonomy_id: string | null }>;
  /** Rows of these relations that the import does not list are removed. */
  replace: { offerLocationsOfOffers: string[]; schedulesOfOffers: string[]; schedulesOfOfferLocations: string[]; schedulesOfLocations: string[] };
  /** Legal bases the offers name: their terms are made in Mestring's legal-basis taxonomy. */
  legalBases: string[];
}

interface WalkedUnit {
  unit: ImportUnit;
  records: HsdsRecord[];
}

const join = (path: string, field: string) => (path ? `${path}.${field}` : field);

const nameProblem = (name: unknown) => (typeof name === 'string' && name.length >= 1 && name.length <= 300 ? [] : [{ field: 'name', reason: 'must be 1 to 300 characters long in Mestring' }]);

/**
 * What Mestring's columns cannot take from one copy of an object although the HSDS schema allows it (the same
 * checks as the column mappings make, without building the columns twice).
 */
function columnProblems(record: HsdsRecord): Array<{ field: string; reason: string }> {
  const o = record.object;
  switch (record.kind) {
    case 'service': {
      const problems = nameProblem(o.name);
      if (typeof o.description === 'string' && o.description.length > 20000) problems.push({ field: 'description', reason: 'must be at most 20000 characters long in Mestring' });
      return problems;
    }
    case 'organization':
    case 'taxonomy':
    case 'taxonomy_term':
      return nameProblem(o.name);
    default:
      return [];
  }
}

function requiredLinks(record: HsdsRecord): Array<[LinkTable, string, string | undefined]> {
  if (record.kind === 'service') return [['organization', 'organization_id', record.links.organization]];
  if (record.kind === 'service_at_location') return [['service', 'service_id', record.links.service], ['location', 'location_id', record.links.location]];
  return [];
}

export async function planImport(units: readonly ImportUnit[], existingLookup: ExistingLookup): Promise<{ plan: ImportPlan; problems: ImportProblem[]; skipped: number }> {
  const problems: ImportProblem[] = [];
  const terms = new Map<string, HsdsObject>();
  let candidates: WalkedUnit[] = [];
  for (const unit of units) {
    const walked = walkUnit(unit.kind, unit.object, unit.replaces);
    for (const [id, term] of walked.terms) terms.set(id, term);
    const unitProblems = walked.records.flatMap((r) => columnProblems(r).map((p) => ({ file: unit.file, row: unit.row, field: join(r.path, p.field), reason: p.reason })));
    if (unitProblems.length > 0) problems.push(...unitProblems);
    else candidates.push({ unit, records: walked.records });
  }

  const wanted: Record<LinkTable, Set<string>> = { organization: new Set(), location: new Set(), service: new Set(), service_at_location: new Set(), taxonomy: new Set() };
  for (const { records } of candidates) {
    for (const r of records) {
      if (r.links.organization) wanted.organization.add(r.links.organization);
      if (r.links.location) wanted.location.add(r.links.location);
      if (r.links.service) wanted.service.add(r.links.service);
      if (r.links.service_at_location) wanted.service_at_location.add(r.links.service_at_location);
      if (r.links.taxonomy) wanted.taxonomy.add(r.links.taxonomy);
    }
  }
  const existing = await existingLookup({
    organization: [...wanted.organization],
    location: [...wanted.location],
    service: [...wanted.service],
    service_at_location: [...wanted.service_at_location],
    taxonomy: [...wanted.taxonomy],
  });

  let merged = new Map<string, { record: HsdsRecord; unit: ImportUnit }>();
  for (;;) {
    merged = new Map();
    const kept: WalkedUnit[] = [];
    for (const walked of candidates) {
      const conflict = walked.records
        .map((r) => {
          const earlier = merged.get(`${r.kind}:${r.id}`);
          const field = earlier && recordConflict(earlier.record, r);
          return field ? { file: walked.unit.file, row: walked.unit.row, field: join(r.path, field), reason: `differs from the same ${r.kind} (${r.id}) in ${earlier.unit.file} ${earlier.unit.row}` } : undefined;
        })
        .find((p) => p !== undefined);
      if (conflict) {
        problems.push(conflict);
        continue;
      }
      for (const r of walked.records) {
        const key = `${r.kind}:${r.id}`;
        const earlier = merged.get(key);
        merged.set(key, { record: earlier ? mergeRecords(earlier.record, r) : r, unit: earlier?.unit ?? walked.unit });
      }
      kept.push(walked);
    }
    const available = (table: LinkTable, id: string) => merged.has(`${table}:${id}`) || existing[table].has(id);
    const next = kept.filter(({ unit, records }) => {
      const missing = records.flatMap((r) =>
        requiredLinks(r)
          .filter(([table, , id]) => id === undefined || !available(table, id))
          .map(([table, field, id]) => ({ file: unit.file, row: unit.row, field: join(r.path, field), reason: id === undefined ? `needs its ${table}` : `names no ${table} of the import or the municipality` })),
      );
      problems.push(...missing);
      return missing.length === 0;
    });
    const changed = next.length !== candidates.length;
    candidates = next;
    if (!changed) break;
  }

  const lookup: TermLookup = (id) => terms.get(id);
  const available = (table: LinkTable, id: string | undefined) => (id !== undefined && (merged.has(`${table}:${id}`) || existing[table].has(id)) ? id : null);
  const plan: ImportPlan = {
    organizations: [],
    locations: [],
    offers: [],
    offerLocations: [],
    schedules: [],
    taxonomies: [],
    terms: [],
    replace: { offerLocationsOfOffers: [], schedulesOfOffers: [], schedulesOfOfferLocations: [], schedulesOfLocations: [] },
    legalBases: [],
  };
  const legalBases = new Set<string>();
  for (const { record: r } of merged.values()) {
    switch (r.kind) {
      case 'organization':
        plan.organizations.push(organizationColumns(r.object).columns);
        break;
      case 'location':
        plan.locations.push({ ...locationColumns(r.object, lookup), organization_id: available('organization', r.links.organization) });
        if (r.replaces.has('schedules')) plan.replace.schedulesOfLocations.push(r.id);
        break;
      case 'service': {
        const columns = serviceColumns(r.object, lookup).columns;
        if (columns.legal_basis) legalBases.add(columns.legal_basis);
        plan.offers.push({ ...columns, organization_id: r.links.organization! });
        if (r.replaces.has('service_at_locations')) plan.replace.offerLocationsOfOffers.push(r.id);
        if (r.replaces.has('schedules')) plan.replace.schedulesOfOffers.push(r.id);
        break;
      }
      case 'service_at_location':
        plan.offerLocations.push({ ...serviceAtLocationColumns(r.object), offer_id: r.links.service!, location_id: r.links.location! });
        if (r.replaces.has('schedules')) plan.replace.schedulesOfOfferLocations.push(r.id);
        break;
      case 'schedule':
        plan.schedules.push({
          ...scheduleColumns(r.object),
          offer_id: available('service', r.links.service),
          offer_location_id: available('service_at_location', r.links.service_at_location),
          location_id: available('location', r.links.location),
        });
        break;
      case 'taxonomy':
        plan.taxonomies.push(taxonomyColumns(r.object).columns);
        break;
      case 'taxonomy_term':
        plan.terms.push({ ...taxonomyTermColumns(r.object).columns, taxonomy_id: available('taxonomy', r.links.taxonomy) });
        break;
    }
  }
  plan.legalBases = [...legalBases];
  const skipped = units.length - candidates.length;
  return { plan, problems, skipped };
}

/** Whether any attribute of the import is one of Mestring's (then Mestring's taxonomies must exist as rows). */
export function usesMestringFacts(plan: ImportPlan): boolean {
  return (
    plan.legalBases.length > 0 ||
    plan.offers.some((o) => o.target_groups.length + o.life_domains.length + o.accessibility.length > 0 || o.offer_type || o.free_of_charge || o.self_referral || o.capacity_places !== null || o.capacity_free !== null || o.waiting_list !== null || o.easy_read || o.pictogram) ||
    plan.locations.some((l) => l.accessibility.length > 0)
  );
}
