import type { Kysely } from 'kysely';
import type { ActivityStatus } from '../../src/domain/strategy-status.js';
import type { Database } from '../../src/platform/db/schema.js';
import { newId } from '../../src/platform/ids.js';

/** Known strategies, focus areas, activities and notes for tests, written on the owner connection. */
export function strategyFactory(db: Kysely<Database>) {
  const now = new Date();
  return {
    async tenantId(slug: string): Promise<string> {
      return (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
    },
    async strategy(tenantId: string, values: { key: string; name?: string; periodFrom?: string | null; periodTo?: string | null; succeeds?: string | null }): Promise<string> {
      const id = newId();
      await db
        .insertInto('strategy')
        .values({ tenant_id: tenantId, strategy_id: id, key: values.key, kind: 'plan', name: values.name ?? `Testplan ${values.key}`, period_from: values.periodFrom ?? null, period_to: values.periodTo ?? null, succeeds_id: values.succeeds ?? null, position: 50, created_at: now, updated_at: now })
        .execute();
      return id;
    },
    async focusArea(tenantId: string, strategyId: string, number: number, name = `Indsatsområde ${number}`): Promise<string> {
      const id = newId();
      await db.insertInto('focus_area').values({ tenant_id: tenantId, focus_area_id: id, strategy_id: strategyId, number, track: null, name, purpose: 'Formål', why: 'Hvorfor', goal: 'Mål' }).execute();
      return id;
    },
    async activity(tenantId: string, focusAreaId: string, values: { title: string; status: ActivityStatus; periodFrom?: string | null; createdAt?: Date }): Promise<string> {
      const id = newId();
      await db
        .insertInto('strategy_activity')
        .values({ tenant_id: tenantId, activity_id: id, focus_area_id: focusAreaId, title: values.title, status: values.status, period_from: values.periodFrom ?? null, created_at: values.createdAt ?? now, updated_at: now })
        .execute();
      return id;
    },
    async note(tenantId: string, activityId: string, notedOn: string, body = 'Testnote'): Promise<void> {
      await db.insertInto('activity_note').values({ tenant_id: tenantId, note_id: newId(), activity_id: activityId, noted_on: notedOn, body, written_by: null, written_at: now }).execute();
    },
    async body(tenantId: string, values: { key: string; kind: 'council' | 'committee' | 'working-group' | 'sparring-group'; name?: string; focusAreaId?: string | null; year?: number | null }): Promise<string> {
      const id = newId();
      await db
        .insertInto('steering_body')
        .values({ tenant_id: tenantId, body_id: id, key: values.key, kind: values.kind, name: values.name ?? values.key, focus_area_id: values.focusAreaId ?? null, year: values.year ?? null, created_at: now })
        .execute();
      return id;
    },
  };
}
