/**
 * An accompaniment's course (issue 6): a citizen asks for a companion, a volunteer is found, goes, and both look back.
 *
 *   open → assigned (the coordinator) → accepted | open (the volunteer answers; a decline sends it back to open)
 *   open → accepted (a volunteer takes it themself: choosing it is the acceptance)
 *   assigned | accepted → done | missed (the coordinator, once it has begun; missed: a no-show)
 *   open | assigned | accepted → cancelled (the citizen's side, the volunteer while it is theirs, or the coordinator;
 *   recorded with who and why)
 * done, missed and cancelled are final.
 */
export const companionStatuses = ['open', 'assigned', 'accepted', 'done', 'cancelled', 'missed'] as const;
export type CompanionStatus = (typeof companionStatuses)[number];

/** The sides of an accompaniment: who asked for it (the citizen, a relative or the team), who goes, who coordinates. */
export type CompanionSide = 'citizen' | 'volunteer' | 'coordinator';

export type CompanionMove = 'assign' | 'take' | 'accept' | 'decline' | 'cancel' | 'done' | 'missed';

interface MoveRule {
  from: readonly CompanionStatus[];
  to: CompanionStatus;
  by: readonly CompanionSide[];
  /** The move is possible only once the accompaniment has begun (done, missed), or only before (the rest). */
  when: 'before-start' | 'after-start' | 'any';
}

const rules: Record<CompanionMove, MoveRule> = {
  assign: { from: ['open'], to: 'assigned', by: ['coordinator'], when: 'before-start' },
  take: { from: ['open'], to: 'accepted', by: ['volunteer'], when: 'before-start' },
  accept: { from: ['assigned'], to: 'accepted', by: ['volunteer'], when: 'before-start' },
  decline: { from: ['assigned'], to: 'open', by: ['volunteer'], when: 'before-start' },
  cancel: { from: ['open', 'assigned', 'accepted'], to: 'cancelled', by: ['citizen', 'volunteer', 'coordinator'], when: 'any' },
  done: { from: ['assigned', 'accepted'], to: 'done', by: ['coordinator'], when: 'after-start' },
  missed: { from: ['assigned', 'accepted'], to: 'missed', by: ['coordinator'], when: 'after-start' },
};

export const finalCompanionStatuses: ReadonlySet<CompanionStatus> = new Set(['done', 'cancelled', 'missed']);

/** The statuses in which the citizen has an accompaniment at that time (a second one would overlap). */
export const activeCompanionStatuses: readonly CompanionStatus[] = ['open', 'assigned', 'accepted'];

/** The statuses in which a volunteer is taken at that time. */
export const bookedCompanionStatuses: readonly CompanionStatus[] = ['assigned', 'accepted'];

export type MoveDecision = { allowed: true; to: CompanionStatus } | { allowed: false; reason: 'not-a-move' | 'not-yours' | 'too-early' | 'too-late' };

/** Whether an actor on the given sides may make a move now; `started`: the accompaniment's start time has passed. */
export function decideCompanionMove(from: CompanionStatus, move: CompanionMove, sides: ReadonlySet<CompanionSide>, started: boolean): MoveDecision {
  const rule = rules[move];
  if (!rule.from.includes(from)) return { allowed: false, reason: 'not-a-move' };
  if (!rule.by.some((side) => sides.has(side))) return { allowed: false, reason: 'not-yours' };
  if (rule.when === 'after-start' && !started) return { allowed: false, reason: 'too-early' };
  if (rule.when === 'before-start' && started) return { allowed: false, reason: 'too-late' };
  return { allowed: true, to: rule.to };
}

/** The moves to offer as buttons. */
export function companionMovesFor(from: CompanionStatus, sides: ReadonlySet<CompanionSide>, started: boolean): CompanionMove[] {
  return (Object.keys(rules) as CompanionMove[]).filter((move) => decideCompanionMove(from, move, sides, started).allowed);
}

/** Hours and evaluations look back: they are given once the accompaniment has begun and was not called off. */
export function canLookBack(status: CompanionStatus, started: boolean): boolean {
  return started && (status === 'accepted' || status === 'done');
}
