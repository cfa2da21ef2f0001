import { Route } from 'react-router';

/** The target-group overview. */
export const targetGroupRoutes = <Route />;
