import { isDeepStrictEqual } from 'node:util';
import type { HsdsObject } from './field-codec.js';
import { isObject, normalizeId } from './hsds-ids.js';
import { fixedMestringTermById, isMestringTaxonomyId } from './mestring-taxonomies.js';

/**
 * A nested HSDS object (a "full" service, organization or service_at_location, or a flat row of the tabular
 * package with its sub-objects attached) taken apart into the objects Mestring keeps as rows of their own, each
 * with the links its nesting or its *_id fields give it.
 */
export type RecordKind = 'organization' | 'location' | 'service' | 'service_at_location' | 'schedule' | 'taxonomy' | 'taxonomy_term';
export type LinkName = 'organization' | 'service' | 'location' | 'service_at_location' | 'taxonomy';
export type ReplacedRelation = 'service_at_locations' | 'schedules';

export interface HsdsRecord {
  kind: RecordKind;
  id: string;
  /** The object as it came, without the nested objects that are records of their own. */
  object: HsdsObject;
  /** Where in its unit it was found, e.g. "service_at_locations[0].location"; "" for the unit itself. */
  path: string;
  links: Partial<Record<LinkName, string>>;
  /** Relations this object lists completely: rows of that relation it does not list are removed. */
  replaces: Set<ReplacedRelation>;
}

export interface WalkResult {
  records: HsdsRecord[];
  /** Every taxonomy_term object met (Mestring's too), for recognising attributes that name a term only by id. */
  terms: Map<string, HsdsObject>;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The object without the nested records; relations that came empty stay (they have no rows to live in). */
function without(object: HsdsObject, keys: readonly string[]): HsdsObject {
  const rest: HsdsObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (keys.includes(key) && !(Array.isArray(value) && value.length === 0)) continue;
    rest[key] = value;
  }
  return rest;
}

const objects = (value: unknown): HsdsObject[] => (Array.isArray(value) ? value.filter(isObject) : []);

class Walker {
  readonly records: HsdsRecord[] = [];
  readonly terms = new Map<string, HsdsObject>();
  constructor(private readonly tabularReplaces: ReadonlySet<ReplacedRelation> | undefined) {}

  private replaces(object: HsdsObject, relations: readonly ReplacedRelation[]): Set<ReplacedRelation> {
    if (this.tabularReplaces) return new Set(relations.filter((r) => this.tabularReplaces!.has(r)));
    return new Set(relations.filter((r) => Array.isArray(object[r])));
  }

  private add(kind: RecordKind, object: HsdsObject, path: string, links: HsdsRecord['links'], replaces: Set<ReplacedRelation>, relations: readonly string[]): string | undefined {
    const id = normalizeId(object.id);
    if (!id) return undefined;
    const defined = Object.fromEntries(Object.entries(links).filter(([, v]) => v !== undefined)) as HsdsRecord['links'];
    this.records.push({ kind, id, object: without(object, relations), path, links: defined, replaces });
    return id;
  }

