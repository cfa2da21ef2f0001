import { dateOfDayNumber, weekdayOfDayNumber } from '../../domain/copenhagen-wall-clock.js';
import type { Catalogue } from './catalogue-model.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { CitizenRecord, MunicipalityModel } from './municipality-model.js';
import type { Prng } from './prng.js';
import { DAY_MS, hasCourseOn, localInstantMs, servesOn, type GeneratedVolunteer } from './volunteer-model.js';
import * as words from './volunteer-words.js';

/**
 * Accompaniments over the five years (companion_request with companion_evaluation): a share of the citizens go out
 * with a volunteer, often with the same one week after week (continuity, which the citizens asked for), at a time the
 * volunteer's weekly pattern covers, to an activity that fits the volunteer's interests when one such volunteer can be
 * found. Most were done and evaluated; some were cancelled (by whom is recorded) or missed; the ones after the end of
 * the period are assigned or accepted. Besides those, the benchmark's open requests in the weeks after the period.
 * Held in memory (fifty thousand at scale 1) and streamed into the tables from there.
 */
export interface Evaluation { bySide: 'citizen' | 'volunteer'; smiley: number; comment: string | null; givenBy: string | null; givenMs: number }

export interface GeneratedAccompaniment {
  requestId: string;
  citizen: CitizenRecord;
  offerId: string | null;
  activity: string;
  place: string;
  lat: number;
  lon: number;
  startMs: number;
  endMs: number;
  needs: string[];
  needsNote: string | null;
  requiredCourse: string | null;
  dayContact: { name: string; phone: string } | null;
  requestedBy: string;
  requestedByRole: 'citizen' | 'staff';
  status: 'open' | 'assigned' | 'accepted' | 'done' | 'cancelled' | 'missed';
  volunteerUserId: string | null;
  assignedBy: string | null;
  assignedMs: number | null;
  acceptedMs: number | null;
  closedMs: number | null;
  cancelledBy: string | null;
  cancelledByRole: 'citizen' | 'volunteer' | 'coordinator' | null;
  cancelReason: string | null;
  minutesLogged: number | null;
  version: number;
  createdMs: number;
  updatedMs: number;
  evaluations: Evaluation[];
}

export interface CompanionPlan {
  accompaniments: GeneratedAccompaniment[];
  /** The open requests after the period, for the benchmark (the last `open` of `accompaniments`). */
  open: number;
  coordinatorUserId: string | null;
}

interface Outing { offerId: string | null; activity: string; place: string; lat: number; lon: number; interests: readonly string[]; minutes: readonly [number, number] }

const HOUR_MS = 3_600_000;
/** Share of citizens who go out with a volunteer at some point. */
const COMPANION_USERS = 0.12;
/** Share of series that recur weekly or fortnightly with the same volunteer. */
const RECURRING = 0.12;
/** Recurring series run on past the end of the period by up to this many days: the accompaniments ahead. */
const AHEAD_DAYS = 28;

const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;
const smiley = (prng: Prng, happy: number, neutral: number) => { const r = prng.next(); return r < happy ? 3 : r < happy + neutral ? 2 : 1; };

/** What a catalogue offer's name says about the interests it fits. */
const offerInterests: readonly (readonly [RegExp, readonly string[]])[] = [
  [/svøm/i, ['svømning', 'sport']], [/gåtur|gågruppe/i, ['gåture', 'natur']], [/fodbold/i, ['fodbold', 'sport']], [/håndbold/i, ['håndbold', 'sport']],
  [/motion|badminton|bowling|petanque/i, ['sport']], [/kor |musik/i, ['musik']], [/male/i, ['kunst']], [/teater/i, ['teater']],
  [/café|værested/i, ['café']], [/madlavning|fællesspisning|madklub/i, ['madlavning']],
];

function catalogueOutings(catalogue: Catalogue): Outing[] {
  const places = new Map(catalogue.organizations.flatMap((o) => o.locations).filter((l) => l.latitude !== null).map((l) => [l.locationId, l]));
  const outings: Outing[] = [];
  for (const offer of catalogue.offers) {
    if (offer.lifecycle !== 'published' || !words.companionableOffer.test(offer.name)) continue;
    const place = offer.locations.map(([, locationId]) => places.get(locationId)).find((l) => l !== undefined);
    if (!place) continue;
    const interests = offerInterests.filter(([pattern]) => pattern.test(offer.name)).flatMap(([, i]) => i);
    outings.push({ offerId: offer.offerId, activity: offer.name, place: `${place.name}, ${place.addressLine}`, lat: place.latitude!, lon: place.longitude!, interests, minutes: [90, 150] });
  }
  return outings;
}

