import type { EnrolmentList } from '../../contracts/enrolments.js';
import type { Ctx } from '../../platform/context.js';
import { authorizeEnrolments } from './enrolment-access.js';
import { listEnrolmentsOfCitizen } from './enrolment-repository.js';
import { presentEnrolment } from './present-enrolment.js';

/** The citizen's enrolments, newest start first. */
export async function listEnrolments(ctx: Ctx, citizenId: string): Promise<EnrolmentList> {
  await authorizeEnrolments(ctx, { citizenId, operation: 'list' });
  return { items: (await listEnrolmentsOfCitizen(ctx.trx, ctx.tenantId, citizenId)).map(presentEnrolment) };
}
