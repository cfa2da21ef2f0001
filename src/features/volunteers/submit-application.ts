import type { ApplicationBody } from '../../contracts/volunteers.js';
import { checkApplication, normalisePhone } from '../../domain/volunteer-application-rules.js';
import type { PublicCtx } from '../../http/run-public.js';
import { newId } from '../../platform/ids.js';
import { findPublishedOpportunity } from './opportunity-repository.js';
import { volunteerError, type VolunteerMessageKey } from './volunteer-messages.js';

/**
 * Anyone applies to become a volunteer, without logging in. The application is checked (a reachable e-mail address,
 * a phone number one can call, a Danish postal code, a published opportunity of this municipality) and stored for the
 * coordinator; nothing about it can be read back without login, so the answer says only that it was received.
 */
export async function submitApplication(ctx: PublicCtx, input: ApplicationBody): Promise<{ received: true }> {
  const problems: { path: string; key: VolunteerMessageKey }[] = checkApplication(input).map((p) => ({ path: p.field, key: p.key }));
  if (input.opportunityId !== null && !(await findPublishedOpportunity(ctx.trx, ctx.tenantId, input.opportunityId))) {
    problems.push({ path: 'opportunityId', key: 'opportunity.unknown' });
  }
  if (problems.length > 0) throw volunteerError('validation_failed', ctx.language, problems);
  const phone = input.phone?.trim() ? normalisePhone(input.phone) : null;
  await ctx.trx
    .insertInto('volunteer_application')
    .values({
      tenant_id: ctx.tenantId,
      application_id: newId(),
      opportunity_id: input.opportunityId,
      name: input.name.trim(),
      email: input.email.trim().toLowerCase(),
      phone,
      postal_code: input.postalCode?.trim() || null,
      message: input.message,
      created_at: ctx.now,
    })
    .execute();
  return { received: true };
}
