import { birthDateFromCpr, normaliseCpr } from '../../src/domain/cpr.js';
import type { PlanPart } from '../../src/domain/plan-parts.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { cprProtection } from '../../src/platform/crypto/cpr-protection.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Citizens, teams, network members and consents inserted directly as the owner, for the citizen-* tests.
 * Independent of the demo seed's citizens: it links records to the demo personas itself.
 */
export interface CitizenFactory {
  tenantId(slug?: string): Promise<string>;
  userId(persona: string): Promise<string>;
  unitId(name: string): Promise<string>;
  citizen(input: { cpr: string; firstName?: string; lastName?: string; persona?: string; team?: { persona: string; teamRole: 'contact-person' | 'support-worker' | 'case-officer' | 'other' }[]; targetGroups?: string[]; tenant?: string }): Promise<string>;
  networkMember(citizenId: string, input: { name: string; relation?: string; persona?: string }): Promise<string>;
  consent(citizenId: string, input: { granteeKind: 'network' | 'staff' | 'unit'; granteeId: string; part: PlanPart; level?: 'view' | 'comment'; grantedAt?: Date }): Promise<string>;
}

export function citizenFactory(database: DatabaseHandle, cprKey: string): CitizenFactory {
  const db = database.db;
  const cpr = cprProtection(cprKey);
  const tenantId = async (slug = 'randers') => (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
  const userId = async (persona: string) => (await db.selectFrom('app_user').select('user_id').where('demo_key', '=', persona).executeTakeFirstOrThrow()).user_id;
  const unitId = async (name: string) => (await db.selectFrom('org_unit').select('unit_id').where('name', '=', name).executeTakeFirstOrThrow()).unit_id;
  return {
    tenantId,
    userId,
    unitId,
    async citizen(input) {
      const tenant = await tenantId(input.tenant);
      const digits = normaliseCpr(input.cpr);
      if (!digits) throw new Error(`factory: bad CPR ${input.cpr}`);
      const citizenId = newId();
      const now = new Date();
      const linkedUser = input.persona ? await userId(input.persona) : null;
      // The persona's login moves to this record (the demo seed may have linked it to its own citizen).
      if (linkedUser) await db.updateTable('citizen').set({ user_id: null }).where('user_id', '=', linkedUser).execute();
      await db
        .insertInto('citizen')
        .values({
          tenant_id: tenant,
          citizen_id: citizenId,
          user_id: linkedUser,
          first_name: input.firstName ?? 'Test',
          last_name: input.lastName ?? 'Borger',
          birth_date: birthDateFromCpr(digits)!,
          cpr_encrypted: cpr.encrypt(tenant, digits),
          cpr_search_hash: cpr.searchHash(tenant, digits),
          address_line: null,
          postal_code: null,
          city: null,
          phone: null,
          email: null,
          interpreter_language: null,
          contact_person_user_id: null,
          target_groups: input.targetGroups ?? [],
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const member of input.team ?? []) {
        await db.insertInto('citizen_team_member').values({ tenant_id: tenant, citizen_id: citizenId, user_id: await userId(member.persona), team_role: member.teamRole, added_at: now }).execute();
      }
      return citizenId;
    },
    async networkMember(citizenId, input) {
      const row = await db.selectFrom('citizen').select('tenant_id').where('citizen_id', '=', citizenId).executeTakeFirstOrThrow();
      const memberId = newId();
      const now = new Date();
      await db
        .insertInto('network_member')
        .values({
          tenant_id: row.tenant_id,
          member_id: memberId,
          citizen_id: citizenId,
          name: input.name,
          relation: input.relation ?? 'mor',
          phone: null,
          email: null,
          user_id: input.persona ? await userId(input.persona) : null,
          invitation_code_hash: null,
          invitation_expires_at: null,
          removed_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return memberId;
    },
    async consent(citizenId, input) {
      const row = await db.selectFrom('citizen').select('tenant_id').where('citizen_id', '=', citizenId).executeTakeFirstOrThrow();
      const consentId = newId();
      await db
        .insertInto('consent')
        .values({ tenant_id: row.tenant_id, consent_id: consentId, citizen_id: citizenId, grantee_kind: input.granteeKind, grantee_id: input.granteeId, part: input.part, level: input.level ?? 'view', granted_at: input.grantedAt ?? new Date(Date.now() - 60_000), granted_by: null, withdrawn_at: null, withdrawn_by: null })
        .execute();
      return consentId;
    },
  };
}
