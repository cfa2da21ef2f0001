/**
 * The status of a focus area or a whole strategy, rolled up from its activities (issue 7, "status at a glance").
 * A stopped activity is left out of the judgement (it no longer counts towards the goal) but still counted; an
 * activity that is 'ongoing' has become everyday practice, so it counts as implemented, like one that is done.
 */
export const activityStatuses = ['not-started', 'in-progress', 'done', 'ongoing', 'stopped'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export type RolledUpStatus = ActivityStatus | 'no-activities';

export interface StatusRollUp {
  status: RolledUpStatus;
  counts: Record<ActivityStatus, number>;
  total: number;
  /** Done or ongoing, of the activities not stopped; null when none is left to judge. */
  implementedShare: number | null;
}

export function rollUpStatus(statuses: readonly ActivityStatus[]): StatusRollUp {
  const counts = Object.fromEntries(activityStatuses.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const status of statuses) counts[status] += 1;
  const judged = statuses.length - counts.stopped;
  const implemented = counts.done + counts.ongoing;
  return { status: overallStatus(counts, statuses.length, judged), counts, total: statuses.length, implementedShare: judged === 0 ? null : implemented / judged };
}

function overallStatus(counts: Record<ActivityStatus, number>, total: number, judged: number): RolledUpStatus {
  if (total === 0) return 'no-activities';
  if (judged === 0) return 'stopped';
  if (counts.done === judged) return 'done';
  if (counts.done + counts.ongoing === judged) return 'ongoing';
  if (counts['not-started'] === judged) return 'not-started';
  return 'in-progress';
}

/** A strategy's roll-up over all its focus areas' activities, and each focus area's own. */
export function rollUpStrategy<K>(focusAreas: readonly { key: K; statuses: readonly ActivityStatus[] }[]): { overall: StatusRollUp; focusAreas: { key: K; rollUp: StatusRollUp }[] } {
  return {
    overall: rollUpStatus(focusAreas.flatMap((area) => area.statuses)),
    focusAreas: focusAreas.map((area) => ({ key: area.key, rollUp: rollUpStatus(area.statuses) })),
  };
}
