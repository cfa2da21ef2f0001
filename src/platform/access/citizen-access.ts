import { accessToPart, type ConsentRecord, type Grantee } from '../../domain/consent-decision.js';
import { isPlanPart, planParts, type PlanPart } from '../../domain/plan-parts.js';
import { isReadOnly, type Permission } from '../../domain/roles.js';
import type { Ctx } from '../context.js';
import type { InferResult } from 'kysely';
import { QueryTemplate } from '../db/query-template.js';
import { citizenOverviews, citizenScope } from '../cache/citizen-answers.js';
import { afterCommit } from '../db/tenant-transaction.js';
import { AccessDenied, authorize } from './authorize.js';

/** How the acting person stands to a citizen, and what of the plan they may therefore see and comment on. */
export interface CitizenAccess {
  citizenId: string;
  relation: 'self' | 'team' | 'relative' | 'none';
  /** The network member the actor is, when they are in the citizen's network. */
  networkMemberId: string | null;
  visibleParts: Set<PlanPart>;
  commentableParts: Set<PlanPart>;
  /** The actor works in the receiving unit, or a unit below it, of the referral the request is about (`referralId`). */
  referralReceiver: boolean;
}

/** The actions that concern the plan's parts; the others (record, consents, access log) need self or team. */
const partScoped: ReadonlySet<Permission> = new Set(['plan.read', 'plan.comment']);

/** Every request about a citizen starts here, so the statement is built once (platform/db/query-template.ts). */
type RelationRow = InferResult<ReturnType<typeof relationQuery>>[number];
let relationTemplate: QueryTemplate<RelationRow> | undefined;

async function loadRelation(ctx: Ctx, citizenId: string): Promise<RelationRow | undefined> {
  const template = (relationTemplate ??= QueryTemplate.compile((param) => relationQuery(ctx.trx, param('userId'), param('tenantId'), param('citizenId'))));
  const [row] = await template.execute(ctx.trx, { userId: ctx.actor.userId, tenantId: ctx.tenantId, citizenId });
  return row;
}

function relationQuery(trx: Ctx['trx'], userId: string, tenantId: string, citizenId: string) {
  return trx
    .selectFrom('citizen as c')
    .select((eb) => [
      eb('c.user_id', '=', userId).as('is_self'),
      eb.exists(eb.selectFrom('citizen_team_member as t').select('t.user_id').whereRef('t.tenant_id', '=', 'c.tenant_id').whereRef('t.citizen_id', '=', 'c.citizen_id').where('t.user_id', '=', userId)).as('is_team'),
      eb
        .selectFrom('network_member as n')
        .select('n.member_id')
        .whereRef('n.tenant_id', '=', 'c.tenant_id')
        .whereRef('n.citizen_id', '=', 'c.citizen_id')
        .where('n.user_id', '=', userId)
        .where('n.removed_at', 'is', null)
        .limit(1)
        .as('member_id'),
    ])
    .where('c.tenant_id', '=', tenantId)
    .where('c.citizen_id', '=', citizenId);
}

/**
 * The actor's unit and every unit above it (the org tree has no cycles: domain/org-tree.ts), and — when the request
 * is about a referral of this citizen — that referral's receiving unit. One statement, only for staff outside
 * the team or requests about a referral, so the team's hot path does not pay for it.
 */
