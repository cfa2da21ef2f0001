import { z } from 'zod';
import { idSchema } from './common.js';
import { calendarDate, instant, versionField } from './plan.js';

/** Volunteers: public opportunities and applications, the coordinator's work, the volunteer's own profile. See docs/volunteers.md. */

export const opportunityKinds = ['companion', 'visiting-friend', 'walking-partner', 'activity-helper', 'other'] as const;
const opportunityKind = z.enum(opportunityKinds).describe('companion, visiting-friend, walking-partner, activity-helper or other');
const opportunityStatus = z.enum(['draft', 'published', 'archived']).describe('Only published opportunities are public');
const volunteerStatus = z.enum(['active', 'paused', 'stopped']);
const validityState = z.enum(['valid', 'expiring', 'expired', 'missing']).describe('expiring: within 60 days');
const municipality = z.string().regex(/^[a-z0-9-]{1,60}$/).optional().describe("The municipality's slug; default: the visitor's session's, else the installation's default");
const clock = z.string().max(10).describe('A Copenhagen time of day, HH:MM (24:00 ends the day); checked by the use case, so a wrong one gets a plain message');
const shortText = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const courseKey = z.string().min(1).max(60).describe("A course key of the course list (src/domain/volunteer-courses.ts), e.g. 'foerstehjaelp'");

export const volunteerIdParams = z.strictObject({ id: idSchema.describe("The volunteer's user id") });
export const opportunityIdParams = z.strictObject({ id: idSchema.describe('The opportunity') });
export const applicationIdParams = z.strictObject({ id: idSchema.describe('The application') });
export const volunteerCourseParams = z.strictObject({ id: idSchema.describe("The volunteer's user id"), courseKey });
export const exceptionIdParams = z.strictObject({ id: idSchema.describe('The exception') });

// ——— Public ———

export const publicOpportunityQuery = z.strictObject({
  kind: opportunityKind.optional().describe('Only opportunities of this kind'),
  area: z.string().trim().max(100).optional().describe('Only opportunities whose area contains these words, e.g. "Randers"'),
  municipality,
});
export type PublicOpportunityQuery = z.infer<typeof publicOpportunityQuery>;
export const publicMunicipalityQuery = z.strictObject({ municipality });

const courseRef = z.object({ key: z.string(), name: z.string().describe("The course's name in the reader's language") });

export const publicOpportunity = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string().describe('A sentence or two, in plain words'),
  description: z.string(),
  kind: opportunityKind,
  area: z.string().nullable().describe('Where, e.g. "Randers C"'),
  timeCommitment: z.string().nullable().describe('How much time, e.g. "2 timer om ugen"'),
  requiredCourse: courseRef.nullable().describe('A course the municipality gives before one starts'),
  needsRecordCheck: z.boolean().describe('The municipality asks for a criminal-record check before one starts'),
});
export type PublicOpportunity = z.infer<typeof publicOpportunity>;
export const publicOpportunityList = z.object({ items: z.array(publicOpportunity).describe('Newest first') });
export type PublicOpportunityList = z.infer<typeof publicOpportunityList>;

export const applicationBody = z.strictObject({
  opportunityId: idSchema.nullable().default(null).describe('The opportunity applied to; null: an open application'),
  name: shortText(200).describe("The applicant's full name"),
  email: shortText(320).describe('Where the coordinator writes back; becomes the login e-mail when approved'),
  phone: optionalText(40).describe('A phone number, optional'),
  postalCode: optionalText(10).describe('A Danish postal code, optional: places the volunteer for travel distance'),
  message: shortText(4000).default('').describe('Why, and what the applicant would like to do'),
});
export type ApplicationBody = z.infer<typeof applicationBody>;
export const applicationReceipt = z.object({ received: z.literal(true).describe('The application was received; nothing about it can be read back without login') });

// ——— Coordinator: opportunities ———

export const opportunityBody = z.strictObject({
  title: shortText(200).min(1),
  summary: shortText(1000).default(''),
  description: shortText(8000).default(''),
  kind: opportunityKind,
  area: optionalText(200),
  timeCommitment: optionalText(200),
  requiredCourse: courseKey.nullable().default(null),
  needsRecordCheck: z.boolean().default(true),
  status: z.enum(['draft', 'published']).default('draft').describe('A new opportunity is a draft or published at once'),
});
export type OpportunityBody = z.infer<typeof opportunityBody>;
export const updateOpportunityBody = opportunityBody.extend({ status: opportunityStatus, version: versionField });
export type UpdateOpportunityBody = z.infer<typeof updateOpportunityBody>;

export const managedOpportunity = publicOpportunity.extend({
  status: opportunityStatus,
  applications: z.number().int().describe('Applications not yet decided'),
  updatedAt: instant,
  version: z.number().int(),
});
export type ManagedOpportunity = z.infer<typeof managedOpportunity>;
export const managedOpportunityList = z.object({ items: z.array(managedOpportunity), courses: z.array(courseRef).describe('The course list, for the form') });
export type ManagedOpportunityList = z.infer<typeof managedOpportunityList>;

// ——— Coordinator: applications ———

export const applicationListQuery = z.strictObject({ status: z.enum(['received', 'approved', 'declined']).default('received') });
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

