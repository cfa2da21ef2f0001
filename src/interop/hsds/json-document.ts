import type { HsdsObject } from './field-codec.js';
import { isObject } from './hsds-ids.js';
import type { RecordKind } from './hsds-records.js';
import { validateHsds } from './hsds-validator.js';
import { nulProblems, type ImportProblem, type ImportUnit } from './import-problem.js';

/** The kinds of object an HSDS JSON file may hold at its top level (as the HSDS API returns them). */
export const jsonUnitKinds = ['service', 'organization', 'service_at_location', 'location', 'taxonomy', 'taxonomy_term'] as const;
export type JsonUnitKind = (typeof jsonUnitKinds)[number];

const termKeys = ['taxonomy_detail', 'taxonomy_id', 'code', 'term_uri', 'parent_id', 'taxonomy', 'language'];
const organizationKeys = ['alternate_name', 'email', 'website', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'parent_organization_id', 'funding', 'contacts', 'phones', 'locations', 'programs', 'organization_identifiers', 'services', 'attributes'];

/**
 * Which HSDS object this is, from the fields only it has (HSDS JSON does not name its type): a service has a
 * status, a location a location_type, a service_at_location its location or service; taxonomy terms and
 * organizations have fields of their own; a taxonomy a version. Undefined when the fields do not tell.
 */
export function detectKind(object: HsdsObject): JsonUnitKind | undefined {
  const has = (keys: string[]) => keys.some((k) => Object.hasOwn(object, k));
  if (has(['status'])) return 'service';
  if (has(['location_type'])) return 'location';
  if (has(['location', 'service', 'service_id', 'location_id'])) return 'service_at_location';
  if (has(termKeys)) return 'taxonomy_term';
  if (has(['version'])) return 'taxonomy';
  if (has(organizationKeys)) return 'organization';
  return undefined;
}

/**
 * Reads an HSDS JSON file: one object, a page of the HSDS API ({ contents: [...] }), or an array of objects. Each
 * top-level object is validated against the official schema of its kind.
 */
export function readJsonDocument(text: string, file: string, kind?: JsonUnitKind): { units: ImportUnit[]; problems: ImportProblem[] } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { units: [], problems: [{ file, row: '$', field: '', reason: `is not valid JSON (${(error as Error).message})` }] };
  }
  const items: Array<[string, unknown]> = Array.isArray(document)
    ? document.map((item, i) => [`$[${i}]`, item])
    : isObject(document) && Array.isArray(document.contents)
      ? document.contents.map((item, i) => [`$.contents[${i}]`, item])
      : [['$', document]];
  const units: ImportUnit[] = [];
  const problems: ImportProblem[] = [];
  for (const [row, item] of items) {
    if (!isObject(item)) {
      problems.push({ file, row, field: '', reason: 'must be an HSDS object' });
      continue;
    }
    const itemKind: RecordKind | undefined = kind ?? detectKind(item);
    if (!itemKind) {
      problems.push({ file, row, field: '', reason: 'cannot tell which HSDS object this is (name it with --type)' });
      continue;
    }
    const schemaProblems = [...validateHsds(itemKind, item), ...nulProblems(item)];
    if (schemaProblems.length > 0) problems.push(...schemaProblems.map((p) => ({ file, row, field: p.field, reason: p.reason })));
    else units.push({ file, row, kind: itemKind, object: item });
  }
  return { units, problems };
}
