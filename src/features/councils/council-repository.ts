import { sql } from 'kysely';
import type { HearingStatus } from '../../domain/hearing-state.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The SQL of councils (steering bodies of kind 'council'), their members, meetings and hearings. Every query names the tenant. */

export interface CouncilRow {
  body_id: string;
  key: string;
  name: string;
  description: string;
}

export async function listCouncilRows(trx: Tx, tenantId: string): Promise<CouncilRow[]> {
  return trx
    .selectFrom('steering_body')
    .select(['body_id', 'key', 'name', 'description'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'council')
    .where('active', '=', true)
    .orderBy('name')
    .orderBy('body_id')
    .execute();
}

/** One council; a body of another kind (committee, working group) is not a council and is not found. */
export async function findCouncil(trx: Tx, tenantId: string, bodyId: string): Promise<CouncilRow | undefined> {
  return trx
    .selectFrom('steering_body')
    .select(['body_id', 'key', 'name', 'description'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', '=', bodyId)
    .where('kind', '=', 'council')
    .executeTakeFirst();
}

export async function membersOf(trx: Tx, tenantId: string, bodyIds: readonly string[]) {
  if (bodyIds.length === 0) return [];
  return trx
    .selectFrom('steering_body_member')
    .select(['member_id', 'body_id', 'name', 'role', 'organisation', 'user_id', 'member_from', 'member_to'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', 'in', bodyIds)
    .orderBy('name')
    .orderBy('member_id')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

export async function findMember(trx: Tx, tenantId: string, bodyId: string, memberId: string): Promise<MemberRow | undefined> {
  return trx
    .selectFrom('steering_body_member')
    .select(['member_id', 'body_id', 'name', 'role', 'organisation', 'user_id', 'member_from', 'member_to'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', '=', bodyId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

/** The councils the user sits on today (a membership linked to their login whose period includes today). */
export async function councilsOfUser(trx: Tx, tenantId: string, userId: string, today: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('steering_body_member as m')
    .innerJoin('steering_body as b', (join) => join.onRef('b.tenant_id', '=', 'm.tenant_id').onRef('b.body_id', '=', 'm.body_id'))
    .select('m.body_id')
    .distinct()
    .where('m.tenant_id', '=', tenantId)
    .where('m.user_id', '=', userId)
    .where('b.kind', '=', 'council')
    .where((eb) => eb.or([eb('m.member_from', 'is', null), eb('m.member_from', '<=', today)]))
    .where((eb) => eb.or([eb('m.member_to', 'is', null), eb('m.member_to', '>=', today)]))
    .execute();
  return rows.map((r) => r.body_id);
}

export interface MemberValues {
  name: string;
  role: string;
  organisation: string | null;
  userId: string | null;
  memberFrom: string | null;
  memberTo: string | null;
}

export async function insertMember(trx: Tx, tenantId: string, bodyId: string, memberId: string, values: MemberValues): Promise<void> {
  await trx
    .insertInto('steering_body_member')
    .values({ tenant_id: tenantId, member_id: memberId, body_id: bodyId, name: values.name, role: values.role, organisation: values.organisation, user_id: values.userId, member_from: values.memberFrom, member_to: values.memberTo })
    .execute();
}

export async function updateMember(trx: Tx, tenantId: string, memberId: string, values: MemberValues): Promise<void> {
  await trx
    .updateTable('steering_body_member')
    .set({ name: values.name, role: values.role, organisation: values.organisation, user_id: values.userId, member_from: values.memberFrom, member_to: values.memberTo })
    .where('tenant_id', '=', tenantId)
    .where('member_id', '=', memberId)
    .execute();
}

export async function deleteMember(trx: Tx, tenantId: string, memberId: string): Promise<void> {
  await trx.deleteFrom('steering_body_member').where('tenant_id', '=', tenantId).where('member_id', '=', memberId).execute();
}

export async function userExists(trx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const row = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** The users a member may be linked to: those with the council-member or politician role, by name. */
export async function linkableUsers(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('app_user as u')
    .select(['u.user_id', 'u.display_name'])
    .distinct()
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grant as g')
          .select('g.user_id')
          .whereRef('g.tenant_id', '=', 'u.tenant_id')
          .whereRef('g.user_id', '=', 'u.user_id')
          .where('g.role', 'in', ['council-member', 'politician']),
      ),
    )
    .orderBy('u.display_name')
    .orderBy('u.user_id')
    .execute();
}

export async function meetingsOf(trx: Tx, tenantId: string, bodyIds: readonly string[]) {
  if (bodyIds.length === 0) return [];
  return trx
    .selectFrom('steering_meeting')
    .select(['meeting_id', 'body_id', 'kind', 'held_on', 'title', 'agenda', 'minutes'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', 'in', bodyIds)
    .orderBy('held_on', 'desc')
    .orderBy('meeting_id', 'desc')
    .execute();
}
export type MeetingRow = Awaited<ReturnType<typeof meetingsOf>>[number];

export async function findMeeting(trx: Tx, tenantId: string, bodyId: string, meetingId: string): Promise<MeetingRow | undefined> {
  return trx
    .selectFrom('steering_meeting')
    .select(['meeting_id', 'body_id', 'kind', 'held_on', 'title', 'agenda', 'minutes'])
    .where('tenant_id', '=', tenantId)
    .where('body_id', '=', bodyId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export async function insertMeeting(
  trx: Tx,
  tenantId: string,
  row: { meetingId: string; bodyId: string; kind: 'meeting' | 'dialogue-meeting'; heldOn: string; title: string; agenda: string; minutes: string; now: Date },
): Promise<void> {
  await trx
    .insertInto('steering_meeting')
    .values({ tenant_id: tenantId, meeting_id: row.meetingId, body_id: row.bodyId, kind: row.kind, held_on: row.heldOn, title: row.title, agenda: row.agenda, minutes: row.minutes, created_at: row.now })
    .execute();
}

export async function updateMeeting(trx: Tx, tenantId: string, meetingId: string, values: { heldOn: string; title: string; agenda: string; minutes: string }): Promise<void> {
  await trx
    .updateTable('steering_meeting')
    .set({ held_on: values.heldOn, title: values.title, agenda: values.agenda, minutes: values.minutes })
    .where('tenant_id', '=', tenantId)
    .where('meeting_id', '=', meetingId)
    .execute();
}

function selectHearings(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('hearing as h')
    .innerJoin('steering_body as b', (join) => join.onRef('b.tenant_id', '=', 'h.tenant_id').onRef('b.body_id', '=', 'h.body_id'))
    .leftJoin('strategy as s', (join) => join.onRef('s.tenant_id', '=', 'h.tenant_id').onRef('s.strategy_id', '=', 'h.strategy_id'))
    .leftJoin('app_user as r', (join) => join.onRef('r.tenant_id', '=', 'h.tenant_id').onRef('r.user_id', '=', 'h.responded_by'))
    .select([
      'h.hearing_id',
      'h.body_id',
      'b.name as council_name',
      'h.title',
      'h.description',
      'h.decision_reference',
      'h.strategy_id',
      's.name as strategy_name',
      'h.sent_on',
      'h.respond_by',
      'h.status',
      'h.response',
      'h.responded_at',
      'h.responded_by',
      'r.display_name as responded_by_name',
      'h.outcome',
      'h.version',
    ])
    .where('h.tenant_id', '=', tenantId)
    .where('b.kind', '=', 'council');
}
export type HearingRow = Awaited<ReturnType<ReturnType<typeof selectHearings>['executeTakeFirstOrThrow']>>;

/**
 * Hearings, limited to some councils (null: all), optionally by status: open ones first by deadline, then the others
 * newest first.
 */
export async function listHearingRows(trx: Tx, tenantId: string, filter: { bodyIds: readonly string[] | null; status?: HearingStatus | undefined }): Promise<HearingRow[]> {
  if (filter.bodyIds !== null && filter.bodyIds.length === 0) return [];
  let query = selectHearings(trx, tenantId);
  if (filter.bodyIds !== null) query = query.where('h.body_id', 'in', filter.bodyIds);
  if (filter.status) query = query.where('h.status', '=', filter.status);
  return query
    .orderBy(sql`CASE WHEN h.status = 'open' THEN 0 ELSE 1 END`)
    .orderBy(sql`CASE WHEN h.status = 'open' THEN h.respond_by END`)
    .orderBy('h.sent_on', 'desc')
    .orderBy('h.hearing_id', 'desc')
    .execute();
}

export async function findHearing(trx: Tx, tenantId: string, hearingId: string, options: { lock?: boolean } = {}): Promise<HearingRow | undefined> {
  let query = selectHearings(trx, tenantId).where('h.hearing_id', '=', hearingId);
  if (options.lock) query = query.forUpdate('h');
  return query.executeTakeFirst();
}

export async function insertHearing(
  trx: Tx,
  tenantId: string,
  row: { hearingId: string; bodyId: string; title: string; description: string; decisionReference: string; strategyId: string | null; sentOn: string; respondBy: string; createdBy: string; now: Date },
): Promise<void> {
  await trx
    .insertInto('hearing')
    .values({
      tenant_id: tenantId,
      hearing_id: row.hearingId,
      body_id: row.bodyId,
      title: row.title,
      description: row.description,
      decision_reference: row.decisionReference,
      strategy_id: row.strategyId,
      sent_on: row.sentOn,
      respond_by: row.respondBy,
      status: 'open',
      created_by: row.createdBy,
      created_at: row.now,
    })
    .execute();
}

/** Records the response when the version is the one read; false when someone else saved first. */
export async function saveResponse(trx: Tx, tenantId: string, hearingId: string, values: { response: string; userId: string; now: Date; version: number }): Promise<boolean> {
  const result = await trx
    .updateTable('hearing')
    .set((eb) => ({ response: values.response, responded_at: values.now, responded_by: values.userId, status: 'answered', version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('hearing_id', '=', hearingId)
    .where('version', '=', values.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function saveOutcome(trx: Tx, tenantId: string, hearingId: string, values: { outcome: string; version: number }): Promise<boolean> {
  const result = await trx
    .updateTable('hearing')
    .set((eb) => ({ outcome: values.outcome, status: 'closed', version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('hearing_id', '=', hearingId)
    .where('version', '=', values.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function strategyExists(trx: Tx, tenantId: string, strategyId: string): Promise<boolean> {
  const row = await trx.selectFrom('strategy').select('strategy_id').where('tenant_id', '=', tenantId).where('strategy_id', '=', strategyId).executeTakeFirst();
  return row !== undefined;
}
