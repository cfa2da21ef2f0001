import { managedBodyKinds, type BodyDetail, type BodyList, type BodyMeeting, type BodyMember, type CreateMeetingBody, type CreateMemberBody } from '../../contracts/strategies.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizeStrategy, mayManage } from './strategy-access.js';
import { strategyFieldError } from './strategy-messages.js';
import { findBody, listBodyRows, listMeetings, listMembers } from './strategy-repository.js';
import { periodProblem } from './strategy-rules.js';

type ManagedKind = (typeof managedBodyKinds)[number];
const isManaged = (kind: string): kind is ManagedKind => (managedBodyKinds as readonly string[]).includes(kind);

/**
 * The committee, the working groups and the sparring group. The councils (Handicaprådet, Udsatterådet) are bodies
 * too, but they are kept under /styring/raad with council.read and council.manage; here they answer 404.
 */
export async function listBodies(ctx: Ctx, kind?: ManagedKind): Promise<BodyList> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'steering-body', details: { kind: kind ?? null } });
  const rows = await listBodyRows(ctx.trx, ctx.tenantId, kind ? [kind] : managedBodyKinds);
  return {
    bodies: rows.map((b) => ({
      id: b.body_id,
      key: b.key,
      kind: b.kind,
      name: b.name,
      description: b.description,
      year: b.year,
      focusArea: b.focus_area_id && b.focus_area_name ? { id: b.focus_area_id, name: b.focus_area_name } : null,
      active: b.active,
      memberCount: Number(b.member_count ?? 0),
      lastMeetingOn: (b.last_meeting_on as string | null) ?? null,
    })),
  };
}

async function managedBody(ctx: Ctx, bodyId: string) {
  const body = await findBody(ctx.trx, ctx.tenantId, bodyId);
  if (!body || !isManaged(body.kind)) throw new AppError('not_found');
  return body;
}

const presentMember = (m: Awaited<ReturnType<typeof listMembers>>[number]): BodyMember => ({ id: m.member_id, name: m.name, role: m.role, organisation: m.organisation, memberFrom: m.member_from, memberTo: m.member_to });
const presentMeeting = (m: Awaited<ReturnType<typeof listMeetings>>[number]): BodyMeeting => ({ id: m.meeting_id, kind: m.kind, heldOn: m.held_on, title: m.title, agenda: m.agenda, minutes: m.minutes });

export async function getBody(ctx: Ctx, bodyId: string): Promise<BodyDetail> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'steering-body', id: bodyId });
  const body = await managedBody(ctx, bodyId);
  const members = (await listMembers(ctx.trx, ctx.tenantId, bodyId)).map(presentMember);
  const meetings = (await listMeetings(ctx.trx, ctx.tenantId, bodyId)).map(presentMeeting);
  return {
    id: body.body_id,
    key: body.key,
    kind: body.kind,
    name: body.name,
    description: body.description,
    year: body.year,
    focusArea: body.focus_area_id && body.focus_area_name ? { id: body.focus_area_id, name: body.focus_area_name } : null,
    active: body.active,
    memberCount: members.length,
    lastMeetingOn: meetings[0]?.heldOn ?? null,
    members,
    meetings,
    mayManage: mayManage(ctx),
  };
}

export async function addBodyMember(ctx: Ctx, bodyId: string, input: CreateMemberBody): Promise<BodyMember> {
  const memberId = newId();
  await authorizeStrategy(ctx, 'strategy.manage', { type: 'steering-body', id: bodyId, details: { operation: 'add-member', memberId, role: input.role } });
  await managedBody(ctx, bodyId);
  const problem = periodProblem(input.memberFrom, input.memberTo);
  if (problem) throw strategyFieldError(ctx.language, 'memberTo', problem);
  await ctx.trx
    .insertInto('steering_body_member')
    .values({ tenant_id: ctx.tenantId, member_id: memberId, body_id: bodyId, name: input.name, role: input.role, organisation: input.organisation?.trim() || null, user_id: null, member_from: input.memberFrom ?? null, member_to: input.memberTo ?? null })
    .execute();
  return presentMember((await listMembers(ctx.trx, ctx.tenantId, bodyId)).find((m) => m.member_id === memberId)!);
}

export async function addBodyMeeting(ctx: Ctx, bodyId: string, input: CreateMeetingBody): Promise<BodyMeeting> {
  const meetingId = newId();
  await authorizeStrategy(ctx, 'strategy.manage', { type: 'steering-body', id: bodyId, details: { operation: 'add-meeting', meetingId, heldOn: input.heldOn } });
  await managedBody(ctx, bodyId);
  await ctx.trx
    .insertInto('steering_meeting')
    .values({ tenant_id: ctx.tenantId, meeting_id: meetingId, body_id: bodyId, kind: 'meeting', held_on: input.heldOn, title: input.title, agenda: input.agenda?.trim() ?? '', minutes: input.minutes?.trim() ?? '', created_at: ctx.now })
    .execute();
  return presentMeeting((await listMeetings(ctx.trx, ctx.tenantId, bodyId)).find((m) => m.meeting_id === meetingId)!);
}
