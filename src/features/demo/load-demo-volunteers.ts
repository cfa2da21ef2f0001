import type { Kysely, Transaction } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { courseValidUntil } from '../../domain/volunteer-courses.js';
import { addDays } from '../../domain/volunteer-validity.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { positionOfPostalCode } from '../volunteers/home-position.js';
import { demoGuidelines, demoOpportunities, demoPendingApplications, demoVolunteers, type DemoVolunteer } from '../volunteers/demo-volunteer-data.js';

type Trx = Transaction<Database>;

/**
 * The demo's volunteering in Randers: the guidelines (v1 a year ago, v2 two months ago), the published opportunities
 * (and a draft and an archived one), Ole Nielsen (persona 'ole') and fourteen more volunteers as new users — active,
 * paused, one stopped, one with an expired record check, one who has not accepted v2 — each with the application they
 * were approved from (it carries their phone number), and three applications waiting for Hanne Bech. Dates are
 * relative to `now`. Other municipalities get none. Returns the number of rows loaded.
 */
export async function loadDemoVolunteers(trx: Trx, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  if (municipality.slug !== 'randers') return 0;
  const { tenantId } = municipality;
  const today = copenhagenToday(now);
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const personas = await trx.selectFrom('app_user').select(['user_id', 'demo_key']).where('tenant_id', '=', tenantId).where('demo_key', 'in', ['ole', 'hanne']).execute();
  const ole = personas.find((p) => p.demo_key === 'ole')?.user_id;
  const hanne = personas.find((p) => p.demo_key === 'hanne')?.user_id ?? null;
  const unit = hanne ? ((await trx.selectFrom('app_user').select('org_unit_id').where('tenant_id', '=', tenantId).where('user_id', '=', hanne).executeTakeFirst())?.org_unit_id ?? null) : null;
  let rows = 0;

  for (const g of demoGuidelines) {
    await trx.insertInto('volunteer_guidelines').values({ tenant_id: tenantId, version: g.version, title: g.title, body: g.body, published_at: daysAgo(g.daysAgo), published_by: hanne }).execute();
    rows++;
  }
  const opportunityIds = new Map<string, string>();
  for (const o of demoOpportunities) {
    const id = newId();
    opportunityIds.set(o.title, id);
    const { daysAgo: age, timeCommitment, requiredCourse, needsRecordCheck = true, status = 'published', ...text } = o;
    await trx
      .insertInto('volunteer_opportunity')
      .values({ ...text, tenant_id: tenantId, opportunity_id: id, time_commitment: timeCommitment, required_course: requiredCourse ?? null, needs_record_check: needsRecordCheck, unit_id: unit, status, created_at: daysAgo(age), updated_at: daysAgo(age) })
      .execute();
    rows++;
  }

  for (const v of demoVolunteers) {
    const userId = v.persona === 'ole' ? ole : newId();
    if (!userId) continue;
    if (!v.persona) {
      await trx.insertInto('app_user').values({ tenant_id: tenantId, user_id: userId, display_name: v.name, email: v.email, title: null, kind: 'volunteer', org_unit_id: null, demo_key: null, demo_order: null, active: v.status !== 'stopped', created_at: daysAgo(v.startedDaysAgo), updated_at: daysAgo(v.startedDaysAgo) }).execute();
      await trx.insertInto('role_grant').values({ tenant_id: tenantId, user_id: userId, role: 'volunteer', granted_by: hanne, granted_at: daysAgo(v.startedDaysAgo) }).execute();
    } else {
      await trx.updateTable('app_user').set({ email: v.email }).where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    }
    rows += await loadVolunteer(trx, { tenantId, userId, hanne, today, daysAgo, opportunityId: v.appliedTo ? (opportunityIds.get(v.appliedTo) ?? null) : null }, v);
  }

  for (const a of demoPendingApplications) {
    await trx
      .insertInto('volunteer_application')
      .values({ tenant_id: tenantId, application_id: newId(), opportunity_id: a.appliedTo ? (opportunityIds.get(a.appliedTo) ?? null) : null, name: a.name, email: a.email, phone: a.phone, postal_code: a.postalCode, message: a.message, created_at: daysAgo(a.daysAgo) })
      .execute();
    rows++;
  }
  return rows;
}

interface VolunteerKeys {
  tenantId: string;
  userId: string;
  hanne: string | null;
  today: string;
  daysAgo: (days: number) => Date;
  opportunityId: string | null;
}

async function loadVolunteer(trx: Trx, k: VolunteerKeys, v: DemoVolunteer): Promise<number> {
  const home = positionOfPostalCode(v.postalCode);
  const startedOn = addDays(k.today, -v.startedDaysAgo);
  await trx
    .insertInto('volunteer_application')
    .values({ tenant_id: k.tenantId, application_id: newId(), opportunity_id: k.opportunityId, name: v.name, email: v.email, phone: v.phone, postal_code: v.postalCode, message: v.applicationMessage, status: 'approved', decided_by: k.hanne, decided_at: k.daysAgo(v.startedDaysAgo), decision_note: 'Godkendt efter samtale.', user_id: k.userId, created_at: k.daysAgo(v.startedDaysAgo + 9) })
    .execute();
  await trx
    .insertInto('volunteer_profile')
    .values({
      tenant_id: k.tenantId,
      user_id: k.userId,
      interests: v.interests,
      skills: v.skills,
      languages: v.languages,
      area: home?.districtName ?? null,
      home_lat: home?.lat ?? null,
      home_lon: home?.lon ?? null,
      max_distance_km: v.maxDistanceKm,
      record_check_on: v.recordCheck ? addDays(k.today, -v.recordCheck.checkedDaysAgo) : null,
      record_check_expires_on: v.recordCheck ? addDays(k.today, v.recordCheck.expiresInDays) : null,
      guidelines_version: v.guidelinesVersion,
      guidelines_accepted_at: v.guidelinesVersion ? k.daysAgo(Math.min(v.startedDaysAgo, v.guidelinesVersion === 2 ? 50 : 300)) : null,
      status: v.status ?? 'active',
      status_changed_on: v.statusChangedDaysAgo !== undefined ? addDays(k.today, -v.statusChangedDaysAgo) : null,
      stop_reason: v.stopReason ?? null,
      started_on: startedOn,
      updated_at: k.daysAgo(Math.min(v.startedDaysAgo, 20)),
    })
    .execute();
  const slots = v.slots.map(([weekday, from, to]) => ({ tenant_id: k.tenantId, user_id: k.userId, weekday, from_minute: minutes(from), to_minute: minutes(to) }));
  if (slots.length > 0) await trx.insertInto('volunteer_weekly_slot').values(slots).execute();
  const courses = v.courses.map(([key, completedDaysAgo]) => {
    const completedOn = addDays(k.today, -completedDaysAgo);
    return { tenant_id: k.tenantId, user_id: k.userId, course_key: key, completed_on: completedOn, valid_until: courseValidUntil(key, completedOn) };
  });
  if (courses.length > 0) await trx.insertInto('volunteer_course').values(courses).execute();
  if (v.away) {
    const from = k.daysAgo(-v.away.inDays);
    await trx.insertInto('volunteer_availability_exception').values({ tenant_id: k.tenantId, exception_id: newId(), user_id: k.userId, kind: 'away', from_at: from, to_at: new Date(from.getTime() + v.away.days * 86_400_000), note: v.away.note }).execute();
  }
  return 2 + slots.length + courses.length + (v.away ? 1 : 0);
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoVolunteersIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('volunteer_profile').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoVolunteers(trx, municipality, now);
  });
}