function drawOuting(catalogue: readonly Outing[], prng: Prng): Outing {
  if (catalogue.length > 0 && prng.chance(0.35)) return pick(catalogue, prng);
  const idea = words.activityIdeas.pick(prng);
  return { offerId: null, activity: idea.activity, place: idea.place, lat: idea.latitude, lon: idea.longitude, interests: idea.interests, minutes: idea.minutes };
}

function drawNeeds(prng: Prng): { needs: string[]; requiredCourse: string | null; note: string | null } {
  const needs: string[] = [];
  let requiredCourse: string | null = null;
  if (prng.chance(0.05)) {
    needs.push('wheelchair');
    if (prng.chance(0.7)) requiredCourse = 'koerestolsbruger';
  }
  if (prng.chance(0.14)) {
    needs.push('autism-friendly');
    if (requiredCourse === null && prng.chance(0.35)) requiredCourse = 'autisme-forstaaelse';
  }
  if (prng.chance(0.18)) needs.push('calm');
  if (prng.chance(0.03)) needs.push(`language:${pick(['ar', 'ar', 'en', 'en', 'uk'], prng)}`);
  if (requiredCourse === null && prng.chance(0.1)) requiredCourse = 'foelgeven-grundkursus';
  return { needs, requiredCourse, note: prng.chance(0.2) ? pick(words.needsNotes, prng) : null };
}

export function planCompanions(model: MunicipalityModel, catalogue: Catalogue, volunteers: readonly GeneratedVolunteer[], count: number, openCount: number, prng: Prng): CompanionPlan {
  const coordinators = model.staff.filter((s) => s.roles.includes('volunteer-coordinator')).map((s) => s.userId);
  const plan: CompanionPlan = { accompaniments: [], open: 0, coordinatorUserId: coordinators[0] ?? null };
  if (volunteers.length === 0 || model.records.length === 0) return plan;
  const outings = catalogueOutings(catalogue);
  const periodEndDay = Math.floor(model.periodEndMs / DAY_MS);
  const goLiveDay = Math.floor(model.tenant.createdAt.getTime() / DAY_MS);
  const users = Array.from({ length: Math.max(1, Math.round(model.records.length * COMPANION_USERS)) }, () => pick(model.records, prng));
  const byInterest = new Map<string, GeneratedVolunteer[]>();
  for (const v of volunteers) for (const i of v.interests) (byInterest.get(i) ?? byInterest.set(i, []).get(i)!).push(v);
  // One accompaniment a day per volunteer and per citizen keeps every pair of them apart in time.
  const busy = new Set<string>();
  const free = (who: string, day: number) => !busy.has(`${who}:${day}`);
  const regular = new Map<string, GeneratedVolunteer>();

  /** A volunteer who serves on the day, has what the request needs, preferably the interest; null when none is found. */
  const findVolunteer = (outing: Outing, day: number, needs: ReturnType<typeof drawNeeds>): GeneratedVolunteer | null => {
    const date = dateOfDayNumber(day);
    const fits = (v: GeneratedVolunteer) => servesOn(v, day) && v.slots.length > 0 && (needs.requiredCourse === null || hasCourseOn(v, needs.requiredCourse, date));
    const pools = [...outing.interests.map((i) => byInterest.get(i) ?? []), volunteers];
    for (const pool of pools) {
      for (let tries = 0; tries < 12 && pool.length > 0; tries++) {
        const v = pick(pool, prng);
        if (fits(v)) return v;
      }
    }
    return null;
  };

  for (let attempts = 0; plan.accompaniments.length < count && attempts < count * 3; attempts++) {
    const citizen = pick(users, prng);
    const outing = drawOuting(outings, prng);
    const needs = drawNeeds(prng);
    // More outings in the later years, as the corps grew.
    const firstDay = goLiveDay + 7 + Math.floor(prng.next() ** 0.8 * (periodEndDay - goLiveDay - 7));
    const earlier = regular.get(citizen.citizenId);
    let volunteer = earlier && servesOn(earlier, firstDay) && prng.chance(0.5) ? earlier : findVolunteer(outing, firstDay, needs);
    if (!volunteer) {
      needs.requiredCourse = null;
      volunteer = findVolunteer(outing, firstDay, needs);
      if (!volunteer) continue;
    }
    if (needs.requiredCourse !== null && !hasCourseOn(volunteer, needs.requiredCourse, dateOfDayNumber(firstDay))) needs.requiredCourse = null;
    regular.set(citizen.citizenId, volunteer);
    const slot = pick(volunteer.slots, prng);
    const length = Math.min(slot.toMinute - slot.fromMinute, 15 * Math.round((outing.minutes[0] + prng.below(outing.minutes[1] - outing.minutes[0] + 1)) / 15));
    const fromMinute = slot.fromMinute + 15 * prng.below(Math.floor((slot.toMinute - slot.fromMinute - length) / 15) + 1);
    const times = prng.chance(RECURRING) ? 4 + prng.below(13) : 1;
    const everyDays = prng.chance(0.7) ? 7 : 14;
    let day = firstDay + ((slot.weekday - 1 - weekdayOfDayNumber(firstDay) + 7) % 7);
    for (let n = 0; n < times && plan.accompaniments.length < count; n++, day += everyDays) {
      if (day >= periodEndDay + AHEAD_DAYS || !servesOn(volunteer, day)) break;
      if (!free(volunteer.userId, day) || !free(citizen.citizenId, day)) continue;
      busy.add(`${volunteer.userId}:${day}`).add(`${citizen.citizenId}:${day}`);
      const startMs = localInstantMs(day, fromMinute);
      plan.accompaniments.push(liveAccompaniment({ citizen, outing, needs, volunteer, coordinators, startMs, endMs: startMs + length * 60_000, periodEndMs: model.periodEndMs, serial: plan.accompaniments.length }, prng));
    }
  }

  // The benchmark's open requests: in the weeks after the period, at times volunteers commonly give.
  for (let n = 0, attempts = 0; n < openCount && attempts < openCount * 10; attempts++) {
    const citizen = pick(users, prng);
    const day = periodEndDay + 3 + prng.below(38);
    if (!free(citizen.citizenId, day)) continue;
    busy.add(`${citizen.citizenId}:${day}`);
    const [, from, to] = words.slotPatterns.pick(prng);
    const outing = drawOuting(outings, prng);
    const minutes = Math.min(to - from, 15 * Math.round(outing.minutes[0] / 15));
    const startMs = localInstantMs(day, from + 15 * prng.below((to - from - minutes) / 15 + 1));
    const needs = drawNeeds(prng);
    const createdMs = model.periodEndMs - (1 + prng.below(10)) * DAY_MS + prng.below(8) * HOUR_MS;
    plan.accompaniments.push({
      ...requestFields({ citizen, outing, needs, startMs, endMs: startMs + minutes * 60_000, createdMs, serial: plan.accompaniments.length }, prng),
      status: 'open', volunteerUserId: null, assignedBy: null, assignedMs: null, acceptedMs: null, closedMs: null, cancelledBy: null, cancelledByRole: null,
      cancelReason: null, minutesLogged: null, version: 1, updatedMs: createdMs, evaluations: [],
    });
    n++;
  }
  plan.open = plan.accompaniments.filter((a) => a.status === 'open').length;
  return plan;
}

