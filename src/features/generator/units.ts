import { deterministicUuidV7 } from './deterministic-id.js';
import type { GeneratedUnit } from './municipality-model.js';
import type { Prng } from './prng.js';
import { centres } from './synthetic-organisation.js';

/** The centres and their units, with ids in creation order at go-live. */
export function buildUnits(goLive: Date, emailDomain: string, prng: Prng): GeneratedUnit[] {
  const units: GeneratedUnit[] = [];
  const created = () => new Date(goLive.getTime() + units.length);
  for (const centre of centres) {
    const centreCreated = created();
    const centreId = deterministicUuidV7(centreCreated.getTime(), prng);
    units.push({
      unitId: centreId, parentUnitId: null, name: centre.name, kind: 'centre', area: centre.area,
      email: `${centre.mailbox}@${emailDomain}`, phone: centre.phone, createdAt: centreCreated,
      staffWeight: 0, citizenWeight: 0, profile: null,
    });
    for (const plan of centre.units) {
      const unitCreated = created();
      units.push({
        unitId: deterministicUuidV7(unitCreated.getTime(), prng), parentUnitId: centreId, name: plan.name, kind: 'unit', area: centre.area,
        email: null, phone: null, createdAt: unitCreated,
        staffWeight: plan.staffWeight, citizenWeight: plan.citizenWeight, profile: plan.profile,
      });
    }
  }
  return units;
}
