import type { z } from 'zod';
import type { caseloadList, caseloadQuery } from '../../contracts/citizens.js';
import { ageOn } from '../../domain/age.js';
import { authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { caseloadOf } from './citizen-repository.js';
import { maskedCprOf } from './present-citizen.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';

/**
 * The staff member's caseload: the citizens whose team they are on, optionally by name. Staff see only their
 * own team's citizens here. Each listed citizen gets an entry of their own, so it shows in their access log.
 */
export async function listCaseload(ctx: Ctx, cpr: CprProtection, query: z.infer<typeof caseloadQuery>): Promise<z.infer<typeof caseloadList>> {
  await authorize(ctx, { action: 'caseload.read', resourceType: 'caseload', purpose: 'case-work', details: { nameFilter: query.q !== undefined } });
  const rows = await caseloadOf(ctx.trx, ctx.tenantId, ctx.actor.userId, query.q, ctx.now);
  for (const row of rows) {
    await recordAudit(ctx, { action: 'caseload.read', resourceType: 'citizen', resourceId: row.citizen_id, citizenId: row.citizen_id, purpose: 'case-work', outcome: 'allowed', details: { listed: true } });
  }
  const today = copenhagenToday(ctx.now);
  return {
    items: rows.map((r) => ({
      id: r.citizen_id,
      firstName: r.first_name,
      lastName: r.last_name,
      birthDate: r.birth_date,
      age: ageOn(r.birth_date, today),
      cprMasked: maskedCprOf(cpr, ctx.tenantId, r.cpr_encrypted),
      teamRole: r.team_role,
      nextMeetingAt: r.next_meeting_at ? new Date(r.next_meeting_at as unknown as string | Date).toISOString() : null,
      nextReviewDate: (r.next_review_date as string | null) ?? null,
    })),
  };
}
