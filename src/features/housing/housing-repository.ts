import { sql, type Updateable } from 'kysely';
import type { HousingProjectTable } from '../../platform/db/schema-finance.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/**
 * SQL for housing capacity. Every query runs in the request's tenant transaction (row-level security) and filters on
 * the tenant as well. Placements are live residential decisions (`granted_service.residential`, not withdrawn); they
 * are counted, never listed, so nothing here returns a citizen.
 */

export interface ResidentialOfferRow {
  offer_id: string;
  name: string;
  legal_basis: string | null;
  offer_type: string | null;
  lifecycle: 'published' | 'archived';
  capacity_places: number | null;
  capacity_free: number | null;
  waiting_list: number | null;
  provider: string;
  provider_kind: string;
  occupied: number;
}

/**
 * The residential offers (domain/residential-offers.ts: the paragraphs and FFB types are passed in) with the
 * municipality's citizens living there on `day`. Drafts are plans, not places; an archived offer is kept while
 * citizens still live there.
 */
export async function residentialOffersOn(trx: Tx, tenantId: string, day: string, rule: { paragraphs: readonly string[]; offerTypes: readonly string[]; paragraphPattern: string }): Promise<ResidentialOfferRow[]> {
  const result = await sql<ResidentialOfferRow>`
    WITH living AS (
      SELECT g.offer_id, count(*)::int AS occupied
        FROM granted_service g
       WHERE g.tenant_id = ${tenantId} AND g.offer_id IS NOT NULL AND g.residential AND g.cancelled_at IS NULL
         AND g.period_from <= ${day}::date AND (g.period_to IS NULL OR g.period_to >= ${day}::date)
       GROUP BY g.offer_id
    ), residential AS (
      SELECT o.offer_id, o.name, o.legal_basis, o.offer_type, o.lifecycle, o.capacity_places, o.capacity_free, o.waiting_list,
             org.name AS provider, org.kind AS provider_kind, coalesce(living.occupied, 0) AS occupied
        FROM offer o
        JOIN organization org ON org.tenant_id = o.tenant_id AND org.organization_id = o.organization_id
        LEFT JOIN living ON living.offer_id = o.offer_id
       WHERE o.tenant_id = ${tenantId}
         AND o.lifecycle <> 'draft'
         AND (o.offer_type = ANY(${rule.offerTypes as string[]}::text[])
              OR substring(o.legal_basis FROM ${rule.paragraphPattern}) = ANY(${rule.paragraphs as string[]}::text[]))
    )
    SELECT * FROM residential WHERE lifecycle = 'published' OR occupied > 0 ORDER BY name, offer_id`.execute(trx);
  return result.rows;
}

export interface PlacementCountRow {
  day: string;
  placements: number;
  own: number;
  inside: number;
}

/**
 * For each reference day, the residential placements active that day: all of them, those in the municipality's own
 * offers, and those inside its borders. One statement for all days; a day without placements counts zero.
 */
export async function placementCountsOn(trx: Tx, tenantId: string, days: readonly string[]): Promise<PlacementCountRow[]> {
  const result = await sql<PlacementCountRow>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
           count(g.service_id)::int AS placements,
           count(g.service_id) FILTER (WHERE g.provider_kind = 'own')::int AS own,
           count(g.service_id) FILTER (WHERE g.placement = 'inside')::int AS inside
      FROM unnest(${days as string[]}::date[]) AS d(day)
      LEFT JOIN granted_service g
        ON g.tenant_id = ${tenantId} AND g.residential AND g.cancelled_at IS NULL
       AND g.period_from <= d.day AND (g.period_to IS NULL OR g.period_to >= d.day)
     GROUP BY d.day
     ORDER BY d.day`.execute(trx);
  return result.rows;
}

const projectColumns = ['project_id', 'name', 'address', 'description', 'status', 'place_changes', 'starts_on', 'done_on', 'version', 'updated_at'] as const;

export async function listProjects(trx: Tx, tenantId: string) {
  return trx.selectFrom('housing_project').select(projectColumns).where('tenant_id', '=', tenantId).execute();
}
export type HousingProjectRow = Awaited<ReturnType<typeof listProjects>>[number];

export async function findProject(trx: Tx, tenantId: string, projectId: string): Promise<HousingProjectRow | undefined> {
  return trx.selectFrom('housing_project').select(projectColumns).where('tenant_id', '=', tenantId).where('project_id', '=', projectId).executeTakeFirst();
}

/** Saves a change if the project is still at `version`; false when someone saved in between. */
export async function updateProjectIfVersion(trx: Tx, key: { tenantId: string; projectId: string; version: number }, changes: Updateable<HousingProjectTable>, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('housing_project')
    .set({ ...changes, version: key.version + 1, updated_at: now })
    .where('tenant_id', '=', key.tenantId)
    .where('project_id', '=', key.projectId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
