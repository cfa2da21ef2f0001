import { z } from 'zod';
import { activityStatuses } from '../domain/strategy-status.js';
import { idSchema } from './common.js';

/**
 * Strategy tracking (issue 7, DOMAIN §4.6): the policy, plans and strategies with focus areas and activities; dated
 * progress notes; the committee's yearly selection of focus areas; working groups, the committee and the sparring
 * group (docs/strategies.md).
 */

export const unGoals = ['3', '4.5', '8.5', '10.2', '11'] as const;
export const nationalGoals = ['fewer-homeless', 'drug-abstinence-or-reduction', 'alcohol-abstinence-or-reduction', 'social-help-in-education-or-job', 'young-in-education'] as const;
/** The indicators the product ships with; a municipality's own indicator keys are accepted too. */
export const shippedIndicatorKeys = ['job-or-education-share', 'homeless-citizens', 'goals-reached-share', 'citizen-progress-rating', 'referrals-answered-in-time', 'volunteer-matches'] as const;
export const managedBodyKinds = ['committee', 'working-group', 'sparring-group'] as const;

const dateOnly = z.iso.date().describe('A calendar date, YYYY-MM-DD');
const year = z.number().int().min(2000).max(2100).describe('A calendar year');
const version = z.number().int().positive().describe('The version you read; an older one is refused with 409');
const named = z.object({ id: idSchema, name: z.string() });

export const activityStatus = z.enum(activityStatuses).describe('not-started, in-progress, done, ongoing (everyday practice) or stopped');
export const rolledUpStatus = z.enum([...activityStatuses, 'no-activities']).describe("The roll-up of the activities' statuses (src/domain/strategy-status.ts)");

export const statusRollUp = z
  .object({
    status: rolledUpStatus,
    counts: z.record(z.enum(activityStatuses), z.number().int().min(0)).describe('Activities per status'),
    total: z.number().int().min(0),
    implementedShare: z.number().min(0).max(1).nullable().describe('Done or ongoing, of the activities not stopped; null when none is left to judge'),
  })
  .describe('Status at a glance, rolled up from the activities');

export const focusAreaHead = z.object({
  id: idSchema,
  number: z.number().int().positive(),
  track: z.string().nullable().describe('The track of the plan it belongs to, if the plan has tracks'),
  name: z.string(),
  status: statusRollUp,
  selectedThisYear: z.boolean().describe("In the committee's newest selection for the current year"),
});

export const strategyListItem = z.object({
  id: idSchema,
  key: z.string(),
  kind: z.enum(['policy', 'plan', 'strategy']),
  name: z.string(),
  summary: z.string(),
  periodFrom: dateOnly.nullable(),
  periodTo: dateOnly.nullable(),
  parent: named.nullable().describe('The policy a plan belongs to'),
  succeeds: named.nullable().describe('The plan this strategy replaces'),
  succeededBy: named.nullable().describe('The strategy that replaces this plan'),
  values: z.array(z.string()),
  lifeDomains: z.array(z.string()).describe('Life domain keys as the citizen plan uses them: health, social, leisure, housing, work'),
  status: statusRollUp,
  focusAreas: z.array(focusAreaHead),
});
export type StrategyListItem = z.infer<typeof strategyListItem>;

export const strategyList = z.object({
  year: year.describe('The current year, in which "selected this year" is judged'),
  strategies: z.array(strategyListItem).describe('The policy first, then plans and strategies by period'),
});
export type StrategyList = z.infer<typeof strategyList>;

export const activity = z.object({
  id: idSchema,
  focusAreaId: idSchema,
  title: z.string(),
  description: z.string(),
  status: activityStatus,
  periodFrom: dateOnly.nullable(),
  periodTo: dateOnly.nullable(),
  workingGroup: named.nullable(),
  ownerUnit: named.nullable(),
  responsible: named.nullable().describe('The responsible leader'),
  unGoals: z.array(z.enum(unGoals)),
  nationalGoals: z.array(z.enum(nationalGoals)),
  indicatorKeys: z.array(z.string()),
  lastNoteOn: dateOnly.nullable().describe('The date of the newest progress note; null without notes'),
  stale: z.boolean().describe('Open (not done or stopped, and begun) with no progress note for 90 days'),
  version,
});
export type Activity = z.infer<typeof activity>;

