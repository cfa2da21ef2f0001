import type { z } from 'zod';
import type { cprSearchResult } from '../../contracts/citizens.js';
import { maskCpr, normaliseCpr } from '../../domain/cpr.js';
import { authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { fieldError } from './citizen-messages.js';
import { findByCprHash } from './citizen-repository.js';

/**
 * Finds a citizen by CPR number: case officers only, through the search hash (no row is decrypted).
 * Audited with the masked criterion; a hit is also audited against the citizen found, so it is in their access log.
 */
export async function searchCitizensByCpr(ctx: Ctx, cpr: CprProtection, input: { cpr: string }): Promise<z.infer<typeof cprSearchResult>> {
  const digits = normaliseCpr(input.cpr);
  await authorize(ctx, { action: 'citizen.search-cpr', resourceType: 'citizen', purpose: 'case-work', details: { criterion: digits ? maskCpr(digits) : 'invalid' } });
  if (!digits) throw fieldError('validation_failed', ctx.language, 'cpr', 'cpr.invalid');
  const rows = await findByCprHash(ctx.trx, ctx.tenantId, cpr.searchHash(ctx.tenantId, digits), ctx.actor.userId);
  for (const row of rows) {
    await recordAudit(ctx, { action: 'citizen.search-cpr', resourceType: 'citizen', resourceId: row.citizen_id, citizenId: row.citizen_id, purpose: 'case-work', outcome: 'allowed', details: { criterion: maskCpr(digits), found: true } });
  }
  return { items: rows.map((r) => ({ id: r.citizen_id, firstName: r.first_name, lastName: r.last_name, birthDate: r.birth_date, onMyTeam: Boolean(r.on_my_team) })) };
}
