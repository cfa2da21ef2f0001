import { z } from 'zod';
import { idSchema } from './common.js';
import { calendarDate, meeting, versionField } from './plan.js';

/** Plan meetings ("borgerplansmøde"): the citizen is always invited; agreements say who does what by when. */

export const meetingParams = z.strictObject({ id: idSchema.describe('The citizen'), meetingId: idSchema.describe('The meeting') });

const participantInput = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('The participant'),
  role: z.string().trim().min(1).max(60).describe('citizen, relative, support-worker, case-officer, other, ...'),
  userId: idSchema.optional().describe('The staff user, when the participant is one'),
  memberId: idSchema.optional().describe('The network member, when the participant is one'),
});

const agreementInput = z.strictObject({
  who: z.string().trim().min(1).max(200).describe('Who does it'),
  what: z.string().trim().min(1).max(1000).describe('What is agreed'),
  byDate: calendarDate.nullable().optional().describe('By when'),
});

export const createMeetingBody = z.strictObject({
  startsAt: z.iso.datetime({ offset: true }).describe('When the meeting begins (ISO 8601 with offset)'),
  location: z.string().trim().max(300).nullable().optional().describe('Where'),
  participants: z.array(participantInput).max(30).describe('Who is invited; the citizen is added when not listed'),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z.strictObject({
  version: versionField,
  status: z.enum(['planned', 'held', 'cancelled']).optional().describe('planned → held or cancelled; cancelled → planned'),
  participants: z.array(participantInput).max(30).optional(),
  agreements: z.array(agreementInput).max(50).optional().describe('The complete list of agreements'),
  summary: z.string().trim().max(8000).nullable().optional(),
  nextReviewDate: calendarDate.nullable().optional(),
});
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;

export const meetingList = z.object({ items: z.array(meeting).describe('Newest first') });
export type MeetingList = z.infer<typeof meetingList>;
