import type { CreateIndicatorBody, IndicatorSaved, UpdateIndicatorBody } from '../../contracts/indicators.js';
import { checkIndicatorDefinition, type IndicatorDefinition } from '../../domain/indicator-definition.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { definitionError, indicatorFieldError } from './indicator-messages.js';
import { findIndicatorRow, insertIndicatorRow, updateIndicatorRow } from './indicator-repository.js';

/** JSON with keys in order: jsonb stores keys in its own order, so a plain stringify would see a change in none. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const keyPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const purpose = 'steering-indicator-definition';

function checked(ctx: Ctx, input: unknown): IndicatorDefinition {
  const check = checkIndicatorDefinition(input);
  if (!check.ok) throw definitionError(ctx.language, check.problems);
  return check.definition;
}

const saved = (row: { key: string; name: string; description: string; version: number; active: boolean; definition: IndicatorDefinition }): IndicatorSaved => ({
  ...row,
  definition: row.definition as unknown as Record<string, unknown>,
});

/** A new indicator (indicator.manage). A definition that does not validate is refused with the reasons; nothing is stored. */
export async function createIndicator(ctx: Ctx, body: CreateIndicatorBody): Promise<IndicatorSaved> {
  await authorize(ctx, { action: 'indicator.manage', resourceType: 'indicator', resourceId: body.key, purpose, details: { operation: 'create' } });
  if (!keyPattern.test(body.key)) throw indicatorFieldError(ctx.language, 'key.format');
  const definition = checked(ctx, body.definition);
  const inserted = await insertIndicatorRow(ctx.trx, ctx.tenantId, { key: body.key, name: body.name, description: body.description, definition, now: ctx.now });
  if (!inserted) throw new AppError('conflict');
  return saved({ key: body.key, name: body.name, description: body.description, version: 1, active: true, definition });
}

/**
 * A changed indicator (indicator.manage): the version read must be the current one; a change makes version + 1 (a
 * status report keeps the version it quoted), and saving the same again changes nothing.
 */
export async function updateIndicator(ctx: Ctx, key: string, body: UpdateIndicatorBody): Promise<IndicatorSaved> {
  await authorize(ctx, { action: 'indicator.manage', resourceType: 'indicator', resourceId: key, purpose, details: { operation: 'update', version: body.version } });
  const row = await findIndicatorRow(ctx.trx, ctx.tenantId, key, true);
  if (!row) throw notFound();
  if (row.version !== body.version) throw conflict('version.stale');
  const definition = checked(ctx, body.definition);
  const active = body.active ?? row.active;
  const changed = row.name !== body.name || row.description !== body.description || row.active !== active || canonical(row.definition) !== canonical(definition);
  const version = changed ? row.version + 1 : row.version;
  if (changed) await updateIndicatorRow(ctx.trx, ctx.tenantId, key, { name: body.name, description: body.description, definition, active, version, now: ctx.now });
  return saved({ key, name: body.name, description: body.description, version, active, definition });
}
