import { z } from 'zod';
import { lifeDomains, planParts } from '../domain/plan-parts.js';
import { referralStates } from '../domain/referral-state.js';
import { idSchema } from './common.js';

/** The citizen's plan ("Min plan"): dreams, goals per life domain, steps, comments, its history and the overview. */

export const versionField = z.number().int().positive().describe('The version you read; a save on a newer version is refused with 409');
export const instant = z.iso.datetime().describe('An instant, ISO 8601 UTC');
export const calendarDate = z.iso.date().describe('A Danish calendar date, YYYY-MM-DD');
export const lifeDomainSchema = z.enum(lifeDomains).describe('Life domain: health, social, leisure, housing or work');
export const planPartSchema = z.enum(planParts).describe('A part of the plan, the unit the citizen shares by consent');
const goalTypeSchema = z.enum(['develop', 'maintain', 'limit-loss']).describe("KL FFB Måltype: develop, maintain or limit-loss (keeping a function counts as success)");
const goalStatusSchema = z.enum(['active', 'achieved', 'not-achieved', 'paused', 'stopped']).describe('Where the goal stands');
const stepStatusSchema = z.enum(['planned', 'done', 'cancelled']).describe('planned, done or cancelled');
const citizenRatingSchema = z.number().int().min(1).max(5).describe("The citizen's own rating of how it goes, 1 (not at all) to 5 (very well); only the citizen sets it");
const workerLevelSchema = z.number().int().min(0).max(4).describe('The worker\'s assessment on KL FFB Funktionsevneniveau 0-4; only staff set it');

export const citizenIdParams = z.strictObject({ id: idSchema.describe('The citizen') });
export const dreamParams = z.strictObject({ id: idSchema.describe('The citizen'), dreamId: idSchema.describe('The dream') });
export const goalParams = z.strictObject({ id: idSchema.describe('The citizen'), goalId: idSchema.describe('The goal') });
export const stepParams = z.strictObject({ id: idSchema.describe('The citizen'), stepId: idSchema.describe('The step') });
export const versionQuery = z.strictObject({ version: z.coerce.number().int().positive().describe('The version you read') });

export const comment = z.object({
  id: idSchema,
  authorName: z.string().describe('Who wrote it'),
  text: z.string().describe('The comment'),
  createdAt: instant.describe('When it was written'),
});
export type Comment = z.infer<typeof comment>;

export const dream = z.object({
  id: idSchema,
  text: z.string().describe("The dream in the citizen's own words"),
  domain: lifeDomainSchema.nullable().describe('The life domain the dream is about, if any'),
  createdAt: instant.describe('When it was written down'),
  comments: z.array(comment).describe('Comments on the dream, oldest first'),
  version: z.number().int(),
});
export type Dream = z.infer<typeof dream>;

export const step = z.object({
  id: idSchema,
  text: z.string().describe('What is to be done, in plain words'),
  whoHelps: z.string().nullable().describe('Who helps, in words ("Anders", "Louise", "mig selv")'),
  dueDate: calendarDate.nullable().describe('By when'),
  pictogram: z.string().nullable().describe('Pictogram key for the kind of step (calendar, bus, phone, food, sleep, exercise, ...)'),
  offerId: idSchema.nullable().describe('The catalogue offer the step is about, when it came from one'),
  status: stepStatusSchema,
  doneAt: instant.nullable().describe('When it was marked done'),
  comments: z.array(comment).describe('Comments on the step, oldest first'),
  version: z.number().int(),
});
export type Step = z.infer<typeof step>;

export const goal = z.object({
  id: idSchema,
  domain: lifeDomainSchema,
  title: z.string().describe("The goal in the citizen's own words"),
  description: z.string().nullable().describe('More about the goal'),
  goalType: goalTypeSchema,
  status: goalStatusSchema,
  outcome: z.enum(['success', 'in-progress', 'not-reached', 'on-hold']).describe('How the goal is going; a kept maintain goal is a success'),
  progress: z.number().int().min(0).max(100).describe('Share of the steps done, 0-100 (cancelled steps do not count)'),
  citizenRating: citizenRatingSchema.nullable(),
  workerLevel: workerLevelSchema.nullable(),
  reviewDate: calendarDate.nullable().describe('When the goal is to be followed up'),
  track: z.enum(['adult', 'transition']).describe('adult, or the transition track for 16-17-year-olds'),
  steps: z.array(step).describe('The steps towards the goal, in order'),
  comments: z.array(comment).describe('Comments on the goal, oldest first'),
  version: z.number().int(),
});
export type Goal = z.infer<typeof goal>;

