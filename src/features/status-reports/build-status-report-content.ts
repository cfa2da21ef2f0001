import type { Kysely } from 'kysely';
import type { StatusReportContent } from '../../contracts/status-reports.js';
import { rollUpStatus, rollUpStrategy } from '../../domain/strategy-status.js';
import type { Database } from '../../platform/db/schema.js';
import { readIndicatorSeries } from '../indicators/indicator-series.js';
import { readTargetGroupOverview } from '../target-groups/target-group-overview.js';
import { groupByTrack, noDataSentence, quotedIndicatorKeys, quotesTargetGroups, targetGroupYears, yearHasNoData, yearRange } from './status-report-rules.js';

export interface ReportStrategy {
  strategy_id: string;
  key: string;
  kind: 'policy' | 'plan' | 'strategy';
  name: string;
  period_from: string | null;
  period_to: string | null;
}

/**
 * A strategy's status for a year, computed now from the live rows (issue 7): per focus area (by track) its goal, the
 * committee's selection for the year and the working group, the activities with status, owner and the year's notes,
 * the roll-up; the key figures (each indicator the activities quote, by month) and, for the plan for socially
 * vulnerable adults, the target-group overview over five years. The API's draft and the demo loader both call this,
 * so the demo's figures are real. No authorization here: the caller has authorized its reader.
 */