export const application = z.object({
  id: idSchema,
  opportunity: z.object({ id: idSchema, title: z.string() }).nullable(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  postalCode: z.string().nullable(),
  message: z.string(),
  status: z.enum(['received', 'approved', 'declined', 'withdrawn']),
  receivedAt: instant,
  decidedAt: instant.nullable(),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
  volunteerId: idSchema.nullable().describe("The volunteer's user, once approved"),
});
export type Application = z.infer<typeof application>;
export const applicationList = z.object({ items: z.array(application).describe('Oldest first: the longest waiting on top') });
export type ApplicationList = z.infer<typeof applicationList>;

export const decideApplicationBody = z.strictObject({
  decision: z.enum(['approve', 'decline']),
  note: optionalText(2000).describe('To the file; required when declining'),
});
export type DecideApplicationBody = z.infer<typeof decideApplicationBody>;

// ——— Volunteers ———

export const volunteerListQuery = z.strictObject({
  status: volunteerStatus.optional(),
  interest: z.string().trim().min(1).max(40).optional().describe('Volunteers with this interest'),
  course: courseKey.optional().describe('Volunteers with this course, valid today'),
  expiring: z.enum(['true']).optional().describe('Only volunteers whose record check or a course runs out within 60 days, or has run out'),
});
export type VolunteerListQuery = z.infer<typeof volunteerListQuery>;

const courseOfVolunteer = courseRef.extend({ completedOn: calendarDate, validUntil: calendarDate.nullable(), state: validityState });

export const volunteerSummary = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string().nullable(),
  status: volunteerStatus,
  area: z.string().nullable(),
  interests: z.array(z.string()),
  languages: z.array(z.string()),
  startedOn: calendarDate,
  recordCheck: z.object({ checkedOn: calendarDate.nullable(), expiresOn: calendarDate.nullable(), state: validityState }),
  courses: z.array(courseOfVolunteer),
  guidelinesAccepted: z.boolean().describe('Has accepted the current version of the guidelines'),
});
export type VolunteerSummary = z.infer<typeof volunteerSummary>;
export const volunteerList = z.object({ items: z.array(volunteerSummary), courses: z.array(courseRef), currentGuidelinesVersion: z.number().int().nullable() });
export type VolunteerList = z.infer<typeof volunteerList>;

const weeklySlot = z.object({ weekday: z.number().int().min(1).max(7).describe('ISO weekday, 1 = Monday'), from: clock, to: clock });
const availabilityException = z.object({ id: idSchema, kind: z.enum(['away', 'extra']), from: instant, to: instant, note: z.string().nullable() });
const guidelinesVersion = z.object({ version: z.number().int(), title: z.string(), body: z.string(), publishedAt: instant });

export const volunteerProfile = volunteerSummary.extend({
  phone: z.string().nullable().describe('From the application'),
  skills: z.array(z.string()),
  postalCode: z.string().nullable().describe('The postal district of the home position'),
  maxDistanceKm: z.number().int().nullable(),
  statusChangedOn: calendarDate.nullable(),
  stopReason: z.string().nullable(),
  weeklySlots: z.array(weeklySlot).describe('Weekday, then start'),
  exceptions: z.array(availabilityException).describe('Those not over yet, soonest first'),
  guidelines: z.object({ current: guidelinesVersion.nullable(), acceptedVersion: z.number().int().nullable(), acceptedAt: instant.nullable() }),
  version: z.number().int(),
});
export type VolunteerProfile = z.infer<typeof volunteerProfile>;

export const updateVolunteerBody = z.strictObject({
  recordCheckOn: calendarDate.nullable().optional(),
  recordCheckExpiresOn: calendarDate.nullable().optional(),
  status: volunteerStatus.optional(),
  stopReason: optionalText(1000).optional().describe('Required when stopping'),
  version: versionField,
});
export type UpdateVolunteerBody = z.infer<typeof updateVolunteerBody>;

export const courseBody = z.strictObject({
  completedOn: calendarDate,
  validUntil: calendarDate.nullable().optional().describe('Left out: worked out from the course list (e.g. first aid: 24 months)'),
});
export type CourseBody = z.infer<typeof courseBody>;

// ——— Guidelines ———

export const guidelinesOverview = z.object({
  current: guidelinesVersion.nullable(),
  earlier: z.array(guidelinesVersion.pick({ version: true, title: true, publishedAt: true })).describe('Newest first'),
  acceptedCurrent: z.number().int().describe('Active and paused volunteers who have accepted the current version'),
  volunteers: z.number().int().describe('Active and paused volunteers'),
});
export type GuidelinesOverview = z.infer<typeof guidelinesOverview>;
export const publishGuidelinesBody = z.strictObject({
  title: shortText(200).min(1),
  body: shortText(20000).min(1).describe('Roles, tasks and confidentiality, in plain words'),
  basedOnVersion: z.number().int().min(0).describe('The current version the text was written from (0 when there is none)'),
});
export type PublishGuidelinesBody = z.infer<typeof publishGuidelinesBody>;

// ——— The volunteer themself ———

export const updateMyProfileBody = z.strictObject({
  interests: z.array(shortText(40).min(1)).max(20),
  skills: z.array(shortText(60).min(1)).max(20),
  languages: z.array(z.string()).min(1).max(12).describe('ISO 639-1 codes, e.g. da, en, ar'),
  area: optionalText(200),
  postalCode: optionalText(10).describe('Where one sets out from; placed on the map by its postal district'),
  maxDistanceKm: z.number().int().min(1).max(500).nullable(),
  weeklySlots: z.array(weeklySlot).max(40),
  paused: z.boolean().describe('Pause oneself (no new accompaniments), or be active again'),
  version: versionField,
});
export type UpdateMyProfileBody = z.infer<typeof updateMyProfileBody>;

export const exceptionBody = z.strictObject({ kind: z.enum(['away', 'extra']), from: instant, to: instant, note: optionalText(500) });
export type ExceptionBody = z.infer<typeof exceptionBody>;

export const acceptGuidelinesBody = z.strictObject({ version: z.number().int().positive().describe('The version read and accepted') });
export type AcceptGuidelinesBody = z.infer<typeof acceptGuidelinesBody>;
