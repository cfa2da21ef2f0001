import { Route } from 'react-router';

/** "Det sker": anyone may read it without logging in. */
export const eventPublicRoutes = <Route />;

/** Signing up and managing events needs a login. */
export const eventRoutes = <Route />;
