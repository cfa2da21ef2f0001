import type { HearingList, HearingListQuery } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { authorizeCouncils } from './council-access.js';
import { listHearingRows } from './council-repository.js';
import { visibleHearingCouncils } from './hearing-visibility.js';
import { presentHearingSummary } from './present-council.js';

/** The hearings the reader may see (a council member: those of their councils), optionally by status. */
export async function listHearings(ctx: Ctx, query: HearingListQuery): Promise<HearingList> {
  await authorizeCouncils(ctx, 'council.read', { resourceType: 'hearing', details: { operation: 'list', status: query.status ?? null } });
  const today = copenhagenToday(ctx.now);
  const rows = await listHearingRows(ctx.trx, ctx.tenantId, { bodyIds: await visibleHearingCouncils(ctx, today), status: query.status });
  return { items: rows.map((row) => presentHearingSummary(row, today)) };
}
