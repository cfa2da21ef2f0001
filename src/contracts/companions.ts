import { z } from 'zod';
import { companionStatuses } from '../domain/companion-state.js';
import { idSchema } from './common.js';
import { instant, versionField } from './plan.js';

/** Companions to activities (issue 6): requests, matches, assignment, the volunteer's trips, hours and evaluations. */

export const companionStatusSchema = z.enum(companionStatuses).describe('open, assigned, accepted, done, cancelled or missed');
const offsetInstant = z.iso.datetime({ offset: true });
/** wheelchair | autism-friendly | calm | language:<ISO 639-1 code>. */
export const companionNeedSchema = z
  .string()
  .regex(/^(wheelchair|autism-friendly|calm|language:[a-z]{2})$/)
  .describe('wheelchair, autism-friendly, calm, or language:<ISO 639-1 code> (language:ar)');
const smileySchema = z.number().int().min(1).max(3).describe('1 sad, 2 neutral, 3 happy');
const moveSchema = z.enum(['assign', 'take', 'accept', 'decline', 'cancel', 'done', 'missed']);

export const companionRequestParams = z.strictObject({ id: idSchema.describe('The companion request') });

export const createCompanionRequestBody = z.strictObject({
  citizenId: idSchema.describe('The citizen who wants a companion'),
  activity: z.string().trim().min(1).max(300).describe('What the activity is, in words ("Håndboldkamp: Randers HH mod Aalborg")'),
  offerId: idSchema.nullable().optional().describe('The catalogue offer the activity is, if any; its place fills in the coordinates'),
  eventId: idSchema.nullable().optional().describe('The catalogue event the activity is, if any'),
  startsAt: offsetInstant.describe('When to meet (ISO 8601 with offset)'),
  endsAt: offsetInstant.describe('When it ends'),
  meetingPlace: z.string().trim().min(1).max(300).describe('Where to meet, in words'),
  meetingLat: z.number().min(-90).max(90).nullable().optional().describe('The meeting place, latitude'),
  meetingLon: z.number().min(-180).max(180).nullable().optional().describe('The meeting place, longitude'),
  needs: z.array(companionNeedSchema).max(10).default([]).describe('What the companion must know or manage'),
  needsNote: z.string().trim().max(1000).nullable().optional().describe('What matters to the citizen, in their words'),
  requiredCourse: z.string().max(60).nullable().optional().describe('A course the companion must have (src/domain/volunteer-courses.ts)'),
  dayContactName: z.string().trim().max(200).nullable().optional().describe('Who the companion calls on the day'),
  dayContactPhone: z.string().trim().max(40).nullable().optional().describe("That person's phone number"),
});
export type CreateCompanionRequestBody = z.infer<typeof createCompanionRequestBody>;

export const companionListQuery = z.strictObject({
  status: companionStatusSchema.optional().describe('Only requests with this status'),
  limit: z.coerce.number().int().min(1).max(500).default(200).describe('At most this many: open first, then by start time'),
});
export type CompanionListQuery = z.infer<typeof companionListQuery>;

export const cancelCompanionBody = z.strictObject({
  reason: z.string().trim().min(1).max(1000).describe('Why it is called off'),
  version: versionField,
});
export const outcomeCompanionBody = z.strictObject({
  outcome: z.enum(['done', 'missed']).describe('done: it took place; missed: the citizen or the volunteer did not come'),
  reason: z.string().trim().max(1000).nullable().optional().describe('For a missed one: what happened'),
  version: versionField,
});
export const assignCompanionBody = z.strictObject({ volunteerUserId: idSchema.describe('The volunteer, one of the matches'), version: versionField });
export const takeCompanionBody = z.strictObject({ version: versionField });
export const answerCompanionBody = z.strictObject({ accept: z.boolean().describe('true: I will go; false: I cannot (it goes back to open)'), version: versionField });
export const logHoursBody = z.strictObject({ minutes: z.number().int().min(1).max(1440).describe('The time spent, in minutes') });
export const evaluateCompanionBody = z.strictObject({
  smiley: smileySchema,
  comment: z.string().trim().max(2000).nullable().optional().describe('A few words (the volunteer; the citizen may too)'),
});
export type CancelCompanionBody = z.infer<typeof cancelCompanionBody>;
export type OutcomeCompanionBody = z.infer<typeof outcomeCompanionBody>;
export type AssignCompanionBody = z.infer<typeof assignCompanionBody>;
export type AnswerCompanionBody = z.infer<typeof answerCompanionBody>;
export type EvaluateCompanionBody = z.infer<typeof evaluateCompanionBody>;

