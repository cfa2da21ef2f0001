import { Route } from 'react-router';

/** Finance: granted services on the citizen's record, expensive cases, the committee status, budget follow-up. */
export const financeRoutes = <Route />;
