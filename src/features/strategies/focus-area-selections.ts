import type { CreateSelectionBody, Selection, SelectionList } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { presentSelections } from './present-strategies.js';
import { authorizeStrategy } from './strategy-access.js';
import { strategyFieldError } from './strategy-messages.js';
import { listSelectionRows } from './strategy-repository.js';
import { duplicateIn, selectionDateProblem, selectableInYear, workingGroupKey } from './strategy-rules.js';

/** The committee's decisions, newest year first; a later decision for a year supersedes the earlier (both kept). */
export async function listSelections(ctx: Ctx, year?: number): Promise<SelectionList> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'focus-area-selection', details: { year: year ?? null } });
  // A year filter keeps all of that year's decisions, so which one is current is still judged among them.
  return { selections: presentSelections(await listSelectionRows(ctx.trx, ctx.tenantId, year)) };
}

/**
 * Records the committee's decision of which focus areas to work on in a year, with date, body and agenda reference.
 * Each selected focus area without a working group for that year gets one. One transaction: on any refusal nothing
 * is saved. A decision for a year that already has one supersedes it; the earlier decision is kept.
 */
export async function recordSelection(ctx: Ctx, input: CreateSelectionBody): Promise<Selection> {
  const selectionId = newId();
  await authorizeStrategy(ctx, 'strategy.manage', {
    type: 'focus-area-selection',
    id: selectionId,
    details: { operation: 'create', year: input.year, decidedOn: input.decidedOn, bodyId: input.bodyId, agendaReference: input.agendaReference, focusAreaIds: input.focusAreaIds },
  });
  const today = copenhagenToday(ctx.now);
  const dateProblem = selectionDateProblem(input.year, input.decidedOn, today);
  if (dateProblem) throw strategyFieldError(ctx.language, 'decidedOn', dateProblem);
  if (duplicateIn(input.focusAreaIds)) throw strategyFieldError(ctx.language, 'focusAreaIds', 'selection.duplicate-focus-area');
  const body = await ctx.trx.selectFrom('steering_body').select(['body_id', 'kind']).where('tenant_id', '=', ctx.tenantId).where('body_id', '=', input.bodyId).executeTakeFirst();
  if (!body || body.kind !== 'committee') throw strategyFieldError(ctx.language, 'bodyId', 'body.not-committee');
  const areas = await ctx.trx
    .selectFrom('focus_area as f')
    .innerJoin('strategy as s', (join) => join.onRef('s.tenant_id', '=', 'f.tenant_id').onRef('s.strategy_id', '=', 'f.strategy_id'))
    .select(['f.focus_area_id', 'f.number', 'f.name', 's.key as strategy_key', 's.period_to'])
    .select((eb) => eb.exists(eb.selectFrom('strategy as next').select('next.strategy_id').whereRef('next.tenant_id', '=', 's.tenant_id').whereRef('next.succeeds_id', '=', 's.strategy_id')).as('succeeded'))
    .where('f.tenant_id', '=', ctx.tenantId)
    .where('f.focus_area_id', 'in', input.focusAreaIds)
    .execute();
  if (areas.length !== input.focusAreaIds.length) throw strategyFieldError(ctx.language, 'focusAreaIds', 'focus-area.unknown');
  if (areas.some((a) => !selectableInYear({ periodTo: a.period_to, succeeded: Boolean(a.succeeded) }, input.year))) throw strategyFieldError(ctx.language, 'focusAreaIds', 'selection.replaced-plan');

  await ctx.trx
    .insertInto('focus_area_selection')
    .values({ tenant_id: ctx.tenantId, selection_id: selectionId, year: input.year, decided_on: input.decidedOn, body_id: input.bodyId, agenda_reference: input.agendaReference, note: input.note?.trim() ?? '', recorded_by: ctx.actor.userId, recorded_at: ctx.now })
    .execute();
  const existingGroups = await ctx.trx
    .selectFrom('steering_body')
    .select(['body_id', 'focus_area_id'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', 'working-group')
    .where('year', '=', input.year)
    .where('focus_area_id', 'in', input.focusAreaIds)
    .execute();
  const groupOf = new Map(existingGroups.map((g) => [g.focus_area_id!, g.body_id]));
  const created: string[] = [];
  for (const id of input.focusAreaIds) {
    const area = areas.find((a) => a.focus_area_id === id)!;
    let groupId = groupOf.get(id);
    if (!groupId) {
      groupId = newId();
      created.push(groupId);
      await ctx.trx
        .insertInto('steering_body')
        .values({
          tenant_id: ctx.tenantId,
          body_id: groupId,
          key: workingGroupKey(input.year, area.strategy_key, area.number),
          kind: 'working-group',
          name: `Arbejdsgruppe ${input.year}: ${area.name}`.slice(0, 300),
          description: `Bærer indsatsområdet "${area.name}" i ${input.year}.`,
          focus_area_id: id,
          year: input.year,
          active: true,
          created_at: ctx.now,
        })
        .execute();
    }
    await ctx.trx.insertInto('focus_area_selection_item').values({ tenant_id: ctx.tenantId, selection_id: selectionId, focus_area_id: id, working_group_id: groupId }).execute();
  }
  const [row] = presentSelections(await listSelectionRows(ctx.trx, ctx.tenantId, input.year));
  return row!;
}
