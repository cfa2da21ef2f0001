import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { ActivityStatus } from '../../src/platform/db/schema-steering.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Steering rows for the status-report tests, inserted as the owner and independent of the strategies' and indicators'
 * features and demo loaders: a strategy with focus areas (with or without a track), activities with status, owner and
 * indicator keys, dated progress notes, the committee's selection with working groups, an indicator definition and
 * citizens' status observations for it.
 */
export function statusReportFactory(database: DatabaseHandle) {
  const db = database.db;
  const now = new Date();
  return {
    async tenantId(slug: string): Promise<string> {
      return (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
    },
    async userId(tenantId: string, persona: string): Promise<string> {
      return (await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', persona).executeTakeFirstOrThrow()).user_id;
    },
    async unitId(tenantId: string, name: string): Promise<string> {
      return (await db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow()).unit_id;
    },
    async strategy(tenantId: string, input: { key: string; name: string; kind?: 'policy' | 'plan' | 'strategy'; periodFrom?: string; periodTo?: string }): Promise<string> {
      const id = newId();
      await db
        .insertInto('strategy')
        .values({ tenant_id: tenantId, strategy_id: id, key: input.key, kind: input.kind ?? 'plan', name: input.name, mission: null, vision: null, parent_id: null, succeeds_id: null, period_from: input.periodFrom ?? null, period_to: input.periodTo ?? null, owner_unit_id: null, position: 900, created_at: now, updated_at: now })
        .execute();
      return id;
    },
    async focusArea(tenantId: string, strategyId: string, input: { number: number; name: string; track?: string | null; goal?: string }): Promise<string> {
      const id = newId();
      await db.insertInto('focus_area').values({ tenant_id: tenantId, focus_area_id: id, strategy_id: strategyId, number: input.number, track: input.track ?? null, name: input.name, goal: input.goal ?? '' }).execute();
      return id;
    },
    async body(tenantId: string, input: { key: string; name: string; kind: 'council' | 'committee' | 'working-group' | 'sparring-group'; focusAreaId?: string; year?: number }): Promise<string> {
      const id = newId();
      await db.insertInto('steering_body').values({ tenant_id: tenantId, body_id: id, key: input.key, kind: input.kind, name: input.name, focus_area_id: input.focusAreaId ?? null, year: input.year ?? null, created_at: now }).execute();
      return id;
    },
    async activity(tenantId: string, focusAreaId: string, input: { title: string; status: ActivityStatus; position?: number; workingGroupId?: string; unitId?: string; responsibleUserId?: string; indicatorKeys?: string[] }): Promise<string> {
      const id = newId();
      await db
        .insertInto('strategy_activity')
        .values({
          tenant_id: tenantId,
          activity_id: id,
          focus_area_id: focusAreaId,
          title: input.title,
          working_group_id: input.workingGroupId ?? null,
          owner_unit_id: input.unitId ?? null,
          responsible_user_id: input.responsibleUserId ?? null,
          period_from: null,
          period_to: null,
          status: input.status,
          indicator_keys: input.indicatorKeys ?? [],
          position: input.position ?? 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return id;
    },
    async note(tenantId: string, activityId: string, notedOn: string, body: string, statusTo: ActivityStatus | null = null): Promise<void> {
      await db.insertInto('activity_note').values({ tenant_id: tenantId, note_id: newId(), activity_id: activityId, noted_on: notedOn, body, status_from: null, status_to: statusTo, written_by: null, written_at: now }).execute();
    },
    async selection(tenantId: string, input: { year: number; decidedOn: string; bodyId: string; agendaReference: string; items: { focusAreaId: string; workingGroupId?: string }[] }): Promise<string> {
      const id = newId();
      await db.insertInto('focus_area_selection').values({ tenant_id: tenantId, selection_id: id, year: input.year, decided_on: input.decidedOn, body_id: input.bodyId, agenda_reference: input.agendaReference, recorded_by: null, recorded_at: now }).execute();
      if (input.items.length > 0) {
        await db.insertInto('focus_area_selection_item').values(input.items.map((i) => ({ tenant_id: tenantId, selection_id: id, focus_area_id: i.focusAreaId, working_group_id: i.workingGroupId ?? null }))).execute();
      }
      return id;
    },
    /** A counting indicator: distinct citizens observed homeless in the period (the shipped definition's shape). */
    async homelessIndicator(tenantId: string, key: string, name: string): Promise<void> {
      const definition = {
        format: 1,
        source: 'citizen-status',
        filter: [
          { field: 'kind', op: 'eq', value: 'housing' },
          { field: 'value', op: 'eq', value: 'homeless' },
        ],
        period: { date: 'observed-on', rows: 'all', default: 'quarter' },
        aggregation: 'distinct-citizens',
        breakdown: 'unit',
      };
      await db.insertInto('indicator').values({ tenant_id: tenantId, key, name, description: '', definition: JSON.stringify(definition), created_at: now, updated_at: now }).execute();
    },
    /** `count` new citizens, each observed homeless on the day. */
    async homelessCitizens(tenantId: string, count: number, observedOn: string): Promise<void> {
      for (let i = 0; i < count; i += 1) {
        const citizenId = newId();
        await db.insertInto('citizen').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: null, first_name: `Rapport${i}`, last_name: 'Tælling', birth_date: '1980-01-01', created_at: now, updated_at: now }).execute();
        await db.insertInto('citizen_status_observation').values({ tenant_id: tenantId, observation_id: newId(), citizen_id: citizenId, kind: 'housing', value: 'homeless', observed_on: observedOn, unit_id: null, recorded_by: null, created_at: now }).execute();
      }
    },
    async report(reportId: string) {
      return db.selectFrom('status_report').selectAll().where('report_id', '=', reportId).executeTakeFirstOrThrow();
    },
    async reportsOf(strategyId: string, year: number) {
      return db.selectFrom('status_report').select(['report_id', 'version', 'state', 'published_at', 'published_by']).where('strategy_id', '=', strategyId).where('year', '=', year).orderBy('version').execute();
    },
  };
}

export type StatusReportFactory = ReturnType<typeof statusReportFactory>;

/**
 * A small plan in a municipality, with known answers: two tracks; area 1 (selected for 2016 with a working group)
 * with an activity done and one in progress (two notes in 2016, one in 2015) quoting the homeless indicator; area 2
 * (not selected) with an activity not started; area 3 without a track or activities. Homeless citizens: 6 in March
 * 2016 and 2 in May 2016 (suppressed), none in 2012.
 */
export async function createReportWorld(f: StatusReportFactory, slug = 'randers', prefix = 'rpt') {
  const tenantId = await f.tenantId(slug);
  const strategyId = await f.strategy(tenantId, { key: `${prefix}-plan`, name: 'Testplanen for rapporter', periodFrom: '2014-01-01', periodTo: '2026-12-31' });
  const area1 = await f.focusArea(tenantId, strategyId, { number: 1, name: 'Koordinering og sammenhæng', track: 'Engagement i dig', goal: 'Borgeren oplever én samlet indsats.' });
  const area2 = await f.focusArea(tenantId, strategyId, { number: 2, name: 'Pårørendesamarbejde', track: 'Engagement i dig', goal: 'Pårørende er med.' });
  const area3 = await f.focusArea(tenantId, strategyId, { number: 3, name: 'Velfærdsteknologi', track: 'Udvikling i dit liv' });
  const committee = await f.body(tenantId, { key: `${prefix}-committee`, name: 'Social- og Arbejdsmarkedsudvalget (test)', kind: 'committee' });
  const group = await f.body(tenantId, { key: `${prefix}-wg-1`, name: 'Arbejdsgruppen for koordinering', kind: 'working-group', focusAreaId: area1, year: 2016 });
  await f.selection(tenantId, { year: 2016, decidedOn: '2015-12-10', bodyId: committee, agendaReference: 'Punkt 7', items: [{ focusAreaId: area1, workingGroupId: group }] });
  const unit = await f.unitId(tenantId, slug === 'randers' ? 'Myndighed Voksen' : 'Socialcenter Søby');
  const done = await f.activity(tenantId, area1, { title: 'Fælles plan på tværs', status: 'done', position: 1, workingGroupId: group, unitId: unit, indicatorKeys: [`${prefix}-homeless`] });
  const going = await f.activity(tenantId, area1, { title: 'Én koordinator pr. borger', status: 'in-progress', position: 2, indicatorKeys: [`${prefix}-homeless`, `${prefix}-unknown`] });
  await f.activity(tenantId, area2, { title: 'Pårørendecafé', status: 'not-started' });
  await f.note(tenantId, done, '2016-03-14', 'Planen er taget i brug i alle teams.', 'done');
  await f.note(tenantId, going, '2016-06-02', 'Tre koordinatorer er ansat.');
  await f.note(tenantId, going, '2015-11-20', 'Stillingerne er slået op.');
  await f.homelessIndicator(tenantId, `${prefix}-homeless`, 'Borgere i hjemløshed (test)');
  await f.homelessCitizens(tenantId, 6, '2016-03-10');
  await f.homelessCitizens(tenantId, 2, '2016-05-10');
  return { tenantId, strategyId, areas: { area1, area2, area3 }, committee, group };
}
