import { useApi } from '../../api/use-api.js';
import { useSession } from '../auth/session.js';
import type { Plan, PlanMe } from './plan-api.js';

/** The logged-in citizen's id (from /me) and their plan. */
export function useOwnPlan() {
  const { me } = useSession();
  const citizenId = (me as PlanMe | null)?.citizenId ?? null;
  const plan = useApi<Plan>(citizenId ? `/citizens/${encodeURIComponent(citizenId)}/plan` : null);
  return { citizenId, plan };
}
