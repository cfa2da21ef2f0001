import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/**
 * The reads of the whole-situation overview that are not the plan's own. The citizen, and — for the citizen and
 * the team — the network, the team and the transition plan come back in one statement: the overview is read often.
 */
export async function findOverviewCitizen(trx: Tx, tenantId: string, citizenId: string, withCircle: boolean) {
  return trx
    .selectFrom('citizen as c')
    .leftJoin('app_user as cp', (join) => join.onRef('cp.tenant_id', '=', 'c.tenant_id').onRef('cp.user_id', '=', 'c.contact_person_user_id'))
    .select(['c.citizen_id', 'c.first_name', 'c.last_name', 'c.birth_date', 'c.communication_needs', 'c.contact_person_user_id', 'cp.display_name as contact_person_name'])
    .$if(withCircle, (qb) =>
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
    .where('c.citizen_id', '=', citizenId)
    .executeTakeFirst();
}

/** The steps of the citizen's goals with just what progress and the next step need. */
export async function listStepSummaries(trx: Tx, tenantId: string, citizenId: string) {
  return trx
    .selectFrom('step')
    .select(['step_id', 'goal_id', 'text', 'who_helps', 'due_date', 'status', 'sort_order'])
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .orderBy('goal_id')
    .orderBy('sort_order')
    .orderBy('step_id')
    .execute();
}
