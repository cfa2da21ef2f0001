import type { HousingProject } from '../../contracts/housing.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { HOUSING_PURPOSE } from './housing-purpose.js';
import { findProject } from './housing-repository.js';
import { presentHousingProject } from './present-housing-project.js';

/** One Housing plan II project, as the edit form shows it. */
export async function getHousingProject(ctx: Ctx, projectId: string): Promise<HousingProject> {
  await authorize(ctx, { action: 'housing.read', resourceType: 'housing-project', resourceId: projectId, purpose: HOUSING_PURPOSE });
  const row = await findProject(ctx.trx, ctx.tenantId, projectId);
  if (!row) throw new AppError('not_found');
  return presentHousingProject(row);
}
