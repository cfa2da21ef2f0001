import type { ChangeServiceBody, RecordServiceBody } from '../../../contracts/granted-services.js';
import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import { checkDecision, isResidentialBasis, isSameService, MAX_LEGAL_BASIS_LENGTH, normaliseLegalBasis } from '../../../domain/granted-service-rules.js';
import type { Ctx } from '../../../platform/context.js';
import type { Selectable } from 'kysely';
import type { GrantedServiceTable, PriceUnit, ProviderKind } from '../../../platform/db/schema-finance.js';
import { AppError, type FieldProblem } from '../../../platform/errors.js';
import { findOfferForDecision, listOverlappingDecisions, unitChain, unitExists } from './granted-service-repository.js';
import { periodText, ruleProblems, serviceMessage } from './service-messages.js';

/** A decision with every default filled in, as it will be saved. */
export interface Decision {
  offerId: string | null;
  serviceName: string;
  legalBasis: string;
  providerKind: ProviderKind;
  providerName: string | null;
  placement: 'inside' | 'outside';
  residential: boolean;
  payingUnitId: string | null;
  periodFrom: string;
  periodTo: string | null;
  priceUnit: PriceUnit;
  unitPriceOre: number;
  quantityHundredths: number;
  decidedOn: string;
  note: string | null;
}

/**
 * The default paying unit: the actor's centre — the nearest unit of kind 'centre' at or above their own unit, else
 * the top of their branch. Null for an actor without a unit.
 */
export async function defaultPayingUnitId(ctx: Ctx): Promise<string | null> {
  if (!ctx.actor.orgUnitId) return null;
  const chain = await unitChain(ctx.trx, ctx.tenantId, ctx.actor.orgUnitId);
  return (chain.find((u) => u.kind === 'centre') ?? chain.at(-1))?.unit_id ?? null;
}

/**
 * Fills in a new decision (`current` null) or a change to a saved one, and checks it: amounts, quantity, period and
 * date (domain/granted-service-rules.ts), the offer (known, not a draft), name and legal basis, the paying unit.
 * Every problem is reported at once as a 400 with the fields named; a decision that overlaps another on the same
 * service for the citizen is refused next (400 on periodFrom, naming the other decision). Nothing is saved by a
 * refused request.
 */
