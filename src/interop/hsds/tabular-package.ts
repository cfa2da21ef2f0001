import { parse } from 'csv-parse/sync';
import type { HsdsObject } from './field-codec.js';
import { normalizeId } from './hsds-ids.js';
import type { RecordKind, ReplacedRelation } from './hsds-records.js';
import { hsdsObjectNames, hsdsSchema, validateHsds, type HsdsObjectName } from './hsds-validator.js';
import { nulProblems, type ImportProblem, type ImportUnit } from './import-problem.js';

/**
 * The HSDS tabular data package: one CSV file per table (services.csv, phones.csv, ...), rows linked by *_id
 * columns (see the specification's compiled/tabular.json). Each row is validated against the official schema of
 * its object (whose flat fields are the table's columns) and its `tabular_required` columns. Rows of tables
 * Mestring keeps as rows of its own become import units; the other rows (phones, contacts, addresses, ...) are
 * attached to every object they name, as they would be nested in HSDS JSON. A row that names no object of the
 * package is kept aside (hsds_unlinked_row) so that the package exports back as it came.
 */

export interface UnlinkedRow {
  table: HsdsObjectName;
  id: string;
  row: HsdsObject;
}

export interface TabularPackage {
  units: ImportUnit[];
  unlinked: UnlinkedRow[];
  /** Ids of every row of the package, by table: their earlier unlinked copies are replaced. */
  ids: Map<HsdsObjectName, Set<string>>;
  problems: ImportProblem[];
}

/** The tables Mestring keeps as rows of its own. */
export const tableKinds: ReadonlySet<HsdsObjectName> = new Set<HsdsObjectName>(['organization', 'location', 'service', 'service_at_location', 'schedule', 'taxonomy', 'taxonomy_term']);

/** How a row of a sub-object table is nested: its *_id column, the table it names, and the array it goes in. */
export const tabularAttachments: Partial<Record<HsdsObjectName, ReadonlyArray<readonly [string, HsdsObjectName, string]>>> = {
  phone: [['location_id', 'location', 'phones'], ['service_id', 'service', 'phones'], ['organization_id', 'organization', 'phones'], ['contact_id', 'contact', 'phones'], ['service_at_location_id', 'service_at_location', 'phones']],
  contact: [['organization_id', 'organization', 'contacts'], ['service_id', 'service', 'contacts'], ['service_at_location_id', 'service_at_location', 'contacts'], ['location_id', 'location', 'contacts']],
  language: [['service_id', 'service', 'languages'], ['location_id', 'location', 'languages'], ['phone_id', 'phone', 'languages']],
  address: [['location_id', 'location', 'addresses']],
  accessibility: [['location_id', 'location', 'accessibility']],
  funding: [['organization_id', 'organization', 'funding'], ['service_id', 'service', 'funding']],
  service_area: [['service_id', 'service', 'service_areas']],
  required_document: [['service_id', 'service', 'required_documents']],
  cost_option: [['service_id', 'service', 'cost_options']],
  program: [['organization_id', 'organization', 'programs']],
  organization_identifier: [['organization_id', 'organization', 'organization_identifiers']],
};

/** The CSV file of each table, from the schemas' `path`. */
export function tableFile(name: HsdsObjectName): string {
  return hsdsSchema(name).path ?? `${name}.csv`;
}

/** A table named as HSDS `link_entity` or `resource_type` does: "service", or its file's name "services". */
export function tableNamed(entity: unknown): HsdsObjectName | undefined {
  if (typeof entity !== 'string') return undefined;
  return hsdsObjectNames.find((name) => name === entity || tableFile(name) === `${entity}.csv`);
}