interface RequestDraw { citizen: CitizenRecord; outing: Outing; needs: ReturnType<typeof drawNeeds>; startMs: number; endMs: number; createdMs: number; serial: number }

/** What the asker filled in: who asked (the citizen themself or someone on the team), the activity and the needs. */
function requestFields(d: RequestDraw, prng: Prng) {
  const team = d.citizen.team;
  const self = team.length === 0 || prng.chance(0.3);
  const contact = team.find((t) => t.teamRole === 'contact-person');
  return {
    requestId: deterministicUuidV7(d.createdMs, prng, d.serial),
    citizen: d.citizen, offerId: d.outing.offerId, activity: d.outing.activity, place: d.outing.place, lat: d.outing.lat, lon: d.outing.lon,
    startMs: d.startMs, endMs: d.endMs, needs: d.needs.needs, needsNote: d.needs.note, requiredCourse: d.needs.requiredCourse,
    dayContact: contact && prng.chance(0.4) ? { name: contact.firstName, phone: `89 15 ${String(10 + prng.below(90))} ${String(10 + prng.below(90))}` } : null,
    requestedBy: self ? d.citizen.userId : pick(team, prng).userId,
    requestedByRole: self ? ('citizen' as const) : ('staff' as const),
    createdMs: d.createdMs,
  };
}

interface LiveDraw { citizen: CitizenRecord; outing: Outing; needs: ReturnType<typeof drawNeeds>; volunteer: GeneratedVolunteer; coordinators: readonly string[]; startMs: number; endMs: number; periodEndMs: number; serial: number }

