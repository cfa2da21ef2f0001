/**
 * Councils' members and the composition the law or the municipality sets. Handicaprådet "består af fire medlemmer
 * udpeget af Danske Handicaporganisationer (DH), et byrådsmedlem samt tre personer med særlig faglig indsigt" (seed
 * 004; retssikkerhedsloven § 37 a). Udsatterådet's composition is not fixed in the documents, so it has no check.
 */
export const councilMemberRoles = [
  // Handicaprådet.
  'dpo-representative',
  'city-council-member',
  'expert',
  // Udsatterådet and others.
  'user-representative',
  'organisation-representative',
  'member',
  // Serves the council; not one of its members in the composition.
  'secretary',
] as const;
export type CouncilMemberRole = (typeof councilMemberRoles)[number];

/** How many of each role a council is to have. Data, so a municipality with another composition can set its own. */
export type Composition = Partial<Record<CouncilMemberRole, number>>;

/** The compositions known by council key. */
export const councilCompositions: Readonly<Record<string, Composition>> = {
  handicapraadet: { 'dpo-representative': 4, 'city-council-member': 1, expert: 3 },
};

export interface CompositionMember {
  role: string;
  memberFrom: string | null;
  memberTo: string | null;
}

/** A member sits on `today` when the period (either end open) includes it. */
export function isSitting(member: Pick<CompositionMember, 'memberFrom' | 'memberTo'>, today: string): boolean {
  return (member.memberFrom === null || member.memberFrom <= today) && (member.memberTo === null || member.memberTo >= today);
}

export interface CompositionGap {
  role: CouncilMemberRole | 'other';
  expected: number;
  actual: number;
}

/**
 * Where the sitting members do not add up to the composition: one entry per role with too few or too many, and one
 * for roles the composition does not have ('other', expected 0; secretaries are not counted). Empty when it adds up,
 * or when there is no composition to check.
 */
export function compositionGaps(members: readonly CompositionMember[], composition: Composition | undefined, today: string): CompositionGap[] {
  if (!composition) return [];
  const counts = new Map<string, number>();
  for (const member of members) {
    if (!isSitting(member, today) || member.role === 'secretary') continue;
    counts.set(member.role, (counts.get(member.role) ?? 0) + 1);
  }
  const gaps: CompositionGap[] = [];
  for (const role of councilMemberRoles) {
    const expected = composition[role];
    if (expected === undefined) continue;
    const actual = counts.get(role) ?? 0;
    if (actual !== expected) gaps.push({ role, expected, actual });
    counts.delete(role);
  }
  const others = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (others > 0) gaps.push({ role: 'other', expected: 0, actual: others });
  return gaps;
}
