import { decideCompanionMove, type CompanionMove, type CompanionSide, type CompanionStatus } from '../../domain/companion-state.js';
import type { CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCompanion } from './companion-access.js';
import { companionError, statusName } from './companion-messages.js';
import { evaluationsOf, findCompanionRequest, updateCompanionIfVersion, type CompanionRow } from './companion-repository.js';
import { started } from './present-companion.js';
import type { Updateable } from 'kysely';
import type { CompanionRequestTable } from '../../platform/db/schema-volunteers.js';

export interface PreparedMove {
  row: CompanionRow;
  sides: Set<CompanionSide>;
  relation: CitizenAccess['relation'] | null;
  to: CompanionStatus;
}

/**
 * The common start of every change: the request (404 when unknown), the gate (audited), the version the actor read
 * (409 when stale), and whether the state machine lets this side make this move now (domain/companion-state.ts) —
 * each refusal in words.
 */
export async function prepareMove(ctx: Ctx, requestId: string, move: CompanionMove, version: number | null): Promise<PreparedMove> {
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row) throw new AppError('not_found');
  const { sides, relation } = await authorizeCompanion(ctx, row, move);
  if (version !== null && version !== row.version) throw new AppError('conflict', 'version.stale');
  const decision = decideCompanionMove(row.status, move, sides, started(row, ctx.now));
  if (!decision.allowed) throw moveError(ctx, row.status, decision.reason);
  return { row, sides, relation, to: decision.to };
}

export function moveError(ctx: Ctx, status: CompanionStatus, reason: 'not-a-move' | 'not-yours' | 'too-early' | 'too-late'): AppError {
  if (reason === 'not-yours') return companionError('forbidden', ctx.language, 'status', 'status.not_yours');
  if (reason === 'too-early') return companionError('conflict', ctx.language, 'status', 'status.too_early');
  if (reason === 'too-late') return companionError('conflict', ctx.language, 'status', 'status.too_late');
  return companionError('conflict', ctx.language, 'status', 'status.not_a_move', { status: statusName(ctx.language, status) });
}

/** Saves the change on the version read (409 if someone got there first) and reads the request back as it is now. */
export async function saveMove(ctx: Ctx, row: CompanionRow, changes: Updateable<CompanionRequestTable>): Promise<{ row: CompanionRow; evaluations: Awaited<ReturnType<typeof evaluationsOf>> }> {
  const updated = await updateCompanionIfVersion(ctx.trx, { tenantId: ctx.tenantId, requestId: row.request_id, version: row.version }, changes, ctx.now);
  if (!updated) throw new AppError('conflict', 'version.stale');
  const after = await findCompanionRequest(ctx.trx, ctx.tenantId, row.request_id);
  if (!after) throw new AppError('internal');
  return { row: after, evaluations: await evaluationsOf(ctx.trx, ctx.tenantId, [row.request_id]) };
}
