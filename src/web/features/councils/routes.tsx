import { Route } from 'react-router';

/** The councils, their members and meetings, and hearings. */
export const councilRoutes = <Route />;
