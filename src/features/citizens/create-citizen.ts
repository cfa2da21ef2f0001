import type { CitizenRecord, CreateCitizenBody } from '../../contracts/citizens.js';
import { birthDateFromCpr, maskCpr, normaliseCpr } from '../../domain/cpr.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { newId } from '../../platform/ids.js';
import { fieldError } from './citizen-messages.js';
import { findByCprHash } from './citizen-repository.js';
import { loadCitizenRecord } from './present-citizen.js';

/**
 * Registers a citizen: case officers. The CPR number is stored encrypted with its search hash, the birth date is
 * taken from it, and the creating case officer joins the team, so the record is never without a responsible person.
 */
export async function createCitizen(ctx: Ctx, cpr: CprProtection, input: CreateCitizenBody): Promise<CitizenRecord> {
  const citizenId = newId();
  const digits = normaliseCpr(input.cpr);
  await authorize(ctx, { action: 'citizen.create', resourceType: 'citizen', resourceId: citizenId, citizenId, purpose: 'case-work', details: { criterion: digits ? maskCpr(digits) : 'invalid' } });
  if (!digits) throw fieldError('validation_failed', ctx.language, 'cpr', 'cpr.invalid');
  const searchHash = cpr.searchHash(ctx.tenantId, digits);
  if ((await findByCprHash(ctx.trx, ctx.tenantId, searchHash, ctx.actor.userId)).length > 0) throw fieldError('conflict', ctx.language, 'cpr', 'cpr.taken');
  await ctx.trx
    .insertInto('citizen')
    .values({
      tenant_id: ctx.tenantId,
      citizen_id: citizenId,
      first_name: input.firstName,
      last_name: input.lastName,
      birth_date: birthDateFromCpr(digits)!,
      cpr_encrypted: cpr.encrypt(ctx.tenantId, digits),
      cpr_search_hash: searchHash,
      address_line: input.addressLine ?? null,
      postal_code: input.postalCode ?? null,
      city: input.city ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      communication_needs: input.communicationNeeds ?? [],
      interpreter_language: null,
      contact_person_user_id: null,
      user_id: null,
      target_groups: input.targetGroups ?? [],
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  await ctx.trx.insertInto('citizen_team_member').values({ tenant_id: ctx.tenantId, citizen_id: citizenId, user_id: ctx.actor.userId, team_role: 'case-officer', added_at: ctx.now }).execute();
  return loadCitizenRecord(ctx, cpr, { relation: 'team' }, citizenId);
}
