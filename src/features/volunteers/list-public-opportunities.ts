import type { PublicOpportunity, PublicOpportunityList, PublicOpportunityQuery } from '../../contracts/volunteers.js';
import type { PublicCtx } from '../../http/run-public.js';
import { AppError } from '../../platform/errors.js';
import { findPublishedOpportunity, listPublishedOpportunities } from './opportunity-repository.js';
import { presentPublicOpportunity } from './present-opportunity.js';

/** The published volunteer opportunities anyone may read: public, so no person's data is read and nothing is audited. */
export async function listPublicOpportunities(ctx: PublicCtx, query: PublicOpportunityQuery): Promise<PublicOpportunityList> {
  const rows = await listPublishedOpportunities(ctx.trx, ctx.tenantId, { kind: query.kind, area: query.area?.trim() || undefined });
  return { items: rows.map((row) => presentPublicOpportunity(row, ctx.language)) };
}

/** One published opportunity; a draft or an archived one answers 404 as if it did not exist. */
export async function getPublicOpportunity(ctx: PublicCtx, opportunityId: string): Promise<PublicOpportunity> {
  const row = await findPublishedOpportunity(ctx.trx, ctx.tenantId, opportunityId);
  if (!row) throw new AppError('not_found');
  return presentPublicOpportunity(row, ctx.language);
}
