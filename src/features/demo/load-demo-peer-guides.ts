import type { Insertable, Kysely, Transaction } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { copenhagenInstant, dateOfDayNumber, dayNumber, weekdayOfDayNumber } from '../../domain/copenhagen-wall-clock.js';
import type { ExperienceArea, FundingSource } from '../../domain/peer-guide-booking.js';
import type { PeerGuideBookingTable } from '../../platform/db/schema-volunteers.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The demo's peer guides (DEMO.md: Kim Andersen, lived experience of brain injury, booked by the job centre and for
 * Mikkel) and five more, one still in training, with bookings over the last months and the coming weeks: Thomas
 * Bruun of the youth job centre books Kim for talks to job-centre staff, Anders Holm books Kim for conversations with
 * Mikkel, and the inspiration course "Mit liv, min plan" has 12 places and 8 signed up. Held bookings have their
 * minutes logged across the funding sources. Days count from `now` and land on weekdays, Danish time.
 */

interface DemoGuide {
  /** The persona it is, or the name of a new user. */
  persona?: string;
  name: string;
  email?: string;
  areas: ExperienceArea[];
  presentation: string;
  trainingStatus: 'in-training' | 'trained' | 'refresher-due';
  trainedOn: string | null;
  availability: string;
}

const guides: DemoGuide[] = [
  {
    persona: 'kim',
    name: 'Kim Andersen',
    areas: ['acquired-brain-injury'],
    presentation: 'Jeg fik en hjerneskade ved en trafikulykke for otte år siden. Jeg måtte lære at leve med træthed og en hukommelse, der svigter. I dag arbejder jeg 20 timer om ugen. Jeg fortæller gerne om, hvad der hjalp mig – og om det, der var svært.',
    trainingStatus: 'trained',
    trainedOn: '2024-05-22',
    availability: 'Tirsdage og torsdage, helst om formiddagen.',
  },
  { name: 'Sanne Vinther', email: 'sanne.vinther@borgerguide.randers.demo', areas: ['autism'], presentation: 'Jeg fik min autismediagnose som 30-årig. Jeg taler om at forstå sig selv og om at få hverdagen til at hænge sammen.', trainingStatus: 'trained', trainedOn: '2023-11-08', availability: 'Mandage og onsdage.' },
  { name: 'Brian Kjeldgaard', email: 'brian.kjeldgaard@borgerguide.randers.demo', areas: ['substance-use-recovery'], presentation: 'Jeg har været clean i seks år. Jeg ved, hvor svært det er at tage det første skridt – og hvordan det er at få et job igen bagefter.', trainingStatus: 'refresher-due', trainedOn: '2022-03-15', availability: 'Eftermiddage efter kl. 13.' },
  { name: 'Jan Overgaard', email: 'jan.overgaard@borgerguide.randers.demo', areas: ['homelessness', 'substance-use-recovery'], presentation: 'Jeg boede på gaden i to år og på herberg i et år. Nu har jeg min egen lejlighed. Jeg fortæller om vejen til en bolig og om at blive i den.', trainingStatus: 'trained', trainedOn: '2024-09-30', availability: 'Alle hverdage, men ikke fredag.' },
  { name: 'Birgitte Nørgaard', email: 'birgitte.norgaard@borgerguide.randers.demo', areas: ['mental-health'], presentation: 'Jeg har levet med depression og angst i mange år. Jeg taler om recovery, om små skridt og om at finde fællesskaber, der bærer.', trainingStatus: 'trained', trainedOn: '2023-05-04', availability: 'Torsdage og fredage.' },
  { name: 'Henriette Bak', email: 'henriette.bak@borgerguide.randers.demo', areas: ['intellectual-disability'], presentation: 'Jeg er mor til en søn med udviklingshæmning. Jeg taler med andre pårørende om at slippe taget og om samarbejdet med kommunen.', trainingStatus: 'in-training', trainedOn: null, availability: 'Aftener efter aftale.' },
];

interface DemoBooking {
  guide: string;
  bookedBy: string;
  kind: 'conversation' | 'talk' | 'inspiration-course';
  title: string;
  /** A conversation for a demo citizen, by first and last name. */
  citizen?: { firstName: string; lastName: string };
  audience?: string;
  /** Days from today (negative: before), moved to the next weekday. */
  day: number;
  from: string;
  to: string;
  place: string;
  funding: FundingSource;
  status: 'booked' | 'done' | 'cancelled';
  minutes?: number;
  note?: string;
  max?: number;
  participants?: string[];
}

