import type { CitizenRecord, UpdateCitizenBody } from '../../contracts/citizens.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { AppError } from '../../platform/errors.js';
import { fieldError } from './citizen-messages.js';
import { teamOf } from './citizen-repository.js';
import { loadCitizenRecord } from './present-citizen.js';

/** What the citizen may change on their own record; the team changes the rest. */
const selfEditable = new Set(['phone', 'email', 'preferredLanguage', 'communicationNeeds']);

const columns = {
  firstName: 'first_name',
  lastName: 'last_name',
  addressLine: 'address_line',
  postalCode: 'postal_code',
  city: 'city',
  phone: 'phone',
  email: 'email',
  preferredLanguage: 'preferred_language',
  communicationNeeds: 'communication_needs',
  interpreterLanguage: 'interpreter_language',
  contactPersonUserId: 'contact_person_user_id',
  targetGroups: 'target_groups',
} as const;

/**
 * Changes the record with optimistic locking. The team uses `citizen.update`; the citizen changes their own contact
 * details and communication needs under `profile.update`, so a citizen's role never reaches other fields.
 */
export async function updateCitizen(ctx: Ctx, cpr: CprProtection, citizenId: string, input: UpdateCitizenBody): Promise<CitizenRecord> {
  const { version, ...changes } = input;
  const fields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined) as (keyof typeof columns)[];
  const asCitizen = ctx.actor.kind === 'citizen';
  const access = await authorizeCitizen(ctx, { citizenId, action: asCitizen ? 'profile.update' : 'citizen.update', purpose: asCitizen ? 'self-service' : 'case-work', resourceType: 'citizen', details: { fields } });
  if (access.relation === 'self') {
    const refused = fields.filter((f) => !selfEditable.has(f));
    if (refused.length > 0) throw new AppError('forbidden', undefined, refused.map((path) => ({ path, message: fieldError('forbidden', ctx.language, path, 'citizen.self_fields_only').fieldProblems[0]!.message })));
  }
  if (changes.contactPersonUserId) {
    const team = await teamOf(ctx.trx, ctx.tenantId, citizenId);
    if (!team.some((m) => m.user_id === changes.contactPersonUserId)) throw fieldError('validation_failed', ctx.language, 'contactPersonUserId', 'contact.not_on_team');
  }
  const set: Record<string, unknown> = {};
  for (const field of fields) set[columns[field]] = changes[field];
  const updated = await ctx.trx
    .updateTable('citizen')
    .set((eb) => ({ ...set, updated_at: ctx.now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', citizenId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new AppError('conflict', 'version.stale');
  return loadCitizenRecord(ctx, cpr, access, citizenId);
}
