import { Route } from 'react-router';
import './budget.css';
import { CentreBudgetsPage } from './centre-budgets-page.js';
import { EconomicPlanPage } from './economic-plan-page.js';
import { FollowUpsPage } from './follow-ups-page.js';
import { YearWheelPage } from './year-wheel-page.js';

/** The budget follow-up's pages: the follow-ups, the year wheel, the centres' budgets and the economic plan. */
export const budgetRoutes = (
  <>
    <Route path="oekonomi/budget" element={<FollowUpsPage />} />
    <Route path="oekonomi/budget/aarshjul" element={<YearWheelPage />} />
    <Route path="oekonomi/budget/budgetter" element={<CentreBudgetsPage />} />
    <Route path="oekonomi/budget/oekonomisk-plan" element={<EconomicPlanPage />} />
  </>
);
