import { z } from 'zod';
import { councilMemberRoles } from '../domain/council-composition.js';
import { hearingStatuses } from '../domain/hearing-state.js';
import { idSchema } from './common.js';
import { calendarDate, instant, versionField } from './plan.js';

/** Handicaprådet and Udsatterådet: members and their roles, dialogue meetings and hearings (docs/councils.md). */

export const councilMemberRoleSchema = z
  .enum(councilMemberRoles)
  .describe('dpo-representative (named by DH), city-council-member, expert (Handicaprådet); user-representative, organisation-representative, member; secretary (serves the council, not counted)');
export const hearingStatusSchema = z.enum(hearingStatuses).describe('open (waiting for the response), answered (waiting for the outcome), closed (outcome recorded)');

export const councilIdParams = z.strictObject({ id: idSchema.describe('The council') });
export const memberParams = z.strictObject({ id: idSchema.describe('The council'), memberId: idSchema.describe('The member') });
export const meetingParams = z.strictObject({ id: idSchema.describe('The council'), meetingId: idSchema.describe('The meeting') });
export const hearingIdParams = z.strictObject({ id: idSchema.describe('The hearing') });

const meetingRef = z.object({ id: idSchema, heldOn: calendarDate, title: z.string() });

const compositionGap = z.object({
  role: z.union([councilMemberRoleSchema, z.literal('other')]).describe("The role, or 'other' for members in roles the composition does not have"),
  expected: z.number().int().min(0),
  actual: z.number().int().min(0).describe('Members sitting today in the role'),
});

export const councilSummary = z.object({
  id: idSchema,
  key: z.string().describe("A stable key ('handicapraadet', 'udsatteraadet')"),
  name: z.string(),
  description: z.string(),
  memberCount: z.number().int().min(0).describe('Members sitting today (secretaries not counted)'),
  lastDialogueMeeting: meetingRef.nullable().describe('The latest dialogue meeting held (before or on today)'),
  nextDialogueMeeting: meetingRef.nullable().describe('The next dialogue meeting planned (after today)'),
  openHearings: z.number().int().min(0).describe('Hearings waiting for the council’s response that the reader may see'),
  compositionGaps: z.array(compositionGap).describe('Where the sitting members do not add up to the composition (Handicaprådet 4/1/3); empty when they do or when none is set'),
});
export type CouncilSummary = z.infer<typeof councilSummary>;
export const councilList = z.object({ items: z.array(councilSummary).describe('By name') });
export type CouncilList = z.infer<typeof councilList>;

export const councilMember = z.object({
  id: idSchema,
  name: z.string(),
  role: councilMemberRoleSchema,
  organisation: z.string().nullable().describe('Whom they represent, e.g. "DH Randers"'),
  userId: idSchema.nullable().describe('The login of the member, when they have one (they then answer hearings)'),
  memberFrom: calendarDate.nullable(),
  memberTo: calendarDate.nullable(),
  sitting: z.boolean().describe('The period includes today'),
});
export type CouncilMember = z.infer<typeof councilMember>;

export const councilMeeting = z.object({
  id: idSchema,
  kind: z.enum(['meeting', 'dialogue-meeting']).describe('dialogue-meeting: the yearly meeting with the political committee'),
  heldOn: calendarDate,
  title: z.string(),
  agenda: z.string(),
  minutes: z.string().describe('The minutes (referat); empty until written'),
});
export type CouncilMeeting = z.infer<typeof councilMeeting>;

export const hearingSummary = z.object({
  id: idSchema,
  council: z.object({ id: idSchema, name: z.string() }),
  title: z.string(),
  decisionReference: z.string().describe('The agenda item or case the decision is in'),
  sentOn: calendarDate,
  respondBy: calendarDate,
  status: hearingStatusSchema,
  overdue: z.boolean().describe('Open after the day it was to be answered by'),
  daysToAnswer: z.number().int().nullable().describe('Days left to answer (0 the last day, negative when overdue); null when not open'),
  respondedAt: instant.nullable(),
});
export type HearingSummary = z.infer<typeof hearingSummary>;
export const hearingList = z.object({ items: z.array(hearingSummary).describe('Open first by deadline, then the others newest first') });
export type HearingList = z.infer<typeof hearingList>;

