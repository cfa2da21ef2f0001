import type { Condition, FieldValue, IndicatorDefinition, PeriodKind } from './indicator-definition.js';
import { measureOf } from './indicator-definition.js';
import { isSmallCount as isSmallCitizenCount } from './small-count-suppression.js';
import type { IndicatorSeries, SeriesPoint } from './steering-figures.js';

/**
 * The specification of what an indicator definition means, on rows in memory. The database path
 * (src/features/indicators/indicator-sql.ts) computes the same per-period counts in one SQL statement and hands them
 * to `seriesFromCounts` below, so both paths share the arithmetic, the rounding and the small-count rule; an
 * integration test holds the counts equal on the same data.
 */

/** One row of a source as the evaluation sees it: dates as 'YYYY-MM-DD' (Danish calendar days), fields by their catalogue name. */
export interface SourceRow {
  id: string;
  citizenId: string;
  /** The row's own unit (sources whose rows name one), for the breakdown by unit. */
  unitId: string | null;
  /** The units the row belongs to for the unit filter: its own unit, or its citizen's team members' units. */
  unitIds: readonly string[];
  dates: Readonly<Record<string, string | null>>;
  fields: Readonly<Record<string, FieldValue | null>>;
}

/** What a point is built from. `citizens` decides the small-count rule (for a share: the denominator's citizens). */
export interface PointCounts {
  rows: number;
  citizens: number;
  /** Rows matching the numerator (shares). */
  matching: number;
  /** Sum of the averaged field (means). */
  sum: number;
}

/** The counts of one period, for the whole and (with a breakdown) per group; groups without rows are absent. */
export interface PeriodCounts {
  period: string;
  /** null for the whole; a life domain or a unit id ('' for rows without a unit) with a breakdown. */
  group: string | null;
  counts: PointCounts;
}

export interface NormalisedRange {
  period: PeriodKind;
  /** 'YYYY-MM', widened to whole periods (a quarter from its first month). */
  from: string;
  to: string;
  /** [firstDay, dayAfter) as 'YYYY-MM-DD'. */
  firstDay: string;
  dayAfter: string;
  periods: string[];
}

export const LONGEST_RANGE_MONTHS = 120;
export type RangeProblem = 'from-format' | 'to-format' | 'backwards' | 'too-long';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOfIndex = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

export function addMonths(month: string, months: number): string {
  return monthOfIndex(monthIndex(month) + months);
}

/** Why a range of months cannot be read, or null. At most ten years at a time. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!monthPattern.test(from)) return 'from-format';
  if (!monthPattern.test(to)) return 'to-format';
  if (monthIndex(from) > monthIndex(to)) return 'backwards';
  if (monthIndex(to) - monthIndex(from) + 1 > LONGEST_RANGE_MONTHS) return 'too-long';
  return null;
}

/** The period a day or month ('YYYY-MM-DD' or 'YYYY-MM') falls in: 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
export function periodOf(date: string, kind: PeriodKind): string {
  if (kind === 'month') return date.slice(0, 7);
  if (kind === 'year') return date.slice(0, 4);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A valid range (see rangeProblem) widened to whole periods, with its periods in order. */
export function normaliseRange(from: string, to: string, period: PeriodKind): NormalisedRange {
  const width = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const start = monthIndex(from) - (monthIndex(from) % width);
  const end = monthIndex(to) - (monthIndex(to) % width) + width - 1;
  const periods: string[] = [];
  for (let m = start; m <= end; m += width) periods.push(periodOf(monthOfIndex(m), period));
  return { period, from: monthOfIndex(start), to: monthOfIndex(end), firstDay: `${monthOfIndex(start)}-01`, dayAfter: `${monthOfIndex(end + 1)}-01`, periods };
}

export function matches(row: SourceRow, conditions: readonly Condition[]): boolean {
  return conditions.every((c) => {
    const value = row.fields[c.field];
    if (value === null || value === undefined) return false;
    return c.op === 'eq' ? value === c.value : c.values.includes(value);
  });
}

/** The group a row counts in under the definition's breakdown. */
function groupOf(definition: IndicatorDefinition, row: SourceRow): string | null {
  if (definition.breakdown === 'life-domain') return String(row.fields['life-domain'] ?? '');
  if (definition.breakdown === 'unit') return row.unitId ?? '';
  return null;
}

/**
 * The rows a definition counts in a range: the filter, the unit scope (null: the whole municipality; else the unit ids
 * of a unit and its sub-units), the date within the range, rows of a mean only with a value, and — for
 * 'latest-per-citizen' — each citizen's latest row per period (the later day wins; on the same day the greater id).
 */
export function rowsInScope(definition: IndicatorDefinition, rows: readonly SourceRow[], range: NormalisedRange, unitScope: ReadonlySet<string> | null): { row: SourceRow; period: string }[] {
  const chosen: { row: SourceRow; period: string; date: string }[] = [];
  for (const row of rows) {
    const date = row.dates[definition.period.date];
    if (!date || date < range.firstDay || date >= range.dayAfter) continue;
    if (!matches(row, definition.filter)) continue;
    if (unitScope !== null && !row.unitIds.some((u) => unitScope.has(u))) continue;
    if (definition.aggregation === 'mean' && typeof row.fields[definition.field!] !== 'number') continue;
    chosen.push({ row, period: periodOf(date, range.period), date });
  }
  if (definition.period.rows === 'all') return chosen;
  const latest = new Map<string, { row: SourceRow; period: string; date: string }>();
  for (const item of chosen) {
    const key = `${item.row.citizenId}|${item.period}`;
    const held = latest.get(key);
    if (!held || item.date > held.date || (item.date === held.date && item.row.id > held.row.id)) latest.set(key, item);
  }
  return [...latest.values()];
}