export async function buildStatusReportContent(db: Kysely<Database>, tenantId: string, strategy: ReportStrategy, year: number, now: Date): Promise<StatusReportContent> {
  const areas = await db
    .selectFrom('focus_area')
    .select(['focus_area_id', 'number', 'track', 'name', 'goal'])
    .where('tenant_id', '=', tenantId)
    .where('strategy_id', '=', strategy.strategy_id)
    .orderBy('number')
    .execute();
  const areaIds = areas.map((a) => a.focus_area_id);

  const activities = areaIds.length === 0 ? [] : await db
    .selectFrom('strategy_activity as a')
    .leftJoin('steering_body as wg', (join) => join.onRef('wg.tenant_id', '=', 'a.tenant_id').onRef('wg.body_id', '=', 'a.working_group_id'))
    .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.unit_id', '=', 'a.owner_unit_id'))
    .leftJoin('app_user as r', (join) => join.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.user_id', '=', 'a.responsible_user_id'))
    .select(['a.activity_id', 'a.focus_area_id', 'a.title', 'a.status', 'a.period_from', 'a.period_to', 'a.indicator_keys', 'wg.name as working_group', 'u.name as unit', 'r.display_name as responsible'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.focus_area_id', 'in', areaIds)
    .orderBy('a.position')
    .orderBy('a.title')
    .execute();
  const activityIds = activities.map((a) => a.activity_id);

  const notes = activityIds.length === 0 ? [] : await db
    .selectFrom('activity_note')
    .select(['activity_id', 'noted_on', 'body', 'status_to'])
    .where('tenant_id', '=', tenantId)
    .where('activity_id', 'in', activityIds)
    .where('noted_on', '>=', `${year}-01-01`)
    .where('noted_on', '<=', `${year}-12-31`)
    .orderBy('noted_on')
    .orderBy('written_at')
    .execute();

  const selection = await selectionOfYear(db, tenantId, areaIds, year);
  const workingGroups = areaIds.length === 0 ? [] : await db
    .selectFrom('steering_body')
    .select(['focus_area_id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'working-group')
    .where('year', '=', year)
    .where('focus_area_id', 'in', areaIds)
    .orderBy('created_at')
    .execute();

  const focusAreas = areas.map((area) => {
    const own = activities.filter((a) => a.focus_area_id === area.focus_area_id);
    const shaped = own.map((a) => ({
      id: a.activity_id,
      title: a.title,
      status: a.status,
      owner: { workingGroup: a.working_group, unit: a.unit, responsible: a.responsible },
      periodFrom: a.period_from,
      periodTo: a.period_to,
      indicatorKeys: a.indicator_keys,
      notes: notes.filter((n) => n.activity_id === a.activity_id).map((n) => ({ notedOn: n.noted_on, body: n.body, statusTo: n.status_to })),
    }));
    const item = selection?.items.find((i) => i.focus_area_id === area.focus_area_id);
    return {
      id: area.focus_area_id,
      number: area.number,
      track: area.track,
      name: area.name,
      goal: area.goal,
      selected: item !== undefined,
      selection: item && selection ? { decidedOn: selection.decidedOn, body: selection.body, agendaReference: selection.agendaReference } : null,
      workingGroup: item?.working_group ?? workingGroups.find((w) => w.focus_area_id === area.focus_area_id)?.name ?? null,
      rollUp: rollUpStatus(own.map((a) => a.status)),
      indicatorKeys: quotedIndicatorKeys(shaped),
      activities: shaped,
    };
  });

  const keyFigures = await readKeyFigures(db, tenantId, quotedIndicatorKeys(focusAreas), year);
  const targetGroups = quotesTargetGroups(strategy) ? await readTargetGroups(db, tenantId, year) : null;
  const noData = yearHasNoData({ notesInYear: notes.length, figures: keyFigures, targetGroups });
  return {
    strategy: { id: strategy.strategy_id, key: strategy.key, kind: strategy.kind, name: strategy.name, periodFrom: strategy.period_from, periodTo: strategy.period_to },
    year,
    computedAt: now.toISOString(),
    rollUp: rollUpStrategy(focusAreas.map((a) => ({ key: a.id, statuses: a.activities.map((x) => x.status) }))).overall,
    tracks: groupByTrack(focusAreas),
    keyFigures,
    targetGroups,
    notesInYear: notes.length,
    noData,
    noDataText: noData ? noDataSentence(strategy.name, year) : null,
  };
}

/**
 * The committee's latest decision in the year that names any of these focus areas: it says which of them are
 * selected (a later decision replaces an earlier one), by which body, under which agenda item.
 */
async function selectionOfYear(db: Kysely<Database>, tenantId: string, areaIds: string[], year: number) {
  if (areaIds.length === 0) return null;
  const latest = await db
    .selectFrom('focus_area_selection as s')
    .innerJoin('steering_body as b', (join) => join.onRef('b.tenant_id', '=', 's.tenant_id').onRef('b.body_id', '=', 's.body_id'))
    .select(['s.selection_id', 's.decided_on', 's.agenda_reference', 'b.name as body'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.year', '=', year)
    .where((eb) => eb.exists(eb.selectFrom('focus_area_selection_item as i').select('i.focus_area_id').whereRef('i.tenant_id', '=', 's.tenant_id').whereRef('i.selection_id', '=', 's.selection_id').where('i.focus_area_id', 'in', areaIds)))
    .orderBy('s.decided_on', 'desc')
    .orderBy('s.recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  const items = await db
    .selectFrom('focus_area_selection_item as i')
    .leftJoin('steering_body as wg', (join) => join.onRef('wg.tenant_id', '=', 'i.tenant_id').onRef('wg.body_id', '=', 'i.working_group_id'))
    .select(['i.focus_area_id', 'wg.name as working_group'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.selection_id', '=', latest.selection_id)
    .execute();
  return { decidedOn: latest.decided_on, agendaReference: latest.agenda_reference, body: latest.body, items };
}

/** The year by month of each quoted indicator the municipality has; an unknown key is left out. */
async function readKeyFigures(db: Kysely<Database>, tenantId: string, keys: string[], year: number): Promise<StatusReportContent['keyFigures']> {
  if (keys.length === 0) return [];
  // Only keys with a definition are read, so a report quoting a key nobody has defined yet costs no query.
  const known = new Set((await db.selectFrom('indicator').select('key').where('tenant_id', '=', tenantId).where('key', 'in', keys).execute()).map((r) => r.key));
  const figures: StatusReportContent['keyFigures'] = [];
  for (const key of keys.filter((k) => known.has(k))) {
    const series = await readIndicatorSeries(db, tenantId, key, { ...yearRange(year), period: 'month', unitId: null });
    if (series === null) continue;
    figures.push({ key: series.key, name: series.name, version: series.version, measure: series.measure, points: series.points.map((p) => ({ period: p.period, value: p.value, suppressed: p.suppressed })) });
  }
  return figures;
}

async function readTargetGroups(db: Kysely<Database>, tenantId: string, year: number): Promise<StatusReportContent['targetGroups']> {
  const { fromYear, toYear } = targetGroupYears(year);
  const overview = await readTargetGroupOverview(db, tenantId, fromYear, toYear);
  return { fromYear: overview.fromYear, toYear: overview.toYear, rows: overview.rows.map((r) => ({ label: r.label, years: r.years })), totals: overview.totals, empty: overview.empty };
}
