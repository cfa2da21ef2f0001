import type { InferResult } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { PlanPart } from '../../domain/plan-parts.js';
import { QueryTemplate } from '../../platform/db/query-template.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

export interface OverviewScope {
  /** The citizen and the team also get the network, the team, the transition plan and the referrals. */
  withCircle: boolean;
  domains: readonly string[];
  parts: readonly PlanPart[];
  showMeetings: boolean;
  now: Date;
  upcomingMeetings: number;
  recentChanges: number;
  recentReferrals: number;
}

/**
 * The whole-situation overview in one statement: the citizen with — as JSON — the goals of the visible domains and
 * their steps, the upcoming meetings, the latest changes to the visible parts, and for the citizen and the team the
 * network, the team and the transition plan. The overview is read often (DOMAIN §3 "helhedsplan"); each part uses
 * the index on (tenant_id, citizen_id, …) of its table. Instants inside the JSON arrive as ISO strings.
 */
export async function loadOverview(trx: Tx, tenantId: string, citizenId: string, scope: OverviewScope): Promise<OverviewRow | undefined> {
  const [row] = await overviewTemplate(trx, scope).execute(trx, {
    tenantId,
    citizenId,
    now: scope.now,
    upcomingMeetings: scope.upcomingMeetings,
    recentChanges: scope.recentChanges,
    recentReferrals: scope.recentReferrals,
    ...Object.fromEntries(scope.domains.map((domain, i) => [`domain${i}`, domain])),
    ...Object.fromEntries(scope.parts.map((part, i) => [`part${i}`, part])),
  });
  return row;
}

type OverviewQuery = ReturnType<typeof overviewQuery>;
export type OverviewRow = InferResult<OverviewQuery>[number];

/**
 * The statement's text depends only on the shape of the scope (with or without the circle and the meetings, how
 * many domains and parts), so it is built once per shape (platform/db/query-template.ts): building the nested
 * JSON sub-queries cost more CPU than running them.
 */
const templates = new Map<string, QueryTemplate<OverviewRow>>();

function overviewTemplate(trx: Tx, scope: OverviewScope): QueryTemplate<OverviewRow> {
  const key = `${scope.withCircle ? 1 : 0}${scope.showMeetings ? 1 : 0}:${scope.domains.length}:${scope.parts.length}`;
  let template = templates.get(key);
  if (!template) {
    template = QueryTemplate.compile((param) =>
      overviewQuery(trx, param('tenantId'), param('citizenId'), {
        withCircle: scope.withCircle,
        showMeetings: scope.showMeetings,
        domains: scope.domains.map((_, i) => param<string>(`domain${i}`)),
        parts: scope.parts.map((_, i) => param<PlanPart>(`part${i}`)),
        now: param('now'),
        upcomingMeetings: param('upcomingMeetings'),
        recentChanges: param('recentChanges'),
        recentReferrals: param('recentReferrals'),
      }),
    );
    templates.set(key, template);
  }
  return template;
}