  /** Terms nested in attributes anywhere below `value` become records too (with their taxonomy). */
  private attributeTerms(value: unknown, path: string): void {
    if (Array.isArray(value)) return value.forEach((item, i) => this.attributeTerms(item, `${path}[${i}]`));
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'attributes') objects(child).forEach((a, i) => isObject(a.taxonomy_term) && this.term(a.taxonomy_term, `${join(path, key)}[${i}].taxonomy_term`));
      else if (typeof child === 'object' && child !== null && key !== 'taxonomy_term') this.attributeTerms(child, join(path, key));
    }
  }

  service(s: HsdsObject, path: string, context: { organization?: string }): string | undefined {
    const organization = isObject(s.organization) ? this.organization(s.organization, join(path, 'organization')) : undefined;
    const id = this.add('service', s, path, { organization: organization ?? context.organization ?? normalizeId(s.organization_id) }, this.replaces(s, ['service_at_locations', 'schedules']), ['organization', 'service_at_locations', 'schedules']);
    if (!id) return undefined;
    objects(s.service_at_locations).forEach((sal, i) => this.serviceAtLocation(sal, `${join(path, 'service_at_locations')}[${i}]`, { service: id }));
    objects(s.schedules).forEach((x, i) => this.schedule(x, `${join(path, 'schedules')}[${i}]`, { service: id }));
    this.attributeTerms(without(s, ['organization', 'service_at_locations', 'schedules']), path);
    return id;
  }

  organization(o: HsdsObject, path: string): string | undefined {
    const id = this.add('organization', o, path, {}, new Set(), ['locations', 'services']);
    if (!id) return undefined;
    objects(o.locations).forEach((l, i) => this.location(l, `${join(path, 'locations')}[${i}]`, { organization: id }));
    objects(o.services).forEach((s, i) => this.service(s, `${join(path, 'services')}[${i}]`, { organization: id }));
    this.attributeTerms(without(o, ['locations', 'services']), path);
    return id;
  }

  location(l: HsdsObject, path: string, context: { organization?: string }): string | undefined {
    const id = this.add('location', l, path, { organization: context.organization ?? normalizeId(l.organization_id) }, this.replaces(l, ['schedules']), ['schedules']);
    if (!id) return undefined;
    objects(l.schedules).forEach((x, i) => this.schedule(x, `${join(path, 'schedules')}[${i}]`, { location: id }));
    this.attributeTerms(without(l, ['schedules']), path);
    return id;
  }

  serviceAtLocation(sal: HsdsObject, path: string, context: { service?: string }): string | undefined {
    const location = isObject(sal.location) ? this.location(sal.location, join(path, 'location'), {}) : undefined;
    const service = isObject(sal.service) ? this.service(sal.service, join(path, 'service'), {}) : undefined;
    const links = { service: context.service ?? service ?? normalizeId(sal.service_id), location: location ?? normalizeId(sal.location_id) };
    const id = this.add('service_at_location', sal, path, links, this.replaces(sal, ['schedules']), ['location', 'service', 'schedules']);
    if (!id) return undefined;
    objects(sal.schedules).forEach((x, i) => this.schedule(x, `${join(path, 'schedules')}[${i}]`, { service_at_location: id }));
    this.attributeTerms(without(sal, ['location', 'service', 'schedules']), path);
    return id;
  }

  schedule(x: HsdsObject, path: string, context: Partial<Record<'service' | 'location' | 'service_at_location', string>>): void {
    const links = {
      service: context.service ?? normalizeId(x.service_id),
      location: context.location ?? normalizeId(x.location_id),
      service_at_location: context.service_at_location ?? normalizeId(x.service_at_location_id),
    };
    this.add('schedule', x, path, links, new Set(), []);
    this.attributeTerms(x, path);
  }

  taxonomy(t: HsdsObject, path: string): string | undefined {
    const id = normalizeId(t.id);
    // Mestring's own taxonomies are made by Mestring (ensureMestringTaxonomies), never from imported copies.
    if (!id || isMestringTaxonomyId(id)) return id;
    return this.add('taxonomy', t, path, {}, new Set(), []);
  }

  term(t: HsdsObject, path: string): void {
    const id = normalizeId(t.id);
    if (!id) return;
    this.terms.set(id, t);
    const detail = isObject(t.taxonomy_detail) ? this.taxonomy(t.taxonomy_detail, join(path, 'taxonomy_detail')) : undefined;
    const taxonomy = detail ?? normalizeId(t.taxonomy_id);
    if (fixedMestringTermById(id) || (taxonomy && isMestringTaxonomyId(taxonomy))) return;
    this.add('taxonomy_term', t, path, { taxonomy }, new Set(), []);
  }
}

/** Takes one unit (a top-level object of a JSON file, or a row of the tabular package) apart. */
export function walkUnit(kind: RecordKind, object: HsdsObject, tabularReplaces?: ReadonlySet<ReplacedRelation>): WalkResult {
  const walker = new Walker(tabularReplaces);
  switch (kind) {
    case 'service':
      walker.service(object, '', {});
      break;
    case 'organization':
      walker.organization(object, '');
      break;
    case 'location':
      walker.location(object, '', {});
      break;
    case 'service_at_location':
      walker.serviceAtLocation(object, '', {});
      break;
    case 'schedule':
      walker.schedule(object, '', {});
      break;
    case 'taxonomy':
      walker.taxonomy(object, '');
      break;
    case 'taxonomy_term':
      walker.term(object, '');
      break;
  }
  return { records: walker.records, terms: walker.terms };
}

/** Why two copies of one object cannot be one row, or undefined when they agree (one may say more than the other). */
export function recordConflict(a: HsdsRecord, b: HsdsRecord): string | undefined {
  for (const [key, value] of Object.entries(b.object)) {
    if (Object.hasOwn(a.object, key) && !isDeepStrictEqual(a.object[key], value)) return key;
  }
  for (const [name, id] of Object.entries(b.links) as [LinkName, string][]) {
    const other = a.links[name];
    if (other !== undefined && other !== id) return `${name} link`;
  }
  return undefined;
}

/** One record from two copies that agree. */
export function mergeRecords(a: HsdsRecord, b: HsdsRecord): HsdsRecord {
  return { ...a, object: { ...a.object, ...b.object }, links: { ...a.links, ...b.links }, replaces: new Set([...a.replaces, ...b.replaces]) };
}
