import { sql, type RawBuilder } from 'kysely';
import { sourceCatalogue, type Condition, type IndicatorDefinition } from '../../domain/indicator-definition.js';
import type { NormalisedRange, PeriodCounts, SourceRow } from '../../domain/indicator-evaluation.js';
import { startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { useReportSettings } from '../../platform/db/report-settings.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { sourceSql, type DateSql, type SourceSql } from './indicator-sources.js';

/**
 * A definition compiled to one aggregating statement per request: the same meaning as the pure evaluation
 * (src/domain/indicator-evaluation.ts), counted where the rows are. Field, date and table names come only from the
 * source catalogue; the definition's values and the request's range and units travel as parameters.
 */

export interface SqlScope {
  tenantId: string;
  range: NormalisedRange;
  /** The unit and the units below it; null for the whole municipality. */
  unitIds: readonly string[] | null;
}

function fieldSql(source: SourceSql, definition: IndicatorDefinition, name: string): RawBuilder<unknown> {
  const expression = source.fields[name];
  // The definition was checked against the catalogue; this guards a definition stored before a field was removed.
  if (!expression || !sourceCatalogue[definition.source].fields[name]) throw new Error(`indicator field ${name} is not in the catalogue of ${definition.source}`);
  return expression;
}

function conditionSql(source: SourceSql, definition: IndicatorDefinition, c: Condition): RawBuilder<unknown> {
  const numeric = sourceCatalogue[definition.source].fields[c.field]?.type === 'number';
  const field = numeric ? sql`(${fieldSql(source, definition, c.field)})::float8` : fieldSql(source, definition, c.field);
  const value = (v: unknown) => (numeric ? sql`${v}::float8` : sql`${v}`);
  return c.op === 'eq' ? sql`${field} = ${value(c.value)}` : sql`${field} IN (${sql.join(c.values.map(value))})`;
}

function allOf(parts: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return parts.length === 0 ? sql`true` : sql`(${sql.join(parts, sql` AND `)})`;
}

function dateOf(source: SourceSql, definition: IndicatorDefinition): DateSql {
  const date = source.dates[definition.period.date];
  if (!date) throw new Error(`indicator date ${definition.period.date} is not in the catalogue of ${definition.source}`);
  return date;
}

function rangeSql(date: DateSql, range: NormalisedRange): RawBuilder<unknown> {
  return date.kind === 'date'
    ? sql`${date.column} >= ${range.firstDay}::date AND ${date.column} < ${range.dayAfter}::date`
    : sql`${date.column} >= ${startOfCopenhagenDay(range.firstDay)} AND ${date.column} < ${startOfCopenhagenDay(range.dayAfter)}`;
}

/** Rows of a unit and its sub-units: by the row's own unit, or by a team member of the citizen working there. */
function unitScopeSql(source: SourceSql, unitIds: readonly string[] | null): RawBuilder<unknown> {
  if (unitIds === null) return sql`true`;
  if (unitIds.length === 0) return sql`false`;
  if (source.unit) return sql`${source.unit} IN (${sql.join([...unitIds])})`;
  return sql`EXISTS (SELECT 1 FROM citizen_team_member tm JOIN app_user u ON u.tenant_id = tm.tenant_id AND u.user_id = tm.user_id
                      WHERE tm.tenant_id = t.tenant_id AND tm.citizen_id = ${source.citizen} AND u.org_unit_id IN (${sql.join([...unitIds])}))`;
}

const periodFormats = { month: sql.lit('YYYY-MM'), quarter: sql.lit('YYYY-"Q"Q'), year: sql.lit('YYYY') };
const periodUnits = { month: sql.lit('month'), quarter: sql.lit('quarter'), year: sql.lit('year') };

/**
 * The rows a definition counts, as a CTE pair (base, chosen): filtered, within the range and the unit scope, with
 * their period, group, numerator and value; `chosen` keeps each citizen's latest row per period when the definition
 * says so. `extra` narrows the base further (the drill-down's team relation).
 */
function chosenRows(definition: IndicatorDefinition, scope: SqlScope, extra: RawBuilder<unknown> = sql`true`): RawBuilder<unknown> {
  const source = sourceSql[definition.source];
  const date = dateOf(source, definition);
  const group =
    definition.breakdown === 'life-domain'
      ? sql`coalesce((${fieldSql(source, definition, 'life-domain')})::text, '')`
      : definition.breakdown === 'unit' && source.unit
        ? sql`${source.unit}` // as the uuid it is: turned into text only for the few groups at the end
        : sql`NULL::text`;
  const numerator = definition.numerator ? allOf(definition.numerator.map((c) => conditionSql(source, definition, c))) : sql`false`;
  const value = definition.aggregation === 'mean' ? sql`(${fieldSql(source, definition, definition.field!)})::float8` : sql`0::float8`;
  const hasValue = definition.aggregation === 'mean' ? sql`${fieldSql(source, definition, definition.field!)} IS NOT NULL` : sql`true`;
  // The period's first day is truncated as a plain timestamp: a date alone would be cast to timestamptz, whose
  // truncation works through the session's time zone for every row (measured: a third of a five-year series).
  // Each citizen's latest row per period: the later day, on the same day the greater id (as the pure evaluation).
  const chosen =
    definition.period.rows === 'latest-per-citizen'
      ? sql`SELECT DISTINCT ON (citizen_id, period) citizen_id, period, num, grp, val FROM base ORDER BY citizen_id, period, d DESC, id DESC`
      : sql`SELECT citizen_id, period, num, grp, val FROM base`;
  return sql`base AS (
      SELECT ${source.id} AS id, ${source.citizen} AS citizen_id, ${date.day} AS d,
             date_trunc(${periodUnits[scope.range.period]}, (${date.day})::timestamp)::date AS period,
             ${group} AS grp, coalesce(${numerator}, false) AS num, ${value} AS val
        FROM ${source.table}
       WHERE t.tenant_id = ${scope.tenantId} AND ${rangeSql(date, scope.range)}
         AND ${allOf(definition.filter.map((c) => conditionSql(source, definition, c)))}
         AND ${unitScopeSql(source, scope.unitIds)} AND ${hasValue} AND ${extra}
    ), chosen AS (${chosen})`;
}

type CountRow = { period: string; grp: string | null; whole: number; rows: number; citizens: number; matching: number; sum: number };

/** The statement behind `countIndicatorSql` (exported so a benchmark can EXPLAIN it). */
export function countStatement(definition: IndicatorDefinition, scope: SqlScope): RawBuilder<CountRow> {
  const whole = definition.breakdown === null ? sql`1` : sql`GROUPING(grp)`;
  const group = definition.breakdown === null ? sql`NULL::text` : sql`grp`;
  const label = sql`to_char(period, ${periodFormats[scope.range.period]})`;
  if (definition.period.rows === 'latest-per-citizen') {
    // One row per citizen and period already: the rows are the citizens.
    const grouping = definition.breakdown === null ? sql`GROUP BY period` : sql`GROUP BY GROUPING SETS ((period), (period, grp))`;
    return sql<CountRow>`
      WITH ${chosenRows(definition, scope)}
      SELECT ${label} AS period, (${group})::text AS grp, ${whole}::int AS whole, count(*)::int AS rows, count(*)::int AS citizens,
             count(*) FILTER (WHERE num)::int AS matching, coalesce(sum(val), 0)::float8 AS sum
        FROM chosen ${grouping}`;
  }
  // Distinct citizens by hashing rather than sorting: first a row per citizen (per period, and per period and group).
  const inner = definition.breakdown === null ? sql`GROUP BY period, citizen_id` : sql`GROUP BY GROUPING SETS ((period, citizen_id), (period, grp, citizen_id))`;
  return sql<CountRow>`
    WITH ${chosenRows(definition, scope)},
    per_citizen AS (
      SELECT period, ${group} AS grp, ${whole}::int AS whole, count(*) AS rows, count(*) FILTER (WHERE num) AS matching, sum(val) AS sum
        FROM chosen ${inner}
    )
    SELECT ${label} AS period, grp::text AS grp, whole, sum(rows)::int AS rows, count(*)::int AS citizens,
           sum(matching)::int AS matching, coalesce(sum(sum), 0)::float8 AS sum
      FROM per_citizen GROUP BY period, grp, whole`;
}

/** The counts per period (and per group with a breakdown) in one statement, under the report settings. */
export async function countIndicatorSql(trx: Tx, definition: IndicatorDefinition, scope: SqlScope): Promise<PeriodCounts[]> {
  await useReportSettings(trx);
  const result = await countStatement(definition, scope).execute(trx);
  return result.rows.map((r) => ({ period: r.period, group: r.whole === 1 ? null : (r.grp ?? ''), counts: { rows: r.rows, citizens: r.citizens, matching: r.matching, sum: Number(r.sum) } }));
}

export interface DrillDownRow {
  citizen_id: string;
  first_name: string;
  last_name: string;
  rows: number;
  matching: number;
  sum: number;
}

/** The citizens behind one period's point that the user is on the team of, with what each contributes. */
export async function drillDownSql(trx: Tx, definition: IndicatorDefinition, scope: SqlScope, userId: string): Promise<DrillDownRow[]> {
  const source = sourceSql[definition.source];
  const onTeam = sql`EXISTS (SELECT 1 FROM citizen_team_member tm WHERE tm.tenant_id = t.tenant_id AND tm.citizen_id = ${source.citizen} AND tm.user_id = ${userId})`;
  const result = await sql<DrillDownRow>`
    WITH ${chosenRows(definition, scope, onTeam)}
    SELECT c.citizen_id, c.first_name, c.last_name, count(*)::int AS rows, count(*) FILTER (WHERE num)::int AS matching, coalesce(sum(val), 0)::float8 AS sum
      FROM chosen JOIN citizen c ON c.tenant_id = ${scope.tenantId} AND c.citizen_id = chosen.citizen_id
     GROUP BY c.citizen_id, c.first_name, c.last_name
     ORDER BY c.last_name, c.first_name, c.citizen_id`.execute(trx);
  return result.rows.map((r) => ({ ...r, sum: Number(r.sum) }));
}

/**
 * Every row of a source in the tenant as the pure evaluation reads it (dates as Danish days, fields by catalogue name,
 * the units it belongs to). For proving the SQL path equal to the specification, and small enough data only.
 */
export async function readSourceRows(trx: Tx, tenantId: string, sourceName: IndicatorDefinition['source']): Promise<SourceRow[]> {
  const source = sourceSql[sourceName];
  const fieldNames = Object.keys(source.fields);
  const dateNames = Object.keys(source.dates);
  const teamUnits = sql`ARRAY(SELECT u.org_unit_id::text FROM citizen_team_member tm JOIN app_user u ON u.tenant_id = tm.tenant_id AND u.user_id = tm.user_id
                               WHERE tm.tenant_id = t.tenant_id AND tm.citizen_id = ${source.citizen} AND u.org_unit_id IS NOT NULL)`;
  const result = await sql<Record<string, unknown>>`
    SELECT (${source.id})::text AS id, (${source.citizen})::text AS citizen_id, ${source.unit ? sql`(${source.unit})::text` : sql`NULL::text`} AS unit_id,
           ${source.unit ? sql`NULL::text[]` : teamUnits} AS team_units,
           ${sql.join(fieldNames.map((name, i) => sql`${source.fields[name]!} AS ${sql.ref(`f${i}`)}`))},
           ${sql.join(dateNames.map((name, i) => sql`to_char(${source.dates[name]!.day}, 'YYYY-MM-DD') AS ${sql.ref(`d${i}`)}`))}
      FROM ${source.table}
     WHERE t.tenant_id = ${tenantId}`.execute(trx);
  return result.rows.map((r) => {
    const unitId = (r.unit_id as string | null) ?? null;
    return {
      id: r.id as string,
      citizenId: r.citizen_id as string,
      unitId,
      unitIds: source.unit ? (unitId === null ? [] : [unitId]) : ((r.team_units as string[] | null) ?? []),
      fields: Object.fromEntries(fieldNames.map((name, i) => [name, (r[`f${i}`] ?? null) as string | number | boolean | null])),
      dates: Object.fromEntries(dateNames.map((name, i) => [name, (r[`d${i}`] as string | null) ?? null])),
    };
  });
}
