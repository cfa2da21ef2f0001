import type { Insertable, Kysely, Transaction } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { addDays, copenhagenInstant, dayNumber, weekdayOfDayNumber } from '../../domain/copenhagen-wall-clock.js';
import type { CompanionEvaluationTable, CompanionRequestTable } from '../../platform/db/schema-volunteers.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { demoPlaces, otherDemoTrips, type DemoTrip } from './demo-companion-trips.js';

type Db = Kysely<Database> | Transaction<Database>;

const THURSDAY = 3;
const SATURDAY = 5;

/** Birthe's Thursday swims with Ole, ten weeks back: one called off by her side (illness), one that did not happen. */
const birtheComments = [
  'Birthe svømmede tre baner i dag. Hun var stolt.',
  'Vi øvede at dykke efter ringe. Birthe grinede meget.',
  'Birthe var lidt træt, så vi sad i boblebadet til sidst.',
  'God tur. Birthe hilste selv på livredderen.',
  'Birthe vil gerne prøve det varme bassin næste gang.',
  'Birthe tog selv badehætten på i dag.',
  'Stille og rolig tur. Vi drak kakao bagefter.',
  'Birthe svømmede hele vejen uden at holde pause.',
];

/**
 * The demo's companion requests, accompaniments and their evaluations (DEMO.md): Birthe's weekly swimming with Ole for
 * the last ten weeks and the next one agreed; Mikkel's open request, made by Anders Holm, for a companion to a handball
 * match on a Saturday afternoon about ten days from now; and about twenty trips for other citizens with the volunteers
 * the volunteers loader made (read from the database: without them, only the trips that need no volunteer are loaded).
 * Runs after the volunteers loader; dates are counted from `now`. Returns the number of rows loaded.
 */
