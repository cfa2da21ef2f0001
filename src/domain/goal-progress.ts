import type { GoalType } from './plan-parts.js';

/**
 * Plan status rules. Rehabilitation thinking (DOMAIN §4.1): keeping a function also counts as progress,
 * so a 'maintain' or 'limit-loss' goal that is kept is a success, not a standstill.
 */
export type GoalStatus = 'active' | 'achieved' | 'not-achieved' | 'paused' | 'stopped';

export interface GoalFacts {
  goalType: GoalType;
  status: GoalStatus;
  /** The citizen's own rating 1-5 of how it goes. */
  citizenRating: number | null;
  stepsDone: number;
  stepsTotal: number;
}

export type GoalOutcome = 'success' | 'in-progress' | 'not-reached' | 'on-hold';

export function goalOutcome(goal: GoalFacts): GoalOutcome {
  if (goal.status === 'achieved') return 'success';
  if (goal.status === 'not-achieved' || goal.status === 'stopped') return 'not-reached';
  if (goal.status === 'paused') return 'on-hold';
  // An active goal to keep a function is a success for as long as the citizen says it holds (3 of 5 or better).
  if (goal.goalType !== 'develop' && goal.citizenRating !== null && goal.citizenRating >= 3) return 'success';
  return 'in-progress';
}

/** Share of the goal's steps that are done, 0-100, for the progress bar. No steps yet: 0. */
export function stepProgress(goal: Pick<GoalFacts, 'stepsDone' | 'stepsTotal'>): number {
  return goal.stepsTotal === 0 ? 0 : Math.round((100 * goal.stepsDone) / goal.stepsTotal);
}

/** Which status changes make sense; anything else is refused with a clear message. */
const allowed: Record<GoalStatus, readonly GoalStatus[]> = {
  active: ['achieved', 'not-achieved', 'paused', 'stopped'],
  paused: ['active', 'stopped'],
  achieved: ['active'],
  'not-achieved': ['active'],
  stopped: ['active'],
};

export function canChangeGoalStatus(from: GoalStatus, to: GoalStatus): boolean {
  return from === to || allowed[from].includes(to);
}
