import type { Application, ApplicationList, ApplicationListQuery, DecideApplicationBody } from '../../contracts/volunteers.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { emailInUse, findApplication, listApplications, lockApplication, updateApplication, type ApplicationRow } from './application-repository.js';
import { positionOfPostalCode } from './home-position.js';
import { auditListed, authorizeCoordinator } from './volunteer-access.js';
import { volunteerError } from './volunteer-messages.js';
import { forgetMatchesAfterCommit } from '../companions/match-cache.js';

function presentApplication(row: ApplicationRow): Application {
  return {
    id: row.application_id,
    opportunity: row.opportunity_id && row.opportunity_title ? { id: row.opportunity_id, title: row.opportunity_title } : null,
    name: row.name,
    email: row.email,
    phone: row.phone,
    postalCode: row.postal_code,
    message: row.message,
    status: row.status,
    receivedAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedByName: row.decided_by_name,
    decisionNote: row.decision_note,
    volunteerId: row.user_id,
  };
}

/** The coordinator's applications in one state; each listed applicant gets an audit entry of their own. */
export async function listVolunteerApplications(ctx: Ctx, query: ApplicationListQuery): Promise<ApplicationList> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-application-list', details: { status: query.status } });
  const rows = await listApplications(ctx.trx, ctx.tenantId, query.status);
  await auditListed(ctx, 'volunteer-application', rows.map((r) => r.application_id));
  return { items: rows.map(presentApplication) };
}

/**
 * The coordinator approves or declines an application, with a note (required when declining). Approving makes the
 * applicant a volunteer: a user of kind 'volunteer' with the role 'volunteer' and the application's e-mail address —
 * their first login through the municipality's login links to it by that verified address, as for staff — and a
 * profile, active from today, placed at the postal code they gave. An application already decided, or an address
 * another user has, is refused (409) and nothing is stored.
 */
export async function decideApplication(ctx: Ctx, applicationId: string, input: DecideApplicationBody): Promise<Application> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-application', resourceId: applicationId, details: { operation: input.decision } });
  await lockApplication(ctx.trx, ctx.tenantId, applicationId);
  const existing = await findApplication(ctx.trx, ctx.tenantId, applicationId);
  if (!existing) throw new AppError('not_found');
  if (existing.status !== 'received') throw volunteerError('conflict', ctx.language, [{ path: 'decision', key: 'application.decided' }]);
  const note = input.note?.trim() || null;
  if (input.decision === 'decline' && note === null) throw volunteerError('validation_failed', ctx.language, [{ path: 'note', key: 'decline_note.required' }]);
  const decided = { decided_by: ctx.actor.userId, decided_at: ctx.now, decision_note: note };
  if (input.decision === 'decline') {
    await updateApplication(ctx.trx, ctx.tenantId, applicationId, { ...decided, status: 'declined' });
  } else {
    if (await emailInUse(ctx.trx, ctx.tenantId, existing.email)) throw volunteerError('conflict', ctx.language, [{ path: 'decision', key: 'application.email_in_use' }]);
    const userId = await createVolunteer(ctx, existing);
    await updateApplication(ctx.trx, ctx.tenantId, applicationId, { ...decided, status: 'approved', user_id: userId });
  }
  return presentApplication((await findApplication(ctx.trx, ctx.tenantId, applicationId))!);
}

async function createVolunteer(ctx: Ctx, application: ApplicationRow): Promise<string> {
  const userId = newId();
  const home = application.postal_code ? positionOfPostalCode(application.postal_code) : null;
  await ctx.trx
    .insertInto('app_user')
    .values({ tenant_id: ctx.tenantId, user_id: userId, display_name: application.name, email: application.email, title: null, kind: 'volunteer', org_unit_id: null, demo_key: null, demo_order: null, created_at: ctx.now, updated_at: ctx.now })
    .execute();
  await ctx.trx.insertInto('role_grant').values({ tenant_id: ctx.tenantId, user_id: userId, role: 'volunteer', granted_by: ctx.actor.userId, granted_at: ctx.now }).execute();
  await ctx.trx
    .insertInto('volunteer_profile')
    .values({ tenant_id: ctx.tenantId, user_id: userId, area: home?.districtName ?? null, home_lat: home?.lat ?? null, home_lon: home?.lon ?? null, status: 'active', started_on: copenhagenToday(ctx.now), updated_at: ctx.now })
    .execute();
  return userId;
}