const evaluationSchema = z.object({ side: z.enum(['citizen', 'volunteer']), smiley: smileySchema, comment: z.string().nullable(), givenAt: instant });

/** A request as the citizen's side and the coordinator see it: what the trip needs and how it went, never the plan. */
export const companionRequest = z.object({
  id: idSchema,
  citizen: z.object({ id: idSchema, firstName: z.string(), lastName: z.string() }).describe('Who is accompanied'),
  activity: z.string(),
  offer: z.object({ id: idSchema, name: z.string() }).nullable().describe('The catalogue offer, if any'),
  eventId: idSchema.nullable(),
  startsAt: instant,
  endsAt: instant,
  meetingPlace: z.string(),
  meetingLat: z.number().nullable(),
  meetingLon: z.number().nullable(),
  needs: z.array(z.string()),
  needsNote: z.string().nullable(),
  requiredCourse: z.object({ key: z.string(), name: z.string() }).nullable().describe('The course the companion must have'),
  dayContactName: z.string().nullable(),
  dayContactPhone: z.string().nullable(),
  requestedByRole: z.enum(['citizen', 'relative', 'staff']),
  requestedByName: z.string().nullable(),
  status: companionStatusSchema,
  text: z.string().describe("Where it stands in plain words, in the reader's language (\"Ole kommer med dig til håndbold …\")"),
  volunteer: z.object({ userId: idSchema, name: z.string() }).nullable().describe('The companion, once assigned'),
  cancelledByRole: z.enum(['citizen', 'volunteer', 'coordinator']).nullable(),
  cancelledByName: z.string().nullable(),
  cancelReason: z.string().nullable(),
  minutesLogged: z.number().int().nullable(),
  evaluations: z.array(evaluationSchema),
  moves: z.array(moveSchema).describe('What the reader may do now'),
  canEvaluate: z.boolean().describe("The reader may give the citizen's side's evaluation now"),
  version: z.number().int(),
  createdAt: instant,
});
export type CompanionRequest = z.infer<typeof companionRequest>;
export const companionRequestList = z.object({ items: z.array(companionRequest) });
export type CompanionRequestList = z.infer<typeof companionRequestList>;

/** What a volunteer sees of an accompaniment: only what the trip needs (issue 6) — no CPR, no surname, no plan. */
export const accompaniment = z.object({
  id: idSchema,
  citizenFirstName: z.string().nullable().describe("The citizen's first name; null on an open request not yet yours"),
  activity: z.string(),
  startsAt: instant,
  endsAt: instant,
  meetingPlace: z.string(),
  meetingLat: z.number().nullable(),
  meetingLon: z.number().nullable(),
  needs: z.array(z.string()),
  needsNote: z.string().nullable(),
  requiredCourse: z.object({ key: z.string(), name: z.string() }).nullable(),
  dayContact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable().describe('Who to call on the day; null on an open request'),
  status: companionStatusSchema,
  minutesLogged: z.number().int().nullable(),
  myEvaluation: evaluationSchema.nullable(),
  moves: z.array(moveSchema),
  canLogHours: z.boolean(),
  canEvaluate: z.boolean(),
  version: z.number().int(),
});
export type Accompaniment = z.infer<typeof accompaniment>;
export const accompanimentList = z.object({ items: z.array(accompaniment).describe('Coming first (soonest first), then earlier ones') });
export type AccompanimentList = z.infer<typeof accompanimentList>;

export const companionMatch = z.object({
  volunteer: z.object({ userId: idSchema, name: z.string() }),
  distanceKm: z.number().nullable().describe('From home to the meeting place, when both are known'),
  timesWithCitizen: z.number().int().describe('Accompaniments with this citizen that took place'),
  sharedInterests: z.array(z.string()),
  reasons: z.array(z.string()).describe('Why, in words ("Har fulgt Birthe 6 gange", "2,1 km væk", "Kan lide sport")'),
});
export const companionMatchList = z.object({
  requestId: idSchema,
  items: z.array(companionMatch).describe('Best first: continuity, shared interests, language, distance'),
  total: z.number().int().describe('All who can go; items holds the first `limit`'),
});
export type CompanionMatchList = z.infer<typeof companionMatchList>;
export const matchQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(20) });
