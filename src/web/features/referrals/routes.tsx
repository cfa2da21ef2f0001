import { Route } from 'react-router';

/** Referrals: the staff's lists and pages, and the citizen's own. */
export const referralRoutes = <Route />;