export const focusArea = focusAreaHead.extend({
  purpose: z.string(),
  why: z.string(),
  goal: z.string(),
  workingGroup: named.nullable().describe("This year's working group, if the focus area is selected"),
  activities: z.array(activity),
});

export const strategyDetail = strategyListItem.extend({
  year,
  mission: z.string().nullable(),
  vision: z.string().nullable(),
  focusAreas: z.array(focusArea),
  mayManage: z.boolean().describe('Whether the reader may change activities (strategy.manage)'),
});
export type StrategyDetail = z.infer<typeof strategyDetail>;

const ownerOption = z.object({ id: idSchema, name: z.string() });
export const activityDetail = activity.extend({
  strategy: named,
  focusArea: z.object({ id: idSchema, number: z.number().int(), name: z.string(), track: z.string().nullable() }),
  mayManage: z.boolean(),
  options: z
    .object({ workingGroups: z.array(ownerOption), units: z.array(ownerOption), leaders: z.array(ownerOption), indicatorKeys: z.array(z.string()) })
    .nullable()
    .describe('What an owner can be chosen from; only for a reader who may change the activity'),
});
export type ActivityDetail = z.infer<typeof activityDetail>;

export const strategyParams = z.strictObject({ id: idSchema });
export const focusAreaParams = z.strictObject({ id: idSchema, fid: idSchema });

const title = z.string().trim().min(1).max(300);
const links = {
  unGoals: z.array(z.enum(unGoals)).max(unGoals.length).optional().describe('UN goals it supports'),
  nationalGoals: z.array(z.enum(nationalGoals)).max(nationalGoals.length).optional().describe('National social-mobility goals it supports'),
  indicatorKeys: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(20).optional().describe('Keys of the indicators that show its effect'),
};
const owner = {
  workingGroupId: idSchema.nullable().optional().describe('A working group (steering body of kind working-group)'),
  ownerUnitId: idSchema.nullable().optional().describe('The organisation unit carrying it'),
  responsibleUserId: idSchema.nullable().optional().describe('The responsible leader (a user with the leader role)'),
};

export const createActivityBody = z
  .strictObject({
    title,
    description: z.string().max(8000).optional(),
    status: activityStatus.optional(),
    periodFrom: dateOnly.nullable().optional(),
    periodTo: dateOnly.nullable().optional(),
    ...owner,
    ...links,
  })
  .describe('A new activity under a focus area');
export type CreateActivityBody = z.infer<typeof createActivityBody>;

export const updateActivityBody = z
  .strictObject({
    version,
    title: title.optional(),
    description: z.string().max(8000).optional(),
    status: activityStatus.optional(),
    periodFrom: dateOnly.nullable().optional(),
    periodTo: dateOnly.nullable().optional(),
    ...owner,
    ...links,
  })
  .describe('A change of an activity, on the version read');
export type UpdateActivityBody = z.infer<typeof updateActivityBody>;

export const noteBody = z
  .strictObject({
    notedOn: dateOnly.describe('The date the note is about; not in the future'),
    body: z.string().trim().min(1).max(8000),
    status: activityStatus.optional().describe('A new status set in the same act; recorded in the note'),
    version: version.optional().describe('Needed when the status changes: the version the change was made on'),
  })
  .describe('A dated progress note, which may change the status');
export type NoteBody = z.infer<typeof noteBody>;

export const activityNote = z.object({
  id: idSchema,
  notedOn: dateOnly,
  body: z.string(),
  statusFrom: activityStatus.nullable(),
  statusTo: activityStatus.nullable(),
  writtenBy: z.string().nullable(),
  writtenAt: z.iso.datetime(),
});
export type ActivityNote = z.infer<typeof activityNote>;
export const activityNotes = z.object({ notes: z.array(activityNote).describe('Newest first') });
export const noteResult = z.object({ note: activityNote, activity });
export type NoteResult = z.infer<typeof noteResult>;