function overviewQuery(trx: Tx, tenantId: string, citizenId: string, scope: OverviewScope) {
  return trx
    .selectFrom('citizen as c')
    .leftJoin('app_user as cp', (join) => join.onRef('cp.tenant_id', '=', 'c.tenant_id').onRef('cp.user_id', '=', 'c.contact_person_user_id'))
    .select(['c.citizen_id', 'c.first_name', 'c.last_name', 'c.birth_date', 'c.communication_needs', 'c.contact_person_user_id', 'cp.display_name as contact_person_name'])
    .$if(scope.domains.length > 0, (qb) =>
      qb.select((eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('goal as g')
            .select(['g.goal_id', 'g.domain', 'g.title', 'g.status', 'g.goal_type', 'g.citizen_rating', 'g.review_date'])
            .select((s) =>
              jsonArrayFrom(
                s
                  .selectFrom('step as st')
                  .select(['st.step_id', 'st.text', 'st.who_helps', 'st.due_date', 'st.status'])
                  .whereRef('st.tenant_id', '=', 'g.tenant_id')
                  .whereRef('st.goal_id', '=', 'g.goal_id')
                  .orderBy('st.sort_order')
                  .orderBy('st.step_id'),
              ).as('steps'),
            )
            .whereRef('g.tenant_id', '=', 'c.tenant_id')
            .whereRef('g.citizen_id', '=', 'c.citizen_id')
            .where('g.domain', 'in', scope.domains)
            .orderBy('g.created_at')
            .orderBy('g.goal_id'),
        ).as('goals'),
      ),
    )
    .$if(scope.showMeetings, (qb) =>
      qb.select((eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('plan_meeting as m')
            .selectAll('m')
            .whereRef('m.tenant_id', '=', 'c.tenant_id')
            .whereRef('m.citizen_id', '=', 'c.citizen_id')
            .where('m.starts_at', '>=', scope.now)
            .where('m.status', '=', 'planned')
            .orderBy('m.starts_at')
            .limit(scope.upcomingMeetings),
        ).as('meetings'),
      ),
    )
    .$if(scope.parts.length > 0, (qb) =>
      qb.select((eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('plan_change as pc')
            .leftJoin('app_user as a', (join) => join.onRef('a.tenant_id', '=', 'pc.tenant_id').onRef('a.user_id', '=', 'pc.actor_user_id'))
            .select(['pc.change_id', 'pc.occurred_at', 'pc.part', 'pc.subject_type', 'pc.subject_id', 'pc.operation', 'pc.changes', 'pc.actor_role', 'a.display_name as actor_name'])
            .whereRef('pc.tenant_id', '=', 'c.tenant_id')
            .whereRef('pc.citizen_id', '=', 'c.citizen_id')
            .where('pc.part', 'in', scope.parts)
            .orderBy('pc.occurred_at', 'desc')
            .orderBy('pc.change_id', 'desc')
            .limit(scope.recentChanges),
        ).as('changes'),
      ),
    )
    .$if(scope.withCircle, (qb) =>
      qb.select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('network_member as n')
            .select((n) => ['n.name', 'n.relation', 'n.is_relative', n('n.user_id', 'is not', null).as('has_login')])
            .whereRef('n.tenant_id', '=', 'c.tenant_id')
            .whereRef('n.citizen_id', '=', 'c.citizen_id')
            .where('n.removed_at', 'is', null)
            .orderBy('n.is_relative', 'desc')
            .orderBy('n.name'),
        ).as('network'),
        jsonArrayFrom(
          eb
            .selectFrom('citizen_team_member as t')
            .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.user_id', '=', 't.user_id'))
            .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.unit_id', '=', 'u.org_unit_id'))
            .select(['u.display_name', 'u.title', 'o.name as unit_name', 't.team_role'])
            .whereRef('t.tenant_id', '=', 'c.tenant_id')
            .whereRef('t.citizen_id', '=', 'c.citizen_id')
            .orderBy('t.added_at')
            .orderBy('u.display_name'),
        ).as('team'),
        jsonArrayFrom(
          eb
            .selectFrom('referral as r')
            .innerJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.offer_id', '=', 'r.offer_id'))
            .select(['r.referral_id', 'o.name as offer_name', 'r.state', 'r.sent_at', 'r.answer_due_on'])
            .whereRef('r.tenant_id', '=', 'c.tenant_id')
            .whereRef('r.citizen_id', '=', 'c.citizen_id')
            .orderBy('r.sent_at', 'desc')
            .orderBy('r.referral_id', 'desc')
            .limit(scope.recentReferrals),
        ).as('referrals'),
        jsonObjectFrom(
          eb
            .selectFrom('transition_plan as tp')
            .leftJoin('app_user as r', (join) => join.onRef('r.tenant_id', '=', 'tp.tenant_id').onRef('r.user_id', '=', 'tp.responsible_user_id'))
            .select(['tp.started_on', 'tp.parents_involved', 'tp.adult_services_contact', 'r.display_name as responsible_name'])
            .whereRef('tp.tenant_id', '=', 'c.tenant_id')
            .whereRef('tp.citizen_id', '=', 'c.citizen_id'),
        ).as('transition'),
      ]),
    )
    .where('c.tenant_id', '=', tenantId)
    .where('c.citizen_id', '=', citizenId);
}