export const meetingParticipant = z.object({
  name: z.string().describe('The participant'),
  role: z.string().describe('citizen, relative, support-worker, case-officer, other, ...'),
});

export const meetingAgreement = z.object({
  who: z.string().describe('Who does it'),
  what: z.string().describe('What is agreed'),
  byDate: calendarDate.nullable().describe('By when'),
});

export const meeting = z.object({
  id: idSchema,
  startsAt: instant.describe('When the meeting begins'),
  location: z.string().nullable().describe('Where'),
  status: z.enum(['planned', 'held', 'cancelled']),
  participants: z.array(meetingParticipant).describe('Who takes part; the citizen is always invited'),
  agreements: z.array(meetingAgreement).describe('Expectation alignment: who does what, by when'),
  summary: z.string().nullable().describe('What was talked about, written so the citizen can read it'),
  nextReviewDate: calendarDate.nullable().describe('When the plan is next reviewed'),
  comments: z.array(comment).describe('Comments on the meeting, oldest first'),
  version: z.number().int(),
});
export type Meeting = z.infer<typeof meeting>;

export const transitionSummary = z
  .object({
    startedOn: calendarDate.describe('When the transition plan began'),
    responsibleName: z.string().nullable().describe('The staff member responsible'),
    parentsInvolved: z.boolean().describe('Whether the parents take part'),
    adultServicesContact: z.string().nullable().describe('The contact in adult services'),
  })
  .describe('"Den gode overgang": the transition to adult services; only for the citizen and the team');

export const plan = z.object({
  citizenId: idSchema,
  firstName: z.string().describe("The citizen's first name"),
  relation: z.enum(['self', 'team', 'relative', 'none']).describe('How the reader stands to the citizen (none: staff outside the team reading by consent)'),
  canWrite: z.boolean().describe('Whether the reader may add and change dreams, goals and steps'),
  commentableParts: z.array(planPartSchema).describe('The parts the reader may comment on'),
  hiddenParts: z.array(planPartSchema).describe('The parts the reader may not see'),
  dreams: z.array(dream).nullable().describe('"Mine drømme"; null when the dreams are not shared with the reader'),
  domains: z.array(z.object({ domain: lifeDomainSchema, goals: z.array(goal) })).describe('Goals per life domain; only the domains the reader may see'),
  meetings: z.array(meeting).nullable().describe('Plan meetings, newest first; null when not shared with the reader'),
  transition: transitionSummary.nullable(),
});
export type Plan = z.infer<typeof plan>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const createDreamBody = z.strictObject({
  text: text(2000).describe("The dream in the citizen's own words"),
  domain: lifeDomainSchema.nullable().optional(),
});
export type CreateDreamBody = z.infer<typeof createDreamBody>;

export const updateDreamBody = z.strictObject({
  version: versionField,
  text: text(2000).optional(),
  domain: lifeDomainSchema.nullable().optional(),
});
export type UpdateDreamBody = z.infer<typeof updateDreamBody>;

export const createGoalBody = z.strictObject({
  domain: lifeDomainSchema,
  title: text(500).describe("The goal in the citizen's own words"),
  description: optionalText(4000),
  goalType: goalTypeSchema,
  reviewDate: calendarDate.nullable().optional(),
  track: z.enum(['adult', 'transition']).optional().describe('Default adult'),
});
export type CreateGoalBody = z.infer<typeof createGoalBody>;

export const updateGoalBody = z.strictObject({
  version: versionField,
  title: text(500).optional(),
  description: optionalText(4000),
  goalType: goalTypeSchema.optional(),
  status: goalStatusSchema.optional(),
  citizenRating: citizenRatingSchema.optional(),
  workerLevel: workerLevelSchema.nullable().optional(),
  reviewDate: calendarDate.nullable().optional(),
});
export type UpdateGoalBody = z.infer<typeof updateGoalBody>;

