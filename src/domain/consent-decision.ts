import type { PlanPart } from './plan-parts.js';

/** One consent as recorded: a grant, and its withdrawal if any. */
export interface ConsentRecord {
  granteeKind: 'network' | 'staff' | 'unit';
  granteeId: string;
  part: PlanPart;
  level: 'view' | 'comment';
  grantedAt: Date;
  withdrawnAt: Date | null;
}

/**
 * Who is asking: a network member, or a staff user, who may also be covered through their unit. A consent to a
 * unit covers everyone working in it, in its sub-units too (`aboveUnitIds`: the units above the user's own), as
 * the staff of a unit's sub-units are the ones who act for it — the receiving unit of a referral, for one.
 */
export type Grantee = { kind: 'network'; memberId: string } | { kind: 'staff'; userId: string; unitId: string | null; aboveUnitIds?: readonly string[] };

export type Access = 'none' | 'view' | 'comment';

function covers(record: ConsentRecord, grantee: Grantee): boolean {
  if (grantee.kind === 'network') return record.granteeKind === 'network' && record.granteeId === grantee.memberId;
  if (record.granteeKind === 'staff') return record.granteeId === grantee.userId;
  return record.granteeKind === 'unit' && ((grantee.unitId !== null && record.granteeId === grantee.unitId) || (grantee.aboveUnitIds?.includes(record.granteeId) ?? false));
}

function activeAt(record: ConsentRecord, at: Date): boolean {
  return record.grantedAt.getTime() <= at.getTime() && (record.withdrawnAt === null || record.withdrawnAt.getTime() > at.getTime());
}

/**
 * What a grantee may do with one part of the plan at a moment, from the citizen's consents.
 * Default is nothing; a withdrawal takes effect from its own moment; 'comment' includes 'view'.
 */
export function accessToPart(records: readonly ConsentRecord[], grantee: Grantee, part: PlanPart, at: Date): Access {
  let access: Access = 'none';
  for (const record of records) {
    if (record.part !== part || !covers(record, grantee) || !activeAt(record, at)) continue;
    if (record.level === 'comment') return 'comment';
    access = 'view';
  }
  return access;
}

/** The parts a grantee may see at a moment. */
export function visibleParts(records: readonly ConsentRecord[], grantee: Grantee, parts: readonly PlanPart[], at: Date): Set<PlanPart> {
  return new Set(parts.filter((part) => accessToPart(records, grantee, part, at) !== 'none'));
}
