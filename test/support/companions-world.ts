import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { addDays, copenhagenInstant, dayNumber, weekdayOfDayNumber } from '../../src/domain/copenhagen-wall-clock.js';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { newId } from '../../src/platform/ids.js';
import { citizenFactory } from './citizen-factory.js';
import type { TestApp } from './test-app.js';

/**
 * The world of the companions-* tests, inserted as the owner in 'randers' (independent of the demo's trips):
 * - Mikkel Følgesen (login 'mikkel', phone 22 33 44 55), with 'anders' on his team and 'louise' in his network with a
 *   consent to his leisure life; Birthe Følgesen (no login), with 'anders' on her team and 'louise' in her network
 *   without that consent.
 * - Volunteers with a valid record check and Saturday 12:00–18:00 near Arena Randers, unless said otherwise:
 *   ole (persona; likes sport and swimming, the companion basic course), kurt (likes handball, first aid), and ones who
 *   cannot go: sanne (away that month), fjern (lives in Aarhus, goes 10 km), udloebet (record check expired),
 *   tirsdag (only Tuesdays), pause (paused).
 */
export interface CompanionWorld {
  tenantId: string;
  mikkel: string;
  birthe: string;
  users: Record<'anders' | 'mette' | 'hanne' | 'louise' | 'mikkel' | 'ole' | 'kurt' | 'sanne' | 'fjern' | 'udloebet' | 'tirsdag' | 'pause', string>;
}

export const arena = { meetingPlace: 'Arena Randers, indgang A', meetingLat: 56.4553, meetingLon: 10.0457 };
const home = { lat: 56.4607, lon: 10.0364 };

/** The Danish date of the n-th Saturday at least two weeks after `now`. */
export function saturday(now: Date, n: number): string {
  const start = addDays(copenhagenToday(now), 14);
  const toSaturday = (5 - weekdayOfDayNumber(dayNumber(start)) + 7) % 7;
  return addDays(start, toSaturday + 7 * n);
}

export const instantOn = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