async function loadUnitFacts(ctx: Ctx, unitId: string, citizenId: string, referralId: string | undefined): Promise<{ aboveUnitIds: string[]; receiver: boolean }> {
  const rows = await ctx.trx
    .withRecursive('chain(unit_id, parent_unit_id)', (db) =>
      db
        .selectFrom('org_unit')
        .select(['unit_id', 'parent_unit_id'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('unit_id', '=', unitId)
        .union(db.selectFrom('org_unit as o').innerJoin('chain', 'chain.parent_unit_id', 'o.unit_id').select(['o.unit_id', 'o.parent_unit_id']).where('o.tenant_id', '=', ctx.tenantId)),
    )
    .selectFrom('chain')
    .select('chain.unit_id')
    .$if(referralId !== undefined, (qb) =>
      qb.select((eb) =>
        eb
          .selectFrom('referral as r')
          .select('r.receiving_unit_id')
          .where('r.tenant_id', '=', ctx.tenantId)
          .where('r.referral_id', '=', referralId!)
          .where('r.citizen_id', '=', citizenId)
          .as('receiving_unit_id'),
      ),
    )
    .execute();
  const chain = rows.map((r) => r.unit_id);
  const receivingUnitId = (rows[0] as { receiving_unit_id?: string | null } | undefined)?.receiving_unit_id ?? null;
  return { aboveUnitIds: chain.filter((id) => id !== unitId), receiver: receivingUnitId !== null && chain.includes(receivingUnitId) };
}

async function loadConsents(ctx: Ctx, citizenId: string, grantee: Grantee): Promise<ConsentRecord[]> {
  const rows = await ctx.trx
    .selectFrom('consent')
    .select(['grantee_kind', 'grantee_id', 'part', 'level', 'granted_at', 'withdrawn_at'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', citizenId)
    .where('withdrawn_at', 'is', null)
    .where((eb) =>
      grantee.kind === 'network'
        ? eb.and([eb('grantee_kind', '=', 'network'), eb('grantee_id', '=', grantee.memberId)])
        : eb.or([
            eb.and([eb('grantee_kind', '=', 'staff'), eb('grantee_id', '=', grantee.userId)]),
            ...(grantee.unitId ? [eb.and([eb('grantee_kind', '=', 'unit'), eb('grantee_id', 'in', [grantee.unitId, ...(grantee.aboveUnitIds ?? [])])])] : []),
          ]),
    )
    .execute();
  return rows.filter((r) => isPlanPart(r.part)).map((r) => ({ granteeKind: r.grantee_kind, granteeId: r.grantee_id, part: r.part as PlanPart, level: r.level, grantedAt: r.granted_at, withdrawnAt: r.withdrawn_at }));
}

/**
 * Works out the actor's relation to the citizen: self, on the team, in the network, or none (staff elsewhere,
 * who may still hold a consent). With a `referralId`, also whether the actor is staff of that referral's receiving
 * unit. Returns null when the citizen does not exist in this municipality.
 */
export async function citizenAccessFor(ctx: Ctx, citizenId: string, referralId?: string): Promise<CitizenAccess | null> {
  const row = await loadRelation(ctx, citizenId);
  if (!row) return null;
  const all = new Set<PlanPart>(planParts);
  const staffUnitId = ctx.actor.kind === 'staff' ? ctx.actor.orgUnitId : null;
  if (row.is_self) return { citizenId, relation: 'self', networkMemberId: null, visibleParts: all, commentableParts: all, referralReceiver: false };
  const memberId = row.member_id ?? null;
  const units = staffUnitId && !memberId && (!row.is_team || referralId !== undefined) ? await loadUnitFacts(ctx, staffUnitId, citizenId, referralId) : null;
  const referralReceiver = units?.receiver ?? false;
  if (row.is_team) return { citizenId, relation: 'team', networkMemberId: null, visibleParts: all, commentableParts: all, referralReceiver };
  const grantee: Grantee | null = memberId
    ? { kind: 'network', memberId }
    : ctx.actor.kind === 'staff'
      ? { kind: 'staff', userId: ctx.actor.userId, unitId: ctx.actor.orgUnitId, aboveUnitIds: units?.aboveUnitIds ?? [] }
      : null;
  const consents = grantee ? await loadConsents(ctx, citizenId, grantee) : [];
  const visibleParts = new Set<PlanPart>();
  const commentableParts = new Set<PlanPart>();
  if (grantee) {
    for (const part of planParts) {
      const access = accessToPart(consents, grantee, part, ctx.now);
      if (access !== 'none') visibleParts.add(part);
      if (access === 'comment') commentableParts.add(part);
    }
  }
  return { citizenId, relation: memberId ? 'relative' : 'none', networkMemberId: memberId, visibleParts, commentableParts, referralReceiver };
}

export interface CitizenAccessRequest {
  citizenId: string;
  action: Permission;
  /** The part of the plan concerned; 'any' when reading the plan as a whole (filtered afterwards). */
  part?: PlanPart | 'any';
  purpose: string;
  resourceType: string;
  resourceId?: string | null;
  details?: Record<string, unknown>;
  /** The referral the request is about: staff of its receiving unit stand to the citizen as its receiver. */
  referralId?: string;
}

/**
 * The gate to a citizen's data: relation and consent decide, `authorize` audits. Denials answer 404
 * (the citizen's existence is not revealed) and are audited too. Returns what the actor may see.
 */
export async function authorizeCitizen(ctx: Ctx, request: CitizenAccessRequest): Promise<CitizenAccess> {
  const access = await citizenAccessFor(ctx, request.citizenId, request.referralId);
  const base = { action: request.action, resourceType: request.resourceType, resourceId: request.resourceId ?? request.citizenId, citizenId: access ? request.citizenId : null, purpose: request.purpose, details: request.details };
  if (!access) {
    throw new AccessDenied('hide', { ...base, outcome: 'denied', details: { ...request.details, reason: 'unknown-citizen' } });
  }
  const relation = access.relation === 'none' && access.referralReceiver ? 'receiver' : access.relation;
  let consented = false;
  if ((relation === 'relative' || relation === 'none' || relation === 'receiver') && partScoped.has(request.action) && request.part !== undefined) {
    const parts = request.action === 'plan.comment' ? access.commentableParts : access.visibleParts;
    consented = request.part === 'any' ? parts.size > 0 : parts.has(request.part);
  }
  await authorize(ctx, { ...base, relation, consented, details: { ...request.details, ...(request.part && { part: request.part }) } });
  // Whatever else it changes, a write about the citizen makes the answers kept about them old.
  if (!isReadOnly(request.action)) afterCommit(ctx.trx, () => citizenOverviews.forget(citizenScope(ctx.tenantId, request.citizenId)));
  return access;
}
