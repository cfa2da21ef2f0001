import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { VolunteerOpportunityTable } from '../../platform/db/schema-volunteers.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The SQL of volunteer opportunities. */

export type OpportunityRow = Selectable<VolunteerOpportunityTable> & { open_applications: number };

function opportunitiesWithCounts(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('volunteer_opportunity as o')
    .selectAll('o')
    .select((eb) =>
      eb
        .selectFrom('volunteer_application as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.tenant_id', '=', 'o.tenant_id')
        .whereRef('a.opportunity_id', '=', 'o.opportunity_id')
        .where('a.status', '=', 'received')
        .as('open_applications'),
    )
    .where('o.tenant_id', '=', tenantId);
}

const counted = (row: Selectable<VolunteerOpportunityTable> & { open_applications: number | string | null }): OpportunityRow => ({ ...row, open_applications: Number(row.open_applications ?? 0) });

/** Published opportunities, newest first; `area` matches words anywhere in the area (case-insensitive). */
export async function listPublishedOpportunities(trx: Tx, tenantId: string, filter: { kind?: string | undefined; area?: string | undefined }): Promise<Selectable<VolunteerOpportunityTable>[]> {
  let query = trx.selectFrom('volunteer_opportunity').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'published');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.area) query = query.where('area', 'ilike', `%${filter.area.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return query.orderBy('created_at', 'desc').orderBy('opportunity_id', 'desc').limit(200).execute();
}

export async function findPublishedOpportunity(trx: Tx, tenantId: string, opportunityId: string) {
  return trx.selectFrom('volunteer_opportunity').selectAll().where('tenant_id', '=', tenantId).where('opportunity_id', '=', opportunityId).where('status', '=', 'published').executeTakeFirst();
}

/** Every opportunity for the coordinator: drafts and published first, then archived; newest first within. */
export async function listAllOpportunities(trx: Tx, tenantId: string): Promise<OpportunityRow[]> {
  const rows = await opportunitiesWithCounts(trx, tenantId)
    .orderBy(sql`o.status = 'archived'`)
    .orderBy('o.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(counted);
}

export async function findOpportunity(trx: Tx, tenantId: string, opportunityId: string): Promise<OpportunityRow | undefined> {
  const row = await opportunitiesWithCounts(trx, tenantId).where('o.opportunity_id', '=', opportunityId).executeTakeFirst();
  return row && counted(row);
}

export async function insertOpportunity(trx: Tx, row: Insertable<VolunteerOpportunityTable>): Promise<void> {
  await trx.insertInto('volunteer_opportunity').values(row).execute();
}

/** Saves a change made on the version read; undefined when someone saved in between (nothing is changed then). */
export async function updateOpportunityIfVersion(trx: Tx, key: { tenantId: string; opportunityId: string; version: number }, changes: Updateable<VolunteerOpportunityTable>, now: Date): Promise<number | undefined> {
  const row = await trx
    .updateTable('volunteer_opportunity')
    .set({ ...changes, updated_at: now, version: sql<number>`version + 1` })
    .where('tenant_id', '=', key.tenantId)
    .where('opportunity_id', '=', key.opportunityId)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}