const mikkel = { firstName: 'Mikkel', lastName: 'Sørensen' };
const bookings: DemoBooking[] = [
  { guide: 'Kim Andersen', bookedBy: 'Mads Pedersen', kind: 'talk', title: 'Livet efter en hjerneskade', audience: 'Medarbejdere i Hjerneskadeteamet', day: -70, from: '09:30', to: '11:30', place: 'Hjerneskadeteamet, mødelokale 2', funding: 'social', status: 'done', minutes: 120 },
  { guide: 'Kim Andersen', bookedBy: 'Anders Holm', kind: 'conversation', title: 'Samtale med Mikkel', citizen: mikkel, day: -42, from: '10:00', to: '11:00', place: 'Mestringsvejledning Nord', funding: 'social', status: 'done', minutes: 75, note: 'Mikkel vil gerne høre, hvordan Kim kom tilbage til arbejde. Han bliver hurtigt træt, så hold gerne en pause.' },
  { guide: 'Kim Andersen', bookedBy: 'Thomas Bruun', kind: 'talk', title: 'Job efter en hjerneskade', audience: 'Jobkonsulenter i Jobcenter — unge', day: -21, from: '09:00', to: '10:30', place: 'Jobcentret, Laksetorvet, lokale 3.14', funding: 'jobcenter', status: 'done', minutes: 90 },
  { guide: 'Kim Andersen', bookedBy: 'Anders Holm', kind: 'conversation', title: 'Opfølgende samtale med Mikkel', citizen: mikkel, day: 6, from: '10:00', to: '11:00', place: 'Mestringsvejledning Nord', funding: 'social', status: 'booked', note: 'Mikkel vil tale om at arbejde nogle timer i et havecenter.' },
  { guide: 'Kim Andersen', bookedBy: 'Thomas Bruun', kind: 'talk', title: 'Oplæg for jobkonsulenter', audience: 'Jobkonsulenter i Jobcenter — voksne', day: 9, from: '13:00', to: '14:30', place: 'Jobcentret, Laksetorvet, lokale 2.05', funding: 'jobcenter', status: 'booked', note: 'Fortæl gerne om, hvad der hjalp dig i mødet med jobcentret.' },
  {
    guide: 'Kim Andersen', bookedBy: 'Hanne Bech', kind: 'inspiration-course', title: 'Mit liv, min plan', audience: 'Borgere med en hjerneskade og deres pårørende', day: 16, from: '10:00', to: '13:00', place: 'Aktivitetshuset, Vestergade 12', funding: 'project', status: 'booked', max: 12,
    participants: ['Rasmus Holt', 'Dorte Iversen', 'Jens Bak Larsen', 'Pia Mølgaard', 'Søren Friis', 'Anette Krog', 'Mohammed Saleh', 'Tina Vestergaard'],
  },
  { guide: 'Sanne Vinther', bookedBy: 'Hanne Bech', kind: 'talk', title: 'Autisme set indefra', audience: 'Pårørende i Autismecentret Gudenåcenteret', day: -35, from: '18:00', to: '20:00', place: 'Gudenåcenteret, salen', funding: 'social', status: 'done', minutes: 120 },
  { guide: 'Sanne Vinther', bookedBy: 'Niels Mikkelsen', kind: 'talk', title: 'Struktur i hverdagen', audience: 'Personalet på Botilbud Kastaniebo', day: -3, from: '13:00', to: '14:00', place: 'Botilbud Kastaniebo', funding: 'social', status: 'cancelled' },
  { guide: 'Sanne Vinther', bookedBy: 'Fatima Yilmaz', kind: 'conversation', title: 'Samtale med en pårørende', audience: 'Mor til en ung med autisme på vej i voksenlivet', day: 12, from: '15:00', to: '16:00', place: 'Overgangsteamet, Laksetorvet', funding: 'social', status: 'booked' },
  { guide: 'Brian Kjeldgaard', bookedBy: 'Anne Kofoed', kind: 'talk', title: 'Det første skridt', audience: 'Behandlere i Rusmiddelcenter Randers', day: -28, from: '13:30', to: '15:00', place: 'Rusmiddelcenter Randers', funding: 'social', status: 'done', minutes: 90 },
  { guide: 'Brian Kjeldgaard', bookedBy: 'Thomas Bruun', kind: 'talk', title: 'Fra misbrug til job', audience: 'Jobkonsulenter i Jobcenter — unge', day: -14, from: '13:00', to: '14:00', place: 'Jobcentret, Laksetorvet, lokale 3.14', funding: 'jobcenter', status: 'done', minutes: 60 },
  { guide: 'Jan Overgaard', bookedBy: 'Sofie Laursen', kind: 'talk', title: 'Vejen til egen bolig', audience: 'Medarbejdere i Bostøtte Nord', day: -50, from: '09:00', to: '10:30', place: 'Bostøtte Nord', funding: 'social', status: 'done', minutes: 90 },
  { guide: 'Jan Overgaard', bookedBy: 'Sofie Laursen', kind: 'talk', title: 'At blive boende', audience: 'Ejendomsfunktionærer i boligselskabet', day: -10, from: '10:00', to: '11:00', place: 'Boligselskabets kontor, Nørrebrogade', funding: 'other', status: 'done', minutes: 60 },
  { guide: 'Birgitte Nørgaard', bookedBy: 'Hanne Bech', kind: 'inspiration-course', title: 'Recovery – små skridt', audience: 'Borgere og pårørende i psykiatrien', day: -60, from: '10:00', to: '13:00', place: 'Slotsgården', funding: 'project', status: 'done', minutes: 180, max: 10, participants: ['Kirsten Lauridsen', 'Michael Ravn', 'Sofie Thygesen', 'Lars Brink', 'Hanne Toft', 'Jonas Wulff'] },
  { guide: 'Birgitte Nørgaard', bookedBy: 'Sofie Laursen', kind: 'talk', title: 'Når angsten fylder', audience: 'Medarbejdere i Bostøtte Nord', day: 20, from: '09:00', to: '10:30', place: 'Bostøtte Nord', funding: 'social', status: 'booked' },
];

