import type { Kysely } from 'kysely';
import { checkIndicatorDefinition, type IndicatorDefinition } from '../../domain/indicator-definition.js';
import { asIndicatorSeries, normaliseRange, rangeProblem, seriesFromCounts, type EvaluatedIndicator, type NormalisedRange } from '../../domain/indicator-evaluation.js';
import { isWithinUnit } from '../../domain/org-tree.js';
import type { IndicatorSeries } from '../../domain/steering-figures.js';
import type { Database } from '../../platform/db/schema.js';
import { findIndicatorRow, orgUnits, type IndicatorRow } from './indicator-repository.js';
import { countIndicatorSql } from './indicator-sql.js';

export interface SeriesRange {
  /** 'YYYY-MM', inclusive both ends. */
  from: string;
  to: string;
  period: 'month' | 'quarter' | 'year';
  /** Only this unit and the units under it; null for the whole municipality. */
  unitId: string | null;
}

/** A stored indicator with its definition checked again (the catalogue may have changed since it was stored). */
export interface LoadedIndicator {
  key: string;
  name: string;
  description: string;
  version: number;
  active: boolean;
  definition: IndicatorDefinition;
}

export function loadedIndicator(row: IndicatorRow): LoadedIndicator {
  const check = checkIndicatorDefinition(row.definition);
  if (!check.ok) throw new Error(`indicator ${row.key} v${row.version}: stored definition no longer valid: ${check.problems.map((p) => p.en).join('; ')}`);
  return { key: row.key, name: row.name, description: row.description, version: row.version, active: row.active, definition: check.definition };
}

/** The unit and every unit below it, or null for the whole municipality; undefined when the unit is not the tenant's. */
export async function unitScopeOf(db: Kysely<Database>, tenantId: string, unitId: string | null): Promise<string[] | null | undefined> {
  if (unitId === null) return null;
  const units = await orgUnits(db, tenantId);
  if (!units.some((u) => u.unit_id === unitId)) return undefined;
  const links = units.map((u) => ({ id: u.unit_id, parentId: u.parent_unit_id }));
  return links.filter((u) => isWithinUnit(links, u.id, unitId)).map((u) => u.id);
}

/** One statement: the definition's counts per period (and group) for the range and units, made into points. */
export async function evaluateStoredIndicator(db: Kysely<Database>, tenantId: string, indicator: LoadedIndicator, range: NormalisedRange, unitIds: readonly string[] | null): Promise<EvaluatedIndicator> {
  const counts = await countIndicatorSql(db, indicator.definition, { tenantId, range, unitIds });
  return seriesFromCounts(indicator.definition, range, counts);
}

/**
 * An indicator's series, small counts suppressed; null when the tenant has no indicator with the key. No
 * authorization here: the caller (the indicator route, a status report) has authorized its reader already.
 */
export async function readIndicatorSeries(db: Kysely<Database>, tenantId: string, key: string, range: SeriesRange): Promise<IndicatorSeries | null> {
  const problem = rangeProblem(range.from, range.to);
  if (problem) throw new Error(`readIndicatorSeries: bad range ${range.from}–${range.to} (${problem})`);
  const row = await findIndicatorRow(db, tenantId, key);
  if (!row) return null;
  const indicator = loadedIndicator(row);
  const unitIds = await unitScopeOf(db, tenantId, range.unitId);
  if (unitIds === undefined) throw new Error(`readIndicatorSeries: unit ${range.unitId} is not in the municipality`);
  const normalised = normaliseRange(range.from, range.to, range.period);
  const evaluated = await evaluateStoredIndicator(db, tenantId, indicator, normalised, unitIds);
  return asIndicatorSeries(indicator, normalised, range.unitId, evaluated.points);
}
