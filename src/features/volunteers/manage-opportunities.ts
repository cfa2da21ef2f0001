import type { ManagedOpportunity, ManagedOpportunityList, OpportunityBody, UpdateOpportunityBody } from '../../contracts/volunteers.js';
import { isVolunteerCourseKey } from '../../domain/volunteer-courses.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findOpportunity, insertOpportunity, listAllOpportunities, updateOpportunityIfVersion } from './opportunity-repository.js';
import { courseChoices, presentManagedOpportunity } from './present-opportunity.js';
import { authorizeCoordinator } from './volunteer-access.js';
import { volunteerError } from './volunteer-messages.js';

/** The coordinator's opportunities: drafts, published and archived. Opportunities name no person, so the list is one audit entry. */
export async function listManagedOpportunities(ctx: Ctx): Promise<ManagedOpportunityList> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-opportunity-list' });
  const rows = await listAllOpportunities(ctx.trx, ctx.tenantId);
  return { items: rows.map((row) => presentManagedOpportunity(row, ctx.language)), courses: courseChoices(ctx.language) };
}

function columnsOf(input: Omit<OpportunityBody, 'status'>) {
  if (input.requiredCourse !== null && !isVolunteerCourseKey(input.requiredCourse)) return null;
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    kind: input.kind,
    area: input.area || null,
    time_commitment: input.timeCommitment || null,
    required_course: input.requiredCourse,
    needs_record_check: input.needsRecordCheck,
  };
}

export async function createOpportunity(ctx: Ctx, input: OpportunityBody): Promise<ManagedOpportunity> {
  const opportunityId = newId();
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-opportunity', resourceId: opportunityId, details: { operation: 'create', status: input.status } });
  const columns = columnsOf(input);
  if (!columns) throw volunteerError('validation_failed', ctx.language, [{ path: 'requiredCourse', key: 'course.unknown' }]);
  await insertOpportunity(ctx.trx, { ...columns, tenant_id: ctx.tenantId, opportunity_id: opportunityId, unit_id: ctx.actor.orgUnitId, status: input.status, created_at: ctx.now, updated_at: ctx.now });
  return presentManagedOpportunity((await findOpportunity(ctx.trx, ctx.tenantId, opportunityId))!, ctx.language);
}

/**
 * Changes an opportunity on the version the coordinator read (an older one: 409, nothing saved). Publishing,
 * taking back to draft and archiving are changes of status like any other; an archived opportunity stays archived,
 * since applications to it refer to what it said.
 */
export async function updateOpportunity(ctx: Ctx, opportunityId: string, input: UpdateOpportunityBody): Promise<ManagedOpportunity> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-opportunity', resourceId: opportunityId, details: { operation: 'update', status: input.status } });
  const existing = await findOpportunity(ctx.trx, ctx.tenantId, opportunityId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== input.version) throw new AppError('conflict', 'version.stale');
  if (existing.status === 'archived') throw volunteerError('conflict', ctx.language, [{ path: 'status', key: 'opportunity.archived' }]);
  const columns = columnsOf(input);
  if (!columns) throw volunteerError('validation_failed', ctx.language, [{ path: 'requiredCourse', key: 'course.unknown' }]);
  const saved = await updateOpportunityIfVersion(ctx.trx, { tenantId: ctx.tenantId, opportunityId, version: input.version }, { ...columns, status: input.status }, ctx.now);
  if (saved === undefined) throw new AppError('conflict', 'version.stale');
  return presentManagedOpportunity((await findOpportunity(ctx.trx, ctx.tenantId, opportunityId))!, ctx.language);
}
