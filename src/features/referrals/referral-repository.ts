import type { Insertable } from 'kysely';
import type { PlanPart } from '../../domain/plan-parts.js';
import type { ReferralState } from '../../domain/referral-state.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { ReferralEventTable, ReferralTable } from '../../platform/db/schema-catalogue.js';
import { newId } from '../../platform/ids.js';

/** The SQL of referrals, their history and the consents given for them. Every query names the tenant. */

export async function findOfferToRefer(trx: Tx, tenantId: string, offerId: string) {
  return trx
    .selectFrom('offer')
    .select(['offer_id', 'name', 'lifecycle', 'self_referral', 'owner_unit_id'])
    .where('tenant_id', '=', tenantId)
    .where('offer_id', '=', offerId)
    .executeTakeFirst();
}

/** A referral of the citizen to the offer that is not closed yet, if any: one open referral per citizen and offer. */
export async function findOpenReferral(trx: Tx, tenantId: string, citizenId: string, offerId: string) {
  return trx
    .selectFrom('referral')
    .select('referral_id')
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('offer_id', '=', offerId)
    .where('state', 'in', ['sent', 'received', 'accepted', 'started'])
    .executeTakeFirst();
}

export async function insertReferral(trx: Tx, values: Insertable<ReferralTable>): Promise<void> {
  await trx.insertInto('referral').values(values).execute();
}

export async function insertReferralEvents(trx: Tx, tenantId: string, referralId: string, steps: { from: ReferralState | null; to: ReferralState; reason: string | null }[], actorUserId: string, at: Date): Promise<void> {
  const rows: Insertable<ReferralEventTable>[] = steps.map((step) => ({
    tenant_id: tenantId,
    event_id: newId(),
    referral_id: referralId,
    from_state: step.from,
    to_state: step.to,
    reason: step.reason,
    actor_user_id: actorUserId,
    occurred_at: at,
  }));
  await trx.insertInto('referral_event').values(rows).execute();
}

/** The consents the citizen gives for the referral: view of each shared part, for the receiving unit. */
export async function insertReferralConsents(trx: Tx, values: { tenantId: string; citizenId: string; referralId: string; unitId: string; parts: readonly PlanPart[]; grantedBy: string; at: Date }): Promise<void> {
  if (values.parts.length === 0) return;
  await trx
    .insertInto('consent')
    .values(
      values.parts.map((part) => ({
        tenant_id: values.tenantId,
        consent_id: newId(),
        citizen_id: values.citizenId,
        grantee_kind: 'unit' as const,
        grantee_id: values.unitId,
        part,
        level: 'view' as const,
        granted_at: values.at,
        granted_by: values.grantedBy,
        withdrawn_at: null,
        withdrawn_by: null,
        referral_id: values.referralId,
      })),
    )
    .execute();
}