const numberPattern = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads one CSV file into rows typed by the table's schema (numbers as numbers; an empty cell is no value). */
export function parseTable(text: string, file: string, name: HsdsObjectName): { rows: Array<{ row: string; object: HsdsObject }>; problems: ImportProblem[] } {
  let records: string[][];
  try {
    // Files from spreadsheets end lines in CRLF, files from elsewhere in LF; a package may mix them.
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch (error) {
    return { rows: [], problems: [{ file, row: '', field: '', reason: `is not valid CSV (${(error as Error).message})` }] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], problems: [] };
  const properties = hsdsSchema(name).properties;
  const problems: ImportProblem[] = [];
  const rows: Array<{ row: string; object: HsdsObject }> = [];
  data.forEach((cells, index) => {
    const row = `row ${index + 1}`;
    if (cells.length !== header.length) {
      problems.push({ file, row, field: '', reason: `has ${cells.length} fields where the header has ${header.length}` });
      return;
    }
    const object: HsdsObject = {};
    header.forEach((column, i) => {
      const cell = cells[i]!;
      if (cell === '') return;
      object[column] = properties[column]?.type === 'number' && numberPattern.test(cell) ? Number(cell) : cell;
    });
    rows.push({ row, object });
  });
  return { rows, problems };
}

interface ReadRow {
  table: HsdsObjectName;
  file: string;
  row: string;
  object: HsdsObject;
  id: string;
  attached: boolean;
}

/** Reads a whole package: `files` maps each file name in the folder to its text. */
export function readTabularPackage(files: ReadonlyMap<string, string>): TabularPackage {
  const problems: ImportProblem[] = [];
  const byFile = new Map(hsdsObjectNames.map((name) => [tableFile(name), name]));
  const valid = new Map<HsdsObjectName, Map<string, ReadRow>>(hsdsObjectNames.map((n) => [n, new Map()]));
  const invalid = new Map<HsdsObjectName, Set<string>>(hsdsObjectNames.map((n) => [n, new Set()]));
  const ids = new Map<HsdsObjectName, Set<string>>(hsdsObjectNames.map((n) => [n, new Set()]));
  const present = new Set<HsdsObjectName>();

  for (const [file, text] of files) {
    if (!file.endsWith('.csv')) continue;
    const name = byFile.get(file);
    if (!name) {
      problems.push({ file, row: '', field: '', reason: 'is not a table of the HSDS tabular data package' });
      continue;
    }
    present.add(name);
    const parsed = parseTable(text, file, name);
    problems.push(...parsed.problems);
    const required = hsdsSchema(name).tabular_required ?? [];
    const seen = new Map<string, string>();
    for (const { row, object } of parsed.rows) {
      const rowProblems = [...validateHsds(name, object), ...nulProblems(object)].map((p) => ({ file, row, field: p.field, reason: p.reason }));
      for (const column of required) if (!Object.hasOwn(object, column)) rowProblems.push({ file, row, field: column, reason: 'is required in the tabular package' });
      const id = normalizeId(object.id);
      if (id && seen.has(id)) rowProblems.push({ file, row, field: 'id', reason: `is the id of ${seen.get(id)} already` });
      if (id) {
        seen.set(id, row);
        ids.get(name)!.add(id);
      }
      if (rowProblems.length > 0 || !id) {
        problems.push(...rowProblems);
        if (id) invalid.get(name)!.add(id);
        continue;
      }
      valid.get(name)!.set(id, { table: name, file, row, object: { ...object }, id, attached: false });
    }
  }

  // Sub-object rows go into every object they name; a row naming only rows that are not valid goes nowhere.
  const attach = (child: ReadRow, parentTable: HsdsObjectName | undefined, parentId: unknown, key: string, single = false): 'attached' | 'invalid' | 'none' => {
    const id = normalizeId(parentId);
    if (!parentTable || !id) return 'none';
    const parent = valid.get(parentTable)!.get(id);
    if (!parent) return invalid.get(parentTable)!.has(id) ? 'invalid' : 'none';
    if (single) parent.object[key] = child.object;
    else ((parent.object[key] ??= []) as unknown[]).push(child.object);
    return 'attached';
  };
  const findTable = (entity: unknown, id: unknown): HsdsObjectName | undefined => {
    const named = tableNamed(entity);
    if (named) return named;
    const key = normalizeId(id);
    return key ? hsdsObjectNames.find((n) => valid.get(n)!.has(key) || invalid.get(n)!.has(key)) : undefined;
  };
  const dropped = new Set<ReadRow>();
  for (const [table, rows] of valid) {
    for (const child of rows.values()) {
      const outcomes: Array<'attached' | 'invalid' | 'none'> = [];
      for (const [column, parentTable, key] of tabularAttachments[table] ?? []) outcomes.push(attach(child, parentTable, child.object[column], key));
      if (table === 'attribute') outcomes.push(attach(child, findTable(child.object.link_entity, child.object.link_id), child.object.link_id, 'attributes'));
      if (table === 'metadata') outcomes.push(attach(child, findTable(child.object.resource_type, child.object.resource_id), child.object.resource_id, 'metadata'));
      child.attached = outcomes.includes('attached');
      if (!child.attached && outcomes.includes('invalid')) {
        problems.push({ file: child.file, row: child.row, field: '', reason: 'belongs to a row that is not valid' });
        dropped.add(child);
      }
    }
  }
  // A service names its program by program_id; in HSDS JSON the program is nested in the service.
  for (const service of valid.get('service')!.values()) {
    const program = valid.get('program')!.get(normalizeId(service.object.program_id) ?? '');
    if (program && attach(program, 'service', service.id, 'program', true) === 'attached') program.attached = true;
  }

  const replaces = new Set<ReplacedRelation>();
  if (present.has('service_at_location')) replaces.add('service_at_locations');
  if (present.has('schedule')) replaces.add('schedules');
  const units: ImportUnit[] = [];
  const unlinked: UnlinkedRow[] = [];
  for (const [table, rows] of valid) {
    for (const read of rows.values()) {
      if (tableKinds.has(table)) units.push({ file: read.file, row: read.row, kind: table as RecordKind, object: read.object, replaces });
      else if (!read.attached && !dropped.has(read)) unlinked.push({ table, id: read.id, row: read.object });
    }
  }
  return { units, unlinked, ids, problems };
}