export async function createCompanionWorld(t: TestApp): Promise<CompanionWorld> {
  const f = citizenFactory(t.database, t.config.cprKey);
  const db = t.database.db;
  const tenantId = await f.tenantId('randers');
  const mikkel = await f.citizen({ cpr: '120491-1235', firstName: 'Mikkel', lastName: 'Følgesen', persona: 'mikkel', team: [{ persona: 'anders', teamRole: 'support-worker' }] });
  await db.updateTable('citizen').set({ phone: '22 33 44 55' }).where('citizen_id', '=', mikkel).execute();
  const louiseAtMikkel = await f.networkMember(mikkel, { name: 'Louise Følgesen', relation: 'søster', persona: 'louise' });
  await f.consent(mikkel, { granteeKind: 'network', granteeId: louiseAtMikkel, part: 'domain:leisure' });
  const birthe = await f.citizen({ cpr: '150372-1118', firstName: 'Birthe', lastName: 'Følgesen', team: [{ persona: 'anders', teamRole: 'support-worker' }] });
  await f.networkMember(birthe, { name: 'Louise Følgesen', relation: 'veninde', persona: 'louise' });

  const now = new Date();
  // The demo's volunteers rest while the tests run, so the matches are this world's alone.
  await db.updateTable('volunteer_profile').set({ status: 'paused' }).where('tenant_id', '=', tenantId).execute();
  const volunteer = async (key: string, name: string, profile: { interests?: string[]; languages?: string[]; lat?: number; lon?: number; maxKm?: number; checkExpires?: string; status?: 'active' | 'paused'; slots?: [number, number, number][]; courses?: string[] }) => {
    let userId = (await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', key).executeTakeFirst())?.user_id;
    if (!userId) {
      userId = newId();
      await db.insertInto('app_user').values({ tenant_id: tenantId, user_id: userId, display_name: name, email: null, title: null, kind: 'volunteer', org_unit_id: null, demo_key: key, demo_order: null, created_at: now, updated_at: now }).execute();
      await db.insertInto('role_grant').values({ tenant_id: tenantId, user_id: userId, role: 'volunteer', granted_by: null, granted_at: now }).execute();
    }
    await db.updateTable('app_user').set({ email: `${key}@frivillig.test` }).where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    // The volunteers loader may have given the persona a profile of its own: this world decides what it holds.
    await db.deleteFrom('volunteer_profile').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    await db
      .insertInto('volunteer_profile')
      .values({
        tenant_id: tenantId,
        user_id: userId,
        interests: profile.interests ?? [],
        languages: profile.languages ?? ['da'],
        home_lat: profile.lat ?? home.lat,
        home_lon: profile.lon ?? home.lon,
        max_distance_km: profile.maxKm ?? 15,
        record_check_on: '2025-01-01',
        record_check_expires_on: profile.checkExpires ?? '2099-12-31',
        status: profile.status ?? 'active',
        started_on: '2025-01-01',
        updated_at: now,
      })
      .execute();
    for (const [weekday, from, to] of profile.slots ?? [[6, 12 * 60, 18 * 60]]) {
      await db.insertInto('volunteer_weekly_slot').values({ tenant_id: tenantId, user_id: userId, weekday, from_minute: from, to_minute: to }).execute();
    }
    for (const course of profile.courses ?? []) {
      await db.insertInto('volunteer_course').values({ tenant_id: tenantId, user_id: userId, course_key: course, completed_on: '2025-02-01', valid_until: null }).execute();
    }
    return userId;
  };
  const users = {
    anders: await f.userId('anders'),
    mette: await f.userId('mette'),
    hanne: await f.userId('hanne'),
    louise: await f.userId('louise'),
    mikkel: await f.userId('mikkel'),
    ole: await volunteer('ole', 'Ole Nielsen', { interests: ['sport', 'svømning'], courses: ['foelgeven-grundkursus'] }),
    kurt: await volunteer('c1-kurt', 'Kurt Frivillig', { interests: ['håndbold'], courses: ['foerstehjaelp'], lat: 56.44, lon: 10.06 }),
    sanne: await volunteer('c1-sanne', 'Sanne Væk', { interests: ['sport'] }),
    fjern: await volunteer('c1-fjern', 'Frede Fjern', { lat: 56.1567, lon: 10.2108, maxKm: 10 }),
    udloebet: await volunteer('c1-udloebet', 'Ulla Udløbet', { checkExpires: '2025-06-30' }),
    tirsdag: await volunteer('c1-tirsdag', 'Tage Tirsdag', { slots: [[2, 8 * 60, 20 * 60]] }),
    pause: await volunteer('c1-pause', 'Palle Pause', { status: 'paused' }),
  };
  await db
    .insertInto('volunteer_availability_exception')
    .values({ tenant_id: tenantId, exception_id: newId(), user_id: users.sanne, kind: 'away', from_at: new Date(`${saturday(now, 0)}T00:00:00Z`), to_at: new Date(`${saturday(now, 40)}T00:00:00Z`), note: 'Rejse' })
    .execute();
  return { tenantId, mikkel, birthe, users };
}

/** A request body for Mikkel at the arena, on the n-th Saturday, 14:00–16:00. */
export function requestBody(w: CompanionWorld, n: number, over: Record<string, unknown> = {}) {
  const date = saturday(new Date(), n);
  return { citizenId: w.mikkel, activity: 'Håndboldkamp: Randers HH mod Aalborg', startsAt: instantOn(date, '14:00'), endsAt: instantOn(date, '16:00'), ...arena, needs: ['calm'], needsNote: 'Mikkel vil gerne sidde tæt på en udgang.', dayContactName: 'Louise', dayContactPhone: '22 41 87 30', ...over };
}

export function expectStatus(res: LightMyRequestResponse, status: number): Record<string, any> {
  assert.equal(res.statusCode, status, res.body);
  return res.body ? (res.json() as Record<string, any>) : {};
}

/** Every row of the companion tables and their outbox messages, to prove a refused request changed nothing. */
export async function companionState(t: TestApp): Promise<string> {
  const db = t.database.db;
  return JSON.stringify({
    requests: await db.selectFrom('companion_request').selectAll().orderBy('request_id').execute(),
    evaluations: await db.selectFrom('companion_evaluation').selectAll().orderBy('request_id').orderBy('by_side').execute(),
    outbox: await db.selectFrom('outbox').select(['message_id', 'topic']).where('topic', '=', 'companion.message').orderBy('message_id').execute(),
  });
}
