import type { HsdsObject } from './field-codec.js';
import { isObject } from './hsds-ids.js';
import { hsdsObjectNames, hsdsSchema, type HsdsObjectName } from './hsds-validator.js';
import { tableFile } from './tabular-package.js';

/**
 * Nested HSDS objects → the tabular data package: every object becomes a row of its table, named once however often
 * it is nested, with the *_id columns its nesting says (a phone nested in a service and in a contact gets both
 * service_id and contact_id). Fields the object came with win over what its nesting says.
 */

/** Arrays of sub-objects and the table and *_id column each array's items go to, per kind of object. */
const nestedArrays: Partial<Record<HsdsObjectName, Record<string, readonly [HsdsObjectName, string]>>> = {
  organization: {
    funding: ['funding', 'organization_id'],
    contacts: ['contact', 'organization_id'],
    phones: ['phone', 'organization_id'],
    locations: ['location', 'organization_id'],
    programs: ['program', 'organization_id'],
    organization_identifiers: ['organization_identifier', 'organization_id'],
    services: ['service', 'organization_id'],
  },
  service: {
    phones: ['phone', 'service_id'],
    schedules: ['schedule', 'service_id'],
    service_areas: ['service_area', 'service_id'],
    service_at_locations: ['service_at_location', 'service_id'],
    languages: ['language', 'service_id'],
    funding: ['funding', 'service_id'],
    cost_options: ['cost_option', 'service_id'],
    required_documents: ['required_document', 'service_id'],
    contacts: ['contact', 'service_id'],
  },
  location: {
    languages: ['language', 'location_id'],
    addresses: ['address', 'location_id'],
    contacts: ['contact', 'location_id'],
    accessibility: ['accessibility', 'location_id'],
    phones: ['phone', 'location_id'],
    schedules: ['schedule', 'location_id'],
  },
  service_at_location: {
    contacts: ['contact', 'service_at_location_id'],
    phones: ['phone', 'service_at_location_id'],
    schedules: ['schedule', 'service_at_location_id'],
  },
  contact: { phones: ['phone', 'contact_id'] },
  phone: { languages: ['language', 'phone_id'] },
};

/** One-to-one objects nested in a kind of object, and the *_id column of the parent that names them. */
const nestedObjects: Partial<Record<HsdsObjectName, Record<string, readonly [HsdsObjectName, string]>>> = {
  service: { organization: ['organization', 'organization_id'], program: ['program', 'program_id'] },
  service_at_location: { location: ['location', 'location_id'], service: ['service', 'service_id'] },
};

export type TabularTables = Record<string, HsdsObject[]>;

class Tabulator {
  private readonly tables = new Map<HsdsObjectName, Map<string, HsdsObject>>(hsdsObjectNames.map((n) => [n, new Map()]));

  add(table: HsdsObjectName, object: HsdsObject, context: HsdsObject): void {
    const row: HsdsObject = { ...context };
    for (const [key, value] of Object.entries(object)) if (typeof value !== 'object' || value === null) row[key] = value;
    for (const [key, [, column]] of Object.entries(nestedObjects[table] ?? {})) {
      const child = object[key];
      if (isObject(child) && child.id !== undefined && row[column] === undefined) row[column] = child.id;
    }
    if (table === 'attribute' && row.taxonomy_term_id === undefined && isObject(object.taxonomy_term)) row.taxonomy_term_id = object.taxonomy_term.id;
    const id = String(row.id);
    const rows = this.tables.get(table)!;
    const earlier = rows.get(id);
    if (earlier) {
      for (const [key, value] of Object.entries(row)) if (earlier[key] === undefined) earlier[key] = value;
    } else {
      rows.set(id, row);
    }
    // Below: the nested objects of this one.
    for (const [key, [childTable, column]] of Object.entries(nestedArrays[table] ?? {})) {
      const items = object[key];
      if (Array.isArray(items)) for (const item of items) if (isObject(item)) this.add(childTable, item, { [column]: object.id });
    }
    for (const [key, [childTable]] of Object.entries(nestedObjects[table] ?? {})) {
      const child = object[key];
      if (isObject(child)) this.add(childTable, child, {});
    }
    if (Array.isArray(object.attributes)) for (const a of object.attributes) if (isObject(a)) this.add('attribute', a, { link_id: object.id, link_entity: table });
    if (Array.isArray(object.metadata)) for (const m of object.metadata) if (isObject(m)) this.add('metadata', m, { resource_id: object.id, resource_type: table });
  }

  addRow(table: HsdsObjectName, row: HsdsObject): void {
    this.tables.get(table)!.set(String(row.id), row);
  }

  result(): TabularTables {
    return Object.fromEntries(hsdsObjectNames.map((n) => [tableFile(n), [...this.tables.get(n)!.values()]]));
  }
}

export interface TabularInput {
  /** Organizations fully nested, with their locations and their services fully nested. */
  organizations: HsdsObject[];
  taxonomies: HsdsObject[];
  terms: HsdsObject[];
  /** Rows an import could not attach to anything, as they came. */
  unlinked: Array<{ table: HsdsObjectName; row: HsdsObject }>;
}

/** Every table of the package (file name → rows), empty tables included. */
export function toTabular(input: TabularInput): TabularTables {
  const tabulator = new Tabulator();
  for (const organization of input.organizations) tabulator.add('organization', organization, {});
  for (const taxonomy of input.taxonomies) tabulator.add('taxonomy', taxonomy, {});
  for (const term of input.terms) {
    const { taxonomy_detail: detail, ...row } = term;
    if (isObject(detail) && row.taxonomy_id === undefined) row.taxonomy_id = detail.id;
    tabulator.add('taxonomy_term', row, {});
  }
  for (const { table, row } of input.unlinked) tabulator.addRow(table, row);
  return tabulator.result();
}

/** The columns of a table's CSV file: the schema's plain fields in its order, then any other field a row has. */
export function tableColumns(table: HsdsObjectName, rows: readonly HsdsObject[]): string[] {
  const properties = Object.entries(hsdsSchema(table).properties)
    .filter(([, p]) => p.type !== 'array' && p.$ref === undefined)
    .map(([name]) => name);
  const extra = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!properties.includes(key)) extra.add(key);
  return [...properties, ...extra];
}