export const hearing = hearingSummary.extend({
  description: z.string().describe('What the decision is about'),
  strategy: z.object({ id: idSchema, name: z.string() }).nullable().describe('The strategy or plan the decision concerns'),
  response: z.string().nullable().describe("The council's response (høringssvar)"),
  respondedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  outcome: z.string().nullable().describe('What the decision-maker did with the response'),
  canAnswer: z.boolean().describe('The reader may send or correct the response: a member of the council with a login, not closed'),
  canRecordOutcome: z.boolean().describe('The reader may record the outcome now'),
  version: versionField,
});
export type Hearing = z.infer<typeof hearing>;

export const councilDetail = councilSummary.extend({
  members: z.array(councilMember).describe('Sitting members by role and name, then former members'),
  meetings: z.array(councilMeeting).describe('Newest first'),
  hearings: z.array(hearingSummary).describe('The hearings the reader may see, as in the hearing list'),
  isMember: z.boolean().describe('The reader sits on the council'),
  canManage: z.boolean().describe('The reader may add members and meetings and send hearings'),
  linkableUsers: z
    .array(z.object({ id: idSchema, name: z.string() }))
    .describe('For a reader who manages: the users with the council-member or politician role, to link a member to a login'),
});
export type CouncilDetail = z.infer<typeof councilDetail>;

const text = (max: number) => z.string().trim().max(max);

const memberFields = {
  name: text(200).min(1).describe('Full name'),
  role: councilMemberRoleSchema,
  organisation: text(300).nullable().describe('Whom they represent'),
  userId: idSchema.nullable().describe('Link to a user of the municipality (to answer hearings)'),
  memberFrom: calendarDate.nullable().describe('Member from (the start of the city council period)'),
  memberTo: calendarDate.nullable().describe('Member until; after it the member no longer sits'),
};
export const memberBody = z.strictObject({
  name: memberFields.name,
  role: memberFields.role,
  organisation: memberFields.organisation.default(null),
  userId: memberFields.userId.default(null),
  memberFrom: memberFields.memberFrom.default(null),
  memberTo: memberFields.memberTo.default(null),
});
export type MemberBody = z.infer<typeof memberBody>;
export const memberPatch = z.strictObject(memberFields).partial().describe('Only the fields sent change');
export type MemberPatch = z.infer<typeof memberPatch>;

export const meetingBody = z.strictObject({
  kind: z.enum(['meeting', 'dialogue-meeting']).default('dialogue-meeting'),
  heldOn: calendarDate,
  title: text(300).min(1),
  agenda: text(8000).default(''),
  minutes: text(20000).default(''),
});
export type MeetingBody = z.infer<typeof meetingBody>;
export const meetingPatch = z
  .strictObject({ heldOn: calendarDate, title: text(300).min(1), agenda: text(8000), minutes: text(20000) })
  .partial()
  .describe('Only the fields sent change; most often the minutes after the meeting');
export type MeetingPatch = z.infer<typeof meetingPatch>;

export const createHearingBody = z.strictObject({
  title: text(300).min(1).describe('What the council is heard on'),
  description: text(8000).default('').describe('The decision and what the council is asked about'),
  decisionReference: text(300).min(1).describe('The agenda item or case number'),
  strategyId: idSchema.nullable().default(null).describe('The strategy or plan it concerns'),
  sentOn: calendarDate.describe('The day it was sent'),
  respondBy: calendarDate.describe('The day the response is due'),
});
export type CreateHearingBody = z.infer<typeof createHearingBody>;

export const hearingListQuery = z.strictObject({
  status: hearingStatusSchema.optional().describe('Only hearings in this status'),
});
export type HearingListQuery = z.infer<typeof hearingListQuery>;

export const responseBody = z.strictObject({
  response: text(20000).min(1).describe("The council's response"),
  version: versionField,
});
export type ResponseBody = z.infer<typeof responseBody>;

export const outcomeBody = z.strictObject({
  outcome: text(4000).min(1).describe('What the decision-maker did with the response'),
  version: versionField,
});
export type OutcomeBody = z.infer<typeof outcomeBody>;
