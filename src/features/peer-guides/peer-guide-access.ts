import { rolesAllow, type Permission } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import type { BookingRow } from './booking-repository.js';

/**
 * A conversation with a peer guide is support for the citizen: the citizen's access log says "to support you" when
 * the guide or the booker reads the booking.
 */
export const CONVERSATION_PURPOSE = 'support';
/** Everything else here (profiles, talks, courses, hours) is about the guides' work, not about a citizen. */
export const PEER_GUIDE_PURPOSE = 'peer-guides';

/** How the actor stands to one booking: its guide, who booked it, the coordinator — any of them, or none. */
export interface BookingSides {
  guide: boolean;
  booker: boolean;
  coordinator: boolean;
}

export function sidesOf(ctx: Ctx, row: Pick<BookingRow, 'guide_user_id' | 'booked_by'>): BookingSides {
  return {
    guide: row.guide_user_id === ctx.actor.userId && rolesAllow(ctx.actor.roles, 'peer-guide.own'),
    booker: row.booked_by === ctx.actor.userId && rolesAllow(ctx.actor.roles, 'peer-guide.book'),
    coordinator: rolesAllow(ctx.actor.roles, 'peer-guide.manage'),
  };
}

/** Only the guide and the booker see which citizen a conversation is for (first name) and the note about it. */
export function seesCitizen(sides: BookingSides): boolean {
  return sides.guide || sides.booker;
}

function actionOf(sides: BookingSides): Permission {
  if (sides.guide) return 'peer-guide.own';
  if (sides.booker) return 'peer-guide.book';
  return 'peer-guide.manage';
}

/**
 * The gate to one booking: its guide, its booker and the coordinator pass, audited; anyone else gets 404 (audited too,
 * after the rollback) — a conversation booking is about a citizen, so its existence is not revealed.
 */
export async function authorizeBooking(ctx: Ctx, row: BookingRow, operation: 'read' | 'cancel' | 'complete' | 'sign-up'): Promise<BookingSides> {
  const sides = sidesOf(ctx, row);
  const aboutCitizen = row.citizen_id !== null && seesCitizen(sides);
  const entry = {
    resourceType: 'peer-guide-booking',
    resourceId: row.booking_id,
    citizenId: aboutCitizen ? row.citizen_id : null,
    purpose: aboutCitizen ? CONVERSATION_PURPOSE : PEER_GUIDE_PURPOSE,
    details: { operation },
  };
  if (!sides.guide && !sides.booker && !sides.coordinator) {
    throw new AccessDenied('hide', { action: 'peer-guide.book', ...entry, outcome: 'denied', details: { operation, reason: 'not-guide-booker-or-coordinator' } });
  }
  await authorize(ctx, { action: actionOf(sides), ...entry });
  return sides;
}

/** A role-only gate (profiles, lists, hours): audited; without the permission, 403. */
export async function authorizePeerGuides(ctx: Ctx, action: Permission, entry: { resourceType: string; resourceId?: string; details?: Record<string, unknown> }): Promise<void> {
  await authorize(ctx, { action, purpose: PEER_GUIDE_PURPOSE, ...entry });
}

/**
 * A list that shows conversations names their citizens to the reader (the guide or the booker): each such citizen
 * gets an entry of their own, so their access log shows it. The list itself was let through by authorizePeerGuides.
 */
export async function auditCitizensListed(ctx: Ctx, rows: readonly BookingRow[], action: Permission): Promise<void> {
  for (const row of rows) {
    if (row.citizen_id === null) continue;
    await recordAudit(ctx, { action, resourceType: 'peer-guide-booking', resourceId: row.booking_id, citizenId: row.citizen_id, purpose: CONVERSATION_PURPOSE, outcome: 'allowed', details: { operation: 'list' } });
  }
}
