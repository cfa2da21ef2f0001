import { sql } from 'kysely';
import type { OrgNode, UnitAmounts } from '../../../domain/centre-roll-up.js';
import type { Tx } from '../../../platform/db/tenant-transaction.js';
import { serviceYearCostSql } from '../service-cost-sql.js';

/** SQL of the budget follow-up: the year wheel, the centres' budgets, committed cost, and the saved follow-ups. */

export async function listCycleSteps(trx: Tx, tenantId: string, year: number) {
  return trx
    .selectFrom('budget_cycle_step as s')
    .select((eb) => [
      's.step_key',
      's.label',
      's.on_date',
      's.is_follow_up',
      eb
        .exists(eb.selectFrom('budget_follow_up as f').select('f.follow_up_id').whereRef('f.tenant_id', '=', 's.tenant_id').whereRef('f.year', '=', 's.year').whereRef('f.step_key', '=', 's.step_key').where('f.replaced_at', 'is', null))
        .as('follow_up_taken'),
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.year', '=', year)
    .orderBy('s.on_date')
    .orderBy('s.step_key')
    .execute();
}

export async function findCycleStep(trx: Tx, tenantId: string, year: number, stepKey: string) {
  return trx.selectFrom('budget_cycle_step').selectAll().where('tenant_id', '=', tenantId).where('year', '=', year).where('step_key', '=', stepKey).executeTakeFirst();
}

export async function updateCycleStep(trx: Tx, key: { tenantId: string; year: number; stepKey: string }, values: { on_date: string; label?: string }): Promise<void> {
  await trx.updateTable('budget_cycle_step').set(values).where('tenant_id', '=', key.tenantId).where('year', '=', key.year).where('step_key', '=', key.stepKey).execute();
}

/** Every unit of the municipality as a node of the organisation tree, with its name and area. */
export async function orgNodes(trx: Tx, tenantId: string): Promise<(OrgNode & { name: string; area: string })[]> {
  const rows = await trx.selectFrom('org_unit').select(['unit_id', 'parent_unit_id', 'kind', 'name', 'area']).where('tenant_id', '=', tenantId).execute();
  return rows.map((r) => ({ id: r.unit_id, parentId: r.parent_unit_id, kind: r.kind, name: r.name, area: r.area }));
}

export async function budgetsOfYear(trx: Tx, tenantId: string, year: number) {
  return trx.selectFrom('centre_budget').select(['unit_id', 'budget_ore', 'version']).where('tenant_id', '=', tenantId).where('year', '=', year).execute();
}

export async function findBudget(trx: Tx, tenantId: string, year: number, unitId: string) {
  return trx.selectFrom('centre_budget').select(['budget_ore', 'version']).where('tenant_id', '=', tenantId).where('year', '=', year).where('unit_id', '=', unitId).executeTakeFirst();
}

/** Sets a budget where none is set; false when one was set meanwhile. */
export async function insertBudgetIfMissing(trx: Tx, row: { tenantId: string; year: number; unitId: string; budgetOre: number }, now: Date): Promise<boolean> {
  const inserted = await trx
    .insertInto('centre_budget')
    .values({ tenant_id: row.tenantId, year: row.year, unit_id: row.unitId, budget_ore: row.budgetOre, updated_at: now })
    .onConflict((oc) => oc.columns(['tenant_id', 'year', 'unit_id']).doNothing())
    .returning('version')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Changes a budget if it still has the version the change was made on. */
export async function updateBudgetIfVersion(trx: Tx, row: { tenantId: string; year: number; unitId: string; budgetOre: number; version: number }, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('centre_budget')
    .set((eb) => ({ budget_ore: row.budgetOre, version: eb('version', '+', 1), updated_at: now }))
    .where('tenant_id', '=', row.tenantId)
    .where('year', '=', row.year)
    .where('unit_id', '=', row.unitId)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Per paying unit: the year's cost of every service decided on or before `asOf` (committed), and the part of it from
 * decisions taken this year (1 January to `asOf`). One pass over the services that overlap the year; the cost is the
 * SQL twin of domain/service-cost.ts. Decisions count as they stand now; a withdrawn one costs nothing.
 */
export async function committedCostByPayingUnit(trx: Tx, tenantId: string, year: number, asOf: string): Promise<UnitAmounts[]> {
  const cost = serviceYearCostSql('g', year);
  const first = `${year}-01-01`;
  const rows = await trx
    .selectFrom('granted_service as g')
    .select([
      'g.paying_unit_id',
      sql<number>`coalesce(sum(${cost}), 0)::bigint`.as('committed_ore'),
      sql<number>`coalesce(sum(${cost}) FILTER (WHERE g.decided_on >= ${first}::date), 0)::bigint`.as('new_decisions_ore'),
    ])
    .where('g.tenant_id', '=', tenantId)
    .where('g.cancelled_at', 'is', null)
    .where('g.decided_on', '<=', asOf)
    .where('g.period_from', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('g.period_to', 'is', null), eb('g.period_to', '>=', first)]))
    .groupBy('g.paying_unit_id')
    .execute();
  return rows.map((r) => ({ unitId: r.paying_unit_id, committedOre: Number(r.committed_ore), newDecisionsOre: Number(r.new_decisions_ore) }));
}

/** Saves a follow-up as the current one of its step; false when the step already has a current one. */
export async function insertFollowUpIfFree(trx: Tx, row: { tenantId: string; followUpId: string; year: number; stepKey: string; asOf: string; takenAt: Date; takenBy: string | null }): Promise<boolean> {
  // The partial unique index budget_follow_up_current (migration 0012) is the arbiter, so two at once cannot both win.
  const inserted = await sql<{ follow_up_id: string }>`
    INSERT INTO budget_follow_up (tenant_id, follow_up_id, year, step_key, as_of, taken_at, taken_by)
    VALUES (${row.tenantId}, ${row.followUpId}, ${row.year}, ${row.stepKey}, ${row.asOf}, ${row.takenAt}, ${row.takenBy})
    ON CONFLICT (tenant_id, year, step_key) WHERE replaced_at IS NULL DO NOTHING
    RETURNING follow_up_id`.execute(trx);
  return inserted.rows.length === 1;
}

/**
 * Marks the current follow-up of a step as replaced by another, which is saved next (the reference to it is checked at
 * commit: migration 0012). Returns the replaced one's id, or null when the step had none.
 */
export async function markFollowUpReplaced(trx: Tx, key: { tenantId: string; year: number; stepKey: string }, by: { followUpId: string; at: Date }): Promise<string | null> {
  const row = await trx
    .updateTable('budget_follow_up')
    .set({ replaced_at: by.at, replaced_by: by.followUpId })
    .where('tenant_id', '=', key.tenantId)
    .where('year', '=', key.year)
    .where('step_key', '=', key.stepKey)
    .where('replaced_at', 'is', null)
    .returning('follow_up_id')
    .executeTakeFirst();
  return row?.follow_up_id ?? null;
}

export async function insertFollowUpLines(trx: Tx, tenantId: string, followUpId: string, lines: { unitId: string; budgetOre: number; committedOre: number; forecastOre: number }[]): Promise<void> {
  if (lines.length === 0) return;
  await trx
    .insertInto('budget_follow_up_line')
    .values(lines.map((l) => ({ tenant_id: tenantId, follow_up_id: followUpId, unit_id: l.unitId, budget_ore: l.budgetOre, committed_ore: l.committedOre, forecast_ore: l.forecastOre })))
    .execute();
}

/** The follow-ups of a year (replaced ones too) with the name of who took them, by as-of date and then time taken. */
export async function listFollowUps(trx: Tx, tenantId: string, year: number) {
  return trx
    .selectFrom('budget_follow_up as f')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'f.tenant_id').onRef('u.user_id', '=', 'f.taken_by'))
    .leftJoin('budget_cycle_step as s', (join) => join.onRef('s.tenant_id', '=', 'f.tenant_id').onRef('s.year', '=', 'f.year').onRef('s.step_key', '=', 'f.step_key'))
    .select(['f.follow_up_id', 'f.year', 'f.step_key', 'f.as_of', 'f.taken_at', 'f.replaced_at', 'u.display_name', 's.label'])
    .where('f.tenant_id', '=', tenantId)
    .where('f.year', '=', year)
    .orderBy('f.as_of')
    .orderBy('f.taken_at')
    .execute();
}

export async function linesOfFollowUps(trx: Tx, tenantId: string, followUpIds: string[]) {
  if (followUpIds.length === 0) return [];
  return trx
    .selectFrom('budget_follow_up_line')
    .select(['follow_up_id', 'unit_id', 'budget_ore', 'committed_ore', 'forecast_ore'])
    .where('tenant_id', '=', tenantId)
    .where('follow_up_id', 'in', followUpIds)
    .execute();
}
