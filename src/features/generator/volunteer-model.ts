import { copenhagenOffsetMinutes } from '../../domain/copenhagen-time.js';
import { dateOfDayNumber, dayNumber } from '../../domain/copenhagen-wall-clock.js';
import { postalDistricts } from '../../domain/geo.js';
import { courseValidUntil } from '../../domain/volunteer-courses.js';
import { danishName, emailLocalPart } from './danish-names.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { Prng } from './prng.js';
import { GO_LIVE_DATE } from './synthetic-period.js';
import * as words from './volunteer-words.js';

/**
 * The volunteer corps of the synthetic municipality (migration 0014), held in memory like the staff: a few thousand
 * people, each a login of kind 'volunteer' with a profile — interests, languages, a home in or around Randers and how
 * far they will go, a criminal-record check (some expired), courses from domain/volunteer-courses.ts (first aid
 * lapses), one to four weekly slots in Copenhagen time and now and then an exception — and ~85 % active.
 */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How long a criminal-record check counts: the municipality asks for a new one every three years. */
export const RECORD_CHECK_YEARS = 3;

export interface WeeklySlot { weekday: number; fromMinute: number; toMinute: number }
export interface AvailabilityException { exceptionId: string; kind: 'away' | 'extra'; fromMs: number; toMs: number; note: string }
export interface CompletedCourse { key: string; completedOn: string; validUntil: string | null }

export interface GeneratedVolunteer {
  index: number;
  userId: string;
  displayName: string;
  email: string;
  createdMs: number;
  startedOn: string;
  status: 'active' | 'paused' | 'stopped';
  statusChangedOn: string | null;
  stopReason: string | null;
  /** The first day (day number) they no longer go out: paused or stopped; Infinity while active. */
  untilDay: number;
  interests: string[];
  skills: string[];
  languages: string[];
  area: string;
  homeLat: number;
  homeLon: number;
  maxDistanceKm: number;
  recordCheckOn: string | null;
  recordCheckExpiresOn: string | null;
  guidelinesVersion: number | null;
  guidelinesAcceptedMs: number | null;
  slots: WeeklySlot[];
  exceptions: AvailabilityException[];
  courses: CompletedCourse[];
}

/** Two versions of the shared guidelines: the first at go-live, the second about ten months before the period ends. */
export interface GeneratedGuidelines { version: number; publishedMs: number; title: string; body: string }

const offsets = new Map<number, number>();
/** The instant of a Copenhagen time of day (minutes, after 03:00) on a day number; the offset is cached per day. */
export function localInstantMs(day: number, minute: number): number {
  let offset = offsets.get(day);
  if (offset === undefined) offsets.set(day, (offset = copenhagenOffsetMinutes(new Date(day * DAY_MS + 12 * HOUR_MS))));
  return day * DAY_MS + (minute - offset) * 60_000;
}

const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;
const distinct = (draw: () => string, count: number) => {
  const chosen = new Set<string>();
  for (let tries = 0; chosen.size < count && tries < count * 6; tries++) chosen.add(draw());
  return [...chosen];
};

export function guidelinesOf(periodEndDay: number): GeneratedGuidelines[] {
  const body = (v: number) =>
    `Version ${v}. Som frivillig følger du borgeren til en aktivitet og hjem igen. Du er ikke personale og hjælper ikke med personlig pleje eller medicin. ` +
    'Du har tavshedspligt om alt, hvad du hører om borgeren. Kan du ikke komme, siger du det til koordinatoren så tidligt som muligt.';
  return [
    { version: 1, publishedMs: localInstantMs(dayNumber(GO_LIVE_DATE), 9 * 60), title: 'Retningslinjer for frivillige', body: body(1) },
    { version: 2, publishedMs: localInstantMs(periodEndDay - 300, 9 * 60), title: 'Retningslinjer for frivillige (opdateret)', body: `${body(2)} Fotos af borgeren må ikke deles.` },
  ];
}

