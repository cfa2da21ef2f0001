/** What the budget follow-up endpoints answer, from the shared contracts (types only), and who may change it. */
import type { BudgetCycle, CentreBudgets, CycleStep, EconomicInitiative, EconomicPlan, FollowUp, FollowUpLine, FollowUpList } from '../../../../contracts/finance-budget.js';
import { rolesAllow, type Role } from '../../../../domain/roles.js';
import { useSession } from '../../auth/session.js';

export type { BudgetCycle, CentreBudgets, CycleStep, EconomicInitiative, EconomicPlan, FollowUp, FollowUpLine, FollowUpList };

/** Whether the logged-in user may change budgets, the wheel and the plan (finance.manage); the server decides again. */
export function useMayManageBudget(): boolean {
  const { me } = useSession();
  return me ? rolesAllow(me.roles as Role[], 'finance.manage') : false;
}
