import type { OfferSearchQuery, OfferSearchResult } from '../../contracts/offers.js';
import { ageGroups } from '../../domain/catalogue-vocabulary.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { resolveNear } from '../../domain/geo.js';
import type { PublicCtx } from '../../http/run-public.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessage } from '../../platform/i18n/server-messages.js';
import { searchOfferRows } from './offer-search-repository.js';
import { presentOfferSummary } from './present-offer.js';

/** How many offers each group shows when the results are grouped; the rest are one click away. */
const GROUP_SIZE = 5;

/**
 * Words as a person types them, made safe for the search: control characters and the characters that carry no
 * meaning in Danish text become spaces. websearch_to_tsquery never fails on odd input, so what remains is plain.
 */
export function searchWords(q: string | undefined): string | null {
  const words = (q ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(words) ? words : null;
}

/** Search the published catalogue: public, so no person's data is read and nothing is audited. */
export async function searchOffers(ctx: Pick<PublicCtx, 'trx' | 'tenantId' | 'now' | 'language'>, query: OfferSearchQuery): Promise<OfferSearchResult> {
  const near = query.near ? resolveNear(query.near) : null;
  if (query.near && !near) throw new AppError('validation_failed', undefined, [{ path: 'near', message: fieldMessage(ctx.language, 'offer.near_unknown') }]);
  const words = searchWords(query.q);
  const sort = query.sort === 'distance' && !near ? 'name' : (query.sort ?? (words ? 'relevance' : near ? 'distance' : 'name'));
  const row = await searchOfferRows(ctx.trx, {
    tenantId: ctx.tenantId,
    words,
    targetGroups: query.targetGroup ?? [],
    lifeDomains: query.lifeDomain ?? [],
    ageRanges: ageGroups.filter((g) => query.ageGroup?.includes(g.key)).map((g) => ({ from: g.from, to: g.to })),
    age: query.age ?? null,
    legalBases: query.legalBasis ?? [],
    freeOfCharge: query.free === 'true',
    selfReferral: query.selfReferral === 'true',
    freePlaces: query.freePlaces === 'true',
    accessibility: query.accessibility ?? [],
    day: query.day ? query.day.toUpperCase() : null,
    time: query.time ?? null,
    today: copenhagenToday(ctx.now),
    near,
    withinKm: near ? (query.withinKm ?? null) : null,
    sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    groupBy: query.groupBy ?? null,
    groupSize: GROUP_SIZE,
  });
  const present = (items: typeof row.items) => (items ?? []).map((r) => presentOfferSummary(r, ctx.now));
  return {
    items: present(row.items),
    total: row.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: {
      targetGroup: row.facets.targetGroup ?? [],
      lifeDomain: row.facets.lifeDomain ?? [],
      ageGroup: row.facets.ageGroup ?? [],
      legalBasis: row.facets.legalBasis ?? [],
      accessibility: row.facets.accessibility ?? [],
      free: row.facets.free,
      selfReferral: row.facets.selfReferral,
      freePlaces: row.facets.freePlaces,
    },
    ...(query.groupBy && { groups: (row.groups ?? []).map((g) => ({ key: g.key, count: g.count, items: present(g.items) })) }),
    near: near ? { latitude: near.latitude, longitude: near.longitude, label: near.label } : null,
  };
}