/** One accompaniment with a volunteer, lived to its end, or to where it stands when the period ends. */
function liveAccompaniment(d: LiveDraw, prng: Prng): GeneratedAccompaniment {
  // Asked for days or weeks before; never before the volunteer joined, and with time to find one.
  const createdMs = Math.min(d.startMs - 3 * HOUR_MS, Math.max(d.volunteer.createdMs, d.startMs - (3 + prng.below(19)) * DAY_MS - prng.below(8) * HOUR_MS));
  const base = requestFields({ ...d, createdMs }, prng);
  const coordinator = d.coordinators.length > 0 ? pick(d.coordinators, prng) : null;
  const taken = coordinator === null || prng.chance(0.2);
  const assignedMs = Math.min(d.startMs - 2 * HOUR_MS, createdMs + HOUR_MS + prng.below(4 * 24) * HOUR_MS);
  const acceptedMs = taken ? assignedMs : Math.min(d.startMs - HOUR_MS, assignedMs + HOUR_MS + prng.below(36) * HOUR_MS);
  const matched = {
    ...base, volunteerUserId: d.volunteer.userId, assignedBy: taken ? d.volunteer.userId : coordinator, assignedMs, acceptedMs, cancelledBy: null, cancelledByRole: null,
    cancelReason: null, minutesLogged: null, evaluations: [] as Evaluation[],
  };
  const changes = taken ? 2 : 3;
  if (d.startMs >= d.periodEndMs) {
    // Ahead: assigned and waiting for the volunteer's answer, or accepted.
    const accepted = taken || prng.chance(0.75);
    return { ...matched, status: accepted ? 'accepted' : 'assigned', acceptedMs: accepted ? acceptedMs : null, closedMs: null, version: accepted ? changes : 2, updatedMs: accepted ? acceptedMs : assignedMs };
  }
  const r = prng.next();
  if (r < 0.03) {
    // No volunteer could: the coordinator called it off before the day.
    const closedMs = Math.max(createdMs + HOUR_MS, d.startMs - DAY_MS);
    return { ...matched, status: 'cancelled', volunteerUserId: null, assignedBy: null, assignedMs: null, acceptedMs: null, closedMs, cancelledBy: coordinator, cancelledByRole: 'coordinator', cancelReason: words.cancelReasons.coordinator[0], version: 2, updatedMs: closedMs };
  }
  if (r < 0.12) {
    const by = prng.next();
    const side = by < 0.65 ? 'citizen' : by < 0.9 ? 'volunteer' : 'coordinator';
    const closedMs = Math.max(acceptedMs + HOUR_MS, d.startMs - prng.below(72) * HOUR_MS - HOUR_MS);
    const cancelledBy = side === 'citizen' ? base.requestedBy : side === 'volunteer' ? d.volunteer.userId : coordinator;
    return { ...matched, status: 'cancelled', closedMs, cancelledBy, cancelledByRole: side, cancelReason: pick(words.cancelReasons[side], prng), version: changes + 1, updatedMs: closedMs };
  }
  if (r < 0.155) {
    // Missed: who did not come is recorded; the coordinator closes it the day after.
    const citizenAbsent = prng.chance(0.8);
    const closedMs = d.endMs + DAY_MS + prng.below(8) * HOUR_MS;
    return {
      ...matched, status: 'missed', closedMs, cancelledBy: citizenAbsent ? d.citizen.userId : d.volunteer.userId, cancelledByRole: citizenAbsent ? 'citizen' : 'volunteer',
      cancelReason: citizenAbsent ? 'Borgeren mødte ikke op.' : 'Den frivillige kom ikke.', version: changes + 1, updatedMs: closedMs,
    };
  }
  // Done: the volunteer logs the time (the trip and the way there and back), both sides look back, the coordinator closes it.
  const logged = prng.chance(0.85);
  const minutesLogged = logged ? Math.min(1440, 15 * Math.round(((d.endMs - d.startMs) / 60_000 + 15 + prng.below(46)) / 15)) : null;
  const evaluations: Evaluation[] = [];
  if (prng.chance(0.72)) {
    evaluations.push({ bySide: 'citizen', smiley: smiley(prng, 0.78, 0.17), comment: prng.chance(0.15) ? pick(words.citizenComments, prng) : null, givenBy: base.requestedBy, givenMs: d.endMs + prng.below(96) * HOUR_MS });
  }
  if (prng.chance(0.85)) {
    evaluations.push({ bySide: 'volunteer', smiley: smiley(prng, 0.7, 0.25), comment: prng.chance(0.45) ? pick(words.volunteerComments, prng) : null, givenBy: d.volunteer.userId, givenMs: d.endMs + HOUR_MS + prng.below(48) * HOUR_MS });
  }
  const closedMs = d.endMs + (2 + prng.below(120)) * HOUR_MS;
  return { ...matched, status: 'done', closedMs, minutesLogged, evaluations, version: changes + 1 + (logged ? 1 : 0), updatedMs: closedMs };
}
