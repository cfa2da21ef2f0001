import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ActivityStatus } from '../../platform/db/schema-steering.js';

/** SQL of strategy tracking. A municipality has tens of strategies' focus areas and activities, so reads load them whole. */

type Db = Kysely<Database>;

export async function listStrategyRows(trx: Db, tenantId: string) {
  return trx
    .selectFrom('strategy')
    .select(['strategy_id', 'key', 'kind', 'name', 'summary', 'mission', 'vision', 'values', 'life_domains', 'parent_id', 'succeeds_id', 'period_from', 'period_to', 'position', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('position')
    .orderBy('period_from')
    .orderBy('strategy_id')
    .execute();
}
export type StrategyRow = Awaited<ReturnType<typeof listStrategyRows>>[number];

export async function listFocusAreaRows(trx: Db, tenantId: string, strategyId?: string) {
  let query = trx.selectFrom('focus_area').select(['focus_area_id', 'strategy_id', 'number', 'track', 'name', 'purpose', 'why', 'goal']).where('tenant_id', '=', tenantId);
  if (strategyId !== undefined) query = query.where('strategy_id', '=', strategyId);
  return query.orderBy('strategy_id').orderBy('number').execute();
}
export type FocusAreaRow = Awaited<ReturnType<typeof listFocusAreaRows>>[number];

/** Activities with their owners' names and the date of their newest note. */
export async function listActivityRows(trx: Db, tenantId: string, scope: { focusAreaIds?: readonly string[]; activityId?: string } = {}) {
  if (scope.focusAreaIds && scope.focusAreaIds.length === 0) return [];
  let query = trx
    .selectFrom('strategy_activity as a')
    .leftJoin('steering_body as wg', (join) => join.onRef('wg.tenant_id', '=', 'a.tenant_id').onRef('wg.body_id', '=', 'a.working_group_id'))
    .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.unit_id', '=', 'a.owner_unit_id'))
    .leftJoin('app_user as r', (join) => join.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.user_id', '=', 'a.responsible_user_id'))
    .select([
      'a.activity_id',
      'a.focus_area_id',
      'a.title',
      'a.description',
      'a.status',
      'a.period_from',
      'a.period_to',
      'a.working_group_id',
      'wg.name as working_group_name',
      'a.owner_unit_id',
      'u.name as owner_unit_name',
      'a.responsible_user_id',
      'r.display_name as responsible_name',
      'a.un_goals',
      'a.national_goals',
      'a.indicator_keys',
      'a.version',
      'a.created_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('activity_note as n')
        .select((n) => n.fn.max('n.noted_on').as('last'))
        .whereRef('n.tenant_id', '=', 'a.tenant_id')
        .whereRef('n.activity_id', '=', 'a.activity_id')
        .as('last_note_on'),
    )
    .where('a.tenant_id', '=', tenantId);
  if (scope.focusAreaIds) query = query.where('a.focus_area_id', 'in', scope.focusAreaIds);
  if (scope.activityId !== undefined) query = query.where('a.activity_id', '=', scope.activityId);
  return query.orderBy('a.focus_area_id').orderBy('a.position').orderBy('a.activity_id').execute();
}
export type ActivityRow = Awaited<ReturnType<typeof listActivityRows>>[number];

/** Every selection (with its items, focus areas' names and working groups), newest year and newest decision first. */
export async function listSelectionRows(trx: Db, tenantId: string, year?: number) {
  let query = trx
    .selectFrom('focus_area_selection as s')
    .innerJoin('steering_body as b', (join) => join.onRef('b.tenant_id', '=', 's.tenant_id').onRef('b.body_id', '=', 's.body_id'))
    .select(['s.selection_id', 's.year', 's.decided_on', 's.body_id', 'b.name as body_name', 's.agenda_reference', 's.note', 's.recorded_at'])
    .where('s.tenant_id', '=', tenantId);
  if (year !== undefined) query = query.where('s.year', '=', year);
  const selections = await query.orderBy('s.year', 'desc').orderBy('s.decided_on', 'desc').orderBy('s.recorded_at', 'desc').orderBy('s.selection_id', 'desc').execute();
  if (selections.length === 0) return [];
  const items = await trx
    .selectFrom('focus_area_selection_item as i')
    .innerJoin('focus_area as f', (join) => join.onRef('f.tenant_id', '=', 'i.tenant_id').onRef('f.focus_area_id', '=', 'i.focus_area_id'))
    .innerJoin('strategy as st', (join) => join.onRef('st.tenant_id', '=', 'f.tenant_id').onRef('st.strategy_id', '=', 'f.strategy_id'))
    .leftJoin('steering_body as wg', (join) => join.onRef('wg.tenant_id', '=', 'i.tenant_id').onRef('wg.body_id', '=', 'i.working_group_id'))
    .select(['i.selection_id', 'i.focus_area_id', 'f.number', 'f.name', 'st.strategy_id', 'st.name as strategy_name', 'st.position', 'i.working_group_id', 'wg.name as working_group_name'])
    .where('i.tenant_id', '=', tenantId)
    .where(
      'i.selection_id',
      'in',
      selections.map((s) => s.selection_id),
    )
    .orderBy('st.position')
    .orderBy('f.number')
    .execute();
  return selections.map((s) => ({ ...s, items: items.filter((i) => i.selection_id === s.selection_id) }));
}
export type SelectionRow = Awaited<ReturnType<typeof listSelectionRows>>[number];

export async function findBody(trx: Db, tenantId: string, bodyId: string) {
  return trx
    .selectFrom('steering_body as b')
    .leftJoin('focus_area as f', (join) => join.onRef('f.tenant_id', '=', 'b.tenant_id').onRef('f.focus_area_id', '=', 'b.focus_area_id'))
    .select(['b.body_id', 'b.key', 'b.kind', 'b.name', 'b.description', 'b.year', 'b.focus_area_id', 'f.name as focus_area_name', 'b.active'])
    .where('b.tenant_id', '=', tenantId)
    .where('b.body_id', '=', bodyId)
    .executeTakeFirst();
}

export async function listBodyRows(trx: Db, tenantId: string, kinds: readonly ('committee' | 'working-group' | 'sparring-group')[]) {
  return trx
    .selectFrom('steering_body as b')
    .leftJoin('focus_area as f', (join) => join.onRef('f.tenant_id', '=', 'b.tenant_id').onRef('f.focus_area_id', '=', 'b.focus_area_id'))
    .select(['b.body_id', 'b.key', 'b.kind', 'b.name', 'b.description', 'b.year', 'b.focus_area_id', 'f.name as focus_area_name', 'b.active'])
    .select((eb) => [
      eb.selectFrom('steering_body_member as m').select((m) => m.fn.countAll<number>().as('n')).whereRef('m.tenant_id', '=', 'b.tenant_id').whereRef('m.body_id', '=', 'b.body_id').as('member_count'),
      eb.selectFrom('steering_meeting as mt').select((m) => m.fn.max('mt.held_on').as('last')).whereRef('mt.tenant_id', '=', 'b.tenant_id').whereRef('mt.body_id', '=', 'b.body_id').as('last_meeting_on'),
    ])
    .where('b.tenant_id', '=', tenantId)
    .where('b.kind', 'in', kinds)
    .orderBy('b.kind')
    .orderBy('b.year', 'desc')
    .orderBy('b.name')
    .execute();
}

export async function listMembers(trx: Db, tenantId: string, bodyId: string) {
  return trx
    .selectFrom('steering_body_member')
    .select(['member_id', 'name', 'role', 'organisation', 'member_from', 'member_to'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', '=', bodyId)
    .orderBy('role')
    .orderBy('name')
    .execute();
}

export async function listMeetings(trx: Db, tenantId: string, bodyId: string) {
  return trx
    .selectFrom('steering_meeting')
    .select(['meeting_id', 'kind', 'held_on', 'title', 'agenda', 'minutes'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', '=', bodyId)
    .orderBy('held_on', 'desc')
    .orderBy('meeting_id', 'desc')
    .execute();
}

export async function listNotes(trx: Db, tenantId: string, activityId: string) {
  return trx
    .selectFrom('activity_note as n')
    .leftJoin('app_user as w', (join) => join.onRef('w.tenant_id', '=', 'n.tenant_id').onRef('w.user_id', '=', 'n.written_by'))
    .select(['n.note_id', 'n.noted_on', 'n.body', 'n.status_from', 'n.status_to', 'w.display_name as written_by_name', 'n.written_at'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.activity_id', '=', activityId)
    .orderBy('n.noted_on', 'desc')
    .orderBy('n.written_at', 'desc')
    .orderBy('n.note_id', 'desc')
    .execute();
}
export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

/** Changes an activity if it still has the version the change was made on; false when someone changed it first. */
export async function updateActivityIfVersion(
  trx: Db,
  key: { tenantId: string; activityId: string; version: number },
  values: Partial<{
    title: string;
    description: string;
    status: ActivityStatus;
    period_from: string | null;
    period_to: string | null;
    working_group_id: string | null;
    owner_unit_id: string | null;
    responsible_user_id: string | null;
    un_goals: string[];
    national_goals: string[];
    indicator_keys: string[];
  }>,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('strategy_activity')
    .set({ ...values, version: key.version + 1, updated_at: now })
    .where('tenant_id', '=', key.tenantId)
    .where('activity_id', '=', key.activityId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The choices for an activity's owner: working groups, the units, and the users with the leader role. */
export async function ownerOptions(trx: Db, tenantId: string) {
  const workingGroups = await trx.selectFrom('steering_body').select(['body_id as id', 'name']).where('tenant_id', '=', tenantId).where('kind', '=', 'working-group').orderBy('year', 'desc').orderBy('name').execute();
  const units = await trx.selectFrom('org_unit').select(['unit_id as id', 'name']).where('tenant_id', '=', tenantId).orderBy('name').execute();
  const leaders = await trx
    .selectFrom('app_user as u')
    .innerJoin('role_grant as g', (join) => join.onRef('g.tenant_id', '=', 'u.tenant_id').onRef('g.user_id', '=', 'u.user_id'))
    .select(['u.user_id as id', 'u.display_name as name'])
    .where('u.tenant_id', '=', tenantId)
    .where('g.role', '=', 'leader')
    .orderBy('u.display_name')
    .distinct()
    .execute();
  const indicators = await trx.selectFrom('indicator').select('key').where('tenant_id', '=', tenantId).orderBy('key').execute();
  return { workingGroups, units, leaders, indicatorKeys: indicators.map((i) => i.key) };
}
