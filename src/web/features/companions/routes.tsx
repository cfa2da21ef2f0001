import { Route } from 'react-router';

/** Companions to activities: the citizen's requests, the coordinator's matching, the volunteer's trips. */
export const companionRoutes = <Route />;
