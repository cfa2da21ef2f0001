import type { Visit } from '../../contracts/reception.js';
import { waitingMinutes, type ReceptionNeed } from '../../domain/reception-visit.js';
import type { VisitRow } from './reception-repository.js';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

/** A visit as the centre's staff see it. */
export function presentVisit(row: VisitRow, now: Date): Visit {
  const arrivedAt = new Date(row.arrived_at);
  const handedOverAt = row.handed_over_at ? new Date(row.handed_over_at) : null;
  const finishedAt = row.finished_at ? new Date(row.finished_at) : null;
  return {
    id: row.visit_id,
    centre: { id: row.centre_unit_id, name: row.centre_name },
    status: row.status,
    arrival: row.arrival,
    needs: row.needs as ReceptionNeed[],
    citizen: row.citizen_id ? { id: row.citizen_id, firstName: row.first_name ?? '', lastName: row.last_name ?? '' } : null,
    anonymous: row.anonymous_label !== null ? { name: row.anonymous_label, description: row.anonymous_description } : null,
    note: row.note,
    arrivedAt: arrivedAt.toISOString(),
    waitingMinutes: waitingMinutes({ arrivedAt, handedOverAt, finishedAt }, now),
    registeredBy: { id: row.registered_by, name: row.registered_by_name },
    worker: row.worker_user_id ? { id: row.worker_user_id, name: row.worker_name ?? '' } : null,
    handedOverAt: iso(handedOverAt),
    finishedAt: iso(finishedAt),
    followUpDueOn: row.follow_up_due_on,
    followUpDoneAt: iso(row.follow_up_done_at),
    mergedAt: iso(row.merged_at),
    version: row.version,
  };
}
