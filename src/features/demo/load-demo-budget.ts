import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isDateInYear } from '../../domain/budget-forecast.js';
import { copenhagenToday, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { oreFromKroner } from '../../domain/money.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { insertFollowUpIfFree, insertFollowUpLines } from '../finance/budget/budget-repository.js';
import { centreFigures } from '../finance/budget/centre-figures.js';

const seedFile = fileURLToPath(new URL('../../../seed/budget.json', import.meta.url));

const seedSchema = z.object({
  wheel: z.object({
    steps: z.array(z.object({ key: z.string(), monthDay: z.string().regex(/^\d{2}-\d{2}$/), label: z.string(), isFollowUp: z.boolean().optional() })),
  }),
  municipalities: z.record(
    z.string(),
    z.object({
      wheelYears: z.array(z.number().int()),
      budgetsKroner: z.record(z.string(), z.record(z.string(), z.number().nonnegative())),
      economicPlan: z.array(
        z.object({
          track: z.string(),
          initiatives: z.array(
            z.object({
              name: z.string(),
              description: z.string(),
              status: z.enum(['planned', 'in-progress', 'done', 'stopped']),
              expectedEffectKroner: z.number(),
              effectYear: z.number().int().nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
});

export type BudgetSeed = z.infer<typeof seedSchema>;

export function readBudgetSeed(): BudgetSeed {
  return seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8')));
}

/** The step of the wheel whose follow-up the demo has already taken, so the budget page has history. */
const DEMO_TAKEN_STEP = 'follow-up-1';
/** Finance (DEMO.md: Peter Dahl, Controller) took it some working days after its date. */
const DEMO_TAKER = 'peter';
const DAYS_AFTER_AS_OF = 9;

/**
 * The demo's budget follow-up (seed/budget.json, DOMAIN §5.7): the year wheel for the seeded years and the current and
 * next year, the budgets of the social area's centres (the latest seeded year's carried to the current year when the
 * demo runs later), the economic plan, and the current year's first follow-up already taken when its date has passed.
 * That follow-up is computed from the granted services in the database as they are when it runs, exactly as finance
 * taking it would, so its committed cost agrees with the services other loaders put there: load it after them.
 * A municipality the seed does not name gets nothing (false). Called inside the transaction that creates the municipality.
 */
export async function loadDemoBudget(trx: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date): Promise<boolean> {
  const seed = readBudgetSeed();
  const own = seed.municipalities[municipality.slug];
  if (!own) return false;
  const { tenantId } = municipality;
  const today = copenhagenToday(now);
  const currentYear = Number(today.slice(0, 4));

  const wheelYears = [...new Set([...own.wheelYears, currentYear, currentYear + 1])].sort();
  const stepRows = wheelYears.flatMap((year) =>
    seed.wheel.steps
      .filter((step) => isDateInYear(`${year}-${step.monthDay}`, year))
      .map((step) => ({ tenant_id: tenantId, year, step_key: step.key, label: step.label, on_date: `${year}-${step.monthDay}`, is_follow_up: step.isFollowUp ?? false })),
  );
  await trx.insertInto('budget_cycle_step').values(stepRows).execute();

  const centres = await trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).execute();
  const centreId = (name: string) => {
    const found = centres.find((c) => c.name === name);
    if (!found) throw new Error(`Demo budget: no unit named ${name}`);
    return found.unit_id;
  };
  const budgets = { ...own.budgetsKroner };
  const seededYears = Object.keys(budgets).map(Number).sort();
  const latest = seededYears[seededYears.length - 1];
  if (latest !== undefined && latest < currentYear) budgets[String(currentYear)] = budgets[String(latest)]!;
  const budgetRows = Object.entries(budgets).flatMap(([year, byCentre]) =>
    Object.entries(byCentre).map(([name, kroner]) => ({ tenant_id: tenantId, year: Number(year), unit_id: centreId(name), budget_ore: oreFromKroner(kroner), updated_at: now })),
  );
  if (budgetRows.length > 0) await trx.insertInto('centre_budget').values(budgetRows).execute();

  for (const [order, track] of own.economicPlan.entries()) {
    const trackId = newId();
    await trx.insertInto('economic_track').values({ tenant_id: tenantId, track_id: trackId, name: track.track, sort_order: order + 1 }).execute();
    // One at a time: the ids are time-ordered, and the plan lists the initiatives in the order they were added.
    for (const initiative of track.initiatives) {
      await trx
        .insertInto('economic_initiative')
        .values({
          tenant_id: tenantId,
          initiative_id: newId(),
          track_id: trackId,
          name: initiative.name,
          description: initiative.description,
          status: initiative.status,
          expected_effect_ore: oreFromKroner(initiative.expectedEffectKroner),
          effect_year: initiative.effectYear,
          updated_at: now,
        })
        .execute();
    }
  }

  const taken = stepRows.find((s) => s.year === currentYear && s.step_key === DEMO_TAKEN_STEP);
  if (taken && taken.on_date < today) {
    const taker = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', DEMO_TAKER).executeTakeFirst();
    const followUpId = newId();
    const takenOn = new Date(Date.parse(`${taken.on_date}T00:00:00Z`) + DAYS_AFTER_AS_OF * 86_400_000).toISOString().slice(0, 10);
    const takenAt = new Date(Math.min(now.getTime(), startOfCopenhagenDay(takenOn).getTime() + 10 * 3_600_000));
    await insertFollowUpIfFree(trx, { tenantId, followUpId, year: currentYear, stepKey: DEMO_TAKEN_STEP, asOf: taken.on_date, takenAt, takenBy: taker?.user_id ?? null });
    await insertFollowUpLines(trx, tenantId, followUpId, await centreFigures(trx, tenantId, currentYear, taken.on_date));
  }
  return true;
}

/**
 * Loads the demo's budget follow-up into a municipality that has none yet (a demo database from before it); true when
 * it loaded something. The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoBudgetIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('budget_cycle_step').select('step_key').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return false;
    return loadDemoBudget(trx, municipality, now);
  });
}
