/**
 * The rules of a decision on a service (a granted service) that need no database: what counts as a sensible amount,
 * quantity and period, which paragraphs are residential, when two decisions overlap, where a decision stands, and
 * what changed between two saved versions. Amounts are integer øre (domain/money.ts). Thresholds are data, passed in
 * or named here once.
 */

/** Over 100 million DKK for one day, hour or month is a typing error, not a price. */
export const MAX_UNIT_PRICE_ORE = 100_000_000 * 100;
/** A week has 168 hours: an hourly price cannot cover more hours a week than that. */
export const MAX_HOURS_A_WEEK_HUNDREDTHS = 168 * 100;
/** A paragraph is short: "SEL §108, stk. 2" (the database's bound). */
export const MAX_LEGAL_BASIS_LENGTH = 40;
/** The database's own bound on quantities (1,000.00). */
export const MAX_QUANTITY_HUNDREDTHS = 100_000;

export type ServiceRuleProblem =
  | { field: 'unitPriceOre'; key: 'price.not_positive' | 'price.too_large' }
  | { field: 'quantityHundredths'; key: 'quantity.not_positive' | 'quantity.too_large' | 'quantity.hours_a_week' }
  | { field: 'periodTo'; key: 'period.ends_before_start' }
  | { field: 'decidedOn'; key: 'decided.in_future' };

export interface DecisionFacts {
  periodFrom: string;
  periodTo: string | null;
  priceUnit: 'day' | 'hour' | 'month';
  unitPriceOre: number;
  quantityHundredths: number;
  decidedOn: string;
}

/** Every problem with a decision's amounts and dates, all at once (so the form can show them together). */
export function checkDecision(decision: DecisionFacts, today: string): ServiceRuleProblem[] {
  const problems: ServiceRuleProblem[] = [];
  if (decision.unitPriceOre <= 0) problems.push({ field: 'unitPriceOre', key: 'price.not_positive' });
  else if (decision.unitPriceOre > MAX_UNIT_PRICE_ORE) problems.push({ field: 'unitPriceOre', key: 'price.too_large' });
  if (decision.quantityHundredths <= 0) problems.push({ field: 'quantityHundredths', key: 'quantity.not_positive' });
  else if (decision.priceUnit === 'hour' && decision.quantityHundredths > MAX_HOURS_A_WEEK_HUNDREDTHS) problems.push({ field: 'quantityHundredths', key: 'quantity.hours_a_week' });
  else if (decision.quantityHundredths > MAX_QUANTITY_HUNDREDTHS) problems.push({ field: 'quantityHundredths', key: 'quantity.too_large' });
  if (decision.periodTo !== null && decision.periodTo < decision.periodFrom) problems.push({ field: 'periodTo', key: 'period.ends_before_start' });
  // A decision is recorded when it has been made; its period may well lie ahead, its date may not.
  if (decision.decidedOn > today) problems.push({ field: 'decidedOn', key: 'decided.in_future' });
  return problems;
}

/**
 * A paragraph as one way of writing it: "sel § 108", "SEL  §108" and "SEL §108" are the same basis, which the
 * overlap rule and the residential default depend on. Only the spacing around "§" and the law's abbreviation's case
 * are normalised; the rest is kept as written.
 */
export function normaliseLegalBasis(legalBasis: string): string {
  const spaced = legalBasis.trim().replace(/\s+/g, ' ').replace(/\s*§\s*/g, ' §').trim();
  const match = /^([A-Za-zÆØÅæøå-]+) (§.*)$/.exec(spaced);
  return match ? `${match[1]!.toUpperCase()} ${match[2]}` : spaced;
}

/** §107 (temporary) and §108 (long-term) residential offers are residential placements (DOMAIN §5.11). */
export function isResidentialBasis(legalBasis: string): boolean {
  return /§ ?10[78](?!\d)/.test(normaliseLegalBasis(legalBasis));
}

/** Two periods (both ends included, `to` null: until further notice) share at least one day. */
export function periodsOverlap(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/** A service's name as compared: case and spacing do not make another service ("Bostøtte" is "BOSTØTTE "). */
export function serviceNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export interface ServiceIdentity {
  offerId: string | null;
  serviceName: string;
  legalBasis: string;
}

/**
 * Two decisions are about the same service when they name the same catalogue offer, or the same service (by name)
 * under the same paragraph. Such decisions for one citizen must not overlap in time: the cost would count twice.
 */
export function isSameService(a: ServiceIdentity, b: ServiceIdentity): boolean {
  if (a.offerId !== null && a.offerId === b.offerId) return true;
  return serviceNameKey(a.serviceName) === serviceNameKey(b.serviceName) && normaliseLegalBasis(a.legalBasis) === normaliseLegalBasis(b.legalBasis);
}

export type ServiceStatus = 'planned' | 'active' | 'ended' | 'cancelled';

/** Where a decision stands on `today`: withdrawn, not begun, running, or over. */
export function serviceStatus(service: { periodFrom: string; periodTo: string | null; cancelled: boolean }, today: string): ServiceStatus {
  if (service.cancelled) return 'cancelled';
  if (service.periodFrom > today) return 'planned';
  if (service.periodTo !== null && service.periodTo < today) return 'ended';
  return 'active';
}

export type SnapshotValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  from: SnapshotValue;
  to: SnapshotValue;
}

/**
 * What changed from one saved version to the next, field by field in the order of `after`. The first version has
 * no `before`: every field that has a value is listed as set.
 */
export function changedFields(before: Record<string, SnapshotValue> | null, after: Record<string, SnapshotValue>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(after)) {
    const from = before === null ? null : (before[field] ?? null);
    if (before === null ? to !== null : from !== to) changes.push({ field, from, to });
  }
  return changes;
}
