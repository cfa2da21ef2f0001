import { standardBands } from '../../domain/refusion.js';
import { yearlyCostOre } from '../../domain/service-cost.js';
import type { Row, TableShape } from './bulk-rows.js';
import { refusionLimits } from './granted-service-kinds.js';
import { drawnDecisions, type DecisionVersion, type DrawnDecision, type GrantedServicePlan } from './granted-service-model.js';

/**
 * The cost base as rows for bulk loading (migration 0011): the decisions, every saved version of each, and the
 * state's refusion bands for the years of the period. A version's snapshot is the decision as it stood then.
 */
const shape = (table: string, columns: string[]): TableShape => ({ table, columns });
export const grantedServiceShapes = {
  grantedService: shape('granted_service', [
    'tenant_id', 'service_id', 'citizen_id', 'offer_id', 'service_name', 'legal_basis', 'provider_kind', 'provider_name', 'placement', 'residential', 'paying_unit_id',
    'period_from', 'period_to', 'price_unit', 'unit_price_ore', 'quantity_hundredths', 'cancelled_at', 'decided_by', 'decided_on', 'note', 'version', 'created_at', 'updated_at',
  ]),
  grantedServiceVersion: shape('granted_service_version', ['tenant_id', 'service_id', 'version', 'snapshot', 'changed_by', 'changed_at']),
  refusionBand: shape('refusion_band', ['tenant_id', 'year', 'lower_ore', 'rate_percent']),
} as const;
export type GrantedServiceTable = keyof typeof grantedServiceShapes;

/** Loading order: the bands (no references), the decisions, then their versions. */
export const grantedServiceTables: readonly GrantedServiceTable[] = ['refusionBand', 'grantedService', 'grantedServiceVersion'];

/** A case costs "more than a million" in a year above this (DOMAIN §5.6: the committee's count). */
export const EXPENSIVE_CASE_ORE = 100_000_000;

/** Cases above a million and their total cost per year, counted while the decisions stream past (for the report). */
export type ExpensiveCaseTally = Record<number, { cases: number; costOre: number }>;
export const tallyYears = Object.keys(refusionLimits).map(Number);

const iso = (ms: number) => new Date(ms).toISOString();

/** The decision as the version saved it, in the fields and order of the API's snapshots (decisionSnapshot in features/finance/services). */
function snapshotOf(d: DrawnDecision, v: DecisionVersion): string {
  const t = d.track;
  return JSON.stringify({
    offerId: t.offerId, serviceName: t.serviceName, legalBasis: t.kind.legalBasis, providerKind: t.providerKind, providerName: t.providerName, placement: t.placement,
    residential: t.kind.residential, payingUnitId: t.payingUnitId, periodFrom: d.periodFrom, periodTo: v.periodTo, priceUnit: t.kind.priceUnit, unitPriceOre: d.unitPriceOre,
    quantityHundredths: d.quantityHundredths, decidedOn: d.decidedOn, note: d.note, cancelledAt: v.cancelledAt === null ? null : iso(v.cancelledAt),
  });
}

function* bandRows(tenantId: string): Generator<Row> {
  for (const [year, limits] of Object.entries(refusionLimits)) {
    for (const band of standardBands(limits)) yield [tenantId, year, String(band.lowerOre), String(band.ratePercent)];
  }
}

export function* grantedServiceRows(plan: GrantedServicePlan, table: GrantedServiceTable, tally?: ExpensiveCaseTally): Generator<Row> {
  const tenantId = plan.model.tenant.tenantId;
  if (table === 'refusionBand') {
    yield* bandRows(tenantId);
    return;
  }
  let citizen: string | null = null;
  let costs = tallyYears.map(() => 0);
  const count = () => {
    if (!tally) return;
    tallyYears.forEach((year, i) => {
      if (costs[i]! <= EXPENSIVE_CASE_ORE) return;
      const entry = (tally[year] ??= { cases: 0, costOre: 0 });
      entry.cases++;
      entry.costOre += costs[i]!;
    });
  };
  for (const d of drawnDecisions(plan)) {
    const t = d.track;
    if (table === 'grantedServiceVersion') {
      for (const [i, v] of d.versions.entries()) yield [tenantId, d.serviceId, String(i + 1), snapshotOf(d, v), v.by, iso(v.at)];
      continue;
    }
    // A case's decisions come together, so its yearly costs are summed and counted when the next case begins.
    if (tally && d.citizenId !== citizen) {
      count();
      citizen = d.citizenId;
      costs = tallyYears.map(() => 0);
    }
    if (tally && d.cancelledAt === null) {
      const priced = { periodFrom: d.periodFrom, periodTo: d.periodTo, priceUnit: t.kind.priceUnit, unitPriceOre: d.unitPriceOre, quantityHundredths: d.quantityHundredths };
      tallyYears.forEach((year, i) => (costs[i]! += yearlyCostOre(priced, year)));
    }
    const last = d.versions.at(-1)!;
    yield [
      tenantId, d.serviceId, d.citizenId, t.offerId, t.serviceName, t.kind.legalBasis, t.providerKind, t.providerName, t.placement, String(t.kind.residential), t.payingUnitId,
      d.periodFrom, d.periodTo, t.kind.priceUnit, String(d.unitPriceOre), String(d.quantityHundredths), d.cancelledAt === null ? null : iso(d.cancelledAt), d.decidedBy, d.decidedOn, d.note,
      String(d.versions.length), iso(d.createdAt), iso(last.at),
    ];
  }
  count();
}

/** Expected rows, for progress only: a decision has about 1.7 versions. */
export function expectedGrantedServiceRows(plan: GrantedServicePlan, table: GrantedServiceTable): number {
  switch (table) {
    case 'refusionBand': return Object.keys(refusionLimits).length * 4;
    case 'grantedService': return plan.decisions;
    case 'grantedServiceVersion': return Math.round(plan.decisions * 1.66);
  }
}
