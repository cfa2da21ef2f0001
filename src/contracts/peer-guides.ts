import { z } from 'zod';
import { bookingKinds, experienceAreas, fundingSources, guideStatuses, trainingStatuses } from '../domain/peer-guide-booking.js';
import { idSchema } from './common.js';
import { calendarDate, instant, versionField } from './plan.js';

/** Peer guides (borgerguider): profiles, bookings of conversations, talks and inspiration courses, hours by funding. */

export const experienceAreaSchema = z.enum(experienceAreas).describe('An area of lived experience');
export const bookingKindSchema = z.enum(bookingKinds).describe('conversation: one to one; talk: for staff or relatives; inspiration-course: a group session with sign-up');
export const fundingSourceSchema = z.enum(fundingSources).describe('Who pays for the guide\'s hours: social, jobcenter, project or other');
const trainingStatusSchema = z.enum(trainingStatuses).describe('in-training (cannot be booked yet), trained, refresher-due (still bookable)');
const guideStatusSchema = z.enum(guideStatuses).describe('active, paused or stopped; only active guides can be booked');
const bookingStatusSchema = z.enum(['booked', 'done', 'cancelled']).describe('booked, done (hours logged) or cancelled');

export const guideIdParams = z.strictObject({ id: idSchema.describe("The guide's user id") });
export const bookingIdParams = z.strictObject({ id: idSchema.describe('The booking') });

export const guideListQuery = z.strictObject({
  area: experienceAreaSchema.optional().describe('Only guides with this area of lived experience'),
});

const busySlot = z.object({ startsAt: instant.describe('Busy from'), endsAt: instant.describe('Busy until') }).describe('A time the guide is booked; what it is stays private');

export const peerGuide = z.object({
  id: idSchema.describe("The guide's user id"),
  name: z.string().describe("The guide's name"),
  experienceAreas: z.array(experienceAreaSchema).describe('Areas of lived experience'),
  presentation: z.string().describe('The guide in their own words'),
  trainingStatus: trainingStatusSchema,
  trainedOn: calendarDate.nullable().describe('When the training was completed'),
  availabilityNote: z.string().nullable().describe('When the guide is usually free, in words'),
  status: guideStatusSchema,
  bookable: z.boolean().describe('Active and trained: can be booked now'),
  busy: z.array(busySlot).describe('Upcoming booked times (the next 90 days), earliest first'),
  courses: z
    .array(z.object({ id: idSchema, title: z.string(), startsAt: instant, endsAt: instant, place: z.string(), maxParticipants: z.number().int(), participantCount: z.number().int() }))
    .describe('Upcoming inspiration courses with the guide (the next 90 days), open for sign-up, earliest first'),
  version: z.number().int().describe('The version; send it back with a change'),
});
export type PeerGuide = z.infer<typeof peerGuide>;
export const peerGuideList = z.object({ items: z.array(peerGuide).describe('By name') });
export type PeerGuideList = z.infer<typeof peerGuideList>;

const profileFields = {
  experienceAreas: z.array(experienceAreaSchema).min(1).max(experienceAreas.length).describe('At least one area of lived experience'),
  presentation: z.string().trim().max(4000).default('').describe('The guide in their own words'),
  trainingStatus: trainingStatusSchema,
  trainedOn: calendarDate.nullable().default(null).describe('When the training was completed'),
  availabilityNote: z.string().trim().max(500).nullable().default(null).describe('When the guide is usually free, in words'),
};

export const createPeerGuideBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe("The guide's full name"),
  email: z.email().max(320).nullable().default(null).describe('For the login (linked on first login through the identity provider) and messages'),
  ...profileFields,
});
export type CreatePeerGuideBody = z.infer<typeof createPeerGuideBody>;

export const updatePeerGuideBody = z.strictObject({
  ...profileFields,
  status: guideStatusSchema,
  version: versionField,
});
export type UpdatePeerGuideBody = z.infer<typeof updatePeerGuideBody>;

export const updateMyGuideProfileBody = z.strictObject({
  presentation: profileFields.presentation,
  availabilityNote: profileFields.availabilityNote,
  version: versionField,
});
export type UpdateMyGuideProfileBody = z.infer<typeof updateMyGuideProfileBody>;

