import type { MeResponse, UpdateMeBody } from '../../contracts/me.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import type { ActiveSession } from '../../platform/identity/sessions.js';
import { loadPersonLinks, presentMe } from './get-me.js';

/** Saves the person's own preferences (today: the interface language, remembered across devices). */
export async function updateMe(ctx: Ctx, session: ActiveSession, input: UpdateMeBody): Promise<MeResponse> {
  await authorize(ctx, { action: 'profile.update', resourceType: 'user', resourceId: ctx.actor.userId, purpose: 'self-service', details: { fields: Object.keys(input) } });
  const links = await loadPersonLinks(ctx);
  if (input.language === undefined) return presentMe(session, links);
  await ctx.trx
    .updateTable('app_user')
    .set({ preferred_language: input.language, updated_at: ctx.now })
    .where('tenant_id', '=', ctx.tenantId)
    .where('user_id', '=', ctx.actor.userId)
    .execute();
  return presentMe({ ...session, actor: { ...session.actor, language: input.language } }, links);
}
