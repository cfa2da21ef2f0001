import type { EconomicInitiative } from '../../../contracts/finance-budget.js';
import type { findInitiative } from './economic-plan-repository.js';

type InitiativeRow = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;

export function presentInitiative(row: InitiativeRow): EconomicInitiative {
  return {
    id: row.initiative_id,
    name: row.name,
    description: row.description,
    status: row.status,
    expectedEffectOre: Number(row.expected_effect_ore),
    effectYear: row.effect_year,
    version: row.version,
  };
}

/** What an initiative counts for in the plan's expected effect: a stopped one no longer brings any. */
export const countedEffectOre = (initiative: EconomicInitiative): number => (initiative.status === 'stopped' ? 0 : initiative.expectedEffectOre);
