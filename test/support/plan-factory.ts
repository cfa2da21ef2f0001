import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { newId } from '../../src/platform/ids.js';

/**
 * A citizen for the plan tests, inserted as the owner in the demo municipality 'randers': linked to the
 * 'mikkel' login, with 'anders' (support-worker) on the team and a network member linked to 'louise', whose
 * consents are given by `consents` (default: view of domain:housing only). Independent of the demo citizens.
 */
export interface PlanCitizen {
  tenantId: string;
  citizenId: string;
  memberId: string;
  users: { mikkel: string; anders: string; louise: string };
}

async function userId(database: DatabaseHandle, tenantId: string, persona: string): Promise<string> {
  const row = await database.db.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', persona).executeTakeFirstOrThrow();
  return row.user_id;
}

export async function insertPlanCitizen(database: DatabaseHandle, options: { consents?: { part: string; level: 'view' | 'comment' }[]; now?: Date } = {}): Promise<PlanCitizen> {
  const now = options.now ?? new Date();
  const granted = new Date(now.getTime() - 60_000);
  const tenant = await database.db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow();
  const tenantId = tenant.tenant_id;
  const users = { mikkel: await userId(database, tenantId, 'mikkel'), anders: await userId(database, tenantId, 'anders'), louise: await userId(database, tenantId, 'louise') };
  const citizenId = newId();
  const memberId = newId();
  await database.db.transaction().execute(async (trx) => {
    // One citizen record per login: when the demo data already links mikkel, this test's citizen takes the link over.
    await trx.updateTable('citizen').set({ user_id: null }).where('tenant_id', '=', tenantId).where('user_id', '=', users.mikkel).execute();
    await trx
      .insertInto('citizen')
      .values({ tenant_id: tenantId, citizen_id: citizenId, user_id: users.mikkel, first_name: 'Mikkel', last_name: 'Testesen', birth_date: '1991-04-12', communication_needs: ['easy-read', 'pictograms'], contact_person_user_id: users.anders, created_at: now, updated_at: now })
      .execute();
    await trx.insertInto('citizen_team_member').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: users.anders, team_role: 'support-worker', added_at: now }).execute();
    await trx
      .insertInto('network_member')
      .values({ tenant_id: tenantId, member_id: memberId, citizen_id: citizenId, name: 'Louise Testesen', relation: 'søster', is_relative: true, phone: null, email: null, user_id: users.louise, invitation_code_hash: null, invitation_expires_at: null, created_at: now, updated_at: now, removed_at: null })
      .execute();
    for (const consent of options.consents ?? [{ part: 'domain:housing', level: 'view' }]) {
      await trx
        .insertInto('consent')
        .values({ tenant_id: tenantId, consent_id: newId(), citizen_id: citizenId, grantee_kind: 'network', grantee_id: memberId, part: consent.part, level: consent.level, granted_at: granted, granted_by: users.mikkel, withdrawn_at: null, withdrawn_by: null })
        .execute();
    }
  });
  return { tenantId, citizenId, memberId, users };
}

/** The citizen withdraws every consent given to the network member, from this moment. */
export async function withdrawConsents(database: DatabaseHandle, citizen: PlanCitizen, at = new Date()): Promise<void> {
  await database.db
    .updateTable('consent')
    .set({ withdrawn_at: at, withdrawn_by: citizen.users.mikkel })
    .where('tenant_id', '=', citizen.tenantId)
    .where('citizen_id', '=', citizen.citizenId)
    .where('grantee_id', '=', citizen.memberId)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** The plan_change rows of one subject, oldest first, read as the owner. */
export async function planChangesOf(database: DatabaseHandle, subjectId: string) {
  return database.db.selectFrom('plan_change').selectAll().where('subject_id', '=', subjectId).orderBy('occurred_at').orderBy('change_id').execute();
}