export const createBookingBody = z.strictObject({
  guideId: idSchema.describe("The guide's user id"),
  kind: bookingKindSchema,
  title: z.string().trim().min(1).max(200).describe('What it is about, e.g. "Oplæg for jobkonsulenter"'),
  citizenId: idSchema.nullable().default(null).describe('A conversation for this citizen: the booker must be on their team'),
  audience: z.string().trim().max(300).nullable().default(null).describe('Who it is for: the relative of a conversation, the staff or relatives of a talk or course'),
  startsAt: instant.describe('When it begins'),
  endsAt: instant.describe('When it ends'),
  place: z.string().trim().min(1).max(300).describe('Where'),
  maxParticipants: z.number().int().min(1).max(500).nullable().default(null).describe('An inspiration course: at most this many sign up'),
  fundingSource: fundingSourceSchema.optional().describe("Left out: from the booker's unit (employment → jobcenter, social → social)"),
  note: z.string().trim().max(2000).nullable().default(null).describe('To the guide: what is good to know beforehand'),
});
export type CreateBookingBody = z.infer<typeof createBookingBody>;

export const bookingListQuery = z.strictObject({
  guideId: idSchema.optional().describe("The coordinator: this guide's bookings. Left out: the bookings the actor made"),
});

export const cancelBookingBody = z.strictObject({ version: versionField });
export const completeBookingBody = z.strictObject({
  minutes: z.number().int().min(0).max(1440).describe('The time the guide spent, in minutes'),
  version: versionField,
});
export type CompleteBookingBody = z.infer<typeof completeBookingBody>;
export const signUpBody = z.strictObject({ name: z.string().trim().min(1).max(200).describe('Who signs up') });

export const booking = z.object({
  id: idSchema,
  guide: z.object({ id: idSchema, name: z.string() }).describe('The peer guide'),
  kind: bookingKindSchema,
  title: z.string(),
  citizenFirstName: z.string().nullable().describe("A conversation for a citizen: the citizen's first name (only for the guide and the booker)"),
  audience: z.string().nullable().describe('Who it is for'),
  startsAt: instant,
  endsAt: instant,
  place: z.string(),
  maxParticipants: z.number().int().nullable(),
  participantCount: z.number().int().describe('Signed up for a course'),
  participants: z.array(z.object({ id: idSchema, name: z.string() })).nullable().describe('Names of those signed up (the guide, the booker and the coordinator)'),
  fundingSource: fundingSourceSchema,
  bookedBy: z.object({ name: z.string(), unitName: z.string().nullable() }).describe('Who booked, from which unit'),
  status: bookingStatusSchema,
  minutesLogged: z.number().int().nullable().describe('The time the guide spent, once done'),
  note: z.string().nullable().describe('To the guide (hidden from the coordinator for a conversation with a citizen)'),
  canCancel: z.boolean(),
  canComplete: z.boolean().describe('The guide may mark it done and log the time'),
  canSignUp: z.boolean().describe('A course with places left, not begun'),
  version: z.number().int(),
});
export type Booking = z.infer<typeof booking>;
export const bookingList = z.object({ items: z.array(booking).describe('Earliest first') });
export type BookingList = z.infer<typeof bookingList>;

export const hoursQuery = z.strictObject({ from: calendarDate.describe('From this Danish date'), to: calendarDate.describe('To and including this Danish date') });
export type HoursQuery = z.infer<typeof hoursQuery>;
const minutesBySource = z.object({ social: z.number().int(), jobcenter: z.number().int(), project: z.number().int(), other: z.number().int() }).describe('Minutes per funding source');
export const peerGuideHours = z.object({
  from: calendarDate,
  to: calendarDate,
  guides: z.array(z.object({ id: idSchema, name: z.string(), minutes: minutesBySource, total: z.number().int().describe('Minutes in all'), bookings: z.number().int().describe('Done bookings') })).describe('By name'),
  totals: minutesBySource,
  total: z.number().int().describe('Minutes in all'),
});
export type PeerGuideHours = z.infer<typeof peerGuideHours>;