/** The day `days` from today, moved on to Monday when it falls on a weekend. */
function weekday(now: Date, days: number): string {
  let day = dayNumber(copenhagenToday(now)) + days;
  while (weekdayOfDayNumber(day) >= 5) day += 1;
  return dateOfDayNumber(day);
}

/** The demo's peer-guide profiles (Kim Andersen and more) and bookings. Returns the number of rows loaded. */
export async function loadDemoPeerGuides(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  if (municipality.slug !== 'randers') return 0;
  const { tenantId } = municipality;
  const userOf = async (name: string) => (await trx.selectFrom('app_user').select(['user_id', 'org_unit_id']).where('tenant_id', '=', tenantId).where('display_name', '=', name).executeTakeFirstOrThrow());
  let rows = 0;
  for (const guide of guides) {
    let userId: string;
    if (guide.persona) {
      userId = (await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', guide.persona).executeTakeFirstOrThrow()).user_id;
    } else {
      userId = newId();
      await trx.insertInto('app_user').values({ tenant_id: tenantId, user_id: userId, display_name: guide.name, email: guide.email ?? null, title: 'Borgerguide', kind: 'external', org_unit_id: null, demo_key: null, demo_order: null, created_at: now, updated_at: now }).execute();
      await trx.insertInto('role_grant').values({ tenant_id: tenantId, user_id: userId, role: 'peer-guide', granted_by: null, granted_at: now }).execute();
      rows += 2;
    }
    await trx
      .insertInto('peer_guide_profile')
      .values({ tenant_id: tenantId, user_id: userId, experience_areas: guide.areas, presentation: guide.presentation, training_status: guide.trainingStatus, trained_on: guide.trainedOn, availability_note: guide.availability, updated_at: now })
      .execute();
    rows += 1;
  }
  for (const demo of bookings) {
    const guide = await userOf(demo.guide);
    const booker = await userOf(demo.bookedBy);
    const citizen = demo.citizen
      ? await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('first_name', '=', demo.citizen.firstName).where('last_name', '=', demo.citizen.lastName).executeTakeFirstOrThrow()
      : null;
    const date = weekday(now, demo.day);
    const startsAt = copenhagenInstant(date, demo.from);
    // Booked a couple of weeks before, or a few days ago for what is coming soon.
    const bookedAt = new Date(Math.min(now.getTime() - 86_400_000, startsAt.getTime() - 14 * 86_400_000));
    const bookingId = newId();
    const row: Insertable<PeerGuideBookingTable> = {
      tenant_id: tenantId,
      booking_id: bookingId,
      guide_user_id: guide.user_id,
      kind: demo.kind,
      title: demo.title,
      citizen_id: citizen?.citizen_id ?? null,
      audience: demo.audience ?? null,
      starts_at: startsAt,
      ends_at: copenhagenInstant(date, demo.to),
      place: demo.place,
      max_participants: demo.max ?? null,
      funding_source: demo.funding,
      booked_by: booker.user_id,
      booked_by_unit_id: booker.org_unit_id,
      status: demo.status,
      minutes_logged: demo.minutes ?? null,
      note: demo.note ?? null,
      version: demo.status === 'booked' ? 1 : 2,
      created_at: bookedAt,
      updated_at: demo.status === 'booked' ? bookedAt : new Date(Math.min(now.getTime(), startsAt.getTime() + 86_400_000)),
    };
    await trx.insertInto('peer_guide_booking').values(row).execute();
    rows += 1;
    for (const [index, name] of (demo.participants ?? []).entries()) {
      await trx.insertInto('peer_guide_participant').values({ tenant_id: tenantId, booking_id: bookingId, participant_id: newId(), name, user_id: null, signed_up_at: new Date(bookedAt.getTime() + (index + 1) * 3_600_000) }).execute();
      rows += 1;
    }
  }
  return rows;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoPeerGuidesIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('peer_guide_profile').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoPeerGuides(trx, municipality, now);
  });
}