function recordCheck(startDay: number, periodEndDay: number, prng: Prng): [string | null, string | null] {
  if (prng.chance(0.05)) return [null, null];
  const years = RECORD_CHECK_YEARS * 365;
  // One in ten has let it run out; the rest renewed it within the last three years, or got it when they started.
  const expiresDay = prng.chance(0.1) ? periodEndDay - 1 - prng.below(300) : periodEndDay + 30 + prng.below(years - 60);
  const checkedDay = expiresDay - years + 1;
  if (checkedDay >= startDay - 60) return [dateOfDayNumber(checkedDay), dateOfDayNumber(expiresDay)];
  const newcomer = startDay - prng.below(45);
  return [dateOfDayNumber(newcomer), dateOfDayNumber(newcomer + years - 1)];
}

const courseShares: readonly (readonly [string, number])[] = [
  ['foelgeven-grundkursus', 0.8], ['foerstehjaelp', 0.35], ['autisme-forstaaelse', 0.2], ['kommunikation-hjerneskade', 0.12], ['koerestolsbruger', 0.15], ['psykisk-foerstehjaelp', 0.1],
];

function coursesOf(startDay: number, lastDay: number, prng: Prng): CompletedCourse[] {
  const courses: CompletedCourse[] = [];
  for (const [key, share] of courseShares) {
    if (!prng.chance(share)) continue;
    // The basic course comes in the first months; the others at any time while they are volunteers.
    const span = Math.max(1, lastDay - startDay);
    const day = key === 'foelgeven-grundkursus' ? Math.min(lastDay, startDay + prng.below(90)) : startDay + prng.below(span);
    const completedOn = dateOfDayNumber(day);
    courses.push({ key, completedOn, validUntil: courseValidUntil(key, completedOn) });
  }
  return courses;
}

function slotsOf(prng: Prng): WeeklySlot[] {
  const wanted = 1 + Math.min(3, Math.floor(prng.next() ** 1.6 * 4));
  const slots: WeeklySlot[] = [];
  for (let tries = 0; slots.length < wanted && tries < 12; tries++) {
    const [weekdays, fromMinute, toMinute] = words.slotPatterns.pick(prng);
    const weekday = pick(weekdays, prng);
    // One slot a weekday keeps them apart (the profile refuses overlaps).
    if (!slots.some((s) => s.weekday === weekday)) slots.push({ weekday, fromMinute, toMinute });
  }
  return slots.sort((a, b) => a.weekday - b.weekday);
}

function exceptionsOf(firstMs: number, periodEndDay: number, prng: Prng): AvailabilityException[] {
  if (!prng.chance(0.12)) return [];
  const exceptions: AvailabilityException[] = [];
  for (let n = 1 + prng.below(2); n > 0; n--) {
    // Around the end of the period, where they still matter for requests ahead.
    const day = periodEndDay - 60 + prng.below(120);
    const away = prng.chance(0.7);
    const fromMs = away ? localInstantMs(day, 0) : localInstantMs(day, 10 * 60);
    const toMs = away ? localInstantMs(day + 5 + prng.below(17), 0) : localInstantMs(day, 16 * 60);
    exceptions.push({
      exceptionId: deterministicUuidV7(Math.max(firstMs, fromMs - 30 * DAY_MS), prng),
      kind: away ? 'away' : 'extra', fromMs, toMs, note: away ? pick(['Ferie', 'I sommerhus', 'Besøg hos børnebørn', 'Operation og genoptræning'], prng) : 'Har ekstra tid denne dag',
    });
  }
  return exceptions;
}