export async function checkDecisionInput(ctx: Ctx, citizenId: string, input: RecordServiceBody | Omit<ChangeServiceBody, 'version'>, current: { serviceId: string; decision: Decision } | null): Promise<Decision> {
  const problems: FieldProblem[] = [];
  const problem = (path: string, key: Parameters<typeof serviceMessage>[1]) => problems.push({ path, message: serviceMessage(ctx.language, key) });
  const before = current?.decision;

  // The offer is checked when it is chosen; a saved decision keeps an offer that has since gone back to draft.
  const offerChanged = input.offerId !== undefined && input.offerId !== (before?.offerId ?? null);
  const offerId = input.offerId !== undefined ? input.offerId : (before?.offerId ?? null);
  let offer: Awaited<ReturnType<typeof findOfferForDecision>>;
  if (offerChanged && offerId !== null) {
    offer = await findOfferForDecision(ctx.trx, ctx.tenantId, offerId);
    if (!offer) problem('offerId', 'offer.unknown');
    else if (offer.lifecycle === 'draft') problem('offerId', 'offer.draft');
  }
  const offerProblem = problems.length > 0;

  const serviceName = input.serviceName ?? offer?.name ?? before?.serviceName;
  if (!serviceName && !offerProblem) problem('serviceName', 'name.required');
  const writtenBasis = input.legalBasis ?? offer?.legal_basis ?? before?.legalBasis;
  if (!writtenBasis && !offerProblem) problem('legalBasis', 'legal_basis.required');
  const legalBasis = writtenBasis ? normaliseLegalBasis(writtenBasis) : '';
  // The catalogue does not bound an offer's legal basis; a decision's is a paragraph, at most 40 characters.
  if (legalBasis.length > MAX_LEGAL_BASIS_LENGTH) problem('legalBasis', 'legal_basis.too_long');
  // Residential follows the paragraph unless it is said: §107 and §108 are residential placements.
  const residential = input.residential ?? (before && legalBasis === before.legalBasis ? before.residential : isResidentialBasis(legalBasis));

  let payingUnitId: string | null;
  if (input.payingUnitId !== undefined) {
    payingUnitId = input.payingUnitId;
    if (payingUnitId !== null && payingUnitId !== before?.payingUnitId && !(await unitExists(ctx.trx, ctx.tenantId, payingUnitId))) problem('payingUnitId', 'paying_unit.unknown');
  } else {
    payingUnitId = before ? before.payingUnitId : await defaultPayingUnitId(ctx);
  }

  const today = copenhagenToday(ctx.now);
  const decision: Decision = {
    offerId,
    serviceName: serviceName ?? '',
    legalBasis,
    providerKind: input.providerKind ?? before!.providerKind,
    providerName: input.providerName !== undefined ? input.providerName || null : (before?.providerName ?? null),
    placement: input.placement ?? before!.placement,
    residential,
    payingUnitId,
    periodFrom: input.periodFrom ?? before!.periodFrom,
    periodTo: input.periodTo !== undefined ? input.periodTo : (before?.periodTo ?? null),
    priceUnit: input.priceUnit ?? before!.priceUnit,
    unitPriceOre: input.unitPriceOre ?? before!.unitPriceOre,
    quantityHundredths: input.quantityHundredths ?? before?.quantityHundredths ?? 100,
    decidedOn: input.decidedOn ?? before?.decidedOn ?? today,
    note: input.note !== undefined ? input.note || null : (before?.note ?? null),
  };
  problems.push(...ruleProblems(ctx.language, checkDecision(decision, today)));
  if (problems.length > 0) throw new AppError('validation_failed', undefined, problems);

  const inForce = await listOverlappingDecisions(ctx.trx, { tenantId: ctx.tenantId, citizenId, exceptServiceId: current?.serviceId ?? null, periodFrom: decision.periodFrom, periodTo: decision.periodTo });
  const overlapping = inForce.find((other) => isSameService(decision, { offerId: other.offer_id, serviceName: other.service_name, legalBasis: other.legal_basis }));
  if (overlapping) {
    const message = serviceMessage(ctx.language, 'overlap', { name: overlapping.service_name, basis: overlapping.legal_basis, period: periodText(ctx.language, overlapping.period_from, overlapping.period_to) });
    // A 400, not a 409: nothing changed under the user's feet; the period they typed is what must change.
    throw new AppError('validation_failed', undefined, [{ path: 'periodFrom', message }]);
  }
  return decision;
}

/** The columns a decision is saved in. */
export function decisionColumns(d: Decision) {
  return {
    offer_id: d.offerId,
    service_name: d.serviceName,
    legal_basis: d.legalBasis,
    provider_kind: d.providerKind,
    provider_name: d.providerName,
    placement: d.placement,
    residential: d.residential,
    paying_unit_id: d.payingUnitId,
    period_from: d.periodFrom,
    period_to: d.periodTo,
    price_unit: d.priceUnit,
    unit_price_ore: d.unitPriceOre,
    quantity_hundredths: d.quantityHundredths,
    decided_on: d.decidedOn,
    note: d.note,
  };
}

/** A saved decision as the checks read it. */
export function decisionOfRow(row: Selectable<GrantedServiceTable>): Decision {
  return {
    offerId: row.offer_id,
    serviceName: row.service_name,
    legalBasis: row.legal_basis,
    providerKind: row.provider_kind,
    providerName: row.provider_name,
    placement: row.placement,
    residential: row.residential,
    payingUnitId: row.paying_unit_id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    priceUnit: row.price_unit,
    unitPriceOre: row.unit_price_ore,
    quantityHundredths: row.quantity_hundredths,
    decidedOn: row.decided_on,
    note: row.note,
  };
}
