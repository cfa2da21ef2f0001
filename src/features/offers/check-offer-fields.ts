import type { OfferFields } from '../../contracts/offers.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, type FieldProblem } from '../../platform/errors.js';
import { fieldMessage } from '../../platform/i18n/server-messages.js';
import { keptUnitIds } from './offer-upkeep-access.js';
import { countExisting } from './offer-upkeep-repository.js';

/** The checks on an offer's fields that only the database can answer, all reported at once (400, nothing saved). */
export async function checkOfferFields(ctx: Ctx, fields: Partial<OfferFields>, current?: { minimumAge: number | null; maximumAge: number | null; capacityPlaces: number | null; capacityFree: number | null }): Promise<void> {
  const problems: FieldProblem[] = [];
  const problem = (path: string, key: string) => problems.push({ path, message: fieldMessage(ctx.language, key) });
  if (fields.organizationId !== undefined && (await countExisting(ctx.trx, 'organization', ctx.tenantId, [fields.organizationId])) !== 1) problem('organizationId', 'offer.organization_missing');
  if (fields.locationIds && fields.locationIds.length > 0 && (await countExisting(ctx.trx, 'location', ctx.tenantId, fields.locationIds)) !== new Set(fields.locationIds).size) problem('locationIds', 'offer.location_missing');
  if (fields.ownerUnitId !== undefined) {
    const kept = await keptUnitIds(ctx);
    if (kept !== null && (fields.ownerUnitId === null || !kept.includes(fields.ownerUnitId))) problem('ownerUnitId', 'offer.unit_missing');
  }
  const min = fields.minimumAge !== undefined ? fields.minimumAge : (current?.minimumAge ?? null);
  const max = fields.maximumAge !== undefined ? fields.maximumAge : (current?.maximumAge ?? null);
  if (min != null && max != null && min > max) problem('minimumAge', 'offer.age_range');
  const places = fields.capacityPlaces !== undefined ? fields.capacityPlaces : (current?.capacityPlaces ?? null);
  const free = fields.capacityFree !== undefined ? fields.capacityFree : (current?.capacityFree ?? null);
  if (places != null && free != null && free > places) problem('capacityFree', 'offer.capacity');
  if (problems.length > 0) throw new AppError('validation_failed', undefined, problems);
}
