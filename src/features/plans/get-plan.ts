import type { Plan } from '../../contracts/plan.js';
import { planParts } from '../../domain/plan-parts.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePlanRead, canWritePlan, visibleDomains } from './plan-access.js';
import { findCitizenName, findTransitionSummary, listComments, listDreams, listGoals, listMeetings, listSteps } from './plan-repository.js';
import { groupComments, groupSteps, presentDream, presentGoal, presentMeeting } from './present-plan.js';

/**
 * "Min plan": everything in the plan the reader may see. A relative (or staff outside the team) gets only the
 * consented parts; the rest is null or absent, and listed in hiddenParts. A fixed number of queries, none per goal.
 */
export async function getPlan(ctx: Ctx, citizenId: string): Promise<Plan> {
  const access = await authorizePlanRead(ctx, citizenId, 'plan');
  const citizen = await findCitizenName(ctx.trx, ctx.tenantId, citizenId);
  if (!citizen) throw new AppError('not_found');
  const visible = [...access.visibleParts];
  const domains = visibleDomains(access);
  const showDreams = access.visibleParts.has('dreams');
  const showMeetings = access.visibleParts.has('meetings');
  const fullAccess = access.relation === 'self' || access.relation === 'team';

  const comments = groupComments(await listComments(ctx.trx, ctx.tenantId, citizenId, visible));
  const dreams = showDreams ? await listDreams(ctx.trx, ctx.tenantId, citizenId) : null;
  const goals = await listGoals(ctx.trx, ctx.tenantId, citizenId, domains);
  const steps = goals.length > 0 ? groupSteps(await listSteps(ctx.trx, ctx.tenantId, citizenId)) : new Map();
  const meetings = showMeetings ? await listMeetings(ctx.trx, ctx.tenantId, citizenId) : null;
  const transition = fullAccess ? await findTransitionSummary(ctx.trx, ctx.tenantId, citizenId) : undefined;

  return {
    citizenId,
    firstName: citizen.first_name,
    relation: access.relation,
    canWrite: canWritePlan(ctx, access),
    commentableParts: planParts.filter((p) => access.commentableParts.has(p)),
    hiddenParts: planParts.filter((p) => !access.visibleParts.has(p)),
    dreams: dreams ? dreams.map((d) => presentDream(d, comments)) : null,
    domains: domains.map((domain) => ({ domain, goals: goals.filter((g) => g.domain === domain).map((g) => presentGoal(g, steps.get(g.goal_id) ?? [], comments)) })),
    meetings: meetings ? meetings.map((m) => presentMeeting(m, comments)) : null,
    transition: transition
      ? { startedOn: transition.started_on, responsibleName: transition.responsible_name, parentsInvolved: transition.parents_involved, adultServicesContact: transition.adult_services_contact }
      : null,
  };
}
