import type { HousingProject } from '../../contracts/housing.js';
import { housingProjectStatuses, netPlaceChange } from '../../domain/housing-plan.js';
import type { HousingProjectRow } from './housing-repository.js';

export function presentHousingProject(row: HousingProjectRow): HousingProject {
  const placeChanges = row.place_changes.map((c) => ({ legalBasis: c.legalBasis, change: c.change }));
  return {
    id: row.project_id,
    name: row.name,
    address: row.address,
    description: row.description,
    status: row.status,
    placeChanges,
    netChange: netPlaceChange(placeChanges),
    startsOn: row.starts_on,
    doneOn: row.done_on,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Finished first, then ongoing, not started and rejected; within each by date (done, else start), then by name. */
export function compareProjects(a: HousingProject, b: HousingProject): number {
  const byStatus = housingProjectStatuses.indexOf(a.status) - housingProjectStatuses.indexOf(b.status);
  if (byStatus !== 0) return byStatus;
  const dayA = a.doneOn ?? a.startsOn;
  const dayB = b.doneOn ?? b.startsOn;
  if (dayA !== dayB) return dayA === null ? 1 : dayB === null ? -1 : dayA.localeCompare(dayB);
  return a.name.localeCompare(b.name, 'da');
}
