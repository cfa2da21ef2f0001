import type { HousingProject, UpdateHousingProjectBody } from '../../contracts/housing.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { housingFieldError } from './housing-messages.js';
import { HOUSING_PURPOSE } from './housing-purpose.js';
import { findProject, updateProjectIfVersion } from './housing-repository.js';
import { presentHousingProject } from './present-housing-project.js';

/**
 * Changes a Housing plan II project: its status, dates, place changes and texts (finance). A save on an older version
 * changes nothing (409). The audit entry names the fields changed and the status before and after.
 */
export async function updateHousingProject(ctx: Ctx, projectId: string, input: UpdateHousingProjectBody): Promise<HousingProject> {
  const { version, ...fields } = input;
  const existing = await findProject(ctx.trx, ctx.tenantId, projectId);
  const changed = Object.keys(fields).sort();
  await authorize(ctx, {
    action: 'housing.manage',
    resourceType: 'housing-project',
    resourceId: projectId,
    purpose: HOUSING_PURPOSE,
    details: { fields: changed, ...(fields.status !== undefined && existing && { status: { from: existing.status, to: fields.status } }) },
  });
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');

  const startsOn = fields.startsOn !== undefined ? fields.startsOn : existing.starts_on;
  const doneOn = fields.doneOn !== undefined ? fields.doneOn : existing.done_on;
  if (startsOn !== null && doneOn !== null && doneOn < startsOn) throw housingFieldError(ctx.language, 'doneOn', 'project.dates');
  if (fields.placeChanges) {
    const seen = new Set<string>();
    for (const [index, change] of fields.placeChanges.entries()) {
      const key = change.legalBasis.replace(/\s+/g, '').toLowerCase();
      if (seen.has(key)) throw housingFieldError(ctx.language, `placeChanges.${index}.legalBasis`, 'project.paragraph_twice');
      seen.add(key);
    }
  }

  const saved = await updateProjectIfVersion(
    ctx.trx,
    { tenantId: ctx.tenantId, projectId, version },
    {
      ...(fields.name !== undefined && { name: fields.name }),
      ...(fields.address !== undefined && { address: fields.address === '' ? null : fields.address }),
      ...(fields.description !== undefined && { description: fields.description }),
      ...(fields.status !== undefined && { status: fields.status }),
      ...(fields.placeChanges !== undefined && { place_changes: JSON.stringify(fields.placeChanges) }),
      ...(fields.startsOn !== undefined && { starts_on: fields.startsOn }),
      ...(fields.doneOn !== undefined && { done_on: fields.doneOn }),
    },
    ctx.now,
  );
  if (!saved) throw new AppError('conflict', 'version.stale');
  return presentHousingProject((await findProject(ctx.trx, ctx.tenantId, projectId))!);
}
