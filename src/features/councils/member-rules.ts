import type { Ctx } from '../../platform/context.js';
import { councilFieldError } from './council-messages.js';
import { membersOf, userExists, type MemberValues } from './council-repository.js';

/**
 * What a member must satisfy beyond its shape: the period in order, and a linked login that exists in the
 * municipality and is not linked to another member of the same council (a user answers hearings once, as one member).
 */
export async function checkMember(ctx: Ctx, councilId: string, values: MemberValues, memberId: string | null): Promise<void> {
  if (values.memberFrom !== null && values.memberTo !== null && values.memberTo < values.memberFrom) {
    throw councilFieldError('validation_failed', ctx.language, 'memberTo', 'member.period');
  }
  if (values.userId === null) return;
  if (!(await userExists(ctx.trx, ctx.tenantId, values.userId))) throw councilFieldError('validation_failed', ctx.language, 'userId', 'member.user_unknown');
  const others = await membersOf(ctx.trx, ctx.tenantId, [councilId]);
  if (others.some((m) => m.user_id === values.userId && m.member_id !== memberId)) throw councilFieldError('validation_failed', ctx.language, 'userId', 'member.user_taken');
}
