import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validation against the official HSDS 3.0 JSON schemas (schema/, CC BY-SA 4.0, see schema/NOTICE.md). The
 * per-object schemas refer to each other by file name ("phone.json"); registered together under those names in one
 * ajv instance, every `$ref` resolves. The instance is built and the schemas compiled once per process.
 */
export const hsdsObjectNames = [
  'accessibility', 'address', 'attribute', 'contact', 'cost_option', 'funding', 'language', 'location',
  'meta_table_description', 'metadata', 'organization', 'organization_identifier', 'phone', 'program',
  'required_document', 'schedule', 'service', 'service_area', 'service_at_location', 'taxonomy', 'taxonomy_term',
] as const;
export type HsdsObjectName = (typeof hsdsObjectNames)[number];

/** One reason an object is not valid HSDS: where in the object (a path such as "phones[0].number") and why. */
export interface SchemaProblem {
  field: string;
  reason: string;
}

const schemaDir = fileURLToPath(new URL('./schema/', import.meta.url));
let compiled: Map<HsdsObjectName, ValidateFunction> | undefined;
let rawSchemas: Map<HsdsObjectName, HsdsSchema> | undefined;

/** The parts of an HSDS schema file the import reads besides validating with it. */
export interface HsdsSchema {
  name: string;
  path?: string;
  properties: Record<string, { type?: string; format?: string; $ref?: string; items?: { $ref?: string } }>;
  required?: string[];
  tabular_required?: string[];
}

function load(): { validators: Map<HsdsObjectName, ValidateFunction>; schemas: Map<HsdsObjectName, HsdsSchema> } {
  if (compiled && rawSchemas) return { validators: compiled, schemas: rawSchemas };
  // strict: false because the HSDS schemas carry their own annotations (name, core, constraints, example, ...).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const schemas = new Map<HsdsObjectName, HsdsSchema>();
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(schemaDir + file, 'utf8')) as HsdsSchema;
    ajv.addSchema(schema as object, file);
    schemas.set(file.slice(0, -'.json'.length) as HsdsObjectName, schema);
  }
  const validators = new Map<HsdsObjectName, ValidateFunction>();
  for (const name of hsdsObjectNames) {
    const validate = ajv.getSchema(`${name}.json`);
    if (!validate) throw new Error(`HSDS schema ${name}.json is missing`);
    validators.set(name, validate);
  }
  compiled = validators;
  rawSchemas = schemas;
  return { validators, schemas };
}

/** The official schema of an HSDS object, as shipped. */
export function hsdsSchema(name: HsdsObjectName): HsdsSchema {
  const schema = load().schemas.get(name);
  if (!schema) throw new Error(`no HSDS schema ${name}`);
  return schema;
}

/** "/phones/0/number" → "phones[0].number". */
export function readablePath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function reasonOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'type':
      return `must be of type ${String(params.type)}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** Every way `value` breaks the official schema of `name`; empty when it is valid HSDS. */
export function validateHsds(name: HsdsObjectName, value: unknown): SchemaProblem[] {
  const validate = load().validators.get(name);
  if (!validate) throw new Error(`no HSDS schema ${name}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => {
    const base = readablePath(error.instancePath);
    const missing = error.keyword === 'required' ? String((error.params as { missingProperty: string }).missingProperty) : '';
    return { field: missing ? (base ? `${base}.${missing}` : missing) : base, reason: reasonOf(error) };
  });
}
