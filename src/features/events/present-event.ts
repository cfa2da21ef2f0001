import type { EventSummary } from '../../contracts/events.js';
import type { EventRow } from './event-repository.js';

/** Where the event is, in words: the place given, else the location's name and address, else where the offer is. */
export function placeText(row: Pick<EventRow, 'place' | 'location_name' | 'location_address' | 'location_postal_code' | 'location_city' | 'offer_location_text'>): string | null {
  if (row.place) return row.place;
  const town = [row.location_postal_code, row.location_city].filter(Boolean).join(' ');
  const parts = [row.location_name, row.location_address, town].filter((p): p is string => !!p && p.length > 0);
  return parts.length > 0 ? parts.join(', ') : (row.offer_location_text ?? null);
}

export function presentEvent(row: EventRow): EventSummary {
  const signedUp = Number(row.signed_up ?? 0);
  return {
    id: row.event_id,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    status: row.status,
    place: { text: placeText(row), locationId: row.location_id },
    offer: row.offer_id && row.offer_name ? { id: row.offer_id, name: row.offer_name, lifeDomains: row.offer_life_domains ?? [], targetGroups: row.offer_target_groups ?? [] } : null,
    organization: { id: row.organization_id, name: row.organization_name },
    signupRequired: row.signup_required,
    capacity: row.capacity,
    signedUp,
    freePlaces: row.capacity === null ? null : Math.max(0, row.capacity - signedUp),
    version: row.version,
  };
}
