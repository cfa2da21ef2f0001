import type { ConsentsView, SetConsentsBody } from '../../contracts/consents.js';
import { AccessDenied } from '../../platform/access/authorize.js';
import { authorizeCitizen, citizenAccessFor } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { citizenMessage, fieldError } from '../citizens/citizen-messages.js';
import { activeStaff, lockCitizen } from '../citizens/citizen-repository.js';
import { loadConsentsView } from './get-consents.js';

type Wanted = SetConsentsBody['consents'][number];
const keyOf = (c: { granteeKind: string; granteeId: string; part: string; level: string }) => `${c.granteeKind}|${c.granteeId}|${c.part}|${c.level}`;

/**
 * The citizen sets the complete set of consents: what is missing is withdrawn and what is new is granted, from
 * this moment. Nothing is updated but the withdrawal time, so the table is the versioned history, and the audit
 * entry lists every change. A relative or a team member knows the citizen and is told plainly (403) that only the
 * citizen decides; anyone else gets the usual 404.
 */
export async function setConsents(ctx: Ctx, citizenId: string, input: SetConsentsBody): Promise<ConsentsView> {
  const purpose = 'self-service';
  const relation = (await citizenAccessFor(ctx, citizenId))?.relation;
  if (relation === 'relative' || relation === 'team') {
    throw Object.assign(
      new AccessDenied('forbidden', { action: 'consent.manage', resourceType: 'consent', resourceId: citizenId, citizenId, purpose, outcome: 'denied', details: { reason: 'citizen-only', relation } }),
      { fieldProblems: [{ path: 'consents', message: citizenMessage(ctx.language, 'consent.citizen_only') }] },
    );
  }
  if (relation !== 'self') {
    // Not the citizen: the gate refuses and audits (404, the citizen's existence is not revealed).
    await authorizeCitizen(ctx, { citizenId, action: 'consent.manage', purpose, resourceType: 'consent' });
    throw new AppError('not_found');
  }

  const seen = new Set<string>();
  input.consents.forEach((c, i) => {
    const key = `${c.granteeKind}|${c.granteeId}|${c.part}`;
    if (seen.has(key)) throw fieldError('validation_failed', ctx.language, `consents.${i}`, 'consent.duplicate');
    seen.add(key);
  });
  await assertGranteesExist(ctx, citizenId, input.consents);

  await lockCitizen(ctx.trx, ctx.tenantId, citizenId);
  const active = await ctx.trx
    .selectFrom('consent')
    .select(['consent_id', 'grantee_kind', 'grantee_id', 'part', 'level'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', citizenId)
    .where('withdrawn_at', 'is', null)
    .execute();
  const activeKeys = new Map(active.map((r) => [keyOf({ granteeKind: r.grantee_kind, granteeId: r.grantee_id, part: r.part, level: r.level }), r]));
  const wantedKeys = new Set(input.consents.map(keyOf));
  const withdrawn = active.filter((r) => !wantedKeys.has(keyOf({ granteeKind: r.grantee_kind, granteeId: r.grantee_id, part: r.part, level: r.level })));
  const granted = input.consents.filter((c) => !activeKeys.has(keyOf(c)));

  await authorizeCitizen(ctx, {
    citizenId,
    action: 'consent.manage',
    purpose,
    resourceType: 'consent',
    details: {
      granted: granted.map((c) => ({ granteeKind: c.granteeKind, granteeId: c.granteeId, part: c.part, level: c.level })),
      withdrawn: withdrawn.map((r) => ({ consentId: r.consent_id, granteeKind: r.grantee_kind, granteeId: r.grantee_id, part: r.part, level: r.level })),
    },
  });
  if (withdrawn.length > 0) {
    await ctx.trx
      .updateTable('consent')
      .set({ withdrawn_at: ctx.now, withdrawn_by: ctx.actor.userId })
      .where('tenant_id', '=', ctx.tenantId)
      .where('consent_id', 'in', withdrawn.map((r) => r.consent_id))
      .where('withdrawn_at', 'is', null)
      .execute();
  }
  if (granted.length > 0) {
    await ctx.trx
      .insertInto('consent')
      .values(
        granted.map((c) => ({
          tenant_id: ctx.tenantId,
          consent_id: newId(),
          citizen_id: citizenId,
          grantee_kind: c.granteeKind,
          grantee_id: c.granteeId,
          part: c.part,
          level: c.level,
          granted_at: ctx.now,
          granted_by: ctx.actor.userId,
          withdrawn_at: null,
          withdrawn_by: null,
        })),
      )
      .execute();
  }
  return loadConsentsView(ctx, citizenId);
}

async function assertGranteesExist(ctx: Ctx, citizenId: string, consents: Wanted[]): Promise<void> {
  const ids = (kind: Wanted['granteeKind']) => [...new Set(consents.filter((c) => c.granteeKind === kind).map((c) => c.granteeId))];
  const memberIds = ids('network');
  const members = memberIds.length
    ? await ctx.trx.selectFrom('network_member').select('member_id').where('tenant_id', '=', ctx.tenantId).where('citizen_id', '=', citizenId).where('member_id', 'in', memberIds).where('removed_at', 'is', null).execute()
    : [];
  const staff = await activeStaff(ctx.trx, ctx.tenantId, ids('staff'));
  const unitIds = ids('unit');
  const units = unitIds.length ? await ctx.trx.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', ctx.tenantId).where('unit_id', 'in', unitIds).where('active', '=', true).execute() : [];
  const known = new Set([...members.map((m) => `network|${m.member_id}`), ...[...staff].map((s) => `staff|${s}`), ...units.map((u) => `unit|${u.unit_id}`)]);
  const missing = consents.findIndex((c) => !known.has(`${c.granteeKind}|${c.granteeId}`));
  if (missing >= 0) throw fieldError('validation_failed', ctx.language, `consents.${missing}.granteeId`, 'consent.unknown_grantee');
}