/** The counts per period (and group) of rows in memory: the specification the SQL path is held to. */
export function countIndicator(definition: IndicatorDefinition, rows: readonly SourceRow[], range: NormalisedRange, unitScope: ReadonlySet<string> | null): PeriodCounts[] {
  const cells = new Map<string, { period: string; group: string | null; rows: number; citizens: Set<string>; matching: number; sum: number }>();
  const add = (period: string, group: string | null, row: SourceRow) => {
    const key = `${period}|${group ?? '\u0000'}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { period, group, rows: 0, citizens: new Set(), matching: 0, sum: 0 }));
    cell.rows += 1;
    cell.citizens.add(row.citizenId);
    if (definition.numerator && matches(row, definition.numerator)) cell.matching += 1;
    if (definition.aggregation === 'mean') cell.sum += row.fields[definition.field!] as number;
  };
  for (const { row, period } of rowsInScope(definition, rows, range, unitScope)) {
    add(period, null, row);
    if (definition.breakdown !== null) add(period, groupOf(definition, row), row);
  }
  return [...cells.values()].map((c) => ({ period: c.period, group: c.group, counts: { rows: c.rows, citizens: c.citizens.size, matching: c.matching, sum: c.sum } }));
}

/** A count of citizens that could point at a person (1-4; the shared rule in small-count-suppression.ts). Zero reveals nobody. */
export function isSmallCount(citizens: number): boolean {
  return isSmallCitizenCount(citizens);
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const empty: PointCounts = { rows: 0, citizens: 0, matching: 0, sum: 0 };

/**
 * One point from its counts. A count is the rows (or citizens); a share is matching ÷ rows (four decimals, null without
 * rows); a mean is sum ÷ rows (two decimals). A point built on 1-4 citizens is suppressed: value, numerator and
 * denominator null.
 */
export function pointOf(definition: IndicatorDefinition, period: string, counts: PointCounts = empty): SeriesPoint {
  if (isSmallCount(counts.citizens)) {
    return definition.aggregation === 'share' ? { period, value: null, numerator: null, denominator: null, suppressed: true } : { period, value: null, suppressed: true };
  }
  switch (definition.aggregation) {
    case 'count':
      return { period, value: counts.rows, suppressed: false };
    case 'distinct-citizens':
      return { period, value: counts.citizens, suppressed: false };
    case 'share':
      return { period, value: counts.rows === 0 ? null : round(counts.matching / counts.rows, 4), numerator: counts.matching, denominator: counts.rows, suppressed: false };
    case 'mean':
      return { period, value: counts.rows === 0 ? null : round(counts.sum / counts.rows, 2), suppressed: false };
  }
}

export interface EvaluatedIndicator {
  points: SeriesPoint[];
  /** With a breakdown: a series per group that has rows in the range, in a stable order. */
  groups: { key: string; points: SeriesPoint[] }[];
  /** No row at all in the range: the page says there is no data rather than showing zeros. */
  empty: boolean;
}

const lifeDomainOrder = ['health', 'social', 'leisure', 'housing', 'work'];

/** The series from per-period counts (from memory or from SQL): one point per period of the range, in order. */
export function seriesFromCounts(definition: IndicatorDefinition, range: NormalisedRange, counts: readonly PeriodCounts[]): EvaluatedIndicator {
  const whole = new Map(counts.filter((c) => c.group === null).map((c) => [c.period, c.counts]));
  const byGroup = new Map<string, Map<string, PointCounts>>();
  for (const c of counts) {
    if (c.group === null) continue;
    let group = byGroup.get(c.group);
    if (!group) byGroup.set(c.group, (group = new Map()));
    group.set(c.period, c.counts);
  }
  const order = (key: string) => (definition.breakdown === 'life-domain' && lifeDomainOrder.includes(key) ? lifeDomainOrder.indexOf(key) : lifeDomainOrder.length);
  const groupKeys = [...byGroup.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return {
    points: range.periods.map((p) => pointOf(definition, p, whole.get(p))),
    groups: groupKeys.map((key) => ({ key, points: range.periods.map((p) => pointOf(definition, p, byGroup.get(key)!.get(p))) })),
    empty: ![...whole.values()].some((c) => c.rows > 0),
  };
}

/** The whole evaluation on rows in memory: the specification of an indicator series. */
export function evaluateIndicator(definition: IndicatorDefinition, rows: readonly SourceRow[], range: NormalisedRange, unitScope: ReadonlySet<string> | null): EvaluatedIndicator {
  return seriesFromCounts(definition, range, countIndicator(definition, rows, range, unitScope));
}

/** The series in the shared shape (src/domain/steering-figures.ts) that status reports quote. */
export function asIndicatorSeries(
  indicator: { key: string; name: string; version: number; definition: IndicatorDefinition },
  range: NormalisedRange,
  unitId: string | null,
  points: SeriesPoint[],
): IndicatorSeries {
  return { key: indicator.key, name: indicator.name, version: indicator.version, measure: measureOf(indicator.definition), period: range.period, from: range.from, to: range.to, unitId, points };
}

/** The single period a key names ('2024-03', '2024-Q1', '2024') as a range, or null when the key is not one. */
export function rangeOfPeriod(key: string): NormalisedRange | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) return normaliseRange(key, key, 'month');
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const first = `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}`;
    return normaliseRange(first, first, 'quarter');
  }
  const year = /^(\d{4})$/.exec(key);
  if (year) return normaliseRange(`${key}-01`, `${key}-01`, 'year');
  return null;
}