/** When a referral closes, the sharing given for it ends too (the citizen can always share again). */
export async function withdrawReferralConsents(trx: Tx, tenantId: string, citizenId: string, referralId: string, by: string, at: Date): Promise<void> {
  await trx
    .updateTable('consent')
    .set({ withdrawn_at: at, withdrawn_by: by })
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('referral_id', '=', referralId)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** One referral with the names it is shown with. */
export async function findReferral(trx: Tx, tenantId: string, referralId: string) {
  return trx
    .selectFrom('referral as r')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.citizen_id', '=', 'r.citizen_id'))
    .innerJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.offer_id', '=', 'r.offer_id'))
    .leftJoin('org_unit as ru', (join) => join.onRef('ru.tenant_id', '=', 'r.tenant_id').onRef('ru.unit_id', '=', 'r.receiving_unit_id'))
    .leftJoin('app_user as s', (join) => join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.user_id', '=', 'r.sender_user_id'))
    .leftJoin('org_unit as su', (join) => join.onRef('su.tenant_id', '=', 'r.tenant_id').onRef('su.unit_id', '=', 'r.sender_unit_id'))
    .selectAll('r')
    .select(['c.first_name', 'c.last_name', 'c.birth_date', 'o.name as offer_name', 'ru.name as receiving_unit_name', 's.display_name as sender_name', 'su.name as sender_unit_name'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.referral_id', '=', referralId)
    .executeTakeFirst();
}
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/** The parts still shared for the referral: its consents not withdrawn. */
export async function activeReferralConsentParts(trx: Tx, tenantId: string, citizenId: string, referralId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('consent')
    .select('part')
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('referral_id', '=', referralId)
    .where('withdrawn_at', 'is', null)
    .execute();
  return rows.map((r) => r.part);
}

/** The parts still shared for each of the given referrals of one citizen. */
export async function activeConsentPartsByReferral(trx: Tx, tenantId: string, citizenId: string, referralIds: readonly string[]): Promise<Map<string, string[]>> {
  const byReferral = new Map<string, string[]>();
  if (referralIds.length === 0) return byReferral;
  const rows = await trx
    .selectFrom('consent')
    .select(['referral_id', 'part'])
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('referral_id', 'in', referralIds)
    .where('withdrawn_at', 'is', null)
    .execute();
  for (const row of rows) if (row.referral_id) byReferral.set(row.referral_id, [...(byReferral.get(row.referral_id) ?? []), row.part]);
  return byReferral;
}

export async function listReferralEvents(trx: Tx, tenantId: string, referralId: string) {
  return trx
    .selectFrom('referral_event as e')
    .leftJoin('app_user as a', (join) => join.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.user_id', '=', 'e.actor_user_id'))
    .select(['e.event_id', 'e.from_state', 'e.to_state', 'e.reason', 'e.occurred_at', 'a.display_name as actor_name'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.referral_id', '=', referralId)
    .orderBy('e.occurred_at')
    .orderBy('e.event_id')
    .execute();
}
export type ReferralEventRow = Awaited<ReturnType<typeof listReferralEvents>>[number];

/** Changes the state only when the stored version is the one the editor read; undefined on a stale version. */
export async function updateReferralStateIfVersion(
  trx: Tx,
  key: { tenantId: string; referralId: string; version: number },
  changes: { state: ReferralState; reason?: string | null; answered_at?: Date },
  now: Date,
) {
  return trx
    .updateTable('referral')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('referral_id', '=', key.referralId)
    .where('version', '=', key.version)
    .returning(['referral_id', 'version'])
    .executeTakeFirst();
}

/** The summary columns every list shows. */
function summaryQuery(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('referral as r')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.citizen_id', '=', 'r.citizen_id'))
    .innerJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.offer_id', '=', 'r.offer_id'))
    .leftJoin('org_unit as ru', (join) => join.onRef('ru.tenant_id', '=', 'r.tenant_id').onRef('ru.unit_id', '=', 'r.receiving_unit_id'))
    .leftJoin('app_user as s', (join) => join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.user_id', '=', 'r.sender_user_id'))
    .select([
      'r.referral_id',
      'r.citizen_id',
      'r.offer_id',
      'r.receiving_unit_id',
      'r.kind',
      'r.state',
      'r.reason',
      'r.shared_parts',
      'r.sent_at',
      'r.answer_due_on',
      'r.version',
      'c.first_name',
      'c.last_name',
      'o.name as offer_name',
      'ru.name as receiving_unit_name',
      's.display_name as sender_name',
    ])
    .where('r.tenant_id', '=', tenantId)
    .orderBy('r.sent_at', 'desc')
    .orderBy('r.referral_id', 'desc');
}
export type ReferralSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/** The unit and every unit above it: the units whose referrals its staff receive (org trees have no cycles). */
export async function unitAndAboveIds(trx: Tx, tenantId: string, unitId: string): Promise<string[]> {
  const rows = await trx
    .withRecursive('chain(unit_id, parent_unit_id)', (db) =>
      db
        .selectFrom('org_unit')
        .select(['unit_id', 'parent_unit_id'])
        .where('tenant_id', '=', tenantId)
        .where('unit_id', '=', unitId)
        .union(db.selectFrom('org_unit as u').innerJoin('chain', 'chain.parent_unit_id', 'u.unit_id').select(['u.unit_id', 'u.parent_unit_id']).where('u.tenant_id', '=', tenantId)),
    )
    .selectFrom('chain')
    .select('chain.unit_id')
    .execute();
  return rows.map((r) => r.unit_id);
}

/**
 * Referrals to the given units: the actor's unit and the units above it, as the staff of a unit's sub-units act
 * for it (the same rule as the access gate's, platform/access/citizen-access.ts).
 */
export async function listReceivedReferrals(trx: Tx, tenantId: string, unitIds: readonly string[], state: ReferralState | undefined, limit: number): Promise<ReferralSummaryRow[]> {
  if (unitIds.length === 0) return [];
  return summaryQuery(trx, tenantId)
    .where('r.receiving_unit_id', 'in', unitIds)
    .$if(state !== undefined, (qb) => qb.where('r.state', '=', state!))
    .limit(limit)
    .execute();
}

/** The actor's own referrals, of citizens whose team they are still on (the team is what gives them access). */
export async function listSentReferrals(trx: Tx, tenantId: string, userId: string, state: ReferralState | undefined, limit: number): Promise<ReferralSummaryRow[]> {
  return summaryQuery(trx, tenantId)
    .where('r.sender_user_id', '=', userId)
    .where('r.kind', '=', 'worker')
    .where((eb) =>
      eb.exists(eb.selectFrom('citizen_team_member as t').select('t.user_id').whereRef('t.tenant_id', '=', 'r.tenant_id').whereRef('t.citizen_id', '=', 'r.citizen_id').where('t.user_id', '=', userId)),
    )
    .$if(state !== undefined, (qb) => qb.where('r.state', '=', state!))
    .limit(limit)
    .execute();
}

export async function listReferralsOfCitizen(trx: Tx, tenantId: string, citizenId: string): Promise<ReferralSummaryRow[]> {
  return summaryQuery(trx, tenantId).where('r.citizen_id', '=', citizenId).execute();
}

/** The citizen record of a logged-in citizen. */
export async function findOwnCitizenId(trx: Tx, tenantId: string, userId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return row?.citizen_id;
}

/** Every event of the given referrals, for the citizen's own page (one statement for the whole list). */
export async function listEventsOfReferrals(trx: Tx, tenantId: string, referralIds: readonly string[]) {
  if (referralIds.length === 0) return [];
  return trx
    .selectFrom('referral_event')
    .select(['referral_id', 'to_state', 'occurred_at'])
    .where('tenant_id', '=', tenantId)
    .where('referral_id', 'in', referralIds)
    .orderBy('occurred_at')
    .orderBy('event_id')
    .execute();
}