export const createStepBody = z.strictObject({
  text: text(1000).describe('What is to be done'),
  whoHelps: optionalText(200),
  dueDate: calendarDate.nullable().optional(),
  pictogram: z.string().trim().regex(/^[a-z][a-z0-9-]{0,39}$/).nullable().optional().describe('Pictogram key'),
  offerId: idSchema.nullable().optional().describe('A published catalogue offer the step is about ("Sæt i min plan")'),
});
export type CreateStepBody = z.infer<typeof createStepBody>;

export const updateStepBody = z.strictObject({
  version: versionField,
  text: text(1000).optional(),
  whoHelps: optionalText(200),
  dueDate: calendarDate.nullable().optional(),
  pictogram: z.string().trim().regex(/^[a-z][a-z0-9-]{0,39}$/).nullable().optional(),
  status: stepStatusSchema.optional(),
});
export type UpdateStepBody = z.infer<typeof updateStepBody>;

export const createCommentBody = z.strictObject({
  subjectType: z.enum(['dream', 'goal', 'step', 'meeting']).describe('What the comment is about'),
  subjectId: idSchema,
  text: text(2000).describe('The comment'),
});
export type CreateCommentBody = z.infer<typeof createCommentBody>;

export const historyItem = z.object({
  id: idSchema,
  at: instant.describe('When the change was made'),
  actorName: z.string().nullable().describe('Who made it'),
  actorRole: z.string().nullable().describe('In which role: citizen, relative, or the staff role'),
  part: z.string().describe('The part of the plan changed'),
  subjectType: z.string().describe('dream, goal, step, meeting or comment'),
  subjectId: idSchema,
  operation: z.enum(['create', 'update', 'delete']),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).describe('Field by field: the value before and after'),
});
export type HistoryItem = z.infer<typeof historyItem>;

export const historyQuery = z.strictObject({
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type HistoryQuery = z.infer<typeof historyQuery>;

export const historyPage = z.object({
  items: z.array(historyItem).describe('Newest first'),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last'),
});
export type HistoryPage = z.infer<typeof historyPage>;

export const overview = z.object({
  citizen: z.object({
    id: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    age: z.number().int(),
    cprMasked: z.string().nullable().describe('DDMMYY-****; only for the citizen and the team'),
    communicationNeeds: z.array(z.string()).describe('easy-read, pictograms, read-aloud, interpreter'),
    contactPerson: z.object({ userId: idSchema, name: z.string() }).nullable(),
  }),
  domains: z
    .array(
      z.object({
        domain: lifeDomainSchema,
        goals: z.array(
          z.object({
            id: idSchema,
            title: z.string(),
            status: goalStatusSchema,
            outcome: goal.shape.outcome,
            progress: goal.shape.progress,
            nextStep: z.object({ id: idSchema, text: z.string(), dueDate: calendarDate.nullable(), whoHelps: z.string().nullable() }).nullable().describe('The first planned step'),
          }),
        ),
      }),
    )
    .describe('Goals across the life domains the reader may see'),
  network: z.array(z.object({ name: z.string(), relation: z.string(), isRelative: z.boolean(), hasLogin: z.boolean() })).describe('The network; only for the citizen and the team'),
  team: z.array(z.object({ name: z.string(), title: z.string().nullable(), unitName: z.string().nullable(), teamRole: z.string() })).describe('The staff around the citizen; only for the citizen and the team'),
  upcoming: z.object({
    meetings: z.array(meeting).describe('Planned meetings from now on, soonest first; only when meetings are shared with the reader'),
    reviews: z.array(z.object({ goalId: idSchema, title: z.string(), reviewDate: calendarDate })).describe('Goal reviews from today on, soonest first'),
  }),
  recentChanges: z.array(historyItem).describe('The latest changes to the parts the reader may see'),
  transition: transitionSummary.nullable(),
  referrals: z
    .array(
      z.object({
        id: idSchema,
        offerName: z.string().describe('The offer referred to'),
        state: z.enum(referralStates).describe('Where the referral stands'),
        sentAt: instant.describe('When it was sent'),
        overdue: z.boolean().describe('Not answered and the last day to answer has passed'),
      }),
    )
    .describe("The citizen's referrals to offers, newest first (at most 10); only for the citizen and the team"),
});
export type Overview = z.infer<typeof overview>;