export const selection = z.object({
  id: idSchema,
  year,
  decidedOn: dateOnly,
  body: named,
  agendaReference: z.string(),
  note: z.string(),
  recordedAt: z.iso.datetime(),
  current: z.boolean().describe("The newest decision for its year (a later one supersedes it; both are kept)"),
  focusAreas: z.array(z.object({ id: idSchema, number: z.number().int(), name: z.string(), strategy: named, workingGroup: named.nullable() })),
});
export type Selection = z.infer<typeof selection>;
export const selectionList = z.object({ selections: z.array(selection).describe('By year, newest first; within a year newest decision first') });
export type SelectionList = z.infer<typeof selectionList>;
export const selectionQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const createSelectionBody = z
  .strictObject({
    year,
    decidedOn: dateOnly,
    bodyId: idSchema.describe('The committee that decided'),
    agendaReference: z.string().trim().min(1).max(300).describe('E.g. "Punkt 7, møde 9. december 2025"'),
    note: z.string().max(4000).optional(),
    focusAreaIds: z.array(idSchema).min(1).max(50),
  })
  .describe("The committee's decision of which focus areas to work on in a year");
export type CreateSelectionBody = z.infer<typeof createSelectionBody>;

export const staleActivity = z.object({
  id: idSchema,
  title: z.string(),
  status: activityStatus,
  strategy: named,
  focusArea: z.object({ id: idSchema, number: z.number().int(), name: z.string() }),
  lastNoteOn: dateOnly.nullable(),
  daysWithoutNote: z.number().int().min(0),
});

export const steeringOverview = z.object({
  today: dateOnly,
  year,
  strategies: z.array(strategyListItem),
  thisYear: selection.nullable().describe("The committee's current selection for this year"),
  nextYear: selection.nullable().describe("The committee's current selection for next year, once decided"),
  staleActivities: z.array(staleActivity).describe('Open activities with no progress note for 90 days, longest first'),
  mayManage: z.boolean(),
});
export type SteeringOverview = z.infer<typeof steeringOverview>;

export const bodyKind = z.enum(['council', 'committee', 'working-group', 'sparring-group']);
export const bodyListQuery = z.strictObject({ kind: z.enum(managedBodyKinds).optional() });
export const bodySummary = z.object({
  id: idSchema,
  key: z.string(),
  kind: bodyKind,
  name: z.string(),
  description: z.string(),
  year: z.number().int().nullable(),
  focusArea: named.nullable(),
  active: z.boolean(),
  memberCount: z.number().int().min(0),
  lastMeetingOn: dateOnly.nullable(),
});
export const bodyList = z.object({ bodies: z.array(bodySummary) });
export type BodyList = z.infer<typeof bodyList>;

export const bodyMember = z.object({
  id: idSchema,
  name: z.string(),
  role: z.string(),
  organisation: z.string().nullable(),
  memberFrom: dateOnly.nullable(),
  memberTo: dateOnly.nullable(),
});
export type BodyMember = z.infer<typeof bodyMember>;
export const bodyMeeting = z.object({ id: idSchema, kind: z.enum(['meeting', 'dialogue-meeting']), heldOn: dateOnly, title: z.string(), agenda: z.string(), minutes: z.string() });
export type BodyMeeting = z.infer<typeof bodyMeeting>;
export const bodyDetail = bodySummary.extend({ members: z.array(bodyMember), meetings: z.array(bodyMeeting).describe('Newest first'), mayManage: z.boolean() });
export type BodyDetail = z.infer<typeof bodyDetail>;

export const createMemberBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(60).describe("E.g. 'chair', 'member', 'secretary'"),
  organisation: z.string().trim().max(300).nullable().optional(),
  memberFrom: dateOnly.nullable().optional(),
  memberTo: dateOnly.nullable().optional(),
});
export type CreateMemberBody = z.infer<typeof createMemberBody>;
export const createMeetingBody = z.strictObject({
  heldOn: dateOnly,
  title: z.string().trim().min(1).max(300),
  agenda: z.string().max(8000).optional(),
  minutes: z.string().max(20000).optional(),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;
