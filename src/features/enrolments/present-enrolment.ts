import type { Enrolment } from '../../contracts/enrolments.js';
import type { EnrolmentRow } from './enrolment-repository.js';

export function presentEnrolment(row: EnrolmentRow): Enrolment {
  return {
    id: row.enrolment_id,
    citizenId: row.citizen_id,
    offerId: row.offer_id,
    offerName: row.offer_name,
    offerType: row.offer_type,
    legalBasis: row.legal_basis,
    unit: row.unit_id === null ? null : { id: row.unit_id, name: row.unit_name ?? '' },
    source: row.source,
    referralId: row.referral_id,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
