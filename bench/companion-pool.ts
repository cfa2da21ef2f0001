import type { Kysely } from 'kysely';
import { addDays, copenhagenInstant, copenhagenWallClock } from '../src/domain/copenhagen-wall-clock.js';
import type { Database } from '../src/platform/db/schema.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface OpenCompanionRequest {
  requestId: string;
  startsAt: Date;
  endsAt: Date;
}

/** The generator's open companion requests (the weeks after its period), soonest first. */
export async function openCompanionRequests(db: Kysely<Database>, tenantId: string): Promise<OpenCompanionRequest[]> {
  const rows = await db
    .selectFrom('companion_request')
    .select(['request_id', 'starts_at', 'ends_at'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'open')
    .orderBy('starts_at')
    .orderBy('request_id')
    .execute();
  return rows.map((r) => ({ requestId: r.request_id, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) }));
}

/** The same Copenhagen wall-clock time `weeks` weeks later: the weekday and the hour stay, across daylight saving too. */
function weeksLater(at: Date, weeks: number): Date {
  const wall = copenhagenWallClock(at);
  return copenhagenInstant(addDays(wall.date, weeks * 7), wall.time);
}

/**
 * The generated period ends on a fixed day, so its open requests lie in the past once the calendar has passed them,
 * and a request whose time has passed is no longer matched as it would be. Moves them all by the same whole number of
 * weeks so the first is at least a day ahead, keeping each one's weekday and time of day (the matching's first cut);
 * returns the number of weeks (0: already ahead). A kept database is moved again only when its time has come.
 */
export async function moveOpenRequestsAhead(db: Kysely<Database>, tenantId: string, pool: readonly OpenCompanionRequest[], now: Date): Promise<number> {
  if (pool.length === 0) return 0;
  const earliest = Math.min(...pool.map((r) => r.startsAt.getTime()));
  const behind = now.getTime() + DAY_MS - earliest;
  if (behind <= 0) return 0;
  const weeks = Math.ceil(behind / WEEK_MS);
  await db.transaction().execute(async (trx) => {
    for (const r of pool) {
      await trx
        .updateTable('companion_request')
        .set({ starts_at: weeksLater(r.startsAt, weeks), ends_at: weeksLater(r.endsAt, weeks) })
        .where('tenant_id', '=', tenantId)
        .where('request_id', '=', r.requestId)
        .execute();
    }
  });
  return weeks;
}
