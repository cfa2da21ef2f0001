/** What the strategy endpoints answer, from the shared contracts (types only), and small helpers for the pages. */
import type { ActivityDetail, ActivityNote, BodyDetail, BodyList, NoteResult, Selection, SelectionList, SteeringOverview, StrategyDetail, StrategyList } from '../../../contracts/strategies.js';
import { rolesAllow, type Role } from '../../../domain/roles.js';
import { useSession } from '../auth/session.js';

export type { ActivityDetail, ActivityNote, BodyDetail, BodyList, NoteResult, Selection, SelectionList, SteeringOverview, StrategyDetail, StrategyList };
export { activityStatuses, type ActivityStatus } from '../../../domain/strategy-status.js';
export { nationalGoals, shippedIndicatorKeys, unGoals } from '../../../contracts/strategies.js';

/** Whether the logged-in user may change strategies; the server decides again on every request. */
export function useMayManage(): boolean {
  const { me } = useSession();
  return me ? rolesAllow(me.roles as Role[], 'strategy.manage') : false;
}

/** Today's date in Denmark, as the date fields want it. */
export function danishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** Done or ongoing, of the total — the count behind "status at a glance". */
export function implementedCount(counts: Record<string, number>): number {
  return (counts.done ?? 0) + (counts.ongoing ?? 0);
}
