import type { HoursQuery, PeerGuideHours } from '../../contracts/peer-guides.js';
import { endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { fundingSources, sumHours, type FundingSource } from '../../domain/peer-guide-booking.js';
import type { Ctx } from '../../platform/context.js';
import { doneMinutes } from './booking-repository.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { peerGuideFieldError } from './peer-guide-messages.js';

const bySource = (minutes: ReadonlyMap<FundingSource, number> | Record<FundingSource, number>) =>
  Object.fromEntries(fundingSources.map((s) => [s, minutes instanceof Map ? (minutes.get(s) ?? 0) : (minutes as Record<FundingSource, number>)[s]])) as Record<FundingSource, number>;

/**
 * The minutes each guide logged on bookings held in the period (Danish dates, both included), per funding source,
 * with totals: how the guides' hours are financed across the social area, the job centre and projects. For the
 * coordinator and leaders (volunteer.statistics); aggregates of the guides' work, nothing about a citizen.
 */
export async function getPeerGuideHours(ctx: Ctx, query: HoursQuery): Promise<PeerGuideHours> {
  await authorizePeerGuides(ctx, 'volunteer.statistics', { resourceType: 'peer-guide-hours', details: { from: query.from, to: query.to } });
  if (query.to < query.from) throw peerGuideFieldError('validation_failed', ctx.language, 'to', 'period.to_before_from');
  const rows = await doneMinutes(ctx.trx, ctx.tenantId, startOfCopenhagenDay(query.from), endOfCopenhagenDay(query.to));
  const sums = sumHours(rows.map((r) => ({ guideId: r.guide_user_id, source: r.funding_source, minutes: Number(r.minutes) })));
  const guides = new Map<string, { name: string; bookings: number }>();
  for (const r of rows) {
    const guide = guides.get(r.guide_user_id) ?? { name: r.display_name, bookings: 0 };
    guide.bookings += Number(r.bookings);
    guides.set(r.guide_user_id, guide);
  }
  return {
    from: query.from,
    to: query.to,
    guides: [...guides.entries()]
      .map(([id, g]) => ({ id, name: g.name, minutes: bySource(sums.byGuide.get(id) ?? new Map()), total: sums.guideTotals.get(id) ?? 0, bookings: g.bookings }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id)),
    totals: bySource(sums.sourceTotals),
    total: sums.total,
  };
}
