import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportProblem, ImportUnit } from './import-problem.js';
import { readJsonDocument, type JsonUnitKind } from './json-document.js';
import { readTabularPackage, type UnlinkedRow } from './tabular-package.js';

/** What an HSDS file or folder holds, read and validated, before anything is written. */
export interface HsdsSource {
  units: ImportUnit[];
  problems: ImportProblem[];
  /** Tabular packages only: the rows that name no object, and every row id of the package by table. */
  unlinked: UnlinkedRow[];
  packageIds: Map<string, Set<string>>;
}

/** A JSON file (one object, an HSDS API page or an array), or a folder holding the tabular data package's CSV files. */
export async function readHsdsSource(path: string, type?: JsonUnitKind): Promise<HsdsSource> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((name) => name.endsWith('.csv')).sort();
    const files = new Map<string, string>();
    for (const name of names) files.set(name, await readFile(join(path, name), 'utf8'));
    if (files.size === 0) return { units: [], problems: [{ file: path, row: '', field: '', reason: 'holds no CSV file of an HSDS tabular data package' }], unlinked: [], packageIds: new Map() };
    const read = readTabularPackage(files);
    return { units: read.units, problems: read.problems, unlinked: read.unlinked, packageIds: read.ids };
  }
  const read = readJsonDocument(await readFile(path, 'utf8'), basename(path), type);
  return { ...read, unlinked: [], packageIds: new Map() };
}