/** `count` volunteers, deterministic from the stream; those imported at go-live come after the citizens in creation order. */
export function buildVolunteers(count: number, periodEndMs: number, prng: Prng): GeneratedVolunteer[] {
  const goLiveDay = dayNumber(GO_LIVE_DATE);
  const periodEndDay = Math.floor(periodEndMs / DAY_MS);
  const v2 = guidelinesOf(periodEndDay)[1]!;
  const emailsTaken = new Map<string, number>();
  const volunteers: GeneratedVolunteer[] = [];
  for (let index = 0; index < count; index++) {
    const name = danishName(prng);
    const plain = emailLocalPart(name, 1);
    const occurrence = (emailsTaken.get(plain) ?? 0) + 1;
    emailsTaken.set(plain, occurrence);
    // A quarter were volunteers before go-live; the corps grew over the years after.
    const imported = prng.chance(0.25);
    const startDay = imported ? goLiveDay - 30 - prng.below(5 * 365) : goLiveDay + Math.floor(prng.next() ** 0.8 * (periodEndDay - goLiveDay - 14));
    const createdMs = imported ? localInstantMs(goLiveDay, 8 * 60) + 120_000 + index : localInstantMs(startDay, 9 * 60 + prng.below(7 * 60));
    const r = prng.next();
    const status = r < 0.85 ? 'active' : r < 0.93 ? 'paused' : 'stopped';
    const changedDay = status === 'active' ? null : Math.min(periodEndDay - 1, Math.max(startDay + 60, status === 'paused' ? periodEndDay - 1 - prng.below(120) : startDay + 60 + prng.below(Math.max(1, periodEndDay - startDay - 60))));
    const lastDay = changedDay ?? periodEndDay;
    const district = words.homeDistricts.pick(prng);
    const centre = postalDistricts[district]!;
    const languages = ['da', ...words.extraLanguages.filter(([, share]) => prng.chance(share)).map(([code]) => code)];
    const [recordCheckOn, recordCheckExpiresOn] = recordCheck(startDay, periodEndDay, prng);
    const acceptedV2 = Math.max(startDay, Math.floor(v2.publishedMs / DAY_MS)) < lastDay && prng.chance(0.9);
    const accepted = prng.chance(0.97);
    const acceptedMs = acceptedV2 ? Math.max(createdMs, v2.publishedMs) + prng.below(60) * DAY_MS : createdMs + prng.below(14) * DAY_MS;
    volunteers.push({
      index,
      userId: deterministicUuidV7(createdMs, prng, index),
      displayName: name.fullName,
      email: `${emailLocalPart(name, occurrence)}@frivillig.example`,
      createdMs,
      startedOn: dateOfDayNumber(startDay),
      status,
      statusChangedOn: changedDay === null ? null : dateOfDayNumber(changedDay),
      stopReason: status === 'stopped' ? pick(words.stopReasons, prng) : null,
      untilDay: changedDay ?? Infinity,
      interests: distinct(() => words.interests.pick(prng), 1 + prng.below(4)),
      skills: distinct(() => words.skills.pick(prng), prng.below(3)),
      languages,
      area: centre.name,
      // Within a couple of kilometres of the district's centre, as the catalogue's places are.
      homeLat: Math.round((centre.latitude + (prng.next() - 0.5) * 0.024) * 1e6) / 1e6,
      homeLon: Math.round((centre.longitude + (prng.next() - 0.5) * 0.04) * 1e6) / 1e6,
      maxDistanceKm: 5 + prng.below(26),
      recordCheckOn,
      recordCheckExpiresOn,
      guidelinesVersion: accepted ? (acceptedV2 ? 2 : 1) : null,
      guidelinesAcceptedMs: accepted ? acceptedMs : null,
      slots: slotsOf(prng),
      exceptions: exceptionsOf(createdMs, periodEndDay, prng),
      courses: coursesOf(startDay, lastDay, prng),
    });
  }
  return volunteers;
}

/** Whether the volunteer goes out on a day (day number): started and not yet paused or stopped. */
export const servesOn = (v: GeneratedVolunteer, day: number) => dayNumber(v.startedOn) <= day && day < v.untilDay;

/** Whether the volunteer holds a course that is valid on a day. */
export const hasCourseOn = (v: GeneratedVolunteer, key: string, date: string) => v.courses.some((c) => c.key === key && c.completedOn <= date && (c.validUntil === null || c.validUntil >= date));
