import { Route } from 'react-router';

/** Steering: the leader's overview of strategies, a strategy, its focus areas and activities, the yearly selection. */
export const strategyRoutes = <Route />;
