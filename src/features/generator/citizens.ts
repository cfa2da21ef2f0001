import { danishName } from './danish-names.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { Citizen, GeneratedUnit } from './municipality-model.js';
import type { Prng } from './prng.js';
import { weightedChoice } from './weighted-choice.js';

/** Share of citizens who log in themselves; the rest are only ever read about by staff. */
const SELF_SERVICE_SHARE = 0.55;

/** The citizens the social and employment area works with, each followed by one unit. */
export function buildCitizens(units: readonly GeneratedUnit[], count: number, goLive: Date, prng: Prng): Citizen[] {
  const homeUnits = weightedChoice(units.filter((u) => u.citizenWeight > 0).map((u) => [u.unitId, u.citizenWeight] as const));
  const citizens: Citizen[] = [];
  // After the staff in creation order, as the go-live import loaded them.
  const firstCreated = goLive.getTime() + 60_000;
  for (let i = 0; i < count; i++) {
    const createdAt = new Date(firstCreated + i);
    citizens.push({
      userId: deterministicUuidV7(createdAt.getTime(), prng),
      displayName: danishName(prng).fullName,
      createdAt,
      homeUnitId: homeUnits.pick(prng),
      // Cubed so that a few citizens log in often and most rarely.
      selfService: prng.chance(SELF_SERVICE_SHARE) ? prng.next() ** 3 + 0.01 : 0,
    });
  }
  return citizens;
}
