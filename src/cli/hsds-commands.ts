import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { exportHsdsTabular } from '../features/hsds/export-hsds-tabular.js';
import { importHsds } from '../features/hsds/import-hsds.js';
import { formatProblem } from '../interop/hsds/import-problem.js';
import { jsonUnitKinds, type JsonUnitKind } from '../interop/hsds/json-document.js';
import { readHsdsSource } from '../interop/hsds/read-hsds-source.js';
import { tableColumns } from '../interop/hsds/tabular-export.js';
import { hsdsObjectNames } from '../interop/hsds/hsds-validator.js';
import { tableFile } from '../interop/hsds/tabular-package.js';

async function tenantIdOf(db: Kysely<Database>, slug: string): Promise<string | undefined> {
  return (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirst())?.tenant_id;
}

export interface ImportHsdsOptions {
  municipality: string;
  skipInvalid?: boolean;
  draft?: boolean;
  type?: string;
}

/**
 * `mestring import hsds <path>`: a JSON file or a folder with the tabular package's CSV files. Every problem is
 * printed as "file row field: reason". Exit code 0 when imported, 1 when problems stopped the import (nothing
 * was written), 2 for bad options.
 */
export async function importHsdsCommand(db: Kysely<Database>, path: string, options: ImportHsdsOptions): Promise<number> {
  if (options.type !== undefined && !(jsonUnitKinds as readonly string[]).includes(options.type)) {
    console.error(`--type: one of ${jsonUnitKinds.join(', ')}`);
    return 2;
  }
  const tenantId = await tenantIdOf(db, options.municipality);
  if (!tenantId) {
    console.error(`No municipality with slug "${options.municipality}".`);
    return 2;
  }
  const started = performance.now();
  let source;
  try {
    source = await readHsdsSource(path, options.type as JsonUnitKind | undefined);
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  const result = await importHsds(db, { tenantId, source, skipInvalid: options.skipInvalid === true, draft: options.draft === true, now: new Date() });
  for (const problem of result.problems) console.error(formatProblem(problem));
  const seconds = (performance.now() - started) / 1000;
  if (!result.imported) {
    console.error(`Nothing was imported: ${result.problems.length} problem(s) in ${result.skipped} row(s) or object(s). Fix them, or import the rest with --skip-invalid.`);
    return 1;
  }
  const c = result.counts;
  console.log(
    `Imported into ${options.municipality} in ${seconds.toFixed(2)} s: ${c.services} services (${options.draft ? 'drafts' : 'published'}), ${c.organizations} organizations, ${c.locations} locations, ` +
      `${c.serviceAtLocations} services at locations, ${c.schedules} schedules, ${c.taxonomies} taxonomies, ${c.taxonomyTerms} taxonomy terms, ${c.unlinkedRows} unlinked rows` +
      (result.skipped > 0 ? `; skipped ${result.skipped} invalid row(s) or object(s).` : '.'),
  );
  return 0;
}

/** `mestring export hsds <folder>`: the public catalogue as the HSDS tabular data package (one CSV file per table). */
export async function exportHsdsCommand(db: Kysely<Database>, folder: string, options: { municipality: string }): Promise<number> {
  const tenantId = await tenantIdOf(db, options.municipality);
  if (!tenantId) {
    console.error(`No municipality with slug "${options.municipality}".`);
    return 2;
  }
  const tables = await exportHsdsTabular(db, tenantId, new Date());
  await mkdir(folder, { recursive: true });
  for (const name of hsdsObjectNames) {
    const file = tableFile(name);
    const rows = tables[file] ?? [];
    const columns = tableColumns(name, rows);
    await writeFile(join(folder, file), stringify(rows, { header: true, columns }));
  }
  const counts = hsdsObjectNames.map((n) => `${(tables[tableFile(n)] ?? []).length} ${tableFile(n).replace('.csv', '')}`).join(', ');
  console.log(`Exported ${options.municipality} to ${folder}: ${counts}.`);
  return 0;
}