export async function loadDemoCompanions(trx: Db, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  if (municipality.slug !== 'randers') return 0;
  const { tenantId } = municipality;
  const user = async (where: { demoKey?: string; name?: string }) => {
    let query = trx.selectFrom('app_user').select(['user_id', 'display_name']).where('tenant_id', '=', tenantId);
    if (where.demoKey) query = query.where('demo_key', '=', where.demoKey);
    if (where.name) query = query.where('display_name', '=', where.name);
    return query.executeTakeFirst();
  };
  const citizen = (fullName: string) =>
    trx
      .selectFrom('citizen as c')
      .leftJoin('citizen_team_member as t', (join) => join.onRef('t.tenant_id', '=', 'c.tenant_id').onRef('t.citizen_id', '=', 'c.citizen_id'))
      .select(['c.citizen_id', 'c.user_id', 't.user_id as team_user_id'])
      .where('c.tenant_id', '=', tenantId)
      // "Hans Jørgen Madsen": the last word is the surname.
      .where('c.first_name', '=', fullName.slice(0, fullName.lastIndexOf(' ')))
      .where('c.last_name', '=', fullName.slice(fullName.lastIndexOf(' ') + 1))
      .orderBy('t.added_at')
      .executeTakeFirst();

  const requests: Insertable<CompanionRequestTable>[] = [];
  const evaluations: Insertable<CompanionEvaluationTable>[] = [];
  const today = copenhagenToday(now);
  const at = (day: number, time: string) => copenhagenInstant(addDays(today, day), time);

  const trip = (c: { citizen_id: string }, t: Omit<DemoTrip, 'citizen'>, who: { requestedBy: string | null; volunteer: string | null; cancelledBy?: string | null; cancelledByRole?: 'citizen' | 'volunteer' | 'coordinator' }) => {
    const place = demoPlaces[t.place];
    const startsAt = at(t.day, t.time);
    const endsAt = new Date(startsAt.getTime() + t.hours * 3_600_000);
    const createdAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 6 * 86_400_000);
    const assigned = t.status !== 'open' && who.volunteer !== null;
    const closed = t.status === 'done' || t.status === 'cancelled' || t.status === 'missed';
    const requestId = newId();
    requests.push({
      tenant_id: tenantId,
      request_id: requestId,
      citizen_id: c.citizen_id,
      offer_id: null,
      event_id: null,
      activity: t.activity,
      starts_at: startsAt,
      ends_at: endsAt,
      meeting_place: place.name,
      meeting_lat: place.lat,
      meeting_lon: place.lon,
      needs: t.needs ?? [],
      needs_note: t.needsNote ?? null,
      required_course: null,
      day_contact_name: null,
      day_contact_phone: null,
      requested_by: who.requestedBy,
      requested_by_role: 'staff',
      status: t.status,
      volunteer_user_id: assigned ? who.volunteer : null,
      assigned_by: null,
      assigned_at: assigned ? new Date(createdAt.getTime() + 86_400_000) : null,
      accepted_at: assigned && t.status !== 'assigned' ? new Date(createdAt.getTime() + 2 * 86_400_000) : null,
      closed_at: closed ? (t.status === 'cancelled' ? new Date(startsAt.getTime() - 86_400_000) : endsAt) : null,
      cancelled_by: t.status === 'cancelled' || t.status === 'missed' ? (who.cancelledBy ?? null) : null,
      cancelled_by_role: t.status === 'cancelled' || t.status === 'missed' ? (who.cancelledByRole ?? 'coordinator') : null,
      cancel_reason: t.cancelReason ?? null,
      minutes_logged: t.status === 'done' && assigned ? t.hours * 60 : null,
      created_at: createdAt,
      updated_at: closed ? endsAt : createdAt,
    });
    if (t.status === 'done' && t.citizenSmiley) evaluations.push({ tenant_id: tenantId, request_id: requestId, by_side: 'citizen', smiley: t.citizenSmiley, comment: null, given_by: who.requestedBy, given_at: endsAt });
    if (t.status === 'done' && t.volunteerComment && assigned) evaluations.push({ tenant_id: tenantId, request_id: requestId, by_side: 'volunteer', smiley: 3, comment: t.volunteerComment, given_by: who.volunteer, given_at: new Date(endsAt.getTime() + 3_600_000) });
  };

  const ole = await user({ demoKey: 'ole' });
  const hanne = await user({ demoKey: 'hanne' });
  const anders = await user({ demoKey: 'anders' });

  // Birthe and Ole: the last ten Thursdays and the next one, 10:00–11:30 at the swimming baths.
  const birthe = await citizen('Birthe Mortensen');
  if (birthe && ole) {
    const weekday = weekdayOfDayNumber(dayNumber(today));
    const lastThursday = -(((weekday - THURSDAY + 7) % 7) || 7);
    const niels = await user({ name: 'Niels Mikkelsen' });
    for (let week = 0; week <= 10; week++) {
      const day = week === 0 ? lastThursday + 7 : lastThursday - 7 * (week - 1);
      const base = { activity: 'Svømning i Randers Svømmehal', place: 'svoemmehal' as const, day, time: '10:00', hours: 1.5, needs: ['calm'], needsNote: 'Birthe har brug for god tid i omklædningen. Hun vil gerne have, at man venter uden for døren.' };
      const status: DemoTrip['status'] = week === 0 ? 'accepted' : week === 4 ? 'cancelled' : week === 7 ? 'missed' : 'done';
      trip(
        birthe,
        {
          ...base,
          status,
          citizenSmiley: week === 2 || week === 9 ? 2 : 3,
          volunteerComment: birtheComments[(week - 1) % birtheComments.length],
          ...(status === 'cancelled' && { cancelReason: 'Birthe er syg med feber og bliver hjemme.' }),
          ...(status === 'missed' && { cancelReason: 'Svømmehallen var lukket på grund af en teknisk fejl. Ingen havde sagt det til os.' }),
        },
        { requestedBy: niels?.user_id ?? birthe.team_user_id, volunteer: ole.user_id, cancelledBy: status === 'cancelled' ? (niels?.user_id ?? null) : (hanne?.user_id ?? null), cancelledByRole: status === 'cancelled' ? 'citizen' : 'coordinator' },
      );
    }
  }

  // Mikkel's request: a handball match on the Saturday nearest ten days from now, 14:00–17:00.
  const mikkel = await citizen('Mikkel Sørensen');
  if (mikkel) {
    const weekday = weekdayOfDayNumber(dayNumber(addDays(today, 10)));
    let delta = (SATURDAY - weekday + 7) % 7;
    if (delta > 3) delta -= 7;
    trip(
      mikkel,
      { activity: 'Håndboldkamp: Randers HH mod Aalborg Håndbold', place: 'arena', day: 10 + delta, time: '14:00', hours: 3, status: 'open', needs: ['calm'], needsNote: 'Mikkel bliver hurtigt træt. Han vil gerne sidde tæt på en udgang og holde en pause i halvlegen.' },
      { requestedBy: anders?.user_id ?? mikkel.team_user_id, volunteer: null },
    );
    const last = requests.at(-1)!;
    last.day_contact_name = 'Louise Sørensen (søster)';
    last.day_contact_phone = '22 41 87 30';
  }

  // The other volunteers, in turn (not Ole, whose Thursdays are Birthe's).
  const volunteers = await trx
    .selectFrom('volunteer_profile as p')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.user_id', '=', 'p.user_id'))
    .select('p.user_id')
    .where('p.tenant_id', '=', tenantId)
    .where('p.status', '=', 'active')
    .$if(ole !== undefined, (qb) => qb.where('p.user_id', '<>', ole!.user_id))
    .orderBy('u.display_name')
    .execute();
  let turn = 0;
  for (const t of otherDemoTrips) {
    const c = await citizen(t.citizen);
    if (!c) continue;
    const needsVolunteer = t.status !== 'open';
    const volunteer = needsVolunteer ? (volunteers[turn++ % Math.max(volunteers.length, 1)]?.user_id ?? null) : null;
    if (needsVolunteer && !volunteer) continue;
    trip(c, t, { requestedBy: c.team_user_id, volunteer, cancelledBy: hanne?.user_id ?? null, cancelledByRole: t.cancelReason === 'Den frivillige var syg.' ? 'volunteer' : 'coordinator' });
  }

  if (requests.length > 0) await trx.insertInto('companion_request').values(requests).execute();
  if (evaluations.length > 0) await trx.insertInto('companion_evaluation').values(evaluations).execute();
  return requests.length + evaluations.length;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoCompanionsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('companion_request').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoCompanions(trx, municipality, now);
  });
}
