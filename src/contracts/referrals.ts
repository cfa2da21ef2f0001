import { z } from 'zod';
import { planParts } from '../domain/plan-parts.js';
import { referralStates } from '../domain/referral-state.js';
import { idSchema } from './common.js';
import { calendarDate, instant, planPartSchema, versionField } from './plan.js';

/** Referrals to offers with the loop closed back to the sender and the citizen (domain/referral-state.ts). */

export const referralStateSchema = z.enum(referralStates).describe('sent, received, accepted, declined, started, completed or stopped');
const referralKindSchema = z.enum(['worker', 'self']).describe("worker: sent by staff; self: the citizen applied to a self-referral offer");
const sideSchema = z.enum(['receiver', 'sender', 'citizen']).describe('receiver: staff of the receiving unit; sender: who sent it; citizen: the citizen it is about');

export const referralIdParams = z.strictObject({ id: idSchema.describe('The referral') });

export const sendReferralBody = z.strictObject({
  citizenId: idSchema.describe('The citizen referred'),
  offerId: idSchema.describe('The published offer referred to; its owner unit receives the referral'),
  message: z.string().trim().max(4000).default('').describe('To the receiver: why, and what the citizen hopes for'),
  sharedParts: z
    .array(planPartSchema)
    .max(planParts.length)
    .default([])
    .describe('The parts of the plan the citizen agreed to share with the receiving unit for this referral'),
  citizenConsented: z
    .boolean()
    .optional()
    .describe('Required true when sharedParts is not empty: the citizen has agreed to share them (a worker records it on their behalf)'),
});
export type SendReferralBody = z.infer<typeof sendReferralBody>;

export const changeReferralBody = z.strictObject({
  state: referralStateSchema.describe('The new state'),
  reason: z.string().trim().max(2000).nullable().optional().describe('Why: required when declining or stopping'),
  version: versionField,
});
export type ChangeReferralBody = z.infer<typeof changeReferralBody>;

export const referralListQuery = z.strictObject({
  box: z.enum(['received', 'sent']).describe("received: referrals to the actor's unit (and the units below it); sent: the actor's own"),
  state: referralStateSchema.optional().describe('Only referrals in this state'),
  limit: z.coerce.number().int().min(1).max(500).default(200).describe('At most this many, newest first'),
});
export type ReferralListQuery = z.infer<typeof referralListQuery>;

const offerRef = z.object({ id: idSchema, name: z.string().describe("The offer's name") });
const unitRef = z.object({ id: idSchema, name: z.string().describe("The unit's name") });

export const referralSummary = z.object({
  id: idSchema,
  citizen: z.object({ id: idSchema, firstName: z.string().describe('First name'), lastName: z.string().describe('Last name') }).describe('The citizen referred'),
  offer: offerRef,
  receivingUnit: unitRef.nullable().describe('The unit that answers: the offer\'s owner unit when it was sent'),
  kind: referralKindSchema,
  senderName: z.string().nullable().describe('Who sent it'),
  state: referralStateSchema,
  sentAt: instant.describe('When it was sent'),
  answerDueOn: calendarDate.describe('The last working day for the receiver to answer'),
  overdue: z.boolean().describe('Not answered (sent or received) and the last day to answer has passed'),
  version: z.number().int().describe('The version; send it back with a state change'),
});
export type ReferralSummary = z.infer<typeof referralSummary>;

export const referralList = z.object({ items: z.array(referralSummary).describe('Newest first') });
export type ReferralList = z.infer<typeof referralList>;

export const referralEvent = z.object({
  id: idSchema,
  fromState: referralStateSchema.nullable().describe('null for the sending itself'),
  toState: referralStateSchema,
  reason: z.string().nullable().describe('Why, when declined or stopped'),
  actorName: z.string().nullable().describe('Who made the change'),
  at: instant.describe('When'),
});

export const referral = referralSummary.extend({
  citizen: z
    .object({ id: idSchema, firstName: z.string().describe('First name'), lastName: z.string().describe('Last name'), age: z.number().int().describe('Age today') })
    .describe('All the receiver sees of the citizen besides the message and the shared parts'),
  senderUnitName: z.string().nullable().describe("The sender's unit"),
  message: z.string().describe('The message to the receiver'),
  reason: z.string().nullable().describe('Why it was declined or stopped'),
  sharedParts: z.array(planPartSchema).describe('The parts of the plan the citizen agreed to share with the receiving unit when it was sent'),
  sharedNow: z.array(planPartSchema).describe('Those still shared: a part stops being shared when the citizen withdraws the consent or the referral closes'),
  answeredAt: instant.nullable().describe('When the receiver accepted or declined'),
  sides: z.array(sideSchema).describe('How the reader stands to this referral'),
  moves: z.array(z.object({ to: referralStateSchema, reasonRequired: z.boolean().describe('Whether the change needs a reason') })).describe('The changes the reader may make now'),
  history: z.array(referralEvent).describe('Every change, oldest first'),
});
export type Referral = z.infer<typeof referral>;

export const myReferral = z.object({
  id: idSchema,
  offer: offerRef,
  receiverName: z.string().describe('Who answers: the receiving unit, else the offer'),
  kind: referralKindSchema,
  state: referralStateSchema,
  stateText: z.string().describe("The state in plain words, in the citizen's language"),
  reason: z.string().nullable().describe('Why it was declined or stopped'),
  sentAt: instant.describe('When it was sent'),
  sharedParts: z.array(planPartSchema).describe('What of the plan the citizen shares with the receiver for it'),
  canWithdraw: z.boolean().describe('The citizen may still withdraw it (not yet answered)'),
  version: z.number().int().describe('The version; send it back when withdrawing'),
  history: z.array(z.object({ state: referralStateSchema, text: z.string().describe('What happened, in plain words'), at: instant.describe('When') })).describe('Oldest first'),
});
export type MyReferral = z.infer<typeof myReferral>;

export const myReferralList = z.object({ items: z.array(myReferral).describe('Newest first') });
export type MyReferralList = z.infer<typeof myReferralList>;

export const notification = z.object({
  id: idSchema,
  text: z.string().describe("The notice in the reader's language"),
  link: z.string().nullable().describe('The page it leads to'),
  createdAt: instant.describe('When it was written'),
  read: z.boolean().describe('Whether it has been marked read'),
});
export const notificationList = z.object({ items: z.array(notification).describe('Newest first, at most 50') });
export type NotificationList = z.infer<typeof notificationList>;
