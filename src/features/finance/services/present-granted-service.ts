import type { GrantedService } from '../../../contracts/granted-services.js';
import { serviceStatus, type SnapshotValue } from '../../../domain/granted-service-rules.js';
import { yearlyCostOre } from '../../../domain/service-cost.js';
import type { Selectable } from 'kysely';
import type { GrantedServiceTable } from '../../../platform/db/schema-finance.js';
import { decisionOfRow } from './check-decision.js';
import type { GrantedServiceRow } from './granted-service-repository.js';

/** What a decision costs in a year: pro rata by days (domain/service-cost.ts); a withdrawn decision costs nothing. */
type DecisionRow = Selectable<GrantedServiceTable>;

export function decisionCostOre(row: Pick<DecisionRow, 'period_from' | 'period_to' | 'price_unit' | 'unit_price_ore' | 'quantity_hundredths' | 'cancelled_at'>, year: number): number {
  if (row.cancelled_at !== null) return 0;
  return yearlyCostOre({ periodFrom: row.period_from, periodTo: row.period_to, priceUnit: row.price_unit, unitPriceOre: row.unit_price_ore, quantityHundredths: row.quantity_hundredths }, year);
}

export function presentGrantedService(row: GrantedServiceRow, today: string): GrantedService {
  const year = Number(today.slice(0, 4));
  return {
    id: row.service_id,
    citizenId: row.citizen_id,
    offer: row.offer_id ? { id: row.offer_id, name: row.offer_name ?? row.service_name } : null,
    serviceName: row.service_name,
    legalBasis: row.legal_basis,
    providerKind: row.provider_kind,
    providerName: row.provider_name,
    placement: row.placement,
    residential: row.residential,
    payingUnit: row.paying_unit_id ? { id: row.paying_unit_id, name: row.paying_unit_name ?? '' } : null,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    priceUnit: row.price_unit,
    unitPriceOre: row.unit_price_ore,
    quantityHundredths: row.quantity_hundredths,
    decidedOn: row.decided_on,
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '' } : null,
    note: row.note,
    status: serviceStatus({ periodFrom: row.period_from, periodTo: row.period_to, cancelled: row.cancelled_at !== null }, today),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    costThisYearOre: decisionCostOre(row, year),
    costLastYearOre: decisionCostOre(row, year - 1),
  };
}

/** The decision as one saved version holds it: the API's field names, ids rather than names. */
export function decisionSnapshot(row: DecisionRow): Record<(typeof snapshotFields)[number], SnapshotValue> {
  return { ...decisionOfRow(row), cancelledAt: row.cancelled_at === null ? null : new Date(row.cancelled_at).toISOString() };
}

/** The fields of a saved version, in the order the form shows them. */
export const snapshotFields = [
  'offerId',
  'serviceName',
  'legalBasis',
  'providerKind',
  'providerName',
  'placement',
  'residential',
  'payingUnitId',
  'periodFrom',
  'periodTo',
  'priceUnit',
  'unitPriceOre',
  'quantityHundredths',
  'decidedOn',
  'note',
  'cancelledAt',
] as const;
