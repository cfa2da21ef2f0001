import type { GrantedServiceHistory } from '../../../contracts/granted-services.js';
import { changedFields, type SnapshotValue } from '../../../domain/granted-service-rules.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { findService, listServiceVersions, namesOf } from './granted-service-repository.js';
import { snapshotFields } from './present-granted-service.js';
import { authorizeServices } from './service-access.js';

type Snapshot = Record<string, SnapshotValue>;

function inFieldOrder(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(snapshotFields.filter((field) => field in snapshot).map((field) => [field, snapshot[field] ?? null]));
}

/**
 * Every saved version of a decision, newest first: who saved it, when, and what changed from the version before.
 * Offers and paying units are said by name.
 */
export async function getGrantedServiceHistory(ctx: Ctx, citizenId: string, serviceId: string): Promise<GrantedServiceHistory> {
  await authorizeServices(ctx, { citizenId, operation: 'history', serviceId });
  if (!(await findService(ctx.trx, ctx.tenantId, citizenId, serviceId))) throw new AppError('not_found');
  const versions = await listServiceVersions(ctx.trx, ctx.tenantId, serviceId);
  // jsonb keeps its keys in an order of its own; the changes are listed in the order of the form.
  const snapshots = versions.map((v) => inFieldOrder(v.snapshot as Snapshot));
  const ids = (field: string) => [...new Set(snapshots.map((s) => s[field]).filter((v): v is string => typeof v === 'string'))];
  const names = await namesOf(ctx.trx, ctx.tenantId, { offerIds: ids('offerId'), unitIds: ids('payingUnitId') });
  const named = (field: string, value: SnapshotValue) => ((field === 'offerId' || field === 'payingUnitId') && typeof value === 'string' ? (names.get(value) ?? value) : value);
  return {
    items: versions.map((v, index) => {
      const after = snapshots[index]!;
      const before = snapshots[index + 1] ?? null;
      const operation = before === null ? 'create' : after.cancelledAt !== null && before.cancelledAt === null ? 'cancel' : 'update';
      return {
        version: v.version,
        at: v.changed_at.toISOString(),
        by: v.changed_by ? { id: v.changed_by, name: v.changed_by_name ?? '' } : null,
        operation,
        changes: changedFields(before, after).map((c) => ({ field: c.field, from: named(c.field, c.from), to: named(c.field, c.to) })),
      };
    }),
  };
}
