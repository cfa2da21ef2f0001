import type { Overview } from '../../contracts/plan.js';
import { ageOn } from '../../domain/age.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { maskedCprFromBirthDate } from '../../domain/cpr.js';
import { planParts, type LifeDomain, type PlanPart } from '../../domain/plan-parts.js';
import { answerKey } from '../../platform/cache/answer-cache.js';
import { citizenOverviews, citizenScope } from '../../platform/cache/citizen-answers.js';
import { isReferralOverdue } from '../../domain/referral-state.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { loadOverview } from './overview-repository.js';
import { authorizePlanRead, visibleDomains } from './plan-access.js';
import type { MeetingRow } from './plan-repository.js';
import { goalProgressOf, presentHistoryItem, presentMeeting } from './present-plan.js';

const UPCOMING_MEETINGS = 5;
const RECENT_CHANGES = 10;
const RECENT_REFERRALS = 10;

/**
 * The whole-situation overview ("helhedsplan"): one screen with the goals and steps across the life domains, the
 * network and the team, upcoming meetings and reviews, the latest changes and the referrals. The citizen and the
 * team see it all; a reader by consent sees only the shared parts (no CPR, network, team, transition plan or
 * referrals). Two statements besides the access check, whatever the size of the plan.
 *
 * The answer is kept for `keepForMs` per citizen and per what the reader may see (platform/cache/citizen-answers.ts):
 * a team reads it far more often than it changes, and every change about the citizen forgets it. The access check
 * and its audit entry run on every read all the same.
 */
export async function getOverview(ctx: Ctx, citizenId: string, options: { keepForMs: number } = { keepForMs: 0 }): Promise<Overview> {
  const access = await authorizePlanRead(ctx, citizenId, 'overview');
  const scope = {
    withCircle: access.relation === 'self' || access.relation === 'team',
    domains: visibleDomains(access),
    parts: planParts.filter((p) => access.visibleParts.has(p)),
    showMeetings: access.visibleParts.has('meetings'),
  };
  const citizen = citizenScope(ctx.tenantId, citizenId);
  // "Upcoming" and "recent" move with the clock: a kept answer is for the day it was made.
  const key = answerKey({ ...scope, today: copenhagenToday(ctx.now) });
  const kept = citizenOverviews.find(citizen, key, ctx.now.getTime());
  if (kept) return kept;
  const generation = citizenOverviews.generation(citizen);
  const overview = await buildOverview(ctx, citizenId, scope);
  citizenOverviews.keep(citizen, key, overview, generation, ctx.now.getTime(), options.keepForMs);
  return overview;
}

async function buildOverview(ctx: Ctx, citizenId: string, scope: { withCircle: boolean; domains: LifeDomain[]; parts: PlanPart[]; showMeetings: boolean }): Promise<Overview> {
  const fullAccess = scope.withCircle;
  const domains = scope.domains;
  const today = copenhagenToday(ctx.now);
  const row = await loadOverview(ctx.trx, ctx.tenantId, citizenId, {
    withCircle: fullAccess,
    domains,
    parts: scope.parts,
    showMeetings: scope.showMeetings,
    now: ctx.now,
    upcomingMeetings: UPCOMING_MEETINGS,
    recentChanges: RECENT_CHANGES,
    recentReferrals: RECENT_REFERRALS,
  });
  if (!row) throw new AppError('not_found');
  const goals = row.goals ?? [];

  return {
    citizen: {
      id: row.citizen_id,
      firstName: row.first_name,
      lastName: row.last_name,
      age: ageOn(row.birth_date, today),
      // The masked number is the birth date, so it needs no decryption.
      cprMasked: fullAccess ? maskedCprFromBirthDate(row.birth_date) : null,
      communicationNeeds: row.communication_needs,
      contactPerson: row.contact_person_user_id ? { userId: row.contact_person_user_id, name: row.contact_person_name ?? '' } : null,
    },
    domains: domains.map((domain) => ({
      domain,
      goals: goals
        .filter((g) => g.domain === domain)
        .map((g) => {
          const next = g.steps.find((s) => s.status === 'planned');
          return {
            id: g.goal_id,
            title: g.title,
            status: g.status,
            ...goalProgressOf(g, g.steps),
            nextStep: next ? { id: next.step_id, text: next.text, dueDate: next.due_date, whoHelps: next.who_helps } : null,
          };
        }),
    })),
    network: (row.network ?? []).map((n) => ({ name: n.name, relation: n.relation, isRelative: n.is_relative, hasLogin: Boolean(n.has_login) })),
    team: (row.team ?? []).map((t) => ({ name: t.display_name, title: t.title, unitName: t.unit_name, teamRole: t.team_role })),
    upcoming: {
      meetings: (row.meetings ?? []).map((m) => presentMeeting({ ...m, starts_at: new Date(m.starts_at), created_at: new Date(m.created_at), updated_at: new Date(m.updated_at) } as MeetingRow)),
      reviews: goals
        .filter((g): g is typeof g & { review_date: string } => g.review_date !== null && g.review_date >= today && (g.status === 'active' || g.status === 'paused'))
        .sort((a, b) => a.review_date.localeCompare(b.review_date))
        .map((g) => ({ goalId: g.goal_id, title: g.title, reviewDate: g.review_date })),
    },
    recentChanges: (row.changes ?? []).map((ch) => presentHistoryItem({ ...ch, occurred_at: new Date(ch.occurred_at) })),
    transition: row.transition
      ? { startedOn: row.transition.started_on, responsibleName: row.transition.responsible_name, parentsInvolved: row.transition.parents_involved, adultServicesContact: row.transition.adult_services_contact }
      : null,
    referrals: (row.referrals ?? []).map((r) => ({ id: r.referral_id, offerName: r.offer_name, state: r.state, sentAt: new Date(r.sent_at).toISOString(), overdue: isReferralOverdue(r.state, r.answer_due_on, today) })),
  };
}
