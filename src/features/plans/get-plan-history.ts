import type { HistoryPage, HistoryQuery } from '../../contracts/plan.js';
import { planParts } from '../../domain/plan-parts.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { listPlanChanges } from './history-repository.js';
import { authorizePlanRead } from './plan-access.js';
import { presentHistoryItem } from './present-plan.js';

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new AppError('validation_failed', undefined, [{ path: 'cursor', message: 'cursor' }]);
  }
}

/** "Who changed what, when": the plan's history, newest first; a relative sees only the parts shared with them. */
export async function getPlanHistory(ctx: Ctx, citizenId: string, query: HistoryQuery): Promise<HistoryPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const access = await authorizePlanRead(ctx, citizenId, 'plan-history');
  const parts = planParts.filter((p) => access.visibleParts.has(p));
  const rows = await listPlanChanges(ctx.trx, ctx.tenantId, citizenId, parts, { before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(presentHistoryItem), nextCursor: rows.length > query.limit && last ? encodeCursor(last.occurred_at, last.change_id) : null };
}
