import { Route } from 'react-router';
import { budgetRoutes } from './budget/budget-routes.js';
import { caseRoutes } from './cases/case-routes.js';
import { serviceRoutes } from './services/routes.js';

/** Finance: granted services on the citizen's record, expensive cases, the committee status, budget follow-up. */
export const financeRoutes = (
  <>
    {budgetRoutes}
    {caseRoutes}
    {serviceRoutes}
  </>
);
