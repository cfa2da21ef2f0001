import type { GuidelinesOverview, PublishGuidelinesBody } from '../../contracts/volunteers.js';
import type { Ctx } from '../../platform/context.js';
import { authorizeCoordinator } from './volunteer-access.js';
import { volunteerError } from './volunteer-messages.js';

/**
 * The shared guidelines on roles, tasks and confidentiality. Versions are never changed: a new text is a new version,
 * and every volunteer must accept the newest one (domain §4.2: shared guidelines on roles and tasks).
 */
export async function getGuidelinesOverview(ctx: Ctx): Promise<GuidelinesOverview> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-guidelines' });
  return readOverview(ctx);
}

async function readOverview(ctx: Ctx): Promise<GuidelinesOverview> {
  const versions = await ctx.trx.selectFrom('volunteer_guidelines').selectAll().where('tenant_id', '=', ctx.tenantId).orderBy('version', 'desc').execute();
  const [current, ...earlier] = versions;
  const counts = await ctx.trx
    .selectFrom('volunteer_profile')
    .select((eb) => [eb.fn.countAll<number>().as('volunteers'), eb.fn.count<number>('user_id').filterWhere('guidelines_version', '=', current?.version ?? -1).as('accepted')])
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', 'in', ['active', 'paused'])
    .executeTakeFirstOrThrow();
  return {
    current: current ? { version: current.version, title: current.title, body: current.body, publishedAt: current.published_at.toISOString() } : null,
    earlier: earlier.map((v) => ({ version: v.version, title: v.title, publishedAt: v.published_at.toISOString() })),
    acceptedCurrent: Number(counts.accepted),
    volunteers: Number(counts.volunteers),
  };
}

/**
 * Publishes a new version, written from the version the coordinator read: when another was published meanwhile,
 * nothing is saved (409), so no one's text is silently replaced. The primary key makes two at once impossible.
 */
export async function publishGuidelines(ctx: Ctx, input: PublishGuidelinesBody): Promise<GuidelinesOverview> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-guidelines', details: { operation: 'publish', version: input.basedOnVersion + 1 } });
  const current = await ctx.trx.selectFrom('volunteer_guidelines').select('version').where('tenant_id', '=', ctx.tenantId).orderBy('version', 'desc').limit(1).forUpdate().executeTakeFirst();
  if ((current?.version ?? 0) !== input.basedOnVersion) throw volunteerError('conflict', ctx.language, [{ path: 'basedOnVersion', key: 'guidelines.stale' }]);
  const inserted = await ctx.trx
    .insertInto('volunteer_guidelines')
    .values({ tenant_id: ctx.tenantId, version: input.basedOnVersion + 1, title: input.title, body: input.body, published_at: ctx.now, published_by: ctx.actor.userId })
    .onConflict((oc) => oc.doNothing())
    .returning('version')
    .executeTakeFirst();
  if (!inserted) throw volunteerError('conflict', ctx.language, [{ path: 'basedOnVersion', key: 'guidelines.stale' }]);
  return readOverview(ctx);
}
