import { Route } from 'react-router';

/** Indicators: the list, one indicator's chart and table. */
export const indicatorRoutes = <Route />;
