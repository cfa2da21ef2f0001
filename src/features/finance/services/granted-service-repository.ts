import type { Insertable, Selectable, Updateable } from 'kysely';
import type { GrantedServiceTable, GrantedServiceVersionTable } from '../../../platform/db/schema-finance.js';
import type { Tx } from '../../../platform/db/tenant-transaction.js';

/** The SQL of decisions on services (granted_service and its versions). */

export type GrantedServiceRow = Selectable<GrantedServiceTable> & { offer_name: string | null; paying_unit_name: string | null; decided_by_name: string | null };

function servicesWithNames(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('granted_service as g')
    .leftJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'g.tenant_id').onRef('o.offer_id', '=', 'g.offer_id'))
    .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.unit_id', '=', 'g.paying_unit_id'))
    .leftJoin('app_user as d', (join) => join.onRef('d.tenant_id', '=', 'g.tenant_id').onRef('d.user_id', '=', 'g.decided_by'))
    .selectAll('g')
    .select(['o.name as offer_name', 'u.name as paying_unit_name', 'd.display_name as decided_by_name'])
    .where('g.tenant_id', '=', tenantId);
}

export async function findService(trx: Tx, tenantId: string, citizenId: string, serviceId: string): Promise<GrantedServiceRow | undefined> {
  return servicesWithNames(trx, tenantId).where('g.citizen_id', '=', citizenId).where('g.service_id', '=', serviceId).executeTakeFirst();
}

/** The citizen's decisions, the latest period first. */
export async function listServicesOfCitizen(trx: Tx, tenantId: string, citizenId: string): Promise<GrantedServiceRow[]> {
  return servicesWithNames(trx, tenantId).where('g.citizen_id', '=', citizenId).orderBy('g.period_from', 'desc').orderBy('g.service_id', 'desc').execute();
}

/**
 * Holds the citizen's row until the transaction ends, so two decisions for the same citizen are checked for overlap
 * one after the other and cannot both slip past the check. FOR NO KEY UPDATE does not block rows that only refer to it.
 */
export async function lockCitizenForDecisions(trx: Tx, tenantId: string, citizenId: string): Promise<void> {
  await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).forNoKeyUpdate().execute();
}

export async function findOfferForDecision(trx: Tx, tenantId: string, offerId: string) {
  return trx.selectFrom('offer').select(['offer_id', 'name', 'legal_basis', 'lifecycle']).where('tenant_id', '=', tenantId).where('offer_id', '=', offerId).executeTakeFirst();
}

export async function unitExists(trx: Tx, tenantId: string, unitId: string): Promise<boolean> {
  return (await trx.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('unit_id', '=', unitId).executeTakeFirst()) !== undefined;
}

/** The unit and every unit above it, the unit itself first (the org tree has no cycles: domain/org-tree.ts). */
export async function unitChain(trx: Tx, tenantId: string, unitId: string): Promise<{ unit_id: string; kind: string; depth: number }[]> {
  return trx
    .withRecursive('chain(unit_id, parent_unit_id, kind, depth)', (db) =>
      db
        .selectFrom('org_unit')
        .select(['unit_id', 'parent_unit_id', 'kind', (eb) => eb.lit(0).as('depth')])
        .where('tenant_id', '=', tenantId)
        .where('unit_id', '=', unitId)
        .unionAll(
          db
            .selectFrom('org_unit as o')
            .innerJoin('chain', 'chain.parent_unit_id', 'o.unit_id')
            .select(['o.unit_id', 'o.parent_unit_id', 'o.kind', (eb) => eb(eb.ref('chain.depth'), '+', 1).as('depth')])
            .where('o.tenant_id', '=', tenantId),
        ),
    )
    .selectFrom('chain')
    .select(['unit_id', 'kind', 'depth'])
    .orderBy('depth')
    .execute();
}

/** The municipality's centres, which carry budgets. */
export async function listCentres(trx: Tx, tenantId: string): Promise<{ unit_id: string; name: string }[]> {
  return trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).where('kind', '=', 'centre').where('active', '=', true).orderBy('name').execute();
}

/**
 * The citizen's decisions in force (not withdrawn) whose period shares a day with the given one (both ends included,
 * an open end running until further notice), other than `exceptServiceId`. Whether one is about the same service is
 * the domain's rule (isSameService).
 */
export async function listOverlappingDecisions(trx: Tx, q: { tenantId: string; citizenId: string; exceptServiceId: string | null; periodFrom: string; periodTo: string | null }) {
  const farFuture = '9999-12-31';
  return trx
    .selectFrom('granted_service as g')
    .select(['g.service_id', 'g.offer_id', 'g.service_name', 'g.legal_basis', 'g.period_from', 'g.period_to'])
    .where('g.tenant_id', '=', q.tenantId)
    .where('g.citizen_id', '=', q.citizenId)
    .where('g.cancelled_at', 'is', null)
    .$if(q.exceptServiceId !== null, (qb) => qb.where('g.service_id', '<>', q.exceptServiceId!))
    .where('g.period_from', '<=', q.periodTo ?? farFuture)
    .where((eb) => eb(eb.fn.coalesce('g.period_to', eb.val(farFuture)), '>=', q.periodFrom))
    .orderBy('g.period_from')
    .execute();
}

export async function insertService(trx: Tx, row: Insertable<GrantedServiceTable>): Promise<void> {
  await trx.insertInto('granted_service').values(row).execute();
}

/** Saves the changes if the decision is still at `version`; returns the new version, or undefined when it was not. */
export async function updateServiceIfVersion(trx: Tx, key: { tenantId: string; serviceId: string; version: number }, changes: Updateable<GrantedServiceTable>, now: Date): Promise<number | undefined> {
  const row = await trx
    .updateTable('granted_service')
    .set({ ...changes, version: key.version + 1, updated_at: now })
    .where('tenant_id', '=', key.tenantId)
    .where('service_id', '=', key.serviceId)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function insertServiceVersion(trx: Tx, row: Insertable<GrantedServiceVersionTable>): Promise<void> {
  await trx.insertInto('granted_service_version').values(row).execute();
}

/** Every saved version of a decision, newest first, with the name of who saved it. */
export async function listServiceVersions(trx: Tx, tenantId: string, serviceId: string) {
  return trx
    .selectFrom('granted_service_version as v')
    .leftJoin('app_user as a', (join) => join.onRef('a.tenant_id', '=', 'v.tenant_id').onRef('a.user_id', '=', 'v.changed_by'))
    .select(['v.version', 'v.snapshot', 'v.changed_by', 'v.changed_at', 'a.display_name as changed_by_name'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.service_id', '=', serviceId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** Names of offers and units, to say a history's ids in words. */
export async function namesOf(trx: Tx, tenantId: string, ids: { offerIds: string[]; unitIds: string[] }): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.offerIds.length > 0) {
    for (const r of await trx.selectFrom('offer').select(['offer_id', 'name']).where('tenant_id', '=', tenantId).where('offer_id', 'in', ids.offerIds).execute()) names.set(r.offer_id, r.name);
  }
  if (ids.unitIds.length > 0) {
    for (const r of await trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).where('unit_id', 'in', ids.unitIds).execute()) names.set(r.unit_id, r.name);
  }
  return names;
}
