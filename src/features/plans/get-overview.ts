import type { Overview } from '../../contracts/plan.js';
import { ageOn } from '../../domain/age.js';
import { copenhagenOffsetMinutes } from '../../domain/copenhagen-time.js';
import { planParts } from '../../domain/plan-parts.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { listPlanChanges } from './history-repository.js';
import { findOverviewCitizen, listStepSummaries } from './overview-repository.js';
import { authorizePlanRead, visibleDomains } from './plan-access.js';
import { listGoals, listUpcomingMeetings } from './plan-repository.js';
import { goalProgressOf, presentHistoryItem, presentMeeting } from './present-plan.js';

const UPCOMING_MEETINGS = 5;
const RECENT_CHANGES = 10;

function copenhagenToday(now: Date): string {
  return new Date(now.getTime() + copenhagenOffsetMinutes(now) * 60_000).toISOString().slice(0, 10);
}

/** DDMMYY-****: the masked CPR number is the birth date, so it is shown without decrypting the number. */
function maskedCprOf(birthDate: string): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  return `${d}${m}${y.slice(2)}-****`;
}

/**
 * The whole-situation overview ("helhedsplan"): one screen with the goals and steps across the life domains, the
 * network and the team, upcoming meetings and reviews, and the latest changes. The citizen and the team see it
 * all; a reader by consent sees only the shared parts (no record details, network or team). Six statements
 * whatever the size of the plan (access, citizen with network and team, goals, steps, meetings, changes).
 */
export async function getOverview(ctx: Ctx, citizenId: string): Promise<Overview> {
  const access = await authorizePlanRead(ctx, citizenId, 'overview');
  const fullAccess = access.relation === 'self' || access.relation === 'team';
  const citizen = await findOverviewCitizen(ctx.trx, ctx.tenantId, citizenId, fullAccess);
  if (!citizen) throw new AppError('not_found');
  const domains = visibleDomains(access);
  const today = copenhagenToday(ctx.now);

  const goals = await listGoals(ctx.trx, ctx.tenantId, citizenId, domains);
  const steps = goals.length > 0 ? await listStepSummaries(ctx.trx, ctx.tenantId, citizenId) : [];
  const meetings = access.visibleParts.has('meetings') ? await listUpcomingMeetings(ctx.trx, ctx.tenantId, citizenId, ctx.now, UPCOMING_MEETINGS) : [];
  const changes = await listPlanChanges(ctx.trx, ctx.tenantId, citizenId, planParts.filter((p) => access.visibleParts.has(p)), { before: null, limit: RECENT_CHANGES });
  const network = citizen.network ?? [];
  const team = citizen.team ?? [];
  const transition = citizen.transition ?? null;

  const stepsByGoal = new Map<string, typeof steps>();
  for (const step of steps) stepsByGoal.set(step.goal_id, [...(stepsByGoal.get(step.goal_id) ?? []), step]);

  return {
    citizen: {
      id: citizen.citizen_id,
      firstName: citizen.first_name,
      lastName: citizen.last_name,
      age: ageOn(citizen.birth_date, today),
      cprMasked: fullAccess ? maskedCprOf(citizen.birth_date) : null,
      communicationNeeds: citizen.communication_needs,
      contactPerson: citizen.contact_person_user_id ? { userId: citizen.contact_person_user_id, name: citizen.contact_person_name ?? '' } : null,
    },
    domains: domains.map((domain) => ({
      domain,
      goals: goals
        .filter((g) => g.domain === domain)
        .map((g) => {
          const goalSteps = stepsByGoal.get(g.goal_id) ?? [];
          const next = goalSteps.find((s) => s.status === 'planned');
          return {
            id: g.goal_id,
            title: g.title,
            status: g.status,
            ...goalProgressOf(g, goalSteps),
            nextStep: next ? { id: next.step_id, text: next.text, dueDate: next.due_date, whoHelps: next.who_helps } : null,
          };
        }),
    })),
    network: network.map((n) => ({ name: n.name, relation: n.relation, isRelative: n.is_relative, hasLogin: Boolean(n.has_login) })),
    team: team.map((t) => ({ name: t.display_name, title: t.title, unitName: t.unit_name, teamRole: t.team_role })),
    upcoming: {
      meetings: meetings.map((m) => presentMeeting(m)),
      reviews: goals
        .filter((g): g is typeof g & { review_date: string } => g.review_date !== null && g.review_date >= today && (g.status === 'active' || g.status === 'paused'))
        .sort((a, b) => a.review_date.localeCompare(b.review_date))
        .map((g) => ({ goalId: g.goal_id, title: g.title, reviewDate: g.review_date })),
    },
    recentChanges: changes.map(presentHistoryItem),
    transition: transition
      ? { startedOn: transition.started_on, responsibleName: transition.responsible_name, parentsInvolved: transition.parents_involved, adultServicesContact: transition.adult_services_contact }
      : null,
  };
}
