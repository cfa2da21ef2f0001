import { Route } from 'react-router';

/** The catalogue pages anyone may open without logging in. */
export const offerPublicRoutes = <Route />;

/** The offer owners' pages. */
export const offerRoutes = <Route />;
