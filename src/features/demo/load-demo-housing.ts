import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { housingProjectStatuses } from '../../domain/housing-plan.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The demo's Housing plan II projects (seed/housing-projects.json, DOMAIN §5.8). The placements the self-sufficiency
 * rate is counted from are granted services, seeded with the demo's citizens; this loads only the plan.
 */

const seedFile = fileURLToPath(new URL('../../../seed/housing-projects.json', import.meta.url));

const calendarDate = z.iso.date();
const projectSchema = z.strictObject({
  name: z.string().min(1).max(200),
  address: z.string().max(300).nullable(),
  description: z.string().max(4000),
  status: z.enum(housingProjectStatuses),
  placeChanges: z.array(z.strictObject({ legalBasis: z.string().min(1).max(40), change: z.number().int() })),
  startsOn: calendarDate.nullable(),
  doneOn: calendarDate.nullable(),
});
const seedSchema = z.object({ municipalities: z.record(z.string(), z.array(projectSchema)) });

export type DemoHousingProject = z.infer<typeof projectSchema>;

export function readDemoHousingProjects(slug: string): DemoHousingProject[] {
  return seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8'))).municipalities[slug] ?? [];
}

/** Inserts the municipality's demo projects (none for a municipality the seed does not name); returns how many. */
export async function loadDemoHousing(trx: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date): Promise<number> {
  const projects = readDemoHousingProjects(municipality.slug);
  if (projects.length === 0) return 0;
  await trx
    .insertInto('housing_project')
    .values(
      projects.map((p) => ({
        tenant_id: municipality.tenantId,
        project_id: newId(),
        name: p.name,
        address: p.address,
        description: p.description,
        status: p.status,
        place_changes: JSON.stringify(p.placeChanges),
        starts_on: p.startsOn,
        done_on: p.doneOn,
        updated_at: now,
      })),
    )
    .execute();
  return projects.length;
}

/**
 * For a demo municipality created before Housing plan II was in Mestring: loads the projects once, when it has none.
 * The tenant row is locked, so two starts at once load them once.
 */
export async function loadDemoHousingIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('housing_project').select('project_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoHousing(trx, municipality, now);
  });
}
