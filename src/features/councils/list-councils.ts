import type { CouncilList } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { authorizeCouncils } from './council-access.js';
import { listCouncilRows, listHearingRows, meetingsOf, membersOf } from './council-repository.js';
import { visibleHearingCouncils } from './hearing-visibility.js';
import { presentCouncilSummary } from './present-council.js';

/** The councils with their member counts, last and next dialogue meeting and the open hearings the reader may see. */
export async function listCouncils(ctx: Ctx): Promise<CouncilList> {
  await authorizeCouncils(ctx, 'council.read', { resourceType: 'council', details: { operation: 'list' } });
  const today = copenhagenToday(ctx.now);
  const councils = await listCouncilRows(ctx.trx, ctx.tenantId);
  const ids = councils.map((c) => c.body_id);
  const [members, meetings, visible] = [await membersOf(ctx.trx, ctx.tenantId, ids), await meetingsOf(ctx.trx, ctx.tenantId, ids), await visibleHearingCouncils(ctx, today)];
  const open = await listHearingRows(ctx.trx, ctx.tenantId, { bodyIds: visible, status: 'open' });
  return {
    items: councils.map((council) =>
      presentCouncilSummary(
        council,
        members.filter((m) => m.body_id === council.body_id),
        meetings.filter((m) => m.body_id === council.body_id),
        open.filter((h) => h.body_id === council.body_id).length,
        today,
      ),
    ),
  };
}
